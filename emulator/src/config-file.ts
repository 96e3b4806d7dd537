/**
 * The CLI's `--config` file: a build scenario (see scenario-file.ts) plus an optional `faults` list,
 * so that a workflow under test can meet throttling, outages or expired credentials without code.
 */
import type { FaultKind, FaultRule } from './faults.js'
import type { ServiceName } from './protocol.js'
import type { ScenarioOverrides } from './scenario.js'
import { isObject, parseJsonObject, parseScenario } from './scenario-file.js'

export interface EmulatorConfig {
  scenario: ScenarioOverrides
  faults: FaultRule[]
}

// A Record, not a list: adding a service to ServiceName fails type-checking here until it is listed.
const SERVICES: Record<ServiceName, true> = {
  imagebuilder: true,
  ec2: true,
  logs: true,
  ssm: true,
  ecr: true,
  sts: true
}
const KINDS: Record<FaultKind, true> = {
  throttle: true,
  'server-error': true,
  unavailable: true,
  drop: true,
  'expired-credentials': true,
  latency: true,
  hang: true
}
const RULE_MEMBERS = ['kind', 'service', 'operation', 'region', 'times', 'after', 'latencyMs']

export function parseConfigJson(text: string, source: string): EmulatorConfig {
  const { faults, ...scenario } = parseJsonObject(text, source)
  return { scenario: parseScenario(scenario, source), faults: parseFaults(faults, source) }
}

function parseFaults(faults: unknown, source: string): FaultRule[] {
  if (faults === undefined) return []
  if (!Array.isArray(faults)) throw new Error(`${source}: faults must be a list of fault rules`)
  return faults.map((rule, index) => parseRule(rule, `${source}: faults[${index}]`))
}

function parseRule(rule: unknown, where: string): FaultRule {
  if (!isObject(rule)) throw new Error(`${where} must be an object`)
  const unknown = Object.keys(rule).find((key) => !RULE_MEMBERS.includes(key))
  if (unknown !== undefined) {
    throw new Error(`${where}: unknown member '${unknown}' (known: ${RULE_MEMBERS.join(', ')})`)
  }
  const { kind, service, operation, region, after, latencyMs } = rule
  if (!isKey(kind, KINDS)) {
    throw new Error(`${where}: kind must be one of ${Object.keys(KINDS).join(', ')}`)
  }
  const parsed: FaultRule = { kind, times: parseTimes(rule.times, where) }
  if (service !== undefined) {
    if (!isKey(service, SERVICES)) {
      throw new Error(`${where}: service must be one of ${Object.keys(SERVICES).join(', ')}`)
    }
    parsed.service = service
  }
  if (operation !== undefined) parsed.operation = text(operation, 'operation', where)
  if (region !== undefined) parsed.region = text(region, 'region', where)
  if (after !== undefined) parsed.after = count(after, 'after', where)
  if (latencyMs !== undefined) parsed.latencyMs = count(latencyMs, 'latencyMs', where)
  return parsed
}

/** JSON has no Infinity: a fault that never wears off says `"times": "always"`. */
function parseTimes(times: unknown, where: string): number {
  if (times === undefined) return 1
  if (times === 'always') return Infinity
  if (typeof times === 'number' && Number.isInteger(times) && times > 0) return times
  throw new Error(`${where}: times must be a positive whole number or "always"`)
}

function text(value: unknown, name: string, where: string): string {
  if (typeof value === 'string' && value !== '') return value
  throw new Error(`${where}: ${name} must be a non-empty string`)
}

function count(value: unknown, name: string, where: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
  throw new Error(`${where}: ${name} must be a whole number, 0 or more`)
}

function isKey<K extends string>(value: unknown, keys: Record<K, true>): value is K {
  return typeof value === 'string' && Object.hasOwn(keys, value)
}
