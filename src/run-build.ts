/**
 * The road from valid inputs to the run's ending: begin (plan and start, attach, retry, or reuse),
 * then watch the build until it ends or the action stops waiting, then finish it or cancel it.
 * Each stage takes the value the one before returned; what they see and learn goes to
 * `context.learn`, which `build-step.ts` folds into the record the reports are made from.
 */
import * as core from '@actions/core'
import { describeError, rethrowIfExpired } from './aws/errors.js'
import { fetchSnapshot } from './aws/image-build.js'
import type { RunContext } from './context.js'
import { debugChannel } from './debug-channel.js'
import type { BuildSnapshot } from './domain/build.js'
import type { BuildEvent, EmitBuildEvent } from './domain/events.js'
import type { Beginning, Ending } from './domain/record.js'
import { expiredCredentialsEnding } from './error-ending.js'
import { finishBuild, finishContainerImage, finishReusedAmis } from './finish/finish-build.js'
import { learnTestComponents, RecipeComponents } from './finish/test-components.js'
import { JobLog } from './report/job-log.js'
import { publishImageArn } from './report/publish.js'
import { begin } from './start/begin.js'
import { saveImageArn } from './state.js'
import { cancelOnStop } from './watch/cancel-on-stop.js'
import { diffSnapshots } from './watch/diff.js'
import { drainBuildLog } from './watch/drain-build-log.js'
import { LogTail } from './watch/log-tail.js'
import { type WatchOutcome, watchBuild } from './watch/poller.js'
import { settleAfterCancel } from './watch/settle-after-cancel.js'

type NamedBuild = Exclude<Beginning, { kind: 'planned' }>

export async function runBuild(context: RunContext): Promise<Ending> {
  const beginning = await begin(context)
  if (beginning.kind === 'planned') return { kind: 'planned' }
  announce(context, beginning)
  const jobLog = new JobLog(context.out)
  try {
    if (beginning.kind === 'reused') return await reuse(context, beginning, jobLog)
    if (!context.inputs.wait) {
      await lookOnce(context, beginning.imageArn, emitter(context, jobLog))
      return { kind: 'not-waited' }
    }
    return await watchToTheEnd(context, beginning, jobLog)
  } finally {
    // Every way out, also a throw: the job log's groups pair up.
    jobLog.close()
  }
}

/**
 * Publishes the build's ARN at once, so a later step can find it, and the post step cancel it,
 * even if this one is killed.
 */
function announce(context: RunContext, beginning: NamedBuild): void {
  context.learn({ type: 'image-arn', imageArn: beginning.imageArn })
  publishImageArn(beginning.imageArn)
  // A reused build has ended long ago: there is nothing for a post step to cancel.
  if (beginning.kind !== 'reused') saveImageArn(beginning.imageArn)
  const verb = {
    started: 'Started',
    attached: 'Following',
    retried: 'Following the retried',
    reused: 'Reusing'
  }[beginning.kind]
  context.out.write([`${verb} image build ${beginning.imageArn}`])
}

/**
 * skip-if-unchanged: the earlier build is looked at once. Its digests are the outputs a later
 * step pins to; its AMIs get the deprecation asked for now.
 */
async function reuse(context: RunContext, beginning: NamedBuild, jobLog: JobLog): Promise<Ending> {
  const { imageArn } = beginning
  const snapshot = await lookOnce(context, imageArn, emitter(context, jobLog))
  if (!snapshot) return { kind: 'reused' }
  const finished =
    snapshot.image.imageType === 'DOCKER'
      ? await finishContainerImage(context, snapshot)
      : await finishReusedAmis(context, { imageArn, snapshot })
  return finished.kind === 'error' ? finished : { kind: 'reused' }
}

/** Watches the build to a final status, then finishes it; or cancels it if the action stops. */
async function watchToTheEnd(
  context: RunContext,
  beginning: NamedBuild,
  jobLog: JobLog
): Promise<Ending> {
  const { imageArn } = beginning
  const plan = beginning.kind === 'started' ? beginning.plan : undefined
  const promotion = beginning.kind === 'started' ? beginning.promotion : undefined
  const recipe = new RecipeComponents(context.clients.imagebuilder, context.stop.signal)
  if (plan) recipe.know(plan.components)
  const emit = emitter(context, jobLog, recipe)
  const warn = (message: string): void => core.warning(message)
  const logs = context.inputs.streamLogs
    ? new LogTail(() => context.clients.logs(context.inputs.region), warn, debugChannel())
    : undefined
  const outcome = await watch(context, imageArn, emit, logs)
  switch (outcome.type) {
    case 'ended': {
      if (logs) await drainBuildLog(context, logs, outcome.snapshot, emit, warn)
      const distribution = plan?.distribution ?? promotion?.distribution
      return finishBuild(context, { imageArn, snapshot: outcome.snapshot, distribution }, recipe)
    }
    case 'aborted':
      // The cancel's own lines stand outside the stage's group, where a reader sees them.
      jobLog.close()
      return cancelAndSettle(context, imageArn, outcome.snapshot, emit, recipe)
    case 'credentials-expired':
      return expiredCredentialsEnding(outcome.error, imageArn)
    case 'unreachable':
      return {
        kind: 'error',
        message: `Lost contact with Image Builder while following ${imageArn}: ${describeError(outcome.error)}`
      }
  }
}

function watch(
  context: RunContext,
  imageArn: string,
  emit: EmitBuildEvent,
  logs: LogTail | undefined
): Promise<WatchOutcome> {
  return watchBuild({
    client: context.clients.imagebuilder,
    imageArn,
    baseIntervalMs: context.inputs.pollIntervalSeconds * 1000,
    clock: context.clock,
    signal: context.stop.signal,
    emit,
    logs,
    debug: debugChannel()
  })
}

/**
 * Cancels the build (as cancel-on-abort says), reads its workflows once more so the steps show
 * what the cancel did, and tells which of its components were tests.
 */
async function cancelAndSettle(
  context: RunContext,
  imageArn: string,
  lastSeen: BuildSnapshot | undefined,
  emit: EmitBuildEvent,
  recipe: RecipeComponents
): Promise<Ending> {
  const cancelled = await cancelOnStop(context, imageArn)
  const image = cancelled.image ?? lastSeen?.image
  await settleAfterCancel(context, imageArn, lastSeen, image, emit)
  await learnTestComponents(recipe, image?.componentArns ?? [], context.learn)
  return cancelled.ending
}

/** Hands each event on and logs it; the recipe's components are looked up once the recipe is seen. */
function emitter(context: RunContext, jobLog: JobLog, recipe?: RecipeComponents): EmitBuildEvent {
  return (event: BuildEvent) => {
    context.learn(event)
    jobLog.handle(event)
    if (event.type === 'snapshot') recipe?.prepare(event.snapshot.image.componentArns)
  }
}

/**
 * `wait: false` and reused builds: reports what the build looks like now. Undefined when it
 * could not be read, which the reader is told.
 */
async function lookOnce(
  context: RunContext,
  imageArn: string,
  emit: EmitBuildEvent
): Promise<BuildSnapshot | undefined> {
  try {
    const snapshot = await fetchSnapshot(
      context.clients.imagebuilder,
      imageArn,
      undefined,
      context.stop.signal
    )
    const at = context.clock.now()
    diffSnapshots(undefined, snapshot, at).forEach(emit)
    emit({ type: 'snapshot', at, snapshot })
    return snapshot
  } catch (error) {
    rethrowIfExpired(error)
    context.learn({
      type: 'notice',
      text: `The build's status could not be read: ${describeError(error)}`
    })
    return undefined
  }
}
