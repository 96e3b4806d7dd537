/**
 * The step once its inputs are valid: run the build, then report on every way out, so the
 * outputs and the job summary are there after success, failure, cancellation, timeout, expired
 * credentials and `wait: false` alike. `main` loads this module only after validation.
 */
import * as core from '@actions/core'
import { createAwsClients } from './aws/clients.js'
import { endingOfError } from './error-ending.js'
import { runBuild } from './run-build.js'
import { commentOnPullRequest } from './github/pull-request-comment.js'
import type { ParsedInputs } from './inputs/parse.js'
import type { Runtime } from './domain/runtime.js'
import { newBuildRecord } from './domain/record.js'
import { keepRecord } from './report/keep-record.js'
import { publish } from './report/publish.js'
import { UntrustedWriter } from './untrusted.js'
import { saveFinished, saveRunSettings } from './state.js'
import { StopWaiting } from './domain/stop-waiting.js'

export async function runBuildStep(
  parsed: ParsedInputs,
  runtime: Runtime,
  stepStartedAt: Date
): Promise<void> {
  try {
    await runAndReport(parsed, runtime, stepStartedAt)
  } finally {
    // Last of all: the post step finds it and knows this step was not killed halfway.
    saveFinished()
  }
}

async function runAndReport(
  { inputs, warnings }: ParsedInputs,
  runtime: Runtime,
  stepStartedAt: Date
): Promise<void> {
  warnings.forEach((message) => core.warning(message))
  saveRunSettings(inputs)
  const record = newBuildRecord(inputs, stepStartedAt)
  const out = new UntrustedWriter()
  const learn = keepRecord(record, out)
  const stop = new StopWaiting(runtime.signals, inputs.timeoutMinutes, stepStartedAt, runtime.clock)
  const clients = createAwsClients(inputs.region)
  const context = { inputs, clients, learn, clock: runtime.clock, stop, env: runtime.env, out }
  // Every way out of the run is an ending: a throw is turned into one here, once.
  const ending = await runBuild(context).catch((error: unknown) =>
    endingOfError(error, record, stop)
  )
  stop.dispose()
  learn({ type: 'ended', ending, at: runtime.clock.now() })
  await publish(record, inputs.summary, runtime.clock.now(), runtime.env)
  await clients.destroy()
  // After the outputs, the summary and the result: a comment that fails hides none of them.
  await commentOnPullRequest(record, inputs.pullRequestComment, runtime.env)
}
