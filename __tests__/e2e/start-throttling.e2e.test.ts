/**
 * The start under sustained throttling: the bundled action against the emulator, with the start's
 * real patience. Slow by nature (at least the 31 s of backoff it proves), so it stands alone.
 */
import { describe, expect, it } from '@jest/globals'
import { emulatorPerTest, runStep } from './helpers.js'

const startWorld = emulatorPerTest()

/** Backoff floors of the first six retries: 1 + 2 + 4 + 8 + 8 + 8 s (aws/retry.ts). */
const THROTTLED_STARTS_OVER_30_S = 6

describe('a start under sustained throttling', () => {
  it('keeps trying for over 30 s and starts exactly one build', async () => {
    const { emu, pipeline } = await startWorld()
    emu.injectFault({
      kind: 'throttle',
      operation: 'StartImagePipelineExecution',
      times: THROTTLED_STARTS_OVER_30_S
    })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn }, { timeoutMs: 100_000 })

    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('AVAILABLE')
    const starts = emu.requestsFor('StartImagePipelineExecution')
    expect(starts.map((request) => request.status)).toEqual([
      ...Array.from({ length: THROTTLED_STARTS_OVER_30_S }, () => 429),
      200
    ])
    expect(new Set(starts.map((request) => request.input.clientToken)).size).toBe(1)
  }, 120_000)
})
