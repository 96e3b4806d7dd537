/**
 * Retrying a build in place (RetryImage): `retry` on the build image-arn names, and
 * `retry-on-rerun` on the build an earlier attempt of this step started, found by the invocation
 * tag. A FAILED or CANCELLED AMI build goes back to the stage where it stopped under the same ARN;
 * the phases that completed are kept. What happened is recorded for the summary.
 */
import {
  type ImagebuilderClient,
  paginateListImageBuildVersions,
  paginateListImagePipelineImages,
  RetryImageCommand,
  type ImageSummary
} from '@aws-sdk/client-imagebuilder'
import { describeError, rethrowIfExpired } from '../aws/errors.js'
import { startPatienceFrom, withStartPatience } from '../aws/retry.js'
import { clientToken } from '../client-token.js'
import type { RunContext } from '../context.js'
import {
  type AttachInputs,
  type PipelineInputs,
  type RecipeInputs
} from '../inputs/action-inputs.js'
import { InputError, StartError } from '../domain/errors.js'
import type { RetryReport } from '../domain/record.js'
import { fetchImage, fetchSnapshot } from '../aws/image-build.js'
import { type BuildSnapshot, currentWorkflows, isFinal } from '../domain/build.js'
import type { Beginning } from '../domain/record.js'
import { INVOCATION_TAG } from '../domain/action-tags.js'
import { invocationTag } from './provenance.js'

/** Where a retry resumes: the stages after the build phase. */
const RESUMABLE = ['TESTING', 'DISTRIBUTING', 'INTEGRATING']
const PHASE_OF_WORKFLOW: Record<string, string> = { BUILD: 'build', TEST: 'test' }

/** `retry: true`: retries the build when it is FAILED or CANCELLED; follows it either way. */
export async function retryAttached(context: RunContext<AttachInputs>): Promise<Beginning> {
  const { imageArn } = context.inputs
  const snapshot = await look(context, imageArn)
  if (snapshot.image.type === 'DOCKER') {
    throw new InputError(
      'retry',
      `${imageArn} is a container build; RetryImage retries AMI builds only`
    )
  }
  const { status } = snapshot.image
  if (status !== 'FAILED' && status !== 'CANCELLED') {
    report(context, {
      outcome: 'not-retried',
      imageArn,
      kept: [],
      why: `the build is ${status}, not FAILED or CANCELLED: followed as it is, without a retry`
    })
    return { kind: 'attached', imageArn }
  }
  await retryImage(context, snapshot)
  return { kind: 'retried', imageArn }
}

/**
 * `retry-on-rerun`: on a re-run attempt, the build an earlier attempt of this step left failed in
 * test, distribution or integration is retried; undefined when there is none (build anew).
 */
export async function retryEarlierAttempt(
  context: RunContext<PipelineInputs | RecipeInputs>
): Promise<Beginning | undefined> {
  const attempt = Number.parseInt(context.env.GITHUB_RUN_ATTEMPT ?? '', 10)
  const invocation = invocationTag(context.env)[INVOCATION_TAG]
  if (!(attempt > 1) || invocation === undefined) return undefined
  const earlier = await earlierBuild(context, invocation)
  if (earlier === undefined) {
    report(context, {
      outcome: 'built-anew',
      kept: [],
      why: `no build of an earlier attempt of this step was found: building anew`
    })
    return undefined
  }
  const snapshot = await look(context, earlier)
  const { status } = snapshot.image
  const stage = stoppedIn(snapshot)
  if ((status !== 'FAILED' && status !== 'CANCELLED') || !RESUMABLE.includes(stage)) {
    report(context, {
      outcome: 'built-anew',
      imageArn: earlier,
      kept: [],
      why:
        status === 'FAILED' || status === 'CANCELLED'
          ? `the earlier attempt's build ${status === 'FAILED' ? 'failed' : 'was cancelled'} in ${stage}, before its build phase completed: building anew`
          : `the earlier attempt's build is ${status}, not failed in test or distribution: building anew`
    })
    return undefined
  }
  await retryImage(context, snapshot)
  return { kind: 'retried', imageArn: earlier }
}

async function retryImage(context: RunContext, snapshot: BuildSnapshot): Promise<void> {
  const { arn } = snapshot.image
  const command = withStartPatience(
    new RetryImageCommand({
      imageBuildVersionArn: arn,
      clientToken: clientToken(`retry-image ${arn}`, context.env)
    }),
    startPatienceFrom(context.env)
  )
  try {
    await context.clients.imagebuilder.send(command, { abortSignal: context.stop.signal })
  } catch (error) {
    rethrowIfExpired(error)
    throw new StartError(`Could not retry ${arn}: ${describeError(error)}`)
  }
  report(context, {
    outcome: 'retried',
    imageArn: arn,
    kept: keptPhases(snapshot),
    resumesAt: stoppedIn(snapshot),
    why: `the build was ${snapshot.image.status} in ${stoppedIn(snapshot)}`
  })
  await untilResumed(context, arn)
}

/** Reads of the image before the watch begins, while it still shows the status it had. */
const RESUME_READS = 10

/**
 * RetryImage answers before every read shows the build running again; a watch that began on the
 * old FAILED would end at once. So the image is read (a few times, a poll interval apart) until
 * its status has left the final ones.
 */
async function untilResumed(context: RunContext, imageArn: string): Promise<void> {
  const { signal } = context.stop
  for (let read = 0; read < RESUME_READS && !signal.aborted; read++) {
    const image = await fetchImage(context.clients.imagebuilder, imageArn, signal)
    if (!isFinal(image.status)) return
    await context.clock.sleep(context.inputs.pollIntervalSeconds * 1000, signal)
  }
  context.learn({
    type: 'notice',
    text: `Image Builder accepted the retry of ${imageArn}, but the build still showed a final status after ${RESUME_READS} reads.`
  })
}

function report(context: RunContext, retry: RetryReport): void {
  context.learn({ type: 'retry', retry })
  const lines = {
    retried: `Retrying ${retry.imageArn ?? ''} in place from ${retry.resumesAt ?? ''} (${retry.why}); kept: ${retry.kept.join(', ') || 'nothing'}`,
    'not-retried': `Not retrying ${retry.imageArn ?? ''}: ${retry.why}`,
    'built-anew': `Not retrying${retry.imageArn ? ` ${retry.imageArn}` : ''}: ${retry.why}`
  }
  context.out.write([lines[retry.outcome]])
}

function look(context: RunContext, imageArn: string): Promise<BuildSnapshot> {
  return fetchSnapshot(context.clients.imagebuilder, imageArn, undefined, context.stop.signal)
}

/** The stage a build stopped in: Image Builder's failure context, else what its workflows show. */
export function stoppedIn(snapshot: BuildSnapshot): string {
  const fromContext = snapshot.image.failureContext?.imageStatus
  if (fromContext) return fromContext
  const completed = new Set(
    currentWorkflows(snapshot.workflows)
      .filter((workflow) => workflow.status === 'COMPLETED')
      .map((workflow) => workflow.type)
  )
  if (!completed.has('BUILD')) return 'BUILDING'
  if (snapshot.image.testsEnabled && !completed.has('TEST')) return 'TESTING'
  return 'DISTRIBUTING'
}

/** The phases whose workflows completed: what a retry does not run again. */
export function keptPhases(snapshot: BuildSnapshot): string[] {
  return currentWorkflows(snapshot.workflows)
    .filter((workflow) => workflow.status === 'COMPLETED')
    .flatMap((workflow) => PHASE_OF_WORKFLOW[workflow.type] ?? [])
}

/** The newest image this invocation tagged: the pipeline's images, or the recipe's builds. */
async function earlierBuild(
  context: RunContext<PipelineInputs | RecipeInputs>,
  invocation: string
): Promise<string | undefined> {
  const client = context.clients.imagebuilder
  const pages = imageSummaries(client, context.inputs)
  let newest: { arn: string; created: string } | undefined
  for await (const summaries of pages) {
    for (const image of summaries) {
      const created = image.dateCreated ?? ''
      if (image.tags?.[INVOCATION_TAG] !== invocation || !image.arn) continue
      if (!newest || created > newest.created) newest = { arn: image.arn, created }
    }
  }
  return newest?.arn
}

async function* imageSummaries(
  client: ImagebuilderClient,
  inputs: PipelineInputs | RecipeInputs
): AsyncGenerator<ImageSummary[]> {
  if (inputs.mode === 'pipeline') {
    const pages = paginateListImagePipelineImages(
      { client },
      { imagePipelineArn: inputs.pipelineArn }
    )
    for await (const page of pages) yield page.imageSummaryList ?? []
    return
  }
  const pages = paginateListImageBuildVersions(
    { client },
    { filters: [{ name: 'name', values: [inputs.name] }] }
  )
  for await (const page of pages) yield page.imageSummaryList ?? []
}
