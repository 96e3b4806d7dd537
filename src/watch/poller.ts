/**
 * Follows one image build until it ends or the caller stops waiting, emitting what changes.
 * Faults of AWS (throttling, 5xx, dropped connections) are waited out: they never end the watch
 * of a build that is still running. Expired credentials end it at once, with the last snapshot.
 */
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { describeError, isExpiredCredentials, isTransient } from '../aws/errors.js'
import { type Debug, noDebug } from '../debug-channel.js'
import type { Clock } from '../domain/clock.js'
import { DetailCadence } from './detail-cadence.js'
import { diffSnapshots } from './diff.js'
import type { EmitBuildEvent, LogLines } from '../domain/events.js'
import { fetchSnapshot } from '../aws/image-build.js'
import { PollInterval } from './interval.js'
import { type BuildSnapshot, type ImageView, isFinal } from '../domain/build.js'

/** Reads what the build logged since the last call; failures are its own to report. */
export interface LogSource {
  /**
   * `signal` closes the read's requests when the action stops waiting. With `onLines`, lines go
   * there page by page as they arrive; otherwise they are returned.
   */
  read(
    snapshot: BuildSnapshot,
    signal: AbortSignal,
    onLines?: (lines: LogLines['lines']) => void
  ): Promise<LogLines['lines']>
}

export interface WatchOptions {
  client: ImagebuilderClient
  imageArn: string
  baseIntervalMs: number
  clock: Clock
  /** Aborted when the run is cancelled or the timeout passes; closes the request in flight. */
  signal: AbortSignal
  emit: EmitBuildEvent
  logs?: LogSource
  random?: () => number
  /** The debug channel: each poll's decision, the next interval and why. */
  debug?: Debug
}

export type WatchOutcome =
  | { type: 'ended'; snapshot: BuildSnapshot }
  | { type: 'aborted'; snapshot?: BuildSnapshot }
  | { type: 'credentials-expired'; error: unknown; snapshot?: BuildSnapshot }
  | { type: 'unreachable'; error: unknown; snapshot?: BuildSnapshot }

/** Errors that are not AWS faults (access denied, not found) end the watch after this many in a row. */
const MAX_CONSECUTIVE_HARD_ERRORS = 3

export async function watchBuild(options: WatchOptions): Promise<WatchOutcome> {
  const { client, imageArn, clock, signal, emit } = options
  const debug = options.debug ?? noDebug
  const interval = new PollInterval(options.baseIntervalMs, options.random)
  const detail = new DetailCadence()
  let snapshot: BuildSnapshot | undefined
  let failures = 0
  let hardErrors = 0
  while (!signal.aborted) {
    let next: BuildSnapshot
    const previous = snapshot
    const listWorkflows = (image: ImageView): boolean => detail.listsWorkflows(previous, image)
    try {
      next = await fetchSnapshot(client, imageArn, snapshot, signal, listWorkflows)
    } catch (error) {
      // The signal closed the request: stop rather than count a failure.
      if (isAborted(signal)) break
      if (isExpiredCredentials(error)) return { type: 'credentials-expired', error, snapshot }
      hardErrors = isTransient(error) ? 0 : hardErrors + 1
      if (hardErrors >= MAX_CONSECUTIVE_HARD_ERRORS) return { type: 'unreachable', error, snapshot }
      failures += 1
      const retryInMs = interval.afterFailure(failures)
      debug(
        `Poll failed (${failures} in a row, ${errorKind(error)}): next poll in ${seconds(retryInMs)} (backoff after failures)`
      )
      emit({
        type: 'poll-failed',
        at: clock.now(),
        error: describeError(error),
        consecutiveFailures: failures,
        retryInMs
      })
      await clock.sleep(retryInMs, signal)
      continue
    }
    failures = 0
    hardErrors = 0
    detail.polled()
    const changes = diffSnapshots(snapshot, next, clock.now())
    snapshot = next
    // The log is detail like the workflows: read on the same polls, and drained after the end.
    if (detail.listedLastPoll) await emitLogs(options, snapshot)
    changes.forEach(emit)
    emit({ type: 'snapshot', at: clock.now(), snapshot })
    if (isFinal(snapshot.image.status)) {
      debug(`Poll: image ${snapshot.image.status}, a final status: polling ends`)
      return { type: 'ended', snapshot }
    }
    const waitMs = interval.afterPoll(changes.length > 0)
    debug(
      `Poll: image ${snapshot.image.status}, ${changes.length} ${changes.length === 1 ? 'change' : 'changes'}${detail.listedLastPoll ? ', workflows listed' : ''}: next poll in ${seconds(waitMs)} (${interval.reason()})`
    )
    await clock.sleep(waitMs, signal)
  }
  return { type: 'aborted', snapshot }
}

async function emitLogs(options: WatchOptions, snapshot: BuildSnapshot): Promise<void> {
  if (!options.logs) return
  const emitLines = (lines: LogLines['lines']): void => {
    if (lines.length > 0) options.emit({ type: 'log-lines', at: options.clock.now(), lines })
  }
  emitLines(await options.logs.read(snapshot, options.signal, emitLines))
}

/** A wait as a reader takes it in: milliseconds under a second (the e2e tests' intervals), else seconds. */
function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

/** Whether the next failure resets the count of hard errors (AWS faults do) or adds to it. */
function errorKind(error: unknown): string {
  return isTransient(error) ? 'an AWS fault, waited out' : 'not an AWS fault'
}

/** Read through a call: the loop's condition makes TypeScript think the signal cannot have aborted since. */
function isAborted(signal: AbortSignal): boolean {
  return signal.aborted
}
