/**
 * The runner's file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY) written without
 * @actions/core, for the start path, where loading core and its HTTP stack would cost more than
 * the rest of a rejected run. The format is the one core writes: `name<<delimiter`, the value, the
 * delimiter, with a delimiter nobody can put in the value.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

/** Appends `name` = `value` to a file command; nothing outside the runner (no file named). */
export function appendFileCommand(file: string | undefined, name: string, value: string): void {
  if (!file) return
  const delimiter = `ghadelimiter_${randomUUID()}`
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}
