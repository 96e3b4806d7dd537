/**
 * EC2 `Filter.N` evaluation: the values of one filter are OR-ed, separate filters are AND-ed, and
 * values may use the `*` and `?` wildcards (a backslash escapes them). Filter names are
 * case-sensitive; an unknown one is rejected as EC2 does.
 */
import { invalidFilter, invalidParameterValue } from './errors.js'
import type { Ec2Filter } from './query-params.js'

/** For each supported filter name, the values a resource offers to match against. */
export type FilterFields<Resource> = Record<string, (resource: Resource) => readonly string[]>

/** The filters of one resource type; tag filters (`tag:<key>`, `tag-key`) only where it has tags. */
export interface FilterSchema<Resource> {
  fields: FilterFields<Resource>
  tagsOf?: (resource: Resource) => Record<string, string>
}

export function assertKnownFilters<Resource>(filters: Ec2Filter[], schema: FilterSchema<Resource>) {
  for (const filter of filters) {
    const isTag = schema.tagsOf !== undefined && isTagFilter(filter.name)
    if (!isTag && !Object.hasOwn(schema.fields, filter.name)) throw invalidFilter(filter.name)
    if (filter.values.length === 0) {
      throw invalidParameterValue(`The filter '${filter.name}' requires at least one value`)
    }
  }
}

export function matchesFilters<Resource>(
  resource: Resource,
  filters: Ec2Filter[],
  schema: FilterSchema<Resource>
): boolean {
  return filters.every((filter) => {
    const offered = valuesFor(resource, filter.name, schema)
    return filter.values.some((pattern) => {
      const matcher = wildcardMatcher(pattern)
      return offered.some((value) => matcher.test(value))
    })
  })
}

function valuesFor<Resource>(
  resource: Resource,
  name: string,
  schema: FilterSchema<Resource>
): readonly string[] {
  const field = Object.hasOwn(schema.fields, name) ? schema.fields[name] : undefined
  if (field !== undefined) return field(resource)
  const tags = schema.tagsOf?.(resource) ?? {}
  if (name === 'tag-key') return Object.keys(tags)
  if (name === 'tag-value') return Object.values(tags)
  const value = tags[name.slice('tag:'.length)]
  return value === undefined ? [] : [value]
}

function isTagFilter(name: string): boolean {
  return name === 'tag-key' || name === 'tag-value' || (name.startsWith('tag:') && name.length > 4)
}

/** `*` is any run of characters, `?` exactly one, and `\*`, `\?`, `\\` are literals. */
export function wildcardMatcher(pattern: string): RegExp {
  const chars = Array.from(pattern)
  let source = ''
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index] ?? ''
    const next = chars[index + 1]
    if (char === '\\' && (next === '*' || next === '?' || next === '\\')) {
      source += escapeRegExp(next)
      index += 1
    } else if (char === '*') source += '.*'
    else if (char === '?') source += '.'
    else source += escapeRegExp(char)
  }
  return new RegExp(`^${source}$`, 'su')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
