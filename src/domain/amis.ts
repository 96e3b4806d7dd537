/**
 * The AMIs of a build, as Image Builder lists them in its output resources: per account and
 * region, and the build account's own.
 */
import { parseImageBuildVersionArn } from './arns.js'
import type { BuildRecord } from './record.js'

/** region → AMI ID, for the account that built the image (AMIs copied into other accounts are left out). */
export function buildAccountAmis(
  record: Pick<BuildRecord, 'imageArn' | 'snapshot'>
): Record<string, string> {
  const buildAccount = buildAccountOf(record)
  const byAccount = accountAmis(record)
  if (buildAccount !== undefined) return byAccount[buildAccount] ?? {}
  // Without the image's ARN every AMI may be the build account's: the first in each region.
  return Object.assign({}, ...Object.values(byAccount).reverse()) as Record<string, string>
}

/**
 * account → region → AMI ID, for every AMI of the image: the build account's and each target
 * account's copies. An AMI Image Builder lists without an account is the build account's.
 */
export function accountAmis(
  record: Pick<BuildRecord, 'imageArn' | 'snapshot'>
): Record<string, Record<string, string>> {
  const buildAccount = buildAccountOf(record)
  const byAccount: Record<string, Record<string, string>> = {}
  for (const ami of record.snapshot?.image.amis ?? []) {
    const regions = (byAccount[ami.accountId ?? buildAccount ?? ''] ??= {})
    if (!(ami.region in regions)) regions[ami.region] = ami.imageId
  }
  return byAccount
}

function buildAccountOf(record: Pick<BuildRecord, 'imageArn'>): string | undefined {
  return record.imageArn ? parseImageBuildVersionArn(record.imageArn)?.accountId : undefined
}
