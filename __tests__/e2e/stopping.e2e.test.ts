/**
 * A cancelled run and `timeout-minutes` cancel the build in Image Builder before it ends. No
 * wall-clock bounds: a build that ends CANCELLED rather than AVAILABLE was cancelled in time.
 * Moments seen on the wall clock are compared with the emulator's record in its own time.
 */
import type { ChildProcess } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import type { RunnerLine } from '../../scripts/github-runner.js'
import { emulatorPerTest, getImage, plainText, runStep } from './helpers.js'

const startWorld = emulatorPerTest()

/** Long enough (a minute of emulator time) that the build is still BUILDING when the run is cancelled. */
const LONG_BUILDING = { durations: { BUILDING: 60_000 } }

/** Sends SIGINT, as the runner does on a cancelled run, once the job log shows BUILDING. */
function cancelRunWhenBuilding(): {
  onLine: (line: RunnerLine, child: ChildProcess) => void
  signalledAt: () => number
} {
  let signalledAt = 0
  return {
    onLine: (line, child) => {
      // The stage's line titles the group that folds the stage.
      const text = line.kind === 'log' ? line.text : line.name === 'group' ? line.value : ''
      if (signalledAt === 0 && / Image BUILDING/.test(text)) {
        signalledAt = Date.now()
        child.kill('SIGINT')
      }
    },
    signalledAt: () => signalledAt
  }
}

describe('when the run is cancelled', () => {
  it('cancels the build within seconds and fails the step', async () => {
    const { emu, pipeline } = await startWorld({ scenario: LONG_BUILDING })
    const cancelRun = cancelRunWhenBuilding()

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn }, cancelRun)

    expect(cancelRun.signalledAt()).toBeGreaterThan(0)
    const imageArn = run.outputs['image-arn'] ?? ''
    const cancels = emu.requestsFor('CancelImageCreation')
    expect(cancels.map((request) => request.input.imageBuildVersionArn)).toEqual([imageArn])
    // In time: the build, most of a minute from its end when signalled, ends CANCELLED, not AVAILABLE.
    expect(cancels[0]?.time).toBeGreaterThanOrEqual(emu.timeAt(cancelRun.signalledAt()))
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('CANCELLED')
    expect((await getImage(emu, imageArn)).state?.status).toBe('CANCELLED')
    expect(run.errors).toEqual([`The workflow run was cancelled: ${imageArn} was cancelled.`])
    expect(plainText(run.summary)).toMatch(
      /^## 🚫 The run was cancelled, and the image build is CANCELLED$/m
    )
    expect(plainText(run.summary)).toContain(`The workflow run was cancelled: ${imageArn}`)
  })

  it('leaves the build running when cancel-on-abort is false', async () => {
    const { emu, pipeline } = await startWorld({ scenario: LONG_BUILDING })
    const cancelRun = cancelRunWhenBuilding()

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn, 'cancel-on-abort': 'false' },
      cancelRun
    )

    expect(cancelRun.signalledAt()).toBeGreaterThan(0)
    const imageArn = run.outputs['image-arn'] ?? ''
    expect(emu.requestsFor('CancelImageCreation')).toEqual([])
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('BUILDING')
    expect((await getImage(emu, imageArn)).state?.status).toBe('BUILDING')
    expect(run.errors).toEqual([
      `The workflow run was cancelled: ${imageArn} keeps running (cancel-on-abort is false).`
    ])
    expect(plainText(run.summary)).toMatch(
      /^## 🔄 The run was cancelled, and the image build is BUILDING$/m
    )
  })
})

describe('when timeout-minutes passes', () => {
  it('cancels the build and fails the step saying the timeout passed', async () => {
    const { emu, pipeline } = await startWorld({ scenario: LONG_BUILDING })

    const stepStartedBy = Date.now()
    const run = await runStep(emu, {
      'pipeline-arn': pipeline.pipelineArn,
      'timeout-minutes': '0.03'
    })

    const imageArn = run.outputs['image-arn'] ?? ''
    const cancels = emu.requestsFor('CancelImageCreation')
    expect(cancels.map((request) => request.input.imageBuildVersionArn)).toEqual([imageArn])
    // Not before 0.03 minutes (1.8 s) after the step started; in time, since the build ends CANCELLED.
    expect(cancels[0]?.time).toBeGreaterThanOrEqual(emu.timeAt(stepStartedBy + 1_800))
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('CANCELLED')
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('The timeout passed before the build ended')
    expect(run.errors[0]).toContain(`${imageArn} was cancelled`)
    expect(plainText(run.summary)).toMatch(
      /^## 🚫 The timeout passed, and the image build is CANCELLED$/m
    )
  })
})
