/** Parsers for single input values. Each throws InputError naming the input. */
import { ACTION_TAG_KEYS, MOST_ACTION_TAGS_ON_ONE_RESOURCE } from '../domain/action-tags.js'
import { InputError } from '../domain/errors.js'
import {
  MAX_TAGS,
  modelPattern,
  TAG_KEY_MAX_LENGTH,
  TAG_KEY_MIN_LENGTH,
  TAG_KEY_PATTERN,
  TAG_VALUE_MAX_LENGTH
} from './aws-constraints.js'
import type { InputName } from './defaults.js'

const TRUE_WORDS = ['true', 'True', 'TRUE']
export const FALSE_WORDS = ['false', 'False', 'FALSE']

export function parseBoolean(input: InputName, raw: string): boolean {
  const value = raw.trim()
  if (TRUE_WORDS.includes(value)) return true
  if (FALSE_WORDS.includes(value)) return false
  throw new InputError(input, `expected true or false, got '${value}'`)
}

/**
 * Plain decimal notation only. `Number()` alone would also take `1e-9`, `0x1e` and `Infinity`, which
 * no one writes for minutes or seconds on purpose and which would pass a bounds check by accident
 * (`0x1e` is 30).
 */
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/

/** A number within inclusive bounds, written as a plain decimal. */
export function parseNumber(
  input: InputName,
  raw: string,
  bounds: { min: number; max: number; integer?: boolean }
): number {
  const value = raw.trim()
  const number = DECIMAL.test(value) ? Number(value) : NaN
  const fits =
    number >= bounds.min && number <= bounds.max && (!bounds.integer || Number.isInteger(number))
  if (!fits) {
    const kind = bounds.integer ? 'a whole number' : 'a decimal number'
    throw new InputError(
      input,
      `expected ${kind} from ${bounds.min} to ${bounds.max}, got '${value}'`
    )
  }
  return number
}

/** Items separated by commas or newlines, trimmed, empty ones dropped. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** Lines of non-empty text, trimmed. */
export function parseLines(raw: string): string[] {
  return raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

const TAG_KEY = modelPattern(TAG_KEY_PATTERN)

/**
 * Room left in AWS's TagMap for the user's tags once the action has added its own, so that too
 * many tags is an input error and not an AWS error after resources exist.
 */
export const MAX_USER_TAGS = MAX_TAGS - MOST_ACTION_TAGS_ON_ONE_RESOURCE

/**
 * `key=value` lines, as Image Builder and EC2 accept them as tags, none of them one of the
 * action's own keys (tag keys are case-sensitive on AWS, so only the exact key collides).
 */
export function parseTags(input: InputName, raw: string): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const line of parseLines(raw)) {
    const separator = line.indexOf('=')
    if (separator < 0) throw new InputError(input, `expected key=value, got '${line}'`)
    const key = line.slice(0, separator).trim()
    const value = line.slice(separator + 1).trim()
    if (key.length < TAG_KEY_MIN_LENGTH || key.length > TAG_KEY_MAX_LENGTH || !TAG_KEY.test(key)) {
      throw new InputError(
        input,
        `tag key '${key}' must be ${TAG_KEY_MIN_LENGTH}–${TAG_KEY_MAX_LENGTH} letters, digits, spaces and _ . : / = + - @, and not start with aws:`
      )
    }
    if (value.length > TAG_VALUE_MAX_LENGTH)
      throw new InputError(
        input,
        `the value of tag '${key}' is over ${TAG_VALUE_MAX_LENGTH} characters`
      )
    if (ACTION_TAG_KEYS.includes(key))
      throw new InputError(
        input,
        `tag '${key}' is one the action sets itself (${ACTION_TAG_KEYS.join(', ')}); choose another key`
      )
    if (key in tags) throw new InputError(input, `tag '${key}' is given twice`)
    tags[key] = value
  }
  if (Object.keys(tags).length > MAX_USER_TAGS) {
    throw new InputError(
      input,
      `at most ${MAX_USER_TAGS} tags are allowed: AWS takes ${MAX_TAGS}, and the action adds up to ${MOST_ACTION_TAGS_ON_ONE_RESOURCE} of its own`
    )
  }
  return tags
}

/** Checks each item against a pattern and says what was expected. */
export function requireEach(
  input: InputName,
  items: string[],
  pattern: RegExp,
  expected: string
): string[] {
  for (const item of items) {
    if (!pattern.test(item)) throw new InputError(input, `'${item}' is not ${expected}`)
  }
  return items
}
