/**
 * Typed access to an awsJson1.1 request body. A member of the wrong JSON type is a
 * SerializationException; a value outside the model's constraints is the service's validation error.
 */
import { constraintViolation as violation, serializationError } from './wire.js'

export interface IntegerRange {
  min: number
  max: number
}

export class JsonParams {
  private constructor(
    private readonly members: Record<string, unknown>,
    private readonly violationCode: string
  ) {}

  /** `violationCode` names the service's error for a value outside the model's constraints. */
  static parse(body: string, violationCode: string): JsonParams {
    let parsed: unknown
    try {
      parsed = body.trim() === '' ? {} : JSON.parse(body)
    } catch {
      throw serializationError('Start of structure or map found where not expected.')
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw serializationError('The request body must be a JSON object.')
    }
    return new JsonParams(parsed as Record<string, unknown>, violationCode)
  }

  /** Most string members are modelled with a minimum length of 1; filter patterns may be empty. */
  optionalString(name: string, minLength = 1): string | undefined {
    const value = this.present(name)
    if (value === undefined) return undefined
    if (typeof value !== 'string') throw wrongType(name, 'a string')
    if (value.length < minLength) {
      throw this.violation(
        name,
        value,
        `Member must have length greater than or equal to ${minLength}`
      )
    }
    return value
  }

  requiredString(name: string): string {
    const value = this.optionalString(name)
    if (value === undefined) throw this.violation(name, null, 'Member must not be null')
    return value
  }

  optionalInteger(name: string, range: IntegerRange): number | undefined {
    const value = this.present(name)
    if (value === undefined) return undefined
    if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(name, 'an integer')
    if (value < range.min) {
      throw this.violation(
        name,
        value,
        `Member must have value greater than or equal to ${range.min}`
      )
    }
    if (value > range.max) {
      throw this.violation(name, value, `Member must have value less than or equal to ${range.max}`)
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
      throw this.violation(
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
      throw this.violation(
        name,
        `[${value.join(', ')}]`,
        `Member must have length between 1 and ${maxItems}`
      )
    }
    return value
  }

  /** A structure member, as its own JsonParams. */
  optionalStructure(name: string): JsonParams | undefined {
    const value = this.present(name)
    if (value === undefined) return undefined
    if (!isStructure(value)) throw wrongType(name, 'a structure')
    return new JsonParams(value, this.violationCode)
  }

  /** A list of structures, each returned as its own JsonParams. */
  optionalStructureList(name: string, maxItems: number): JsonParams[] | undefined {
    const value = this.present(name)
    if (value === undefined) return undefined
    if (!Array.isArray(value) || !value.every(isStructure)) {
      throw wrongType(name, 'a list of structures')
    }
    if (value.length > maxItems) {
      throw this.violation(
        name,
        value.length,
        `Member must have length less than or equal to ${maxItems}`
      )
    }
    return value.map((member) => new JsonParams(member, this.violationCode))
  }

  private violation(member: string, value: unknown, constraint: string) {
    return violation(this.violationCode, member, value, constraint)
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

function isStructure(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
