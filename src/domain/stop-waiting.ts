/**
 * Decides when the action stops waiting for the build: the run is cancelled (the runner sends
 * SIGINT, then SIGTERM) or `timeout-minutes` after the step started. Either aborts one signal that
 * every wait and every request in the action listens to, and records when it happened: what
 * follows (cancel, confirmation, reports) has a budget counted from that moment.
 */
import type { Clock } from './clock.js'

export type StopReason = 'run-cancelled' | 'timeout'

/**
 * Node fires a timer of more than 2^31-1 ms (about 24.8 days) after 1 ms instead; longer timeouts
 * wait in spans no longer than this.
 */
const LONGEST_TIMER_MS = 2 ** 31 - 1

export class StopWaiting {
  private readonly controller = new AbortController()
  private timer: NodeJS.Timeout | undefined
  reason: StopReason | undefined
  /** When the action stopped waiting, by the clock it was given. */
  stoppedAt: Date | undefined

  constructor(
    private readonly signals: NodeJS.EventEmitter,
    timeoutMinutes: number,
    stepStartedAt: Date,
    private readonly clock: Pick<Clock, 'now'>
  ) {
    this.signals.on('SIGINT', this.onSignal)
    this.signals.on('SIGTERM', this.onSignal)
    if (timeoutMinutes > 0) this.stopAt(stepStartedAt.getTime() + timeoutMinutes * 60_000)
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  dispose(): void {
    clearTimeout(this.timer)
    this.signals.off('SIGINT', this.onSignal)
    this.signals.off('SIGTERM', this.onSignal)
  }

  private readonly onSignal = (): void => {
    this.stop('run-cancelled')
  }

  /** Arms the timer for the timeout, again and again while it lies beyond the longest timer. */
  private stopAt(time: number): void {
    const remaining = time - this.clock.now().getTime()
    if (remaining <= 0) {
      this.stop('timeout')
      return
    }
    this.timer = setTimeout(() => this.stopAt(time), Math.min(remaining, LONGEST_TIMER_MS))
  }

  private stop(reason: StopReason): void {
    if (this.controller.signal.aborted) return
    this.reason = reason
    this.stoppedAt = this.clock.now()
    this.controller.abort(reason)
  }
}
