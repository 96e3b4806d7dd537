/**
 * Cancels a build when the run is cancelled or the timeout passes. Cancellation is asynchronous in
 * Image Builder, so the result says whether AWS confirmed it within a few seconds: the runner
 * kills the step soon after a cancel signal, and the outputs must not claim more than was seen.
 */
import { CancelImageCreationCommand, type ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { describeError } from '../aws/errors.js'
import { fetchImage } from './fetch.js'
import { type ImageView, isFinal } from './model.js'
import type { Clock } from './poller.js'

export interface CancelResult {
  /** Image Builder accepted the cancel request. */
  requested: boolean
  /** The image was seen in CANCELLED (or another final status) afterwards. */
  image?: ImageView
  error?: string
}

const CONFIRM_POLL_MS = 1_000

export async function cancelBuild(
  client: ImagebuilderClient,
  imageArn: string,
  clientToken: string,
  clock: Clock,
  confirmWithinMs: number
): Promise<CancelResult> {
  try {
    await client.send(
      new CancelImageCreationCommand({ imageBuildVersionArn: imageArn, clientToken })
    )
  } catch (error) {
    return {
      requested: false,
      error: describeError(error),
      image: await tryFetch(client, imageArn)
    }
  }
  const deadline = clock.now().getTime() + confirmWithinMs
  const never = new AbortController().signal
  let image = await tryFetch(client, imageArn)
  while ((!image || !isFinal(image.status)) && clock.now().getTime() < deadline) {
    await clock.sleep(CONFIRM_POLL_MS, never)
    image = (await tryFetch(client, imageArn)) ?? image
  }
  return { requested: true, image }
}

async function tryFetch(
  client: ImagebuilderClient,
  imageArn: string
): Promise<ImageView | undefined> {
  try {
    return await fetchImage(client, imageArn)
  } catch {
    return undefined
  }
}
