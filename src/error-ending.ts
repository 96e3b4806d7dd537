/**
 * What an error that reached the top of the step ends it as: expired credentials with what to do
 * about them, an error the action wrote for the user (InputError, StartError) as it is, anything
 * else described by name and message. The watch, which ends on expired credentials with a value
 * rather than a throw, ends the step through the same words.
 */
import { describeError, isExpiredCredentials } from './aws/errors.js'
import { InputError, StartError } from './domain/errors.js'
import type { BuildRecord, Ending } from './domain/record.js'
import type { StopWaiting } from './domain/stop-waiting.js'
import { stoppedSentence } from './report/stop-wording.js'

export function endingOfError(
  error: unknown,
  record: Pick<BuildRecord, 'imageArn'>,
  stop: Pick<StopWaiting, 'reason'>
): Ending {
  if (isExpiredCredentials(error)) return expiredCredentialsEnding(error, record.imageArn)
  if (stop.reason && !record.imageArn) {
    return {
      kind: 'error',
      message: `${stoppedSentence(stop.reason)} before Image Builder named the build, so there is none to cancel (${describeError(error)}). If a build did start, the image list of the pipeline or recipe shows it.`
    }
  }
  return {
    kind: 'error',
    message:
      error instanceof StartError || error instanceof InputError
        ? error.message
        : describeError(error)
  }
}

/** The credentials expired: whether a build keeps running, and how to give the role time enough. */
export function expiredCredentialsEnding(error: unknown, imageArn: string | undefined): Ending {
  const build = imageArn
    ? `The build ${imageArn} keeps running in Image Builder; follow it from a later step with image-arn: ${imageArn}.`
    : 'No build was started.'
  return {
    kind: 'credentials-expired',
    message: [
      `The AWS credentials expired (${describeError(error)}). ${build}`,
      "Give the role a session longer than the build: set role-duration-seconds (e.g. 7200) in aws-actions/configure-aws-credentials, and raise the IAM role's maximum session duration to at least that."
    ].join(' ')
  }
}
