/** AWS faults while the build runs: transient ones are waited out, expired credentials end the step. */
import { describe, expect, it } from '@jest/globals'
import {
  amisRegisteredFor,
  BUILD_REGION,
  emulatorPerTest,
  getImage,
  plainText,
  runStep
} from './helpers.js'

const startWorld = emulatorPerTest()

describe('transient faults', () => {
  it('never fail a running build: throttling, dropped connections and a 503', async () => {
    const { emu, pipeline } = await startWorld()
    // In this order while the build runs: dropped connections, a 503, then a spell of throttling.
    emu.injectFault({ kind: 'drop', operation: 'ListWorkflowExecutions', after: 1, times: 3 })
    emu.injectFault({ kind: 'unavailable', operation: 'ListWorkflowStepExecutions', after: 1 })
    emu.injectFault({ kind: 'throttle', operation: 'GetImage', after: 4, times: 8 })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    const faulted = emu.requests.filter((request) => request.fault !== undefined)
    expect(
      faulted.map(({ operation, fault, status }) => `${operation} ${fault} ${status}`).sort()
    ).toEqual([
      ...Array<string>(8).fill('GetImage throttle 429'),
      ...Array<string>(3).fill('ListWorkflowExecutions drop 0'),
      'ListWorkflowStepExecutions unavailable 503'
    ])
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('AVAILABLE')
    const imageArn = run.outputs['image-arn'] ?? ''
    const registered = amisRegisteredFor(emu, imageArn, [BUILD_REGION])
    expect(registered[BUILD_REGION]).toMatch(/^ami-[0-9a-f]{17}$/)
    expect(JSON.parse(run.outputs.amis ?? '')).toEqual(registered)
    expect(emu.requestsFor('StartImagePipelineExecution')).toHaveLength(1)
    // The polls failed while the build was still running, and the action said it would retry.
    const retried = run.log.findIndex((line) => line.includes('] Polling failed ('))
    const available = run.log.findIndex((line) => line.includes('] Image AVAILABLE'))
    expect(retried).toBeGreaterThan(-1)
    expect(retried).toBeLessThan(available)
  })
})

describe('expired credentials', () => {
  it('end the step with an error naming the running build and role-duration-seconds', async () => {
    const { emu, pipeline } = await startWorld()
    emu.injectFault({
      kind: 'expired-credentials',
      operation: 'GetImage',
      after: 3,
      times: Infinity
    })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(1)
    const imageArn = run.outputs['image-arn'] ?? ''
    expect(imageArn).toBe('arn:aws:imagebuilder:us-east-1:123456789012:image/golden/1.0.0/1')
    expect(run.errors).toHaveLength(1)
    const annotation = run.errors[0] ?? ''
    expect(annotation).toContain('The AWS credentials expired')
    expect(annotation).toContain(`The build ${imageArn} keeps running`)
    expect(annotation).toContain('role-duration-seconds')
    expect(emu.requestsFor('CancelImageCreation')).toEqual([])
    expect(run.outputs.status).toMatch(/^(PENDING|CREATING|BUILDING)$/)
    expect(plainText(run.summary)).toMatch(
      /^## ⚠️ The AWS credentials expired while the image build was (PENDING|CREATING|BUILDING), so the action stopped following it$/m
    )
    expect(plainText(run.summary)).toContain('role-duration-seconds')
    emu.clearFaults()
    expect((await getImage(emu, imageArn)).state?.status).not.toBe('CANCELLED')
  })
})
