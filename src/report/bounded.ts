/** Keeping a Markdown report under one of GitHub's size limits, whole sections at a time. */

/**
 * Sections in order while they fit in `maxBytes`; the first that does not is replaced by `note`,
 * and so is everything after it, so what is shown is whole and the reader knows something is
 * missing. Bytes, not characters: a limit in characters is then kept too.
 */
export function boundedSections(
  sections: readonly string[],
  maxBytes: number,
  note: string
): string {
  const kept: string[] = []
  let bytes = Buffer.byteLength(note) + 4
  for (const section of sections) {
    const size = Buffer.byteLength(section) + 2
    if (bytes + size > maxBytes) return `${[...kept, note].join('\n\n')}\n`
    kept.push(section)
    bytes += size
  }
  return `${kept.join('\n\n')}\n`
}
