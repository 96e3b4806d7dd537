/**
 * `target-accounts` end to end: the bundled action sends the accounts as every region's
 * targetAccountIds, Image Builder copies the AMI into each of them, and `account-amis` lists the
 * build account's AMIs and every copy.
 */
import {
  type Distribution,
  GetDistributionConfigurationCommand,
  ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/src/index.js'
import { BUILD_REGION, emulatorPerTest, plainText, runStep, summaryTable } from './helpers.js'
import { mutatingCalls, planOf, recipeWorldPerTest } from './recipe-helpers.js'

const startWorld = recipeWorldPerTest()
const startPromoteWorld = emulatorPerTest()
const TWO_REGIONS = [BUILD_REGION, 'eu-west-1']
const [FIRST_TARGET, SECOND_TARGET] = ['222233334444', '333344445555']
const TARGETS = [FIRST_TARGET, SECOND_TARGET]
const EXECUTION_ROLE = 'arn:aws:iam::123456789012:role/ImageBuilderExecution'

/** The distributions of a configuration as GetDistributionConfiguration answers, read with a client of the test's own. */
async function storedDistributions(emu: Emulator, arn: string): Promise<Distribution[]> {
  const client = new ImagebuilderClient({
    region: BUILD_REGION,
    endpoint: emu.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }
  })
  try {
    const { distributionConfiguration } = await client.send(
      new GetDistributionConfigurationCommand({ distributionConfigurationArn: arn })
    )
    return distributionConfiguration?.distributions ?? []
  } finally {
    client.destroy()
  }
}

/** region → the accounts its distribution copies the AMI into. */
function targetsByRegion(distributions: readonly Distribution[]): [string, string[]][] {
  return distributions.map((entry) => [
    entry.region ?? '',
    entry.amiDistributionConfiguration?.targetAccountIds ?? []
  ])
}

/** account → region → AMI ID, as the emulator's EC2 holds the image's AMIs, whoever owns them. */
function amisInEc2(
  emu: Emulator,
  imageArn: string,
  regions: readonly string[]
): Record<string, Record<string, string>> {
  const amis: Record<string, Record<string, string>> = {}
  for (const region of regions) {
    for (const image of emu.ec2Store.listImages(region)) {
      if (image.tags.Ec2ImageBuilderArn !== imageArn) continue
      amis[image.ownerId] = { ...amis[image.ownerId], [region]: image.imageId }
    }
  }
  return amis
}

describe('target-accounts in recipe mode', () => {
  it('copies the AMI into every target account in every region, and account-amis lists all of them', async () => {
    const { emu, run } = await startWorld()

    const built = await run({
      'distribution-regions': TWO_REGIONS.join(','),
      'target-accounts': TARGETS.join('\n')
    })

    expect(built.errors).toEqual([])
    expect(built.exitCode).toBe(0)
    const stored = await storedDistributions(emu, planOf(built).distributionConfiguration.arn ?? '')
    expect(targetsByRegion(stored)).toEqual(
      TWO_REGIONS.map((region) => [region, [emu.accountId, ...TARGETS]])
    )
    const imageArn = built.outputs['image-arn'] ?? ''
    const accountAmis = JSON.parse(built.outputs['account-amis'] ?? '') as Record<
      string,
      Record<string, string>
    >
    expect(Object.keys(accountAmis)).toEqual([emu.accountId, ...TARGETS])
    for (const regions of Object.values(accountAmis))
      expect(Object.keys(regions)).toEqual(TWO_REGIONS)
    expect(accountAmis).toEqual(amisInEc2(emu, imageArn, TWO_REGIONS))
    const ids = Object.values(accountAmis).flatMap((regions) => Object.values(regions))
    expect(new Set(ids).size).toBe(6)
    expect(JSON.parse(built.outputs.amis ?? '')).toEqual(accountAmis[emu.accountId])
    expect(built.outputs['ami-id']).toBe(accountAmis[emu.accountId]?.[BUILD_REGION])

    const rows = summaryTable(built.summary, 'AMIs')
    expect(rows.map(([region, ami, account]) => [account, region, ami]).sort()).toEqual(
      Object.entries(accountAmis)
        .flatMap(([account, regions]) =>
          Object.entries(regions).map(([region, ami]) => [account, region, ami])
        )
        .sort()
    )
  })

  it('leaves out a listed build account with a notice in the log and the summary, asking STS once', async () => {
    const { emu, run } = await startWorld()

    const built = await run({ 'target-accounts': [emu.accountId, ...TARGETS].join('\n') })

    expect(built.errors).toEqual([])
    expect(built.exitCode).toBe(0)
    const notice = `Input 'target-accounts': ${emu.accountId} is the build account, which keeps its own AMI in every distribution region anyway; it is left out of the list.`
    expect(built.log).toContain(notice)
    expect(plainText(built.summary)).toContain(notice)
    expect(emu.requestsFor('GetCallerIdentity')).toHaveLength(1)
    const [created] = emu.requestsFor('CreateDistributionConfiguration')
    expect(targetsByRegion(created?.input.distributions as Distribution[])).toEqual([
      [BUILD_REGION, [emu.accountId, ...TARGETS]]
    ])
  })

  it('updates the distribution configuration in place when the accounts change, and reuses the recipe', async () => {
    const { emu, run } = await startWorld()
    const inputs = {
      'distribution-regions': TWO_REGIONS.join(','),
      'target-accounts': FIRST_TARGET
    }
    expect((await run(inputs)).exitCode).toBe(0)
    const since = emu.requests.length

    const changed = await run(
      { ...inputs, 'target-accounts': TARGETS.join(',') },
      { GITHUB_RUN_ID: '4243' }
    )

    expect(changed.errors).toEqual([])
    expect(changed.exitCode).toBe(0)
    expect(mutatingCalls(emu, since)).toEqual([
      'UpdateDistributionConfiguration',
      'TagResource',
      'CreateImage',
      'CreateTags',
      'CreateTags'
    ])
    const plan = planOf(changed)
    expect(plan.imageRecipe.action).toBe('reuse')
    expect(plan.distributionConfiguration.action).toBe('update')
    expect(
      targetsByRegion(await storedDistributions(emu, plan.distributionConfiguration.arn ?? ''))
    ).toEqual(TWO_REGIONS.map((region) => [region, [emu.accountId, ...TARGETS]]))
    expect(Object.keys(JSON.parse(changed.outputs['account-amis'] ?? '') as object)).toEqual([
      emu.accountId,
      ...TARGETS
    ])
    const unchanged = await run(
      { ...inputs, 'target-accounts': TARGETS.join(',') },
      { GITHUB_RUN_ID: '4244' }
    )
    expect(unchanged.exitCode).toBe(0)
    expect(planOf(unchanged).distributionConfiguration.action).toBe('reuse')
  })

  it('refuses an account ID that is not 12 digits, naming the input, before any call that changes anything', async () => {
    const { emu, run } = await startWorld()

    const refused = await run({ 'target-accounts': `${FIRST_TARGET}\n22223333444` })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toContain(
      "Input 'target-accounts': '22223333444' is not an account ID (12 digits)"
    )
    expect(mutatingCalls(emu)).toEqual([])
    expect(emu.requests).toEqual([])
    expect(refused.outputs['account-amis']).toBe('{}')
  })

  it('names the accounts in a dry run and creates nothing', async () => {
    const { emu, run } = await startWorld()

    const planned = await run({ 'target-accounts': TARGETS.join(','), 'dry-run': 'true' })

    expect(planned.exitCode).toBe(0)
    expect(mutatingCalls(emu)).toEqual([])
    expect(planned.log.join('\n')).toContain(`copied to accounts ${TARGETS.join(', ')}`)
    expect(planned.summary).toContain('Copied to accounts')
    expect(planned.outputs['account-amis']).toBe('{}')
  })
})

describe('target-accounts in promote mode', () => {
  it('copies the promoted image into the target accounts, leaving out a listed build account with a warning', async () => {
    const { emu, pipeline } = await startPromoteWorld()
    const source = emu.seedImage({ pipelineArn: pipeline.pipelineArn })

    const promoted = await runStep(emu, {
      'promote-image': source,
      'distribution-regions': TWO_REGIONS.join('\n'),
      'target-accounts': [emu.accountId, ...TARGETS].join('\n'),
      'execution-role': EXECUTION_ROLE
    })

    expect(promoted.errors).toEqual([])
    expect(promoted.exitCode).toBe(0)
    expect(promoted.warnings.join('\n')).toContain(
      `Input 'target-accounts': ${emu.accountId} is the build account`
    )
    const [created] = emu.requestsFor('CreateDistributionConfiguration')
    expect(targetsByRegion(created?.input.distributions as Distribution[])).toEqual(
      TWO_REGIONS.map((region) => [region, [emu.accountId, ...TARGETS]])
    )
    const imageArn = promoted.outputs['image-arn'] ?? ''
    const accountAmis = JSON.parse(promoted.outputs['account-amis'] ?? '') as Record<
      string,
      Record<string, string>
    >
    expect(accountAmis).toEqual(amisInEc2(emu, imageArn, TWO_REGIONS))
    expect(Object.keys(accountAmis)).toEqual([emu.accountId, ...TARGETS])
    expect(JSON.parse(promoted.outputs.amis ?? '')).toEqual(accountAmis[emu.accountId])
  })
})
