/** A container build's images: repository, tag and digest in every region it pushed to. */
import type { BuildRecord } from '../../domain/record.js'
import { code, table, text } from '../markdown.js'
import { containerImages } from '../outputs.js'
import { NAME_CHARS } from './limits.js'

export function containerSection(record: BuildRecord): string {
  const image = record.snapshot?.image
  if (image?.imageType !== 'DOCKER') return ''
  const images = containerImages(record)
  if (images.length === 0) return `### Container images\n${noImages(image.status)}`
  const rows = images.map((pushed) => [
    text(pushed.region, NAME_CHARS),
    code(`${pushed.registry}/${pushed.repositoryName}`, NAME_CHARS),
    pushed.tag ? code(pushed.tag, NAME_CHARS) : '',
    pushed.digest ? code(pushed.digest, NAME_CHARS) : ''
  ])
  return `### Container images\n${table(['Region', 'Repository', 'Tag', 'Digest'], rows)}`
}

function noImages(status: string): string {
  switch (status) {
    case 'FAILED':
      return 'None: the build failed before it pushed an image.'
    case 'CANCELLED':
      return 'None: the build was cancelled before it pushed an image.'
    default:
      return 'No images yet.'
  }
}
