/**
 * Release workflows: promote a tested image without rebuilding it (DistributeImage), retry a
 * failed build in place (RetryImage, `retry` and `retry-on-rerun`), and the `release-notes` output.
 */
import { describe, expect, it } from '@jest/globals'
import { mutatingCalls, recipeWorldPerTest } from './recipe-helpers.js'
import {
  amisRegisteredFor,
  BUILD_REGION,
  emulatorPerTest,
  plainText,
  runStep,
  stageLines,
  summaryTable
} from './helpers.js'

const startWorld = emulatorPerTest()
const startRecipeWorld = recipeWorldPerTest()
const EXECUTION_ROLE = 'arn:aws:iam::123456789012:role/ImageBuilderExecution'
const OTHER_ACCOUNT = '222233334444'
const MORE_REGIONS = ['eu-west-1', 'ap-southeast-2']

describe('promote-image', () => {
  it('distributes an AVAILABLE image to two more regions and an account, with no build phase', async () => {
    const { emu, pipeline } = await startWorld()
    const source = emu.seedImage({
      pipelineArn: pipeline.pipelineArn,
      tags: { 'github:sha': 'c0ffee0123456789' }
    })

    const run = await runStep(emu, {
      'promote-image': source.replace(/1\.0\.0\/1$/, '1.0.x'),
      'distribution-regions': MORE_REGIONS.join('\n'),
      'share-with': OTHER_ACCOUNT,
      'execution-role': EXECUTION_ROLE
    })

    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const promoted = run.outputs['image-arn'] ?? ''
    expect(promoted).toBe(source.replace(/\/1$/, '/2'))
    expect(run.outputs.status).toBe('AVAILABLE')
    const registered = amisRegisteredFor(emu, promoted, MORE_REGIONS)
    expect(Object.keys(registered)).toEqual(MORE_REGIONS)
    expect(JSON.parse(run.outputs.amis ?? '')).toEqual(registered)
    for (const [region, amiId] of Object.entries(registered)) {
      expect(emu.ec2Store.getImage(region, amiId)?.launchPermissions).toEqual([OTHER_ACCOUNT])
    }

    // No build phase ran: nothing started a build, and the new build version has no workflows.
    expect(emu.requestsFor('StartImagePipelineExecution')).toEqual([])
    expect(emu.requestsFor('CreateImage')).toEqual([])
    expect(JSON.parse(run.outputs['test-results'] ?? '')).toEqual([])
    expect(stageLines(run.log).join('\n')).not.toMatch(/BUILDING|TESTING/)
    const [distribute, ...again] = emu.requestsFor('DistributeImage')
    expect(again).toEqual([])
    expect(distribute?.input).toMatchObject({ sourceImage: source, executionRole: EXECUTION_ROLE })
    const [created] = emu.requestsFor('CreateDistributionConfiguration')
    expect(created?.input.name).toBe('golden-promote')

    const summary = plainText(run.summary)
    expect(summary).toContain('### Promotion')
    expect(summaryTable(run.summary, 'Promotion').map((row) => row[0])).toEqual(MORE_REGIONS)

    const notes = run.outputs['release-notes'] ?? ''
    expect(plainText(notes)).toContain('## golden 1.0.0/2')
    expect(plainText(notes)).toContain('c0ffee0123456789')
    expect(summaryTable(notes, 'AMIs')).toEqual(
      MORE_REGIONS.map((region) => [
        emu.accountId,
        region,
        registered[region],
        expect.stringMatching(/^golden-/)
      ])
    )
  })

  it('reuses the distribution configuration on a second promotion with the same inputs', async () => {
    const { emu, pipeline } = await startWorld()
    const source = emu.seedImage({ pipelineArn: pipeline.pipelineArn })
    const inputs = {
      'promote-image': source,
      'distribution-regions': 'eu-west-1',
      'execution-role': EXECUTION_ROLE
    }
    expect((await runStep(emu, inputs)).exitCode).toBe(0)
    const second = await runStep(emu, inputs, { env: { GITHUB_RUN_ID: '4243' } })

    expect(second.exitCode).toBe(0)
    expect(emu.requestsFor('CreateDistributionConfiguration')).toHaveLength(1)
    expect(emu.requestsFor('UpdateDistributionConfiguration')).toEqual([])
    expect(emu.requestsFor('DistributeImage')).toHaveLength(2)
  })

  it('refuses to promote a failed image, naming its status, and creates nothing', async () => {
    const { emu, pipeline } = await startWorld()
    const failed = emu.seedImage({
      pipelineArn: pipeline.pipelineArn,
      scenario: { failure: { kind: 'step', step: 'ApplyTestComponents' } }
    })

    const run = await runStep(emu, {
      'promote-image': failed,
      'distribution-regions': 'eu-west-1',
      'execution-role': EXECUTION_ROLE
    })

    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      `Input 'promote-image': ${failed} is FAILED, not AVAILABLE`
    )
    expect(emu.requestsFor('DistributeImage')).toEqual([])
    expect(emu.requestsFor('CreateDistributionConfiguration')).toEqual([])
  })

  it('shows in a dry run what would go where, and creates nothing', async () => {
    const { emu, pipeline } = await startWorld()
    const source = emu.seedImage({ pipelineArn: pipeline.pipelineArn })

    const run = await runStep(emu, {
      'promote-image': source,
      'distribution-regions': MORE_REGIONS.join(','),
      'execution-role': EXECUTION_ROLE,
      'dry-run': 'true'
    })

    expect(run.exitCode).toBe(0)
    expect(run.log).toContain('  to eu-west-1')
    expect(summaryTable(run.summary, 'Promotion').map((row) => row[0])).toEqual(MORE_REGIONS)
    expect(JSON.parse(run.outputs.plan ?? '')).toMatchObject({
      sourceImage: { arn: source },
      distributionConfiguration: { name: 'golden-promote', action: 'create', regions: MORE_REGIONS }
    })
    const changed = emu.requests.filter((request) =>
      /^(Create|Update|Distribute)/.test(request.operation)
    )
    expect(changed).toEqual([])
  })
})

describe('retry', () => {
  it('sends a build that failed in test back to TESTING under the same ARN, and follows it to AVAILABLE', async () => {
    const { emu, pipeline } = await startWorld()
    const failed = emu.seedImage({
      pipelineArn: pipeline.pipelineArn,
      scenario: { failure: { kind: 'step', step: 'ApplyTestComponents' } }
    })

    const run = await runStep(emu, { 'image-arn': failed, retry: 'true' })

    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(
      emu.requestsFor('RetryImage').map((request) => request.input.imageBuildVersionArn)
    ).toEqual([failed])
    expect(run.outputs['image-arn']).toBe(failed)
    expect(run.outputs.status).toBe('AVAILABLE')
    expect(stageLines(run.log).some((line) => line.startsWith('Image TESTING'))).toBe(true)
    expect(stageLines(run.log).some((line) => line.startsWith('Image BUILDING'))).toBe(false)
    expect(plainText(run.summary)).toMatch(/Retried .* in place from TESTING .* Kept: build\./)
    const tests = JSON.parse(run.outputs['test-results'] ?? '') as { status: string }[]
    expect(tests.map((step) => step.status)).not.toContain('FAILED')
  })

  it('follows without a retry a build that did not fail, and says so', async () => {
    const { emu, pipeline } = await startWorld()
    const available = emu.seedImage({ pipelineArn: pipeline.pipelineArn })

    const run = await runStep(emu, { 'image-arn': available, retry: 'true' })

    expect(run.exitCode).toBe(0)
    expect(emu.requestsFor('RetryImage')).toEqual([])
    expect(plainText(run.summary)).toContain('Not retried')
  })
})

describe('retry-on-rerun', () => {
  it("retries the earlier attempt's build that failed in test instead of starting one", async () => {
    const { emu, pipeline } = await startWorld()
    const inputs = { 'pipeline-arn': pipeline.pipelineArn, 'retry-on-rerun': 'true' }
    emu.setNextBuildScenario({ failure: { kind: 'step', step: 'ApplyTestComponents' } })
    const first = await runStep(emu, inputs)
    expect(first.exitCode).toBe(1)
    const failed = first.outputs['image-arn'] ?? ''

    const rerun = await runStep(emu, inputs, { env: { GITHUB_RUN_ATTEMPT: '2' } })

    expect(rerun.errors).toEqual([])
    expect(rerun.exitCode).toBe(0)
    expect(emu.requestsFor('StartImagePipelineExecution')).toHaveLength(1)
    expect(emu.requestsFor('RetryImage')).toHaveLength(1)
    expect(rerun.outputs['image-arn']).toBe(failed)
    expect(rerun.outputs.status).toBe('AVAILABLE')
    expect(plainText(rerun.summary)).toContain('Kept: build.')
  })

  it("retries a recipe's build that failed in distribution, creating nothing", async () => {
    const { emu, run } = await startRecipeWorld()
    const inputs = { 'retry-on-rerun': 'true' }
    emu.setNextBuildScenario({ failure: { kind: 'distribution', region: BUILD_REGION } })
    const first = await run(inputs)
    expect(first.exitCode).toBe(1)
    const before = emu.requests.length

    const rerun = await run(inputs, { GITHUB_RUN_ATTEMPT: '2' })

    expect(rerun.errors).toEqual([])
    expect(rerun.outputs['image-arn']).toBe(first.outputs['image-arn'])
    expect(rerun.outputs.status).toBe('AVAILABLE')
    expect(mutatingCalls(emu, before)).toEqual(['RetryImage', 'CreateTags'])
    expect(plainText(rerun.summary)).toMatch(/from DISTRIBUTING .* Kept: build, test\./)
  })

  it('builds anew on a re-run when the earlier attempt left no failed build', async () => {
    const { emu, pipeline } = await startWorld()
    const inputs = { 'pipeline-arn': pipeline.pipelineArn, 'retry-on-rerun': 'true' }
    expect((await runStep(emu, inputs)).exitCode).toBe(0)

    const rerun = await runStep(emu, inputs, { env: { GITHUB_RUN_ATTEMPT: '2' } })

    expect(rerun.exitCode).toBe(0)
    expect(emu.requestsFor('RetryImage')).toEqual([])
    expect(emu.requestsFor('StartImagePipelineExecution')).toHaveLength(2)
    expect(plainText(rerun.summary)).toContain('Built anew instead of a retry')
  })
})

describe('release-notes', () => {
  it('holds the image, the recipe, the tests in one line and the AMI table of a build', async () => {
    const { emu, pipeline } = await startWorld({ distributionRegions: [BUILD_REGION, 'eu-west-1'] })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(0)
    const notes = plainText(run.outputs['release-notes'] ?? '')
    expect(notes).toContain('## golden 1.0.0/1')
    expect(notes).toMatch(/\| Tests \| 1 passed, 0 failed, 0 not run \|/)
    expect(notes).toMatch(/\| Components \| golden-build 1\.0\.0\/1\ngolden-test 1\.0\.0\/1 \|/)
    const amis = JSON.parse(run.outputs.amis ?? '') as Record<string, string>
    expect(
      summaryTable(run.outputs['release-notes'] ?? '', 'AMIs').map((row) => row.slice(0, 3))
    ).toEqual([
      [emu.accountId, BUILD_REGION, amis[BUILD_REGION]],
      [emu.accountId, 'eu-west-1', amis['eu-west-1']]
    ])
  })
})
