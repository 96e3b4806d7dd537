/**
 * Which AMIs a caller can see and how `Owner.N` / `ExecutableBy.N` scope them. By default EC2
 * shows the AMIs you own, those shared with you, and public ones, less other accounts' deprecated
 * AMIs.
 */
import type { Ec2ImageRecord } from '../stores.js'
import { clientError } from './errors.js'

const OWNER_ALIASES = ['amazon', 'aws-marketplace', 'aws-backup-vault']
const PUBLIC_ALIASES = ['amazon', 'aws-marketplace']

export function isPublicImage(image: Ec2ImageRecord): boolean {
  const alias = image.ownerAlias
  return (
    image.launchPermissions.includes('all') ||
    (alias !== undefined && PUBLIC_ALIASES.includes(alias))
  )
}

export function isVisibleTo(image: Ec2ImageRecord, accountId: string): boolean {
  return (
    image.ownerId === accountId ||
    image.launchPermissions.includes(accountId) ||
    isPublicImage(image)
  )
}

export function assertValidOwners(owners: string[]): void {
  for (const owner of owners) {
    if (owner === 'self' || OWNER_ALIASES.includes(owner) || /^\d{12}$/.test(owner)) continue
    throw clientError('InvalidUserID.Malformed', `Invalid user id: "${owner}"`)
  }
}

export function isOwnedBy(
  owner: { ownerId: string; ownerAlias?: string },
  requested: string,
  accountId: string
): boolean {
  if (requested === 'self') return owner.ownerId === accountId
  if (OWNER_ALIASES.includes(requested)) return owner.ownerAlias === requested
  return owner.ownerId === requested
}

/** Explicit launch permissions only: `self` is the caller, `all` means public. */
export function isExecutableBy(image: Ec2ImageRecord, user: string, accountId: string): boolean {
  if (user === 'all') return isPublicImage(image)
  return image.launchPermissions.includes(user === 'self' ? accountId : user)
}

/** Deprecated once its deprecation time has come: a time still ahead only announces it. */
export function isDeprecatedAt(image: Ec2ImageRecord, now: number): boolean {
  return image.deprecationTime !== undefined && Date.parse(image.deprecationTime) <= now
}

/**
 * EC2 leaves a deprecated AMI out of its users' listings, so that new users do not pick an
 * out-of-date AMI; its owner goes on seeing it. (A call that names the ID, or sets
 * `IncludeDeprecated`, lists it for anyone: the caller decides that.)
 */
export function isHiddenAsDeprecated(
  image: Ec2ImageRecord,
  accountId: string,
  now: number
): boolean {
  return image.ownerId !== accountId && isDeprecatedAt(image, now)
}
