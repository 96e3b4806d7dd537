/**
 * The `components` input: one per line, or a YAML list whose items may carry parameters. The YAML
 * parser is handed in: only a YAML list needs it, and loading it costs more start-up time than
 * the rest of the input checks.
 */
import type { ComponentReference } from './action-inputs.js'
import { InputError } from '../domain/errors.js'
import { parseLines } from './fields.js'

const MAX_COMPONENTS = 20

export type YamlParser = (text: string) => unknown

/** A YAML list, which needs the YAML parser; otherwise one component per line. */
export function isYamlList(raw: string): boolean {
  return raw.trimStart().startsWith('-')
}

export function parseComponents(raw: string, parseYaml?: YamlParser): ComponentReference[] {
  const components = isYamlList(raw) ? parseYamlList(raw, parseYaml) : parseLines(raw).map(plain)
  if (components.length === 0) throw new InputError('components', 'give at least one component')
  if (components.length > MAX_COMPONENTS) {
    throw new InputError('components', `a recipe holds at most ${MAX_COMPONENTS} components`)
  }
  return components
}

function plain(source: string): ComponentReference {
  return { source, parameters: [] }
}

function parseYamlList(raw: string, parseYaml: YamlParser | undefined): ComponentReference[] {
  if (!parseYaml) throw new Error('The YAML parser was not loaded for a YAML list of components.')
  let document: unknown
  try {
    document = parseYaml(raw)
  } catch (error) {
    throw new InputError('components', `is not a valid YAML list: ${(error as Error).message}`)
  }
  if (!Array.isArray(document)) throw new InputError('components', 'expected a YAML list')
  return document.map((item: unknown, index) => parseYamlItem(item, index + 1))
}

function parseYamlItem(item: unknown, position: number): ComponentReference {
  if (typeof item === 'string' && item.trim() !== '') return plain(item.trim())
  if (!isRecord(item) || typeof item.component !== 'string' || item.component.trim() === '') {
    throw new InputError(
      'components',
      `item ${position} must be a component or a mapping with 'component' and optional 'parameters'`
    )
  }
  const extraKeys = Object.keys(item).filter((key) => key !== 'component' && key !== 'parameters')
  if (extraKeys.length > 0) {
    throw new InputError('components', `item ${position} has unknown keys: ${extraKeys.join(', ')}`)
  }
  return { source: item.component.trim(), parameters: parseParameters(item.parameters, position) }
}

function parseParameters(value: unknown, position: number): ComponentReference['parameters'] {
  if (value === undefined || value === null) return []
  if (!isRecord(value)) {
    throw new InputError('components', `the parameters of item ${position} must be a mapping`)
  }
  return Object.entries(value).map(([name, parameterValue]) => {
    const values = Array.isArray(parameterValue) ? parameterValue : [parameterValue]
    if (!values.every(isScalar)) {
      throw new InputError('components', `parameter '${name}' of item ${position} must be text`)
    }
    return { name, value: values.map(String) }
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}
