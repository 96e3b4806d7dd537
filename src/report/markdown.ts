/**
 * Markdown building blocks for the job summary. Every string from AWS or the build goes through
 * `text()` or `code()`, which turn markup characters into entities, so nothing it carries can
 * become a link, an image, HTML or a broken table.
 */

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

/** Untrusted text for a paragraph or a table cell; line breaks become `<br>`. */
export function text(value: string): string {
  return value
    .replace(MARKUP, (character) => ENTITIES[character] ?? character)
    .replace(/\r\n|\r|\n/g, '<br>')
}

/** Untrusted text shown as code (ARNs, IDs). */
export function code(value: string): string {
  return `<code>${text(value)}</code>`
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
