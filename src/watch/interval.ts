/**
 * How long to wait before the next poll: the base interval while the build changes, growing
 * ×1.5 up to twice the base while nothing changes, and a jittered exponential backoff (up to five
 * minutes) while polls fail.
 */
const IDLE_GROWTH = 1.5
const IDLE_CAP_FACTOR = 2
const FAILURE_CAP_MS = 5 * 60_000

export class PollInterval {
  private idleMs: number

  constructor(
    private readonly baseMs: number,
    private readonly random: () => number = Math.random
  ) {
    this.idleMs = baseMs
  }

  /** The wait after a poll that saw changes (true) or none (false). */
  afterPoll(changed: boolean): number {
    this.idleMs = changed
      ? this.baseMs
      : Math.min(this.idleMs * IDLE_GROWTH, this.baseMs * IDLE_CAP_FACTOR)
    return this.idleMs
  }

  /** The wait after the n-th failed poll in a row (n ≥ 1): half fixed, half random. */
  afterFailure(consecutiveFailures: number): number {
    const ceiling = Math.min(
      this.baseMs * 2 ** consecutiveFailures,
      Math.max(FAILURE_CAP_MS, this.baseMs)
    )
    return ceiling / 2 + (this.random() * ceiling) / 2
  }
}
