/**
 * Once Image Builder confirmed a cancel, the workflows are read once more, so the job log and the
 * summary show what the cancel did to each step (none left RUNNING) and the stages end in
 * CANCELLED. Bounded in time: the runner kills the step seconds after a cancelled run.
 */
import { describeError } from '../aws/errors.js'
import type { RunContext } from '../context.js'
import { diffSnapshots } from './diff.js'
import type { EmitBuildEvent } from '../domain/events.js'
import { fetchWorkflows } from '../aws/image-build.js'
import { type BuildSnapshot, type ImageView, isFinal } from '../domain/build.js'

const RE_READ_MS = 2_000

/**
 * `before`: the build as the watch last saw it; `image`: as the cancel read it back, or as the
 * watch saw it when the cancel read nothing.
 */
export async function settleAfterCancel(
  context: RunContext,
  imageArn: string,
  before: BuildSnapshot | undefined,
  image: ImageView | undefined,
  emit: EmitBuildEvent
): Promise<void> {
  const { clients, clock } = context
  if (!image || !isFinal(image.status)) return
  let workflows = before?.workflows ?? []
  try {
    workflows = await fetchWorkflows(
      clients.imagebuilder,
      imageArn,
      [],
      AbortSignal.timeout(RE_READ_MS)
    )
  } catch (error) {
    context.learn({
      type: 'notice',
      text: `The workflows could not be read again after the cancel, so their steps show as last seen: ${describeError(error)}`
    })
  }
  const after = { image, workflows }
  const at = clock.now()
  diffSnapshots(before, after, at).forEach(emit)
  emit({ type: 'snapshot', at, snapshot: after })
}
