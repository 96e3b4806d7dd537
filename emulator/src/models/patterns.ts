/**
 * botocore's `pattern`s are the service's Java regular expressions, applied to the whole value
 * (Java's `matches`). Translated once each into JavaScript with the `u` flag, which reads `\p{L}`
 * the way Java does.
 */
const compiled = new Map<string, RegExp>()

export function modelPattern(pattern: string): RegExp {
  let regex = compiled.get(pattern)
  if (regex === undefined) {
    regex = new RegExp(`^(?:${translate(pattern)})$`, 'u')
    compiled.set(pattern, regex)
  }
  return regex
}

export function matchesModelPattern(pattern: string, value: string): boolean {
  return modelPattern(pattern).test(value)
}

/**
 * Java writes code points beyond the Basic Multilingual Plane as `\u10000` in these models (meant
 * as U+10000, though Java itself would read `\u1000` then `0`); JavaScript spells them `\u{10000}`.
 */
function translate(pattern: string): string {
  return pattern.replace(/\\u(10[0-9A-Fa-f]{4})/g, '\\u{$1}')
}
