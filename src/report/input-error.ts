/**
 * A step refused at its inputs still reports: the error annotation, a short job summary that
 * says what to fix, and every output at its "nothing happened" value, so later steps that read
 * `status` or `amis` see a defined value rather than a missing one.
 */
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import { appendFileCommand, failEarly } from '../runner.js'
import { saveFinished } from '../state.js'
import { text } from './markdown.js'
import { buildOutputs } from './outputs.js'

export function renderInputErrorSummary(message: string): string {
  return [
    '## ❌ Image build not started: an input was refused',
    // The message quotes what the workflow passed, which may hold anything.
    text(message),
    'The inputs are checked before any call to AWS, so nothing was started or created. Fix the input named above and run the step again.'
  ].join('\n\n')
}

/** On the start path, which must stay as quick as Node's own start: file commands and fd 1 only. */
export function publishInputError(
  error: unknown,
  writeSummary: boolean,
  env: NodeJS.ProcessEnv
): void {
  const message = error instanceof Error ? error.message : String(error)
  if (env.GITHUB_OUTPUT) {
    for (const [name, value] of Object.entries(buildOutputs({ region: '' })))
      appendFileCommand(env.GITHUB_OUTPUT, name, value)
  }
  if (writeSummary && env.GITHUB_STEP_SUMMARY) {
    appendFileSync(env.GITHUB_STEP_SUMMARY, `${renderInputErrorSummary(message)}${EOL}`, 'utf8')
  }
  // The step ended as it should: its post step has no build to look after.
  if (env.GITHUB_STATE) saveFinished(env)
  failEarly(message)
}
