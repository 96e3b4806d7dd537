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
  private lastChanged = true

  constructor(
    private readonly baseMs: number,
    private readonly random: () => number = Math.random
  ) {
    this.idleMs = baseMs
  }

  /** The wait after a poll that saw changes (true) or none (false). */
  afterPoll(changed: boolean): number {
    this.lastChanged = changed
    this.idleMs = changed
      ? this.baseMs
      : Math.min(this.idleMs * IDLE_GROWTH, this.baseMs * IDLE_CAP_FACTOR)
    return this.idleMs
  }

  /** Why afterPoll chose its last wait, for the debug channel. */
  reason(): string {
    if (this.lastChanged) return 'the build changed: the base interval'
    const capMs = this.baseMs * IDLE_CAP_FACTOR
    return this.idleMs >= capMs
      ? `nothing changed: held at the cap, ${IDLE_CAP_FACTOR}× the base interval`
      : `nothing changed: ×${IDLE_GROWTH} towards ${IDLE_CAP_FACTOR}× the base interval`
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
