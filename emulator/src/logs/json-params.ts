/**
 * Typed access to an awsJson1.1 request body. A member of the wrong JSON type is a
 * SerializationException; a value outside the model's constraints an InvalidParameterException.
 */
import { constraintViolation, serializationError } from './errors.js'

export interface IntegerRange {
  min: number
  max: number
}

export class JsonParams {
  private constructor(private readonly members: Record<string, unknown>) {}

  static parse(body: string): JsonParams {
    let parsed: unknown
    try {
      parsed = body.trim() === '' ? {} : JSON.parse(body)
    } catch {
      throw serializationError('Start of structure or map found where not expected.')
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw serializationError('The request body must be a JSON object.')
    }
    return new JsonParams(parsed as Record<string, unknown>)
  }

  /** Most string members are modelled with a minimum length of 1; filter patterns may be empty. */
  optionalString(name: string, minLength = 1): string | undefined {
    const value = this.present(name)
    if (value === undefined) return undefined
    if (typeof value !== 'string') throw wrongType(name, 'a string')
    if (value.length < minLength) {
      throw constraintViolation(
        name,
        value,
        `Member must have length greater than or equal to ${minLength}`
      )
    }
    return value
  }

  requiredString(name: string): string {
    const value = this.optionalString(name)
    if (value === undefined) throw constraintViolation(name, null, 'Member must not be null')
    return value
  }

  optionalInteger(name: string, range: IntegerRange): number | undefined {
    const value = this.present(name)
    if (value === undefined) return undefined
    if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(name, 'an integer')
    if (value < range.min) {
      throw constraintViolation(
        name,
        value,
        `Member must have value greater than or equal to ${range.min}`
      )
    }
    if (value > range.max) {
      throw constraintViolation(
        name,
        value,
        `Member must have value less than or equal to ${range.max}`
      )
    }
    return value
  }

  optionalBoolean(name: string): boolean | undefined {
    const value = this.present(name)
    if (value === undefined) return undefined
    if (typeof value !== 'boolean') throw wrongType(name, 'a boolean')
    return value
  }

  optionalEnum<Allowed extends string>(
    name: string,
    allowed: readonly Allowed[]
  ): Allowed | undefined {
    const value = this.optionalString(name)
    if (value === undefined) return undefined
    const match = allowed.find((candidate) => candidate === value)
    if (match === undefined) {
      throw constraintViolation(
        name,
        value,
        `Member must satisfy enum value set: [${allowed.join(', ')}]`
      )
    }
    return match
  }

  optionalStringList(name: string, maxItems: number): string[] | undefined {
    const value = this.present(name)
    if (value === undefined) return undefined
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      throw wrongType(name, 'a list of strings')
    }
    if (value.length < 1 || value.length > maxItems) {
      throw constraintViolation(
        name,
        `[${value.join(', ')}]`,
        `Member must have length between 1 and ${maxItems}`
      )
    }
    return value
  }

  /** JSON null counts as absent, as it does for AWS's JSON protocols. */
  private present(name: string): unknown {
    const value = Object.hasOwn(this.members, name) ? this.members[name] : undefined
    return value === null ? undefined : value
  }
}

function wrongType(name: string, expected: string) {
  return serializationError(`The member '${name}' must be ${expected}.`)
}
