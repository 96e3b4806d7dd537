/**
 * What Image Builder reads from an AWSTOE component document when a component is created (§8.1,
 * §8.2): the component type (a document whose only phase is `test` is TEST, any other BUILD) and
 * the parameters it declares.
 */
import { parse } from 'yaml'
import { invalidRequest } from './errors.js'
import { isRecord } from './input.js'
import type { ComponentParameterDetail } from './shapes.js'

const PHASES = ['build', 'validate', 'test', 'container-host-test']

export interface ComponentDocument {
  type: 'BUILD' | 'TEST'
  /** A `test` phase, alone or beside others: AWSTOE runs it in the test stage. */
  runsTests: boolean
  parameters: ComponentParameterDetail[]
}

export function readComponentDocument(data: string): ComponentDocument {
  let document: unknown
  try {
    document = parse(data)
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw invalidDocument(`it is not valid YAML (${detail})`)
  }
  if (!isRecord(document)) throw invalidDocument('it must be a YAML mapping')
  const phases = phaseNames(document.phases)
  return {
    type: phases.length === 1 && phases[0] === 'test' ? 'TEST' : 'BUILD',
    runsTests: phases.includes('test'),
    parameters: declaredParameters(document.parameters)
  }
}

function phaseNames(phases: unknown): string[] {
  if (!Array.isArray(phases) || phases.length === 0)
    throw invalidDocument("it needs a non-empty 'phases' list")
  return phases.map((phase: unknown) => {
    const { name, steps } = isRecord(phase) ? phase : {}
    if (typeof name !== 'string' || !PHASES.includes(name)) {
      throw invalidDocument(`every phase needs a name out of ${PHASES.join(', ')}`)
    }
    if (!Array.isArray(steps) || steps.length === 0)
      throw invalidDocument(`phase '${name}' needs a non-empty 'steps' list`)
    return name
  })
}

/** `parameters:` is a list of one-entry maps: `- Name: { type, default, description }`. */
function declaredParameters(parameters: unknown): ComponentParameterDetail[] {
  if (parameters === undefined || parameters === null) return []
  if (!Array.isArray(parameters)) throw invalidDocument("'parameters' must be a list")
  return parameters.map((entry: unknown) => {
    const [name, settings] = isRecord(entry) ? (Object.entries(entry)[0] ?? []) : []
    if (name === undefined || !isRecord(settings) || typeof settings.type !== 'string')
      throw invalidDocument("each parameter must be '- <Name>: { type: string, ... }'")
    const defaultValue = scalarText(settings.default)
    if (settings.default !== undefined && defaultValue === undefined)
      throw invalidDocument(`the default of parameter '${name}' must be a single value`)
    return {
      name,
      type: settings.type,
      ...(defaultValue === undefined ? {} : { defaultValue: [defaultValue] }),
      ...(typeof settings.description === 'string' ? { description: settings.description } : {})
    }
  })
}

/** YAML scalars as text (`default: 8080` is the string "8080"); anything else is undefined. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

function invalidDocument(detail: string) {
  return invalidRequest(`The component document is not valid: ${detail}.`)
}
