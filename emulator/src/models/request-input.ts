/**
 * Reads a request back into the value of its operation's input shape, per protocol, so that one
 * validator serves them all: restJson1 (query string, path labels, JSON body), awsJson (JSON body),
 * ec2Query and awsQuery (form fields, lists flattened with 1-based indexes).
 */
import type { ServiceRequest } from '../protocol.js'
import { shapeOf, type MemberRef, type ServiceModel, type Shape } from './service-models.js'

export type Decoded = { ok: true; value: unknown } | { ok: false; reason: string }

export function decodeRequest(
  model: ServiceModel,
  shapeName: string,
  request: ServiceRequest,
  requestUri: string
): Decoded {
  const shape = shapeOf(model, shapeName)
  switch (model.metadata.protocol) {
    case 'json':
      return jsonBody(request.body)
    case 'rest-json':
      return restJson(model, shape, request, requestUri)
    case 'ec2':
    case 'query':
      return {
        ok: true,
        value: fromForm(model, shape, formFields(request), '', model.metadata.protocol)
      }
  }
}

function jsonBody(body: string): Decoded {
  if (body.trim() === '') return { ok: true, value: {} }
  try {
    return { ok: true, value: JSON.parse(body) as unknown }
  } catch {
    return { ok: false, reason: 'The request body is not valid JSON.' }
  }
}

function restJson(
  model: ServiceModel,
  shape: Shape,
  request: ServiceRequest,
  requestUri: string
): Decoded {
  const body = jsonBody(request.body)
  if (!body.ok) return body
  const value: Record<string, unknown> =
    typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value)
      ? { ...(body.value as Record<string, unknown>) }
      : {}
  const labels = pathLabels(requestUri, request.path)
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    const wireName = member.locationName ?? name
    const target = shapeOf(model, member.shape)
    if (member.location === 'uri') {
      const label = labels[wireName]
      if (label !== undefined) value[name] = label
    } else if (member.location === 'querystring') {
      const values = request.query.getAll(wireName)
      if (values.length > 0)
        value[name] = target.type === 'list' ? values : scalar(target, values[0] ?? '')
    } else if (member.location === 'header') {
      const header = request.headers[wireName.toLowerCase()]
      if (header !== undefined) value[name] = scalar(target, header)
    }
  }
  return { ok: true, value }
}

/** `{resourceArn}` in `/tags/{resourceArn}`, percent-decoded. */
function pathLabels(requestUri: string, path: string): Record<string, string> {
  const template = requestUri.split('?')[0] ?? requestUri
  const names: string[] = []
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const label = /^\{([^}+]+)\+?\}$/.exec(part)
      if (label?.[1] === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      names.push(label[1])
      return '(.+)'
    })
    .join('')
  const match = new RegExp(`^${source}$`).exec(path)
  if (match === null) return {}
  return Object.fromEntries(names.map((name, index) => [name, decode(match[index + 1] ?? '')]))
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Query strings and headers carry text; numbers and booleans are read as the shape says. */
function scalar(shape: Shape, text: string): unknown {
  if (
    shape.type === 'integer' ||
    shape.type === 'long' ||
    shape.type === 'double' ||
    shape.type === 'float'
  ) {
    return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text
  }
  if (shape.type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text
  return text
}

function formFields(request: ServiceRequest): Map<string, string> {
  const fields = new Map<string, string>(request.query)
  for (const [key, value] of new URLSearchParams(request.body)) fields.set(key, value)
  return fields
}

/** ec2Query: `queryName`, else capitalised `locationName`, else the capitalised member name. */
function formName(protocol: 'ec2' | 'query', name: string, member: MemberRef): string {
  if (protocol === 'ec2') return member.queryName ?? capitalise(member.locationName ?? name)
  return member.locationName ?? name
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function fromForm(
  model: ServiceModel,
  shape: Shape,
  fields: Map<string, string>,
  prefix: string,
  protocol: 'ec2' | 'query'
): unknown {
  switch (shape.type) {
    case 'structure': {
      const value: Record<string, unknown> = {}
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const wire = formName(protocol, name, member)
        const key = prefix === '' ? wire : `${prefix}.${wire}`
        const decoded = fromForm(model, shapeOf(model, member.shape), fields, key, protocol)
        if (decoded !== undefined) value[name] = decoded
      }
      return prefix === '' || Object.keys(value).length > 0 ? value : undefined
    }
    case 'list': {
      const member = shape.member ?? { shape: 'String' }
      const flattened = protocol === 'ec2' || shape.flattened === true
      const base = flattened ? prefix : `${prefix}.${member.locationName ?? 'member'}`
      const items: unknown[] = []
      for (let index = 1; ; index += 1) {
        const item = fromForm(
          model,
          shapeOf(model, member.shape),
          fields,
          `${base}.${index}`,
          protocol
        )
        if (item === undefined) break
        items.push(item)
      }
      return items.length > 0 ? items : undefined
    }
    case 'map':
      return undefined
    default: {
      const text = fields.get(prefix)
      return text === undefined ? undefined : scalar(shape, text)
    }
  }
}
