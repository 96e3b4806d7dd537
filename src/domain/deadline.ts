/**
 * A moment that several calls share, such as "3 s after the run was cancelled". Each request gets
 * an abort signal for what is left, so a request that AWS does not answer is closed at the
 * deadline instead of being left running behind a raced promise.
 */
import type { Clock } from './clock.js'

export class Deadline {
  constructor(
    readonly at: Date,
    private readonly clock: Pick<Clock, 'now'>
  ) {}

  /** `ms` after `from` (by default now). */
  static after(ms: number, clock: Pick<Clock, 'now'>, from: Date = clock.now()): Deadline {
    return new Deadline(new Date(from.getTime() + ms), clock)
  }

  remainingMs(): number {
    return Math.max(0, this.at.getTime() - this.clock.now().getTime())
  }

  get passed(): boolean {
    return this.remainingMs() === 0
  }

  /**
   * Aborts when the deadline passes: pass it to `client.send(command, { abortSignal })`. Its timer
   * keeps no process alive.
   */
  signal(): AbortSignal {
    return AbortSignal.timeout(this.remainingMs())
  }
}
