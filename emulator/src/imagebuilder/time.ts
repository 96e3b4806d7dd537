/** The two timestamp encodings of the Image Builder API (§1.1). */

/** `DateTime` members: ISO 8601 strings with milliseconds and `Z`. */
export function isoTime(time: number): string {
  return new Date(time).toISOString()
}

/** `DateTimeTimestamp` members: epoch seconds as a JSON number. */
export function epochSeconds(time: number): number {
  return time / 1000
}
