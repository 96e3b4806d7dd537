/**
 * The step once its inputs are valid: follow the build, then report on every way out, so the
 * outputs and the job summary are there after success, failure, cancellation, timeout, expired
 * credentials and `wait: false` alike. `main` loads this module only after validation.
 */
import * as core from '@actions/core'
import { createAwsClients } from './aws/clients.js'
import { describeError, isExpiredCredentials } from './aws/errors.js'
import { follow } from './follow.js'
import type { ParsedInputs } from './inputs/parse.js'
import type { Runtime } from './main.js'
import { type BuildRecord, newBuildRecord } from './report/build-record.js'
import { publish } from './report/publish.js'
import { UntrustedWriter } from './report/untrusted.js'
import { StartError } from './start/start-pipeline.js'
import { StopWaiting } from './stop-waiting.js'

export async function runBuildStep(
  { inputs, warnings }: ParsedInputs,
  runtime: Runtime,
  stepStartedAt: Date
): Promise<void> {
  warnings.forEach((warning) => core.warning(warning))
  const record = newBuildRecord(inputs, stepStartedAt)
  const stop = new StopWaiting(
    runtime.signals,
    inputs.timeoutMinutes,
    stepStartedAt,
    runtime.clock.now()
  )
  const clients = createAwsClients(inputs.region)
  try {
    record.ending = await follow({
      inputs,
      clients,
      record,
      clock: runtime.clock,
      stop,
      env: runtime.env,
      out: new UntrustedWriter(core.info)
    })
  } catch (error) {
    record.ending = isExpiredCredentials(error)
      ? { kind: 'credentials-expired', error: expiredCredentialsMessage(record, error) }
      : {
          kind: 'error',
          message: error instanceof StartError ? error.message : describeError(error)
        }
  } finally {
    stop.dispose()
    record.endedAt = runtime.clock.now()
    await publish(record, inputs.summary, runtime.clock.now())
    await clients.destroy()
  }
}

function expiredCredentialsMessage(record: BuildRecord, error: unknown): string {
  const build = record.imageArn
    ? `The build ${record.imageArn} keeps running in Image Builder; follow it from a later step with image-arn: ${record.imageArn}.`
    : 'No build was started.'
  return [
    `The AWS credentials expired (${describeError(error)}). ${build}`,
    "Give the role a session longer than the build: set role-duration-seconds (e.g. 7200) in aws-actions/configure-aws-credentials, and raise the IAM role's maximum session duration to at least that."
  ].join(' ')
}
