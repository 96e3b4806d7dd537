/**
 * After the final status, reads the build log until it is drained: Image Builder may ship the
 * components' output to CloudWatch only when the build is over. Bounded in time; a drain cut
 * short while lines were still arriving is said aloud, with where the rest can be read.
 */
import type { RunContext } from '../context.js'
import type { EmitBuildEvent } from '../domain/events.js'
import { type LogTail, logLocation } from './log-tail.js'
import type { BuildSnapshot } from '../domain/build.js'

/** The whole drain's bound: long enough for a late shipper, short next to a build. */
const DRAIN_MAX_MS = 60_000
/**
 * The log counts as drained once it has brought nothing for this long (the service's time): a
 * shipper that sends a build's output when the build is over takes seconds, whatever the poll
 * interval.
 */
const QUIET_MS = 10_000
/** Reads a second apart: a line that arrives late shows within a second. */
const GAP_MS = 1_000

export async function drainBuildLog(
  context: RunContext,
  tail: LogTail,
  snapshot: BuildSnapshot,
  emit: EmitBuildEvent,
  warn: (message: string) => void
): Promise<void> {
  const { clock } = context
  const result = await tail.drain(snapshot, {
    clock,
    signal: context.stop.signal,
    gapMs: GAP_MS,
    quietMs: QUIET_MS,
    maxMs: DRAIN_MAX_MS,
    onLines: (lines) => emit({ type: 'log-lines', at: clock.now(), lines })
  })
  if (result !== 'cut') return
  const location = logLocation(snapshot)
  const where = location
    ? ` (log group ${location.logGroupName}, stream ${location.logStreamName})`
    : ''
  const message = `Stopped reading the build log ${DRAIN_MAX_MS / 1000}s after the build ended while lines were still arriving; the rest is in CloudWatch Logs${where}.`
  warn(message)
  context.learn({ type: 'notice', text: message })
}
