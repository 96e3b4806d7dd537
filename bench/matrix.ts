/**
 * A 20-leg matrix (one pipeline per OS base) polling one account at once while Image Builder
 * throttles every fifth request: every leg must end green, and the slowest legs (p95) should take
 * little longer than one leg alone. The same matrix unthrottled tells the two costs apart: here
 * the 20 legs share this machine's cores (on GitHub each has a runner of its own), and backoffs
 * are wall time while the build runs 100× faster than real.
 */
import type { Emulator } from '../emulator/src/index.js'
import { isGreen, probedRun } from './action-run.js'
import { percentile } from './stats.js'
import { buildInputs, startBuildEmulator } from './whole-build.js'

export const LEGS = 20
const THROTTLED_SHARE = 0.2

export interface MatrixFigures {
  legs: number
  green: number
  p95WallMs: number
  throttledShare: number
  requests: number
  cpuMs: number[]
  /** The errors of legs that did not end green. */
  failures: string[]
}

/**
 * Throttles exactly every fifth request, of any service, with each service's own throttling error.
 * Rule k lets 4k requests through before it fires once; as each earlier rule fires it holds back
 * one request from the later ones, so rule k fires on request 5k.
 */
function throttleEveryFifth(emu: Emulator, requests: number): void {
  const every = Math.round(1 / THROTTLED_SHARE)
  for (let k = 1; k <= Math.ceil(requests / every); k += 1) {
    emu.injectFault({ kind: 'throttle', after: (every - 1) * k, times: 1 })
  }
}

export async function measureMatrix(throttling = true): Promise<MatrixFigures> {
  const emu = await startBuildEmulator()
  try {
    if (throttling) throttleEveryFifth(emu, LEGS * 400)
    const legs = await Promise.all(
      Array.from({ length: LEGS }, async (_, index) => {
        const name = `base-${String(index + 1).padStart(2, '0')}`
        const pipeline = emu.seedPipeline({ name })
        return probedRun(emu, { inputs: buildInputs(pipeline.pipelineArn) })
      })
    )
    const throttled = emu.requests.filter((request) => request.fault === 'throttle').length
    return {
      legs: LEGS,
      green: legs.filter((leg) => isGreen(leg.run)).length,
      p95WallMs: percentile(
        legs.map((leg) => leg.wallMs),
        0.95
      ),
      throttledShare: throttled / emu.requests.length,
      requests: emu.requests.length,
      cpuMs: legs.map((leg) => leg.probe.cpuMs),
      failures: legs
        .filter((leg) => !isGreen(leg.run))
        .map((leg) => leg.run.errors.join(' / ') || `exit ${String(leg.run.exitCode)}`)
    }
  } finally {
    await emu.close()
  }
}
