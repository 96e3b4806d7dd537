/**
 * One straight road from valid inputs to the run's ending: begin (start, attach, or recipe mode's
 * plan and apply), then follow the build until it ends or the action stops waiting, then finish
 * or cancel. Each stage hands the next a typed value; `build-step.ts` records the ending this
 * returns.
 */
import * as core from '@actions/core'
import { describeError, rethrowIfExpired } from './aws/errors.js'
import type { RunContext } from './context.js'
import { expiredCredentialsEnding } from './error-ending.js'
import { finishBuild, finishContainerImage, finishReusedAmis } from './finish/finish-build.js'
import { RecipeComponents, recordTestComponents } from './finish/test-components.js'
import { debugChannel } from './debug-channel.js'
import { type Ending, recordEvent } from './domain/record.js'
import { JobLog } from './report/job-log.js'
import { publishImageArn } from './report/publish.js'
import type { Beginning } from './domain/record.js'
import { begin } from './start/begin.js'
import { saveImageArn } from './state.js'
import { cancelOnStop } from './watch/cancel-on-stop.js'
import { diffSnapshots } from './watch/diff.js'
import { drainBuildLog } from './watch/drain-build-log.js'
import type { BuildEvent, EmitBuildEvent } from './domain/events.js'
import { fetchSnapshot } from './aws/image-build.js'
import { LogTail } from './watch/log-tail.js'
import { watchBuild } from './watch/poller.js'
import { settleAfterCancel } from './watch/settle-after-cancel.js'

export async function runBuild(context: RunContext): Promise<Ending> {
  const beginning = await begin(context)
  if (beginning.kind === 'planned') return { kind: 'planned' }
  announce(context, beginning)
  const jobLog = new JobLog(context.out)
  try {
    return await followBuild(context, beginning, jobLog)
  } finally {
    // Every way out, also a throw: the job log's groups pair up.
    jobLog.close()
  }
}

/** A build that has a name: looked at once (reused, `wait: false`) or watched to its end. */
async function followBuild(
  context: RunContext,
  beginning: Exclude<Beginning, { kind: 'planned' }>,
  jobLog: JobLog
): Promise<Ending> {
  const { imageArn } = beginning
  if (beginning.kind === 'reused') {
    const ending = await lookOnce(context, imageArn, emitter(context, jobLog), { kind: 'reused' })
    // The earlier build's digests are the outputs a later step pins to; its AMIs get the
    // deprecation asked for now.
    const finished =
      context.record.snapshot?.image.imageType === 'DOCKER'
        ? await finishContainerImage(context)
        : await finishReusedAmis(context)
    return finished.kind === 'error' ? finished : ending
  }
  if (!context.inputs.wait)
    return lookOnce(context, imageArn, emitter(context, jobLog), { kind: 'not-waited' })

  const recipe = new RecipeComponents(context.clients.imagebuilder, context.stop.signal)
  if (context.record.plan) recipe.know(context.record.plan.components)
  const emit = emitter(context, jobLog, recipe)
  const warn = (message: string): void => core.warning(message)
  const debug = debugChannel()
  const logs = context.inputs.streamLogs
    ? new LogTail(() => context.clients.logs(context.inputs.region), warn, debug)
    : undefined
  const outcome = await watchBuild({
    client: context.clients.imagebuilder,
    imageArn,
    baseIntervalMs: context.inputs.pollIntervalSeconds * 1000,
    clock: context.clock,
    signal: context.stop.signal,
    emit,
    logs,
    debug
  })
  switch (outcome.type) {
    case 'ended':
      if (logs) await drainBuildLog(context, logs, outcome.snapshot, emit, warn)
      return finishBuild(context, recipe)
    case 'aborted': {
      // The cancel's own lines stand outside the stage's group, where a reader sees them.
      jobLog.close()
      const before = context.record.snapshot
      const ending = await cancelOnStop(context, imageArn)
      await settleAfterCancel(context, before, emit)
      await recordTestComponents(
        recipe,
        context.record.snapshot?.image.componentArns ?? [],
        context.record
      )
      return ending
    }
    case 'credentials-expired':
      return expiredCredentialsEnding(outcome.error, imageArn)
    case 'unreachable':
      return {
        kind: 'error',
        message: `Lost contact with Image Builder while following ${imageArn}: ${describeError(outcome.error)}`
      }
  }
}

/**
 * Publishes the build's ARN at once, so a later step can find it, and the post step cancel it,
 * even if this one is killed.
 */
function announce(context: RunContext, beginning: Exclude<Beginning, { kind: 'planned' }>): void {
  context.record.imageArn = beginning.imageArn
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

/** Records each event and logs it; the recipe's components are looked up once the recipe is seen. */
function emitter(context: RunContext, jobLog: JobLog, recipe?: RecipeComponents): EmitBuildEvent {
  return (event: BuildEvent) => {
    recordEvent(context.record, event)
    jobLog.handle(event)
    if (event.type === 'snapshot') recipe?.prepare(event.snapshot.image.componentArns)
  }
}

/** `wait: false` and reused builds: report what the build looks like now, then return. */
async function lookOnce(
  context: RunContext,
  imageArn: string,
  emit: EmitBuildEvent,
  ending: Ending
): Promise<Ending> {
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
  } catch (error) {
    rethrowIfExpired(error)
    context.record.notices.push(`The build's status could not be read: ${describeError(error)}`)
  }
  return ending
}
