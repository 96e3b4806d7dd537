/**
 * Checks a value against a model shape, the way AWS's front end does before an operation runs:
 * required members, types, string lengths, numeric ranges, list and map sizes, patterns and enums.
 * The first violation wins, as AWS usually reports one at a time.
 */
import { matchesModelPattern } from './patterns.js'
import { shapeOf, type ServiceModel, type Shape } from './service-models.js'

export type ViolationKind = 'required' | 'type' | 'length' | 'range' | 'size' | 'pattern' | 'enum'

export interface Violation {
  kind: ViolationKind
  /** The member's path, `distributions.1.region` (lists count from 1, as AWS's messages do). */
  path: string
  /** The member's own name (the last segment of the path that is not an index). */
  member: string
  value: unknown
  /** What the model demands, in Coral's words (`Member must have length less than or equal to 128`). */
  constraint: string
  /** For `required` with wire protocols that name members differently (EC2's `ImageId`). */
  pattern?: string
}

export interface CheckOptions {
  /** Responses are held to required members, types and enums only (AWS's own answers break lengths). */
  constraints: boolean
  /** Members the shape does not have are violations (responses only: AWS ignores unknown input). */
  unknownMembers: boolean
  /**
   * `Shape.member` pairs the checks let pass: members newer than the model snapshot, and values
   * the real service sends against its own enum.
   */
  exempt?: ReadonlySet<string>
}

export const REQUEST_CHECKS: CheckOptions = { constraints: true, unknownMembers: false }
export const RESPONSE_CHECKS: CheckOptions = {
  constraints: false,
  unknownMembers: true,
  exempt: new Set([
    // Documented in the API reference (API_ImageFailureContext) after botocore 1.43.67.
    'ImageState.failureContext',
    // EC2's model says `Windows`; DescribeImages answers `windows`, as every AWS CLI sample shows.
    'Image.Platform'
  ])
}

export function validateShape(
  model: ServiceModel,
  shapeName: string,
  value: unknown,
  options: CheckOptions,
  path = '',
  member = ''
): Violation | undefined {
  const shape = shapeOf(model, shapeName)
  const at = (
    kind: ViolationKind,
    constraint: string,
    extra: Partial<Violation> = {}
  ): Violation => ({
    kind,
    path,
    member,
    value,
    constraint,
    ...extra
  })
  switch (shape.type) {
    case 'structure':
      return structure(model, shapeName, shape, value, options, path, at)
    case 'list': {
      if (!Array.isArray(value)) return at('type', 'Member must be a list')
      const size = sizeViolation(shape, value.length, options, at)
      if (size !== undefined) return size
      const item = shape.member?.shape ?? ''
      for (const [index, entry] of value.entries()) {
        const found = validateShape(
          model,
          item,
          entry,
          options,
          `${path}.${index + 1}.member`,
          member
        )
        if (found !== undefined) return found
      }
      return undefined
    }
    case 'map': {
      if (!isRecord(value)) return at('type', 'Member must be a map')
      const entries = Object.entries(value)
      const size = sizeViolation(shape, entries.length, options, at)
      if (size !== undefined) return size
      for (const [key, entry] of entries) {
        const found =
          validateShape(
            model,
            shape.key?.shape ?? '',
            key,
            options,
            `${path}.${key}.key`,
            member
          ) ??
          validateShape(
            model,
            shape.value?.shape ?? '',
            entry,
            options,
            `${path}.${key}.value`,
            member
          )
        if (found !== undefined) return found
      }
      return undefined
    }
    case 'string':
      return text(shape, value, options, at)
    case 'integer':
    case 'long':
    case 'float':
    case 'double': {
      const integral = shape.type === 'integer' || shape.type === 'long'
      if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        (integral && !Number.isInteger(value))
      ) {
        return at('type', `Member must be ${integral ? 'an integer' : 'a number'}`)
      }
      if (!options.constraints) return undefined
      if (shape.min !== undefined && value < shape.min) {
        return at('range', `Member must have value greater than or equal to ${shape.min}`)
      }
      if (shape.max !== undefined && value > shape.max) {
        return at('range', `Member must have value less than or equal to ${shape.max}`)
      }
      return undefined
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : at('type', 'Member must be a boolean')
    case 'timestamp':
      return typeof value === 'number' ||
        (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
        ? undefined
        : at('type', 'Member must be a timestamp')
    case 'blob':
      return typeof value === 'string' ? undefined : at('type', 'Member must be a blob')
  }
}

type At = (kind: ViolationKind, constraint: string, extra?: Partial<Violation>) => Violation

function structure(
  model: ServiceModel,
  shapeName: string,
  shape: Shape,
  value: unknown,
  options: CheckOptions,
  path: string,
  at: At
): Violation | undefined {
  if (!isRecord(value)) return at('type', 'Member must be a structure')
  const members = shape.members ?? {}
  for (const name of shape.required ?? []) {
    if (value[name] === undefined || value[name] === null) {
      return {
        kind: 'required',
        path: join(path, name),
        member: name,
        value: null,
        constraint: 'Member must not be null'
      }
    }
  }
  for (const [name, entry] of Object.entries(value)) {
    const member = members[name]
    if (options.exempt?.has(`${shapeName}.${name}`) === true) continue
    if (member === undefined) {
      if (options.unknownMembers) {
        return {
          ...at('type', 'The shape has no such member'),
          path: join(path, name),
          member: name
        }
      }
      continue
    }
    if (entry === undefined || entry === null) continue
    const found = validateShape(model, member.shape, entry, options, join(path, name), name)
    if (found !== undefined) return found
  }
  return undefined
}

function text(shape: Shape, value: unknown, options: CheckOptions, at: At): Violation | undefined {
  if (typeof value !== 'string') return at('type', 'Member must be a string')
  if (shape.enum !== undefined && !shape.enum.includes(value)) {
    return at('enum', `Member must satisfy enum value set: [${shape.enum.join(', ')}]`)
  }
  if (!options.constraints) return undefined
  // Coral counts code points, not UTF-16 units.
  const length = Array.from(value).length
  if (shape.min !== undefined && length < shape.min) {
    return at('length', `Member must have length greater than or equal to ${shape.min}`)
  }
  if (shape.max !== undefined && length > shape.max) {
    return at('length', `Member must have length less than or equal to ${shape.max}`)
  }
  if (shape.pattern !== undefined && !matchesModelPattern(shape.pattern, value)) {
    return at('pattern', `Member must satisfy regular expression pattern: ${shape.pattern}`, {
      pattern: shape.pattern
    })
  }
  return undefined
}

function sizeViolation(
  shape: Shape,
  size: number,
  options: CheckOptions,
  at: At
): Violation | undefined {
  if (!options.constraints) return undefined
  if (shape.min !== undefined && size < shape.min) {
    return at('size', `Member must have length greater than or equal to ${shape.min}`)
  }
  if (shape.max !== undefined && size > shape.max) {
    return at('size', `Member must have length less than or equal to ${shape.max}`)
  }
  return undefined
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
