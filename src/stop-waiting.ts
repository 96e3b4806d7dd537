/**
 * Decides when the action stops waiting for the build: the run is cancelled (the runner sends
 * SIGINT, then SIGTERM) or `timeout-minutes` after the step started. Either aborts one signal that
 * every wait in the action listens to, so the build can be cancelled within seconds.
 */
export type StopReason = 'run-cancelled' | 'timeout'

export class StopWaiting {
  private readonly controller = new AbortController()
  private timer: NodeJS.Timeout | undefined
  reason: StopReason | undefined

  constructor(
    private readonly signals: NodeJS.EventEmitter,
    timeoutMinutes: number,
    stepStartedAt: Date,
    now: Date
  ) {
    this.signals.on('SIGINT', this.onSignal)
    this.signals.on('SIGTERM', this.onSignal)
    if (timeoutMinutes > 0) {
      const remaining = stepStartedAt.getTime() + timeoutMinutes * 60_000 - now.getTime()
      this.timer = setTimeout(() => this.stop('timeout'), Math.max(0, remaining))
    }
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

  private stop(reason: StopReason): void {
    if (this.controller.signal.aborted) return
    this.reason = reason
    this.controller.abort(reason)
  }
}
