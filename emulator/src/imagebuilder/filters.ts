/** The `filters` member of list operations: `[{name, values}]` with a fixed set of names per operation. */
import { invalidParameterValue, patternMismatch } from './errors.js'
import type { OperationInput } from './input.js'
import { isRecord } from './input.js'
import { PATTERNS } from './patterns.js'

export interface Filter {
  name: string
  values: string[]
}

export function readFilters(
  input: OperationInput,
  allowed: readonly string[],
  limits = { filters: 10, values: 10 }
): Filter[] {
  const list = input.optionalList('filters')
  if (list === undefined) return []
  if (list.length < 1 || list.length > limits.filters) {
    throw invalidParameterValue(
      'filters',
      `'filters' must contain between 1 and ${limits.filters} filters.`
    )
  }
  return list.map((entry) => readFilter(entry, allowed, limits.values))
}

function readFilter(entry: unknown, allowed: readonly string[], maxValues: number): Filter {
  if (!isRecord(entry))
    throw invalidParameterValue('filters', 'Each filter must be an object with a name and values.')
  const { name, values } = entry
  if (typeof name !== 'string' || !new RegExp(PATTERNS.filterName).test(name))
    throw patternMismatch('filters.name', PATTERNS.filterName)
  if (!allowed.includes(name)) {
    throw invalidParameterValue(
      'filters.name',
      `Filter name '${name}' is not supported. Supported names: ${allowed.join(', ')}.`
    )
  }
  if (
    !Array.isArray(values) ||
    values.length < 1 ||
    values.length > maxValues ||
    !values.every((value) => typeof value === 'string')
  ) {
    throw invalidParameterValue(
      'filters.values',
      `Each filter must have between 1 and ${maxValues} string values.`
    )
  }
  return { name, values }
}

/** True when, for every filter, the item's value for the filter's name is one of its values. */
export function matchesFilters(
  filters: Filter[],
  valueOf: (name: string) => string | undefined
): boolean {
  return filters.every((filter) => {
    const value = valueOf(filter.name)
    return value !== undefined && filter.values.includes(value)
  })
}
