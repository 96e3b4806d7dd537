/**
 * A line in the job log for each retry of a start call, as it begins: an unreachable
 * endpoint or a throttled start would otherwise leave the log silent for a minute or more.
 */
import { describeError } from '../aws/errors.js'
import type { StartRetry } from '../aws/retry.js'
import type { UntrustedWriter } from '../untrusted.js'

export function startRetryNotice(
  out: UntrustedWriter,
  call: string,
  region: string,
  env: NodeJS.ProcessEnv
): (retry: StartRetry) => void {
  const endpoint = env.AWS_ENDPOINT_URL_IMAGEBUILDER || env.AWS_ENDPOINT_URL
  const where = endpoint ? `Image Builder at ${endpoint} (${region})` : `Image Builder in ${region}`
  return ({ error, retry, maxRetries, delayMs }) => {
    out.write([
      `${call} to ${where} failed (${describeError(error)}); retry ${String(retry)} of ${String(maxRetries)} after ${(delayMs / 1000).toFixed(1)} s.`
    ])
  }
}
