/**
 * Every way out fits the runner's budget whatever AWS does, and no build is orphaned. The runner
 * emulation cancels as GitHub does (SIGINT, SIGTERM at 7.5 s, the kill at 10 s) and runs the post
 * step after the main step however that ended. No wall-clock bounds of our own: a step that
 * exits by itself was not killed, and the build's status in the emulator says what was cancelled.
 */
import type { ChildProcess } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/src/index.js'
import type { RunnerLine } from '../../scripts/github-runner.js'
import { emulatorPerTest, getImage, plainText, runStep } from './helpers.js'

const startWorld = emulatorPerTest()

/** Long enough that the build is still BUILDING while the step is stopped and reports. */
const LONG_BUILDING = { durations: { BUILDING: 60_000 } }

/** A stage opens a folded group whose title the runner shows as a line of the log. */
const isBuilding = (line: RunnerLine): boolean =>
  / Image BUILDING/.test(line.kind === 'log' ? line.text : line.name === 'group' ? line.value : '')

/** Once the job log shows BUILDING: `meanwhile` changes the world, then the runner cancels. */
function cancelRunWhenBuilding(meanwhile: () => void): (line: RunnerLine) => boolean {
  return (line) => {
    if (!isBuilding(line)) return false
    meanwhile()
    return true
  }
}

/** Kills the main step outright, as a lost runner or an OOM kill would, once it shows BUILDING. */
function killWhenBuilding(line: RunnerLine, child: ChildProcess): void {
  if (isBuilding(line)) child.kill('SIGKILL')
}

/** Every request from now on is taken and never answered. */
const awsHangs = (emu: Emulator) => () => emu.injectFault({ kind: 'hang', times: Infinity })

/** Waits, a few milliseconds at a time, for a cancel that Image Builder received to take effect. */
async function statusOnceSettled(emu: Emulator, imageArn: string): Promise<string | undefined> {
  for (let tries = 0; tries < 100; tries++) {
    const status = (await getImage(emu, imageArn)).state?.status
    if (status === 'CANCELLED') return status
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return (await getImage(emu, imageArn)).state?.status
}

describe('when the run is cancelled while AWS does not answer', () => {
  it('exits before the kill with the cancel sent, the status set and the summary written', async () => {
    const { emu, pipeline } = await startWorld({ scenario: LONG_BUILDING })

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn },
      { cancelWhen: cancelRunWhenBuilding(awsHangs(emu)) }
    )

    expect(run.cancel?.killed).toBe(false)
    expect(run.signal).toBeNull()
    expect(run.exitCode).toBe(1)
    const imageArn = run.outputs['image-arn'] ?? ''
    expect(emu.requestsFor('CancelImageCreation')).toMatchObject([
      { input: { imageBuildVersionArn: imageArn }, fault: 'hang' }
    ])
    expect(run.outputs.status).toBe('BUILDING')
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      `The workflow run was cancelled: the cancel of ${imageArn} was sent but got no answer within 3 s`
    )
    expect(run.errors[0]).toContain('It may still be running')
    expect(plainText(run.summary)).toMatch(
      /^## .* The run was cancelled, and the image build is BUILDING$/m
    )
    // The main step finished, so its post step leaves the build alone.
    expect(run.state.finished).toBe('true')
    expect(run.post).toMatchObject({ exitCode: 0, errors: [], warnings: [], summary: '' })
    expect(emu.requestsFor('CancelImageCreation')).toHaveLength(1)
  })

  it('fits a cancel that Image Builder answers only after 6 s, which still takes effect', async () => {
    const { emu, pipeline } = await startWorld({ scenario: LONG_BUILDING })
    const slowCancel = () =>
      emu.injectFault({ kind: 'latency', operation: 'CancelImageCreation', latencyMs: 6_000 })

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn },
      { cancelWhen: cancelRunWhenBuilding(slowCancel) }
    )

    expect(run.cancel?.killed).toBe(false)
    expect(run.signal).toBeNull()
    expect(run.exitCode).toBe(1)
    const imageArn = run.outputs['image-arn'] ?? ''
    expect(run.outputs.status).toBe('BUILDING')
    expect(run.errors[0]).toContain('was sent but got no answer within 3 s')
    expect(plainText(run.summary)).toContain('The run was cancelled, and the image build is')
    expect(await statusOnceSettled(emu, imageArn)).toBe('CANCELLED')
  })
})

describe('when timeout-minutes passes while AWS does not answer', () => {
  it('ends within the budget with the cancel sent, although every call after the start hangs', async () => {
    const { emu, pipeline } = await startWorld({ scenario: LONG_BUILDING })
    emu.injectFault({ kind: 'hang', times: Infinity, after: 1 })

    const run = await runStep(emu, {
      'pipeline-arn': pipeline.pipelineArn,
      'timeout-minutes': '0.05'
    })

    expect(run.signal).toBeNull()
    expect(run.exitCode).toBe(1)
    const imageArn = run.outputs['image-arn'] ?? ''
    expect(imageArn).not.toBe('')
    expect(emu.requestsFor('CancelImageCreation')).toMatchObject([
      { input: { imageBuildVersionArn: imageArn }, fault: 'hang' }
    ])
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      `The timeout passed before the build ended: the cancel of ${imageArn} was sent but got no answer`
    )
    expect(plainText(run.summary)).toMatch(
      /^## .* The timeout passed, and the image build is PENDING$/m
    )
  })

  it('ends when the start call itself hangs, saying no build is known to cancel', async () => {
    const { emu, pipeline } = await startWorld({ scenario: LONG_BUILDING })
    emu.injectFault({ kind: 'hang', times: Infinity })

    const run = await runStep(emu, {
      'pipeline-arn': pipeline.pipelineArn,
      'timeout-minutes': '0.02'
    })

    expect(run.signal).toBeNull()
    expect(run.exitCode).toBe(1)
    expect(run.outputs['image-arn']).toBe('')
    expect(emu.requestsFor('CancelImageCreation')).toEqual([])
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      'The timeout passed before Image Builder named the build, so there is none to cancel'
    )
    expect(run.summary).not.toBe('')
  })
})

describe('when the main step is killed outright', () => {
  it("cancels the build in the post step and says so in the post step's log and summary", async () => {
    const { emu, pipeline } = await startWorld({ scenario: LONG_BUILDING })

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn },
      { onLine: killWhenBuilding }
    )

    expect(run.signal).toBe('SIGKILL')
    const imageArn = run.state['image-arn'] ?? ''
    expect(imageArn).toMatch(/:image\/golden\/1\.0\.0\/1$/)
    expect(run.state.finished).toBeUndefined()
    expect(emu.requestsFor('CancelImageCreation')).toMatchObject([
      { input: { imageBuildVersionArn: imageArn } }
    ])
    expect((await getImage(emu, imageArn)).state?.status).toBe('CANCELLED')
    expect(run.post?.exitCode).toBe(0)
    expect(run.post?.log).toContain(
      `The main step did not finish: cancelling image build ${imageArn}`
    )
    expect(run.post?.warnings).toEqual([
      `The main step did not finish (the run was cancelled or the step was killed): ${imageArn} was cancelled.`
    ])
    const postSummary = plainText(run.post?.summary ?? '')
    expect(postSummary).toMatch(
      /^## 🚫 The post step cancelled the image build, and Image Builder confirmed it: CANCELLED$/m
    )
    expect(postSummary).toMatch(/^\| Status \| 🚫 CANCELLED \(read \d\d:\d\d:\d\d UTC\) \|$/m)
    expect(postSummary).toContain(
      '| Cancel | sent by the post step; Image Builder shows the build CANCELLED |'
    )
  })

  it('leaves the build running when cancel-on-abort is false, and says so', async () => {
    const { emu, pipeline } = await startWorld({ scenario: LONG_BUILDING })

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn, 'cancel-on-abort': 'false' },
      { onLine: killWhenBuilding }
    )

    const imageArn = run.state['image-arn'] ?? ''
    expect(emu.requestsFor('CancelImageCreation')).toEqual([])
    expect((await getImage(emu, imageArn)).state?.status).toBe('BUILDING')
    expect(run.post?.warnings).toEqual([
      `The main step did not finish (the run was cancelled or the step was killed): ${imageArn} keeps running (cancel-on-abort is false).`
    ])
    expect(plainText(run.post?.summary ?? '')).toMatch(
      /^## 🔄 The image build keeps running \(BUILDING\), because cancel-on-abort is false$/m
    )
  })
})
