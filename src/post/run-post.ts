/**
 * The post step, which the runner runs after the main step however that ended. When the main step
 * finished it does nothing. When it was killed before its end (the runner kills it 10 s after a
 * cancel; a crash), the build it started or followed may still run: cancel it, unless
 * cancel-on-abort is false, within the same budget the main step has after a stop, and say so in
 * the log, an annotation and the job summary (a post step cannot set outputs).
 */
import * as core from '@actions/core'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { createImagebuilderClient } from '../aws/client-config.js'
import { clientToken } from '../client-token.js'
import { systemClock } from '../domain/clock.js'
import { UntrustedWriter } from '../untrusted.js'
import { writeJobSummary } from '../report/job-summary.js'
import { type MainStepState, readMainStepState } from '../state.js'
import { CANCEL_CONFIRM_MS, cancelBudget, cancelBuild, fetchImageWithin } from '../watch/cancel.js'
import { cancelOutcome } from '../watch/cancel-on-stop.js'
import type { Clock } from '../domain/clock.js'
import { mayStillRun, type OrphanReport, orphanMessage, orphanSummary } from './orphan-report.js'

export interface PostRuntime {
  state: MainStepState
  env: NodeJS.ProcessEnv
  clock: Clock
  imagebuilder: (region: string) => ImagebuilderClient
  /** The job log, for lines that carry text from AWS. */
  out: UntrustedWriter
}

export type PostOutcome =
  | { kind: 'main-step-finished' }
  /** Killed before any build was known: there is nothing to cancel. */
  | { kind: 'no-build' }
  | ({ kind: 'orphaned-build' } & OrphanReport)

export async function handleOrphanedBuild(runtime: PostRuntime): Promise<PostOutcome> {
  const { state, out } = runtime
  if (state.finished) return { kind: 'main-step-finished' }
  if (!state.imageArn) return { kind: 'no-build' }
  const { imageArn, region } = state
  const client = runtime.imagebuilder(region)
  try {
    const budget = cancelBudget(runtime.clock)
    if (!state.cancelOnAbort) {
      // Not cancelling is no reason to say less: the summary gives the status Image Builder reports.
      const image = await fetchImageWithin(client, imageArn, budget.confirm)
      const outcome = { cancel: 'not-requested' } as const
      return { kind: 'orphaned-build', imageArn, region, outcome, ...seen(image, runtime.clock) }
    }
    out.write([`The main step did not finish: cancelling image build ${imageArn}`])
    const result = await cancelBuild(
      client,
      imageArn,
      clientToken('cancel', runtime.env),
      runtime.clock,
      budget
    )
    return {
      kind: 'orphaned-build',
      imageArn,
      region,
      outcome: cancelOutcome(result),
      confirmMs: CANCEL_CONFIRM_MS,
      ...seen(result.image, runtime.clock)
    }
  } finally {
    client.destroy()
  }
}

function seen(image: OrphanReport['image'], clock: Clock): Pick<OrphanReport, 'image' | 'seenAt'> {
  return image ? { image, seenAt: clock.now() } : {}
}

export async function runPost(
  runtime: PostRuntime = {
    state: readMainStepState(),
    env: process.env,
    clock: systemClock,
    imagebuilder: createImagebuilderClient,
    out: new UntrustedWriter()
  }
): Promise<void> {
  const outcome = await handleOrphanedBuild(runtime)
  switch (outcome.kind) {
    case 'main-step-finished':
      return
    case 'no-build':
      core.info('The main step did not finish, and no build was known to it: nothing to cancel.')
      return
    case 'orphaned-build':
      await report(outcome, runtime)
  }
}

async function report(orphan: OrphanReport, runtime: PostRuntime): Promise<void> {
  const message = orphanMessage(orphan)
  if (runtime.state.summary) await writeJobSummary(orphanSummary(orphan))
  // The annotation is also the log's line. A build that may still run after a failed cancel needs
  // the reader to act; one that stopped, or was meant to keep running, is worth a note.
  if (orphan.outcome.cancel === 'failed' && mayStillRun(orphan)) core.setFailed(message)
  else core.warning(message)
}
