/**
 * Holds the emulator's own answers to the operation's output shape (required members, types, enums
 * and no member AWS does not have), so tests never pass on data the action would never see.
 * On when EMULATOR_CHECK_RESPONSES=1 (the whole jest run sets it): violations are printed and kept
 * for the test run to fail on.
 */
import { XMLParser } from 'fast-xml-parser'
import type { ServiceResponse } from '../protocol.js'
import {
  operationModel,
  serviceModel,
  shapeOf,
  type ServiceModel,
  type Shape
} from './service-models.js'
import { RESPONSE_CHECKS, validateShape } from './validate.js'

const violations: string[] = []

export function responseChecksOn(): boolean {
  return process.env.EMULATOR_CHECK_RESPONSES === '1'
}

/** The violations found since the last call, emptied. */
export function takeResponseViolations(): string[] {
  return violations.splice(0, violations.length)
}

export function checkResponse(service: string, operation: string, response: ServiceResponse): void {
  if (response.status !== 200) return
  const problem = responseProblem(service, operation, response)
  if (problem === undefined) return
  const line = `emulator response of ${service} ${operation} does not conform to its AWS model: ${problem}`
  violations.push(line)
  console.error(line)
}

export function responseProblem(
  service: string,
  operation: string,
  response: ServiceResponse
): string | undefined {
  const model = serviceModel(service)
  const op = operationModel(service, operation)
  if (model === undefined || op === undefined) return undefined
  if (op.output === undefined) return undefined
  let value: unknown
  try {
    value = decodeResponse(model, op.output, operation, op.resultWrapper, response)
  } catch (error) {
    return `unreadable body (${String(error)})`
  }
  const violation = validateShape(model, op.output, value, RESPONSE_CHECKS)
  if (violation === undefined) return undefined
  return `${violation.path || '(root)'}: ${violation.constraint} (value ${((JSON.stringify(violation.value) as string | undefined) ?? 'undefined').slice(0, 200)})`
}

function decodeResponse(
  model: ServiceModel,
  output: string,
  operation: string,
  resultWrapper: string | undefined,
  response: ServiceResponse
): unknown {
  const shape = shapeOf(model, output)
  const { protocol } = model.metadata
  if (protocol === 'json' || protocol === 'rest-json') {
    const body =
      response.body.trim() === '' ? {} : (JSON.parse(response.body) as Record<string, unknown>)
    const value: Record<string, unknown> = {}
    for (const [name, member] of Object.entries(shape.members ?? {})) {
      if (
        member.location === 'header' ||
        member.location === 'statusCode' ||
        member.location === 'headers'
      )
        continue
      const entry = body[member.locationName ?? name]
      if (entry !== undefined) value[name] = entry
    }
    for (const key of Object.keys(body)) {
      const known = Object.entries(shape.members ?? {}).some(
        ([name, m]) => (m.locationName ?? name) === key
      )
      if (!known) value[key] = body[key]
    }
    return value
  }
  const parsed = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    isArray: () => true
  }).parse(response.body) as Record<string, unknown[]>
  let root = first(parsed[`${operation}Response`])
  if (resultWrapper !== undefined) root = first((root as Record<string, unknown[]>)[resultWrapper])
  return fromXml(model, shape, root, protocol === 'ec2', true)
}

function first(list: unknown[] | undefined): unknown {
  return list?.[0] ?? {}
}

/** Response elements: `locationName` or the member name; lists wrap `item` (EC2) or `member`. */
function fromXml(
  model: ServiceModel,
  shape: Shape,
  node: unknown,
  ec2: boolean,
  root = false
): unknown {
  switch (shape.type) {
    case 'structure': {
      const element = (typeof node === 'object' && node !== null ? node : {}) as Record<
        string,
        unknown[]
      >
      const value: Record<string, unknown> = {}
      const known = new Set<string>(root ? ['requestId', 'ResponseMetadata'] : [])
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const tag = member.locationName ?? name
        known.add(tag)
        const children = element[tag]
        if (children === undefined) continue
        const target = shapeOf(model, member.shape)
        value[name] =
          target.type === 'list' && (member.flattened === true || target.flattened === true)
            ? children.map((child) =>
                fromXml(model, shapeOf(model, target.member?.shape ?? ''), child, ec2)
              )
            : fromXml(model, target, children[0], ec2)
      }
      for (const tag of Object.keys(element))
        if (!known.has(tag) && tag !== '#text') value[tag] = element[tag]
      return value
    }
    case 'list': {
      const item = shape.member?.locationName ?? (ec2 ? 'item' : 'member')
      const children =
        typeof node === 'object' && node !== null
          ? ((node as Record<string, unknown[]>)[item] ?? [])
          : []
      return children.map((child) =>
        fromXml(model, shapeOf(model, shape.member?.shape ?? ''), child, ec2)
      )
    }
    case 'map':
      return {}
    default: {
      const text = typeof node === 'string' ? node : ''
      if (shape.type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text
      if (['integer', 'long', 'float', 'double'].includes(shape.type))
        return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text
      return text
    }
  }
}
