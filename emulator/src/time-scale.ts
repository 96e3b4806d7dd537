/**
 * A clock that runs `scale` times faster than wall time from the moment it is made, so a build
 * with realistic stage durations passes in a fraction of them: tests and benchmarks follow it
 * without sleeping through its timeline.
 */
export interface ScaledClock {
  (): number
  readonly scale: number
  /** The emulator time at a wall-clock time (ms since the epoch). */
  at(wallTime: number): number
}

export function scaledWallClock(scale: number, wallNow: () => number = Date.now): ScaledClock {
  if (!(scale > 0) || !Number.isFinite(scale)) {
    throw new Error(`timeScale must be a positive number, got ${scale}`)
  }
  const origin = wallNow()
  const at = (wallTime: number): number => origin + (wallTime - origin) * scale
  return Object.assign(() => at(wallNow()), { scale, at })
}
