/**
 * Cancels a build within a budget: the CancelImageCreation call has until one deadline, reading
 * the build to see the cancel take effect until a later one. Cancellation is asynchronous in
 * Image Builder, and the runner kills the step soon after a cancel signal, so the result says
 * exactly what was seen: accepted or not (and why not), and the build's last status.
 */
import { CancelImageCreationCommand, type ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { describeError, isExpiredCredentials } from '../aws/errors.js'
import type { CancelFailure } from '../domain/record.js'
import { Deadline } from '../domain/deadline.js'
import { fetchImage } from '../aws/image-build.js'
import { type ImageView, isFinal } from '../domain/build.js'
import type { Clock } from '../domain/clock.js'

/** Why Image Builder did not accept a cancel. */
export interface CancelResult {
  /** Absent when Image Builder accepted the cancel. */
  failure?: CancelFailure
  /** The build as last seen after the cancel: CANCELLED once it took effect. */
  image?: ImageView
}

export interface CancelBudget {
  /** When the CancelImageCreation call is given up. */
  request: Deadline
  /** When the action stops reading the build to see the cancel take effect. */
  confirm: Deadline
}

/**
 * Measured from the moment the action stops waiting. The runner kills the step 10 s after SIGINT
 * (SIGTERM at 7.5 s): the cancel call gets 3 s, confirming it lasts until 6 s, and the outputs and
 * the summary have the rest.
 */
export const CANCEL_REQUEST_MS = 3_000
export const CANCEL_CONFIRM_MS = 6_000

export function cancelBudget(clock: Pick<Clock, 'now'>, from: Date = clock.now()): CancelBudget {
  return {
    request: Deadline.after(CANCEL_REQUEST_MS, clock, from),
    confirm: Deadline.after(CANCEL_CONFIRM_MS, clock, from)
  }
}

const CONFIRM_POLL_MS = 1_000
/** A read started with less time than this left would be closed before GetImage answers. */
const LAST_READ_MS = 250

export async function cancelBuild(
  client: ImagebuilderClient,
  imageArn: string,
  clientToken: string,
  clock: Clock,
  budget: CancelBudget
): Promise<CancelResult> {
  const failure = await requestCancel(client, imageArn, clientToken, budget.request)
  // A cancel sent but not answered in time may still take effect; one refused will not.
  const mayTakeEffect = failure === undefined || failure.why === 'timed-out'
  const image = await readBuild(client, imageArn, clock, budget.confirm, mayTakeEffect)
  return failure === undefined ? { image } : { failure, image }
}

async function requestCancel(
  client: ImagebuilderClient,
  imageArn: string,
  clientToken: string,
  deadline: Deadline
): Promise<CancelFailure | undefined> {
  const waitedMs = deadline.remainingMs()
  const abortSignal = deadline.signal()
  try {
    await client.send(
      new CancelImageCreationCommand({ imageBuildVersionArn: imageArn, clientToken }),
      { abortSignal }
    )
    return undefined
  } catch (error) {
    if (abortSignal.aborted) return { why: 'timed-out', waitedMs }
    const why = isExpiredCredentials(error) ? 'credentials-expired' : 'error'
    return { why, error: describeError(error) }
  }
}

/**
 * The build's last status; with `untilFinal`, read about every second until it is final or the
 * deadline leaves no time for another read.
 */
async function readBuild(
  client: ImagebuilderClient,
  imageArn: string,
  clock: Clock,
  deadline: Deadline,
  untilFinal: boolean
): Promise<ImageView | undefined> {
  let image = await fetchImageWithin(client, imageArn, deadline)
  while (untilFinal && !(image && isFinal(image.status))) {
    const pause = Math.min(CONFIRM_POLL_MS, deadline.remainingMs() - LAST_READ_MS)
    if (pause <= 0) break
    await clock.sleep(pause, deadline.signal())
    image = (await fetchImageWithin(client, imageArn, deadline)) ?? image
  }
  return image
}

/** One read of the build, or undefined when it fails or the deadline has passed. */
export async function fetchImageWithin(
  client: ImagebuilderClient,
  imageArn: string,
  deadline: Deadline
): Promise<ImageView | undefined> {
  if (deadline.passed) return undefined
  try {
    return await fetchImage(client, imageArn, deadline.signal())
  } catch {
    return undefined
  }
}
