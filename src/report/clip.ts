/** Bounds text that came from AWS or the build, saying where it was cut. */

/**
 * `value` if it has at most `max` characters, else its start and `note`, `max` characters in all.
 * Never splits a surrogate pair, so the result is valid UTF-16 (and UTF-8 when written).
 */
export function clip(value: string, max: number, note = ' … (cut)'): string {
  if (value.length <= max) return value
  let end = Math.max(0, max - note.length)
  const last = value.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${value.slice(0, end)}${note}`
}
