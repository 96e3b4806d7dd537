/**
 * Markdown building blocks for the job summary. Every string from AWS or the build goes through
 * `text()`, `code()` or `preformatted()`, which turn markup characters into entities, so nothing
 * it carries can become a link, an image, HTML or a broken table; and which put an invisible word
 * joiner into what GitHub would turn into a link or a mention after rendering (`www.`, `://`,
 * `@`), since those filters see the decoded text, where entities no longer help.
 */
import { clip } from './clip.js'

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '!': '&#33;',
  '#': '&#35;',
  '~': '&#126;',
  $: '&#36;',
  ':': '&#58;',
  '@': '&#64;'
}

const MARKUP = /[&<>"'|\\`*_[\]()!#~$:@]/g

/** U+2060 WORD JOINER: zero width, not a word character, so no autolink or mention spans it. */
const JOINER = '\u2060'
const AUTOLINK_STARTS = /(@)|(www)(\.)|(:)(\/\/)/gi

/** Untrusted text for a paragraph or a table cell; line breaks become `<br>`. */
export function text(value: string, maxChars = Infinity): string {
  return inert(clip(value, maxChars)).replace(/\r\n|\r|\n/g, '<br>')
}

/** Untrusted text shown as code (ARNs, IDs). */
export function code(value: string, maxChars = Infinity): string {
  return `<code>${text(value, maxChars)}</code>`
}

/**
 * Untrusted lines as a preformatted block: an HTML block that only a `</pre>` ends (CommonMark's
 * first kind), and the text cannot hold one. Line breaks inside a line become lines of their own,
 * so a caller that prefixes every line (a blockquote) reaches them all.
 */
export function preformatted(lines: readonly string[], maxLineChars: number): string {
  const body = lines
    .flatMap((line) => clip(line, maxLineChars).split(/\r\n|\r|\n/))
    .map(inert)
    .join('\n')
  return `<pre>${body}</pre>`
}

/** A link of the action's own: label and URL are built from values checked against their patterns. */
export function link(label: string, url: string): string {
  return `[${label}](${url})`
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Entities for markup characters, joiners in autolink and mention starts; line breaks kept. */
function inert(value: string): string {
  return value
    .replace(AUTOLINK_STARTS, (match, at?: string, www?: string, dot?: string, colon?: string) =>
      at ? `@${JOINER}` : www ? `${www}${JOINER}${dot ?? ''}` : `${colon ?? ''}${JOINER}//`
    )
    .replace(MARKUP, (character) => ENTITIES[character] ?? character)
}
