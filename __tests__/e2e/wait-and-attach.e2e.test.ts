/** `wait: false` starts a build and returns; `image-arn` follows that build later. */
import { describe, expect, it } from '@jest/globals'
import {
  amisRegisteredFor,
  emulatorPerTest,
  getImage,
  plainText,
  runStep,
  THREE_REGIONS
} from './helpers.js'

const startWorld = emulatorPerTest()

describe('wait: false, then image-arn', () => {
  it('returns at once, and a later step follows the same build to its AMIs', async () => {
    const { emu, pipeline } = await startWorld({
      distributionRegions: THREE_REGIONS,
      scenario: { durations: { PENDING: 10_000 } }
    })

    const started = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn, wait: 'false' })

    expect(started.errors).toEqual([])
    expect(started.exitCode).toBe(0)
    const imageArn = started.outputs['image-arn'] ?? ''
    expect(imageArn).toBe('arn:aws:imagebuilder:us-east-1:123456789012:image/golden/1.0.0/1')
    // Returned without waiting: the status it reports is one of the build's first.
    expect(started.outputs.status).toMatch(/^(PENDING|CREATING)$/)
    expect(started.outputs.amis).toBe('{}')
    expect(plainText(started.summary)).toMatch(
      /^## ⏳ The image build started \((PENDING|CREATING)\); this step does not wait for it$/m
    )
    expect(plainText(started.summary)).toContain(imageArn)
    expect((await getImage(emu, imageArn)).state?.status).toMatch(/^(PENDING|CREATING)$/)
    expect(emu.requestsFor('CancelImageCreation')).toEqual([])

    const followed = await runStep(emu, { 'image-arn': imageArn })

    expect(followed.errors).toEqual([])
    expect(followed.exitCode).toBe(0)
    expect(followed.outputs['image-arn']).toBe(imageArn)
    expect(followed.outputs.status).toBe('AVAILABLE')
    const registered = amisRegisteredFor(emu, imageArn, THREE_REGIONS)
    expect(Object.keys(registered)).toEqual(THREE_REGIONS)
    expect(JSON.parse(followed.outputs.amis ?? '')).toEqual(registered)
    expect(followed.outputs['ami-id']).toBe(registered['us-east-1'])
    expect(emu.requestsFor('StartImagePipelineExecution')).toHaveLength(1)
    expect(emu.requestsFor('CreateImage')).toEqual([])
  })
})
