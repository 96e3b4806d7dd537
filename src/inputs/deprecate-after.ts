/**
 * The `deprecate-after` input: how long after it was made each AMI is deprecated (EC2
 * EnableImageDeprecation). EC2 refuses a DeprecateAt in the past or more than 10 years from now,
 * and rounds it to the minute; so a period under a minute or over 10 years is an input error here,
 * before anything is created, not an EC2 error once the AMIs exist.
 */
import type { DeprecationPeriod } from '../domain/plan.js'
import { InputError } from '../domain/errors.js'

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

/** EC2's limit is 10 years from now; 3650 days stays inside it whatever the leap years. */
export const MOST_DEPRECATION_DAYS = 3650

/** `90d`, `12h`. */
const SHORT = /^(\d+)([dh])$/i
/** ISO 8601 durations of fixed length: weeks, or days with an optional time part. */
const ISO = /^P(?:(\d+)W|(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/i
/** An ISO 8601 duration with years or months (before any `T`), whose length depends on the date. */
const CALENDAR_UNITS = /^P[^T]*[YM]/i

const ACCEPTED = `a duration such as 90d, 12h, P90D, PT12H or P1DT12H, from 1 minute to ${MOST_DEPRECATION_DAYS} days`

/** undefined when the input is empty: no AMI is deprecated. */
export function parseDeprecateAfter(raw: string): DeprecationPeriod | undefined {
  const written = raw.trim()
  if (written === '') return undefined
  const problem = (what: string): InputError =>
    new InputError('deprecate-after', `'${written}' ${what}; expected ${ACCEPTED}`)
  if (/^[-−]/.test(written)) throw problem('is negative')
  if (CALENDAR_UNITS.test(written)) {
    throw problem('uses years or months, whose length varies (write days instead, e.g. P365D)')
  }
  const milliseconds = millisecondsOf(written)
  if (milliseconds === undefined) throw problem('is not a duration')
  if (milliseconds === 0) throw problem('is zero')
  if (milliseconds < MINUTE_MS) throw problem('is under a minute (EC2 deprecates to the minute)')
  if (milliseconds > MOST_DEPRECATION_DAYS * DAY_MS) {
    throw problem('is more than EC2 allows (an AMI is deprecated at most 10 years ahead)')
  }
  return { written, milliseconds }
}

function millisecondsOf(written: string): number | undefined {
  const short = SHORT.exec(written)
  if (short) {
    const [, amount = '', unit = ''] = short
    return Number(amount) * (unit.toLowerCase() === 'd' ? DAY_MS : HOUR_MS)
  }
  const iso = ISO.exec(written)
  if (!iso || written.length === 1) return undefined
  // Groups that did not take part are undefined at run time, whatever the type says.
  const [weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0] = iso
    .slice(1)
    .map((part: string | undefined) => Number(part ?? 0))
  return weeks * 7 * DAY_MS + days * DAY_MS + hours * HOUR_MS + minutes * MINUTE_MS + seconds * 1000
}

/** With `wait: false` the step ends before the AMIs exist, so nothing deprecates them. */
export function deprecationWarnings(inputs: {
  wait: boolean
  deprecateAfter?: DeprecationPeriod
}): string[] {
  if (inputs.wait || inputs.deprecateAfter === undefined) return []
  return [
    "Input 'deprecate-after' is ignored with wait: false: the AMIs are deprecated once the build has made them."
  ]
}
