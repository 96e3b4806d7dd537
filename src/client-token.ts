/**
 * Client tokens make Image Builder's start and cancel calls idempotent. One token per invocation:
 * derived from where the step runs (repository, run, attempt, job, step) and what it was given,
 * so a retried call never starts a second build, matrix legs with other inputs differ, and a
 * re-run attempt starts a new build.
 */
import { createHash, randomUUID } from 'node:crypto'

const CONTEXT_VARIABLES = [
  'GITHUB_REPOSITORY',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_JOB',
  'GITHUB_ACTION'
] as const

/** 64 hex characters (Image Builder accepts 1–64). */
export function clientToken(purpose: string, env: NodeJS.ProcessEnv): string {
  const context = CONTEXT_VARIABLES.map((name) => `${name}=${env[name] ?? ''}`)
  const inputs = Object.keys(env)
    .filter((name) => name.startsWith('INPUT_'))
    .sort()
    .map((name) => `${name}=${env[name] ?? ''}`)
  // Outside a workflow run nothing identifies the invocation: never reuse an earlier build.
  const outsideRun = env.GITHUB_RUN_ID ? [] : [randomUUID()]
  return createHash('sha256')
    .update(JSON.stringify([purpose, ...context, ...inputs, ...outsideRun]))
    .digest('hex')
}

/** A client token for a request defined by its content: the same parts give the same token. */
export function tokenFrom(parts: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 36)
}
