/**
 * Reads an operation's parameters (JSON body, query string and path label merged into one object)
 * and validates them the way the service does: required members, model patterns, length limits.
 */
import { invalidParameterValue, missingParameter, patternMismatch } from './errors.js'
import { PATTERNS, type PatternName } from './patterns.js'
import type { TagMap } from './shapes.js'

export class OperationInput {
  constructor(readonly values: Record<string, unknown>) {}

  requiredString(name: string, pattern?: PatternName): string {
    const value = this.optionalString(name, pattern)
    if (value === undefined) throw missingParameter(name)
    return value
  }

  optionalString(name: string, pattern?: PatternName): string | undefined {
    const value = this.values[name]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string') throw invalidParameterValue(name, `'${name}' must be a string.`)
    if (pattern !== undefined && !new RegExp(PATTERNS[pattern]).test(value))
      throw patternMismatch(name, PATTERNS[pattern])
    return value
  }

  /** A `NonEmptyString`-style member: 1 to `max` characters. */
  optionalText(name: string, max = 1024): string | undefined {
    const value = this.optionalString(name)
    if (value !== undefined && (value.length < 1 || value.length > max))
      throw invalidParameterValue(name, `'${name}' must have length between 1 and ${max}.`)
    return value
  }

  optionalEnum<Allowed extends string>(
    name: string,
    allowed: readonly Allowed[]
  ): Allowed | undefined {
    const value = this.optionalString(name)
    if (value === undefined) return undefined
    const match = allowed.find((candidate) => candidate === value)
    if (match === undefined)
      throw invalidParameterValue(name, `'${name}' must be one of ${allowed.join(', ')}.`)
    return match
  }

  requiredEnum<Allowed extends string>(name: string, allowed: readonly Allowed[]): Allowed {
    const value = this.optionalEnum(name, allowed)
    if (value === undefined) throw missingParameter(name)
    return value
  }

  /** A list of strings with the model's length limits, each matching `pattern` when given. */
  optionalStringList(
    name: string,
    limits: { min?: number; max?: number; pattern?: PatternName; allowEmpty?: boolean } = {}
  ): string[] | undefined {
    const list = this.optionalList(name)
    if (list === undefined) return undefined
    const { min = 0, max = Number.POSITIVE_INFINITY, pattern, allowEmpty = false } = limits
    if (list.length < min || list.length > max) {
      throw invalidParameterValue(name, `'${name}' must have between ${min} and ${max} entries.`)
    }
    return list.map((entry) => {
      if (typeof entry !== 'string' || (entry.length === 0 && !allowEmpty))
        throw invalidParameterValue(name, `'${name}' must hold non-empty strings.`)
      if (pattern !== undefined && !new RegExp(PATTERNS[pattern]).test(entry))
        throw patternMismatch(name, PATTERNS[pattern])
      return entry
    })
  }

  /** A list of structures, each read as its own OperationInput. */
  optionalObjectList(
    name: string,
    limits: { min?: number; max?: number } = {}
  ): OperationInput[] | undefined {
    const list = this.optionalList(name)
    if (list === undefined) return undefined
    const { min = 0, max = Number.POSITIVE_INFINITY } = limits
    if (list.length < min || list.length > max) {
      throw invalidParameterValue(name, `'${name}' must have between ${min} and ${max} entries.`)
    }
    return list.map((entry) => {
      if (!isRecord(entry)) throw invalidParameterValue(name, `'${name}' must hold objects.`)
      return new OperationInput(entry)
    })
  }

  optionalBoolean(name: string): boolean | undefined {
    const value = this.values[name]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'boolean')
      throw invalidParameterValue(name, `'${name}' must be a boolean.`)
    return value
  }

  optionalInteger(name: string, min: number, max: number): number | undefined {
    const value = this.values[name]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw invalidParameterValue(name, `'${name}' must be an integer between ${min} and ${max}.`)
    }
    return value
  }

  optionalObject(name: string): OperationInput | undefined {
    const value = this.values[name]
    if (value === undefined || value === null) return undefined
    if (!isRecord(value)) throw invalidParameterValue(name, `'${name}' must be an object.`)
    return new OperationInput(value)
  }

  optionalList(name: string): unknown[] | undefined {
    const value = this.values[name]
    if (value === undefined || value === null) return undefined
    if (!Array.isArray(value)) throw invalidParameterValue(name, `'${name}' must be a list.`)
    return value as unknown[]
  }

  /** `clientToken`: required on every mutating operation, 1–64 characters (§1.4). */
  clientToken(): string {
    const token = this.requiredString('clientToken')
    if (token.length < 1 || token.length > 64) {
      throw invalidParameterValue('clientToken', "'clientToken' must have length between 1 and 64.")
    }
    return token
  }

  /** A TagMap member: 1–50 entries, keys per the model pattern (no `aws:` prefix), values ≤ 256. */
  optionalTags(name = 'tags'): TagMap | undefined {
    const value = this.values[name]
    if (value === undefined || value === null) return undefined
    if (!isRecord(value)) throw invalidParameterValue(name, `'${name}' must be a map.`)
    const entries = Object.entries(value)
    if (entries.length < 1 || entries.length > 50)
      throw invalidParameterValue(name, `'${name}' must have between 1 and 50 entries.`)
    const tagKey = new RegExp(PATTERNS.tagKey)
    for (const [key, tagValue] of entries) {
      if (key.length < 1 || key.length > 128 || !tagKey.test(key))
        throw patternMismatch(`${name}.key`, PATTERNS.tagKey)
      if (typeof tagValue !== 'string' || tagValue.length > 256) {
        throw invalidParameterValue(
          `${name}.value`,
          'Tag values must be strings of at most 256 characters.'
        )
      }
    }
    return value as TagMap
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
