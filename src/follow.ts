/**
 * From valid inputs to a finished record: start the build (or attach to one), follow it until it
 * ends or the action stops waiting, cancel it when told to, and run the after-build tasks.
 */
import * as core from '@actions/core'
import type { AwsClients } from './aws/clients.js'
import { describeError, isExpiredCredentials } from './aws/errors.js'
import { clientToken } from './client-token.js'
import { countScanFindings } from './finish/scan-findings.js'
import { tagAmis } from './finish/tag-amis.js'
import type { AttachInputs, PipelineInputs } from './inputs/action-inputs.js'
import { type BuildRecord, recordEvent } from './report/build-record.js'
import { JobLog } from './report/job-log.js'
import { buildAccountAmis } from './report/outputs.js'
import type { UntrustedWriter } from './report/untrusted.js'
import { startPipelineExecution } from './start/start-pipeline.js'
import type { StopWaiting } from './stop-waiting.js'
import { cancelBuild } from './watch/cancel.js'
import type { BuildEvent } from './watch/events.js'
import { diffSnapshots } from './watch/diff.js'
import { fetchSnapshot } from './watch/fetch.js'
import { LogTail } from './watch/log-tail.js'
import { type Clock, watchBuild } from './watch/poller.js'

export interface FollowContext {
  inputs: PipelineInputs | AttachInputs
  clients: AwsClients
  record: BuildRecord
  clock: Clock
  stop: StopWaiting
  env: NodeJS.ProcessEnv
  out: UntrustedWriter
}

/** Seconds Image Builder gets to confirm a cancel before the step reports what it saw. */
const CANCEL_CONFIRM_MS = 5_000

export async function follow(context: FollowContext): Promise<void> {
  const { inputs, clients, record, clock, stop, out } = context
  const jobLog = new JobLog(out)
  const emit = (event: BuildEvent): void => {
    recordEvent(record, event)
    jobLog.handle(event)
  }
  const imageArn = await imageToFollow(context)
  if (!inputs.wait) return takeOneLook(context, imageArn, emit)

  const outcome = await watchBuild({
    client: clients.imagebuilder,
    imageArn,
    baseIntervalMs: inputs.pollIntervalSeconds * 1000,
    clock,
    signal: stop.signal,
    emit,
    logs: inputs.streamLogs
      ? new LogTail(
          () => clients.logs(inputs.region),
          (message) => core.warning(message)
        )
      : undefined
  })
  switch (outcome.type) {
    case 'ended':
      record.ending = { kind: 'ended' }
      return afterBuild(context)
    case 'aborted':
      return cancelOnStop(context, imageArn)
    case 'credentials-expired':
      throw outcome.error
    case 'unreachable':
      record.ending = {
        kind: 'error',
        message: `Lost contact with Image Builder while following ${imageArn}: ${describeError(outcome.error)}`
      }
  }
}

/** Starts the build (pipeline mode) or takes the given one, and publishes its ARN at once. */
async function imageToFollow(context: FollowContext): Promise<string> {
  const { inputs, clients, record, stop, out } = context
  const imageArn =
    inputs.mode === 'pipeline'
      ? await startPipelineExecution(
          clients.imagebuilder,
          inputs,
          clientToken('start', context.env),
          stop.signal
        )
      : inputs.imageArn
  record.imageArn = imageArn
  // Set before waiting, so a later step can find the build even if this one is cancelled.
  core.setOutput('image-arn', imageArn)
  out.write([`${inputs.mode === 'pipeline' ? 'Started' : 'Following'} image build ${imageArn}`])
  return imageArn
}

/** `wait: false`: report what the build looks like right after the start, then return. */
async function takeOneLook(
  context: FollowContext,
  imageArn: string,
  emit: (event: BuildEvent) => void
): Promise<void> {
  context.record.ending = { kind: 'started' }
  try {
    const snapshot = await fetchSnapshot(context.clients.imagebuilder, imageArn, undefined)
    const at = context.clock.now()
    diffSnapshots(undefined, snapshot, at).forEach(emit)
    emit({ type: 'snapshot', at, snapshot })
  } catch (error) {
    if (isExpiredCredentials(error)) throw error
    context.record.notices.push(
      `The build's status could not be read after the start: ${describeError(error)}`
    )
  }
}

async function cancelOnStop(context: FollowContext, imageArn: string): Promise<void> {
  const { record, inputs, stop, clients, clock, out } = context
  const by = stop.reason ?? 'run-cancelled'
  if (!inputs.cancelOnAbort) {
    record.ending = { kind: 'aborted', by, cancel: 'not-requested' }
    return
  }
  out.write([
    `${by === 'timeout' ? 'Timeout reached' : 'Run cancelled'}: cancelling image build ${imageArn}`
  ])
  const result = await cancelBuild(
    clients.imagebuilder,
    imageArn,
    clientToken('cancel', context.env),
    clock,
    CANCEL_CONFIRM_MS
  )
  if (result.error) record.notices.push(`CancelImageCreation failed: ${result.error}`)
  if (result.image)
    record.snapshot = { workflows: record.snapshot?.workflows ?? [], image: result.image }
  const confirmed = result.requested && result.image?.status === 'CANCELLED'
  record.ending = { kind: 'aborted', by, cancel: confirmed ? 'confirmed' : 'unconfirmed' }
}

async function afterBuild(context: FollowContext): Promise<void> {
  const { record, inputs, clients } = context
  const image = record.snapshot?.image
  if (!image || !record.imageArn) return
  if (image.scanningEnabled) {
    try {
      record.scanFindings = await countScanFindings(clients.imagebuilder, record.imageArn)
    } catch (error) {
      if (isExpiredCredentials(error)) throw error
      record.notices.push(`Scan findings could not be read: ${describeError(error)}`)
    }
  }
  if (image.status === 'AVAILABLE' && Object.keys(inputs.amiTags).length > 0) {
    const amis = buildAccountAmis(record)
    const failures = await tagAmis(clients, amis, inputs.amiTags)
    const tagged = Object.keys(amis).length - failures.length
    context.out.write([`Tagged ${tagged} AMI(s) with ${Object.keys(inputs.amiTags).join(', ')}`])
    if (failures.length > 0) {
      record.ending = {
        kind: 'error',
        message: `The build succeeded, but ami-tags could not be applied to ${failures.join('; ')}`
      }
    }
  }
}
