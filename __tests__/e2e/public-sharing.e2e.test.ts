/**
 * `share-with: all` end to end: the bundled action makes the AMI public in every distribution
 * region and warns about it in the log and the summary; where the account's EC2 block public
 * access for AMIs is on, it refuses before any call that creates anything.
 */
import { describe, expect, it } from '@jest/globals'
import {
  amisRegisteredFor,
  BUILD_REGION,
  describedAmi,
  emulatorPerTest,
  plainText,
  runStep
} from './helpers.js'
import { mutatingCalls, recipeWorldPerTest } from './recipe-helpers.js'

const startWorld = recipeWorldPerTest()
const startPromoteWorld = emulatorPerTest()
const TWO_REGIONS = [BUILD_REGION, 'eu-west-1']

describe('share-with: all', () => {
  it('makes the AMI public in every region, and warns in the log and the summary', async () => {
    const { emu, run } = await startWorld()

    const built = await run({ 'distribution-regions': TWO_REGIONS.join(','), 'share-with': 'all' })

    expect(built.errors).toEqual([])
    expect(built.exitCode).toBe(0)
    expect(
      emu.requestsFor('GetImageBlockPublicAccessState').map((request) => request.region)
    ).toEqual(expect.arrayContaining(TWO_REGIONS))
    const registered = amisRegisteredFor(emu, built.outputs['image-arn'] ?? '', TWO_REGIONS)
    expect(Object.keys(registered)).toEqual(TWO_REGIONS)
    for (const region of TWO_REGIONS)
      expect((await describedAmi(emu, region, registered[region] ?? ''))?.Public).toBe(true)
    const warning = `Input 'share-with' is all: the AMI will be public in ${TWO_REGIONS.join(', ')}.`
    expect(built.warnings.some((line) => line.startsWith(warning))).toBe(true)
    const summary = plainText(built.summary)
    expect(summary).toMatch(
      /^> \[!WARNING\]\n> The AMI is public \(`share-with: all`\) in us-east-1, eu-west-1: any AWS account can launch it and copy its snapshots/
    )
    expect(summary).toContain('everyone (public)')
  })

  it('refuses a region where EC2 blocks public AMIs, with nothing created', async () => {
    const { emu, run } = await startWorld()
    emu.setImageBlockPublicAccess('eu-west-1', 'block-new-sharing')

    const refused = await run({
      'distribution-regions': TWO_REGIONS.join(','),
      'share-with': 'all'
    })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toContain(
      "Input 'share-with': is all, but EC2 block public access for AMIs is on (block-new-sharing) in eu-west-1, so the AMI cannot be made public there"
    )
    expect(mutatingCalls(emu)).toEqual([])
    expect(emu.requestsFor('CreateImage')).toEqual([])
    expect(plainText(refused.summary)).toContain('before any image build started')
  })

  it('refuses a dry run the same way, since it would fail for real', async () => {
    const { emu, run } = await startWorld()
    emu.setImageBlockPublicAccess(BUILD_REGION, 'block-new-sharing')

    const refused = await run({ 'share-with': 'all', 'dry-run': 'true' })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toContain(
      `in ${BUILD_REGION}, so the AMI cannot be made public`
    )
    expect(mutatingCalls(emu)).toEqual([])
  })

  it('asks nothing about public access when the AMI is not made public', async () => {
    const { emu, run } = await startWorld()
    emu.setImageBlockPublicAccess(BUILD_REGION, 'block-new-sharing')

    const built = await run({ 'share-with': '444455556666' })

    expect(built.exitCode).toBe(0)
    expect(emu.requestsFor('GetImageBlockPublicAccessState')).toEqual([])
  })

  it('refuses a public promotion into a blocked region before DistributeImage', async () => {
    const { emu, pipeline } = await startPromoteWorld()
    const source = emu.seedImage({ pipelineArn: pipeline.pipelineArn })
    emu.setImageBlockPublicAccess('eu-west-1', 'block-new-sharing')

    const refused = await runStep(emu, {
      'promote-image': source,
      'distribution-regions': 'eu-west-1',
      'execution-role': 'ImageBuilderExecution',
      'share-with': 'all'
    })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toContain('in eu-west-1, so the AMI cannot be made public')
    expect(emu.requestsFor('CreateDistributionConfiguration')).toEqual([])
    expect(emu.requestsFor('DistributeImage')).toEqual([])
  })

  it("refuses 'all' mixed up with a malformed entry by naming the entry", async () => {
    const { emu, run } = await startWorld()

    const refused = await run({ 'share-with': 'all\neveryone' })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toContain(
      "Input 'share-with': 'everyone' is not an account ID, organization ARN, OU ARN or all"
    )
    expect(emu.requests).toEqual([])
  })
})
