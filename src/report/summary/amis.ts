/** The AMIs per region and account, and what a build without AMIs left behind. */
import type { BuildRecord } from '../../domain/record.js'
import { code, table, text } from '../markdown.js'
import { icon } from './icons.js'
import { NAME_CHARS } from './limits.js'

export function amiSection(record: BuildRecord): string {
  const image = record.snapshot?.image
  if (!image) return ''
  if (image.amis.length === 0) return `### AMIs\n${noAmis(image.status)}`
  const rows = image.amis.map((ami) => [
    text(ami.region, NAME_CHARS),
    code(ami.imageId, NAME_CHARS),
    text(ami.accountId ?? '', NAME_CHARS),
    ami.status ? `${icon(ami.status)} ${text(ami.status, NAME_CHARS)}` : '',
    text(ami.name ?? '', NAME_CHARS)
  ])
  return `### AMIs\n${table(['Region', 'AMI', 'Account', 'State', 'Name'], rows)}`
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
