/**
 * skip-if-unchanged's reason to build although the recipe and parent are unchanged: a component
 * named by version or wildcard resolves to another build than the last image used (or the image
 * does not say which it used). One sentence for the job log and the summary, the names and ARNs
 * from AWS formatted by the caller (plain in the log, escaped in Markdown).
 */
import type { BuildRecord, ComponentMove, PassedOverImage } from '../domain/record.js'
import { code, text } from './markdown.js'
import { NAME_CHARS } from './summary/limits.js'

interface Formats {
  name(value: string): string
  code(value: string): string
}

const PLAIN: Formats = { name: (value) => value, code: (value) => value }
const MARKDOWN: Formats = {
  name: (value) => text(value, NAME_CHARS),
  code: (value) => code(value, NAME_CHARS)
}

/** The job log's line. */
export function passedOverLine(passedOver: PassedOverImage): string {
  return passedOverSentence(passedOver, PLAIN)
}

/** The summary's section; empty unless the last image was passed over. */
export function passedOverSection(record: BuildRecord): string {
  if (!record.passedOver) return ''
  return `### Why the last image was not reused\n${passedOverSentence(record.passedOver, MARKDOWN)}`
}

function passedOverSentence(passedOver: PassedOverImage, format: Formats): string {
  const image = `the last image (${format.code(passedOver.imageArn)})`
  const now = passedOver.moved
    .map((move) => `${format.name(move.name)} ${format.code(move.to)}`)
    .join(', ')
  switch (passedOver.recorded) {
    case 'versions':
      return `${passedOver.moved.map((move) => movePhrase(move, format)).join('; ')} since ${image}, so the image is built again.`
    case 'digest':
      return `The components named by version or wildcard resolve to other builds than when ${image} was made (it kept only a digest of them; now ${now}), so the image is built again.`
    case 'nothing':
      return `${capitalised(image)} does not record what its components named by version or wildcard resolved to (it was made before the action kept that; now ${now}), so the image is built again.`
  }
}

function movePhrase(move: ComponentMove, format: Formats): string {
  const name = format.name(move.name)
  return move.from === undefined
    ? `${name} now resolves to ${format.code(move.to)}`
    : `${name} moved from ${format.code(move.from)} to ${format.code(move.to)}`
}

function capitalised(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1)
}
