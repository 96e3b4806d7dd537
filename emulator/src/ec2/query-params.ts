/**
 * The parameters of an ec2Query request. EC2 flattens lists with 1-based indexes (`ImageId.1`)
 * and nests structures with dots (`Filter.2.Value.1`), so lists and structures are read by prefix.
 */
import type { ServiceRequest } from '../protocol.js'
import { invalidFilter, invalidParameterValue } from './errors.js'

export interface Ec2Filter {
  name: string
  values: string[]
}

export interface Ec2Tag {
  key: string
  value: string
}

export class QueryParams {
  private constructor(private readonly values: ReadonlyMap<string, string>) {}

  /** The SDK sends a form body; EC2 also accepts the same parameters in the query string. */
  static of(request: ServiceRequest): QueryParams {
    const values = new Map<string, string>(request.query)
    for (const [key, value] of new URLSearchParams(request.body)) values.set(key, value)
    return new QueryParams(values)
  }

  string(name: string): string | undefined {
    return this.values.get(name)
  }

  list(prefix: string): string[] {
    return this.indexesOf(prefix).map((index) => this.values.get(`${prefix}.${index}`) ?? '')
  }

  structures(prefix: string): QueryParams[] {
    return this.indexesOf(prefix).map((index) => this.nested(`${prefix}.${index}`))
  }

  integer(name: string): number | undefined {
    const text = this.values.get(name)
    if (text === undefined) return undefined
    if (!/^-?\d+$/.test(text)) {
      throw invalidParameterValue(`Invalid value '${text}' for ${lowerFirst(name)}`)
    }
    return Number(text)
  }

  boolean(name: string): boolean {
    return this.values.get(name)?.toLowerCase() === 'true'
  }

  filters(): Ec2Filter[] {
    return this.structures('Filter').map((filter) => {
      const name = filter.string('Name')
      if (name === undefined) throw invalidFilter('null')
      return { name, values: filter.list('Value') }
    })
  }

  tags(): Ec2Tag[] {
    return this.structures('Tag').map((tag) => ({
      key: tag.string('Key') ?? '',
      value: tag.string('Value') ?? ''
    }))
  }

  /** The distinct numeric indexes under `prefix`, in order (`Filter.1.Name`, `Filter.1.Value.1` → 1). */
  private indexesOf(prefix: string): number[] {
    const indexes = new Set<number>()
    const start = `${prefix}.`
    for (const key of this.values.keys()) {
      if (!key.startsWith(start)) continue
      const index = /^(\d+)(?:\.|$)/.exec(key.slice(start.length))?.[1]
      if (index !== undefined) indexes.add(Number(index))
    }
    return [...indexes].sort((a, b) => a - b)
  }

  isEmpty(): boolean {
    return this.values.size === 0
  }

  /** The members under `prefix.` (a structure), with the prefix removed. */
  nested(prefix: string): QueryParams {
    const start = `${prefix}.`
    const values = new Map<string, string>()
    for (const [key, value] of this.values) {
      if (key.startsWith(start)) values.set(key.slice(start.length), value)
    }
    return new QueryParams(values)
  }
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}
