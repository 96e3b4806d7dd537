/** The AMIs per region and account, and what a build without AMIs left behind. */
import type { DistributedAmi } from '../../domain/build.js'
import type { AmiDeprecation, BuildRecord } from '../../domain/record.js'
import { formatMinute } from '../../domain/clock.js'
import { code, table, text } from '../markdown.js'
import { icon } from './icons.js'
import { NAME_CHARS } from './limits.js'

export function amiSection(record: BuildRecord): string {
  const image = record.snapshot?.image
  if (!image) return ''
  if (image.amis.length === 0) return `### AMIs\n${noAmis(image.status)}`
  const deprecations = record.amiDeprecations ?? []
  const rows = image.amis.map((ami) => [
    text(ami.region, NAME_CHARS),
    code(ami.imageId, NAME_CHARS),
    text(ami.accountId ?? '', NAME_CHARS),
    ami.status ? `${icon(ami.status)} ${text(ami.status, NAME_CHARS)}` : '',
    text(ami.name ?? '', NAME_CHARS),
    ...(deprecations.length > 0 ? [deprecationOf(ami, deprecations)] : [])
  ])
  const headings = ['Region', 'AMI', 'Account', 'State', 'Name']
  if (deprecations.length > 0) headings.push('Deprecated from')
  return `### AMIs\n${table(headings, rows)}`
}

/** When EC2 deprecates this AMI, for those `deprecate-after` set (the build account's). */
function deprecationOf(ami: DistributedAmi, deprecations: AmiDeprecation[]): string {
  const set = deprecations.find(
    (deprecation) => deprecation.region === ami.region && deprecation.imageId === ami.imageId
  )
  return set ? text(formatMinute(set.deprecateAt)) : ''
}

function noAmis(status: string): string {
  switch (status) {
    case 'FAILED':
      return 'None: the build failed before it distributed an AMI.'
    case 'CANCELLED':
      return 'None: the build was cancelled before it distributed an AMI.'
    case 'AVAILABLE':
      return 'None: the build made no AMI (a container build, or no distribution).'
    default:
      return 'No AMIs yet.'
  }
}
