/** Reads a scenario from JSON (the CLI's `--config`), naming the first member that is wrong. */
import type { ScenarioOverrides } from './scenario.js'

const STAGES = ['PENDING', 'CREATING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'INTEGRATING']
const MEMBERS = [
  'durations',
  'platform',
  'failure',
  'buildLogLines',
  'testLogLines',
  'scanFindings',
  'cancelDelayMs',
  'logDelayMs'
]

export function parseScenarioJson(text: string, source: string): ScenarioOverrides {
  return parseScenario(parseJsonObject(text, source), source)
}

/** The JSON object a file holds, or an error that names the file. */
export function parseJsonObject(text: string, source: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${String(error)}`, { cause: error })
  }
  if (!isObject(value)) throw new Error(`${source} must hold a JSON object`)
  return value
}

export function parseScenario(value: Record<string, unknown>, source: string): ScenarioOverrides {
  const unknown = Object.keys(value).find((key) => !MEMBERS.includes(key))
  if (unknown !== undefined)
    throw new Error(`${source}: unknown member '${unknown}' (known: ${MEMBERS.join(', ')})`)
  checkDurations(value.durations, source)
  if (value.platform !== undefined && value.platform !== 'Linux' && value.platform !== 'Windows') {
    throw new Error(`${source}: platform must be Linux or Windows`)
  }
  for (const key of ['buildLogLines', 'testLogLines']) {
    const lines = value[key]
    if (
      lines !== undefined &&
      !(Array.isArray(lines) && lines.every((line) => typeof line === 'string'))
    ) {
      throw new Error(`${source}: ${key} must be a list of strings`)
    }
  }
  if (value.failure !== undefined && value.failure !== null) checkFailure(value.failure, source)
  for (const key of ['cancelDelayMs', 'logDelayMs']) {
    if (value[key] !== undefined && !isDuration(value[key])) {
      throw new Error(`${source}: ${key} must be a number of milliseconds`)
    }
  }
  // scanFindings are passed through: a wrong finding shows in the emulator's answers, harmlessly.
  return value
}

function checkDurations(durations: unknown, source: string): void {
  if (durations === undefined) return
  if (!isObject(durations))
    throw new Error(`${source}: durations must be an object of milliseconds per status`)
  for (const [stage, ms] of Object.entries(durations)) {
    if (!STAGES.includes(stage))
      throw new Error(`${source}: durations.${stage} is not a build status (${STAGES.join(', ')})`)
    if (!isDuration(ms))
      throw new Error(`${source}: durations.${stage} must be a number of milliseconds`)
  }
}

function checkFailure(failure: unknown, source: string): void {
  if (!isObject(failure)) throw new Error(`${source}: failure must be an object`)
  if (failure.kind === 'step' && typeof failure.step === 'string') return
  if (failure.kind === 'distribution' && typeof failure.region === 'string') return
  throw new Error(
    `${source}: failure must be {"kind": "step", "step": …} or {"kind": "distribution", "region": …}`
  )
}

function isDuration(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
