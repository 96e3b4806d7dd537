/**
 * A step refused at its inputs still reports: the error annotation, a short job summary that
 * says what to fix, and every output at its "nothing happened" value, so later steps that read
 * `status` or `amis` see a defined value rather than a missing one.
 */
import * as core from '@actions/core'
import { saveFinished } from '../state.js'
import { writeJobSummary } from './job-summary.js'
import { text } from './markdown.js'
import { buildOutputs } from './outputs.js'

export function renderInputErrorSummary(message: string): string {
  return [
    '## ❌ No image build started: an input was refused',
    // The message quotes what the workflow passed, which may hold anything.
    text(message),
    'The inputs are checked before any call to AWS, so nothing was started or created. Fix the input named above and run the step again.'
  ].join('\n\n')
}

export async function publishInputError(error: unknown, writeSummary: boolean): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  for (const [name, value] of Object.entries(buildOutputs({ region: '' })))
    core.setOutput(name, value)
  if (writeSummary) await writeJobSummary(renderInputErrorSummary(message))
  // The step ended as it should: its post step has no build to look after.
  saveFinished()
  core.setFailed(message)
}
