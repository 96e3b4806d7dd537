/**
 * Client tokens make Image Builder's start and cancel calls idempotent. One token per invocation:
 * derived from where the step runs (repository, run, attempt, job, step) and what it was given,
 * so a retried call never starts a second build, matrix legs with other inputs differ, and a
 * re-run attempt starts a new build.
 */
import { createHash, randomUUID } from 'node:crypto'
import { INPUT_DEFAULTS, type InputName } from './inputs/defaults.js'
import { environmentReader, givenBy, withDefaults } from './inputs/reader.js'

const CONTEXT_VARIABLES = [
  'GITHUB_REPOSITORY',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_JOB',
  'GITHUB_ACTION'
] as const

/**
 * A token for one call of this invocation (`purpose`: 'start', 'cancel', …). Only the inputs the
 * user gave count, so the runner (which passes every default) and a hand run that passes only what
 * the user wrote agree on it.
 */
export function clientToken(purpose: string, env: NodeJS.ProcessEnv): string {
  // Outside a workflow run nothing identifies the invocation: never reuse an earlier build.
  const outsideRun = env.GITHUB_RUN_ID ? [] : [randomUUID()]
  return tokenFrom([purpose, ...invocationParts(env, CONTEXT_VARIABLES), ...outsideRun])
}

/**
 * What every attempt of this step of this run shares, when it has the same inputs: the one value
 * that finds the build an earlier attempt started (retry-on-rerun). Undefined outside a run.
 */
export function invocationId(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_RUN_ID) return undefined
  const everyAttempt = CONTEXT_VARIABLES.filter((name) => name !== 'GITHUB_RUN_ATTEMPT')
  return tokenFrom(['invocation', ...invocationParts(env, everyAttempt)])
}

function invocationParts(env: NodeJS.ProcessEnv, variables: readonly string[]): string[] {
  const context = variables.map((name) => `${name}=${env[name] ?? ''}`)
  const read = withDefaults(environmentReader(env))
  const inputs = (Object.keys(INPUT_DEFAULTS) as InputName[])
    // The token changes with every job and says nothing about what is built.
    .filter((name) => name !== 'github-token')
    .filter(givenBy(read))
    .map((name) => `${name}=${read(name)}`)
  return [...context, ...inputs]
}

/**
 * A 36-character token that only these parts produce: a SHA-256 digest shaped as an RFC 9562
 * version 8 UUID. 36 characters, because some Image Builder documentation (the China partition,
 * the CLI reference) still caps client tokens there; 122 bits of the digest keep collisions out
 * of reach.
 */
export function tokenFrom(parts: readonly string[]): string {
  // JSON keeps the parts apart: ['a,b'] and ['a', 'b'] digest differently.
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest()
  const bytes = digest.subarray(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32)
  ].join('-')
}
