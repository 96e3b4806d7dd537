/** Recipe mode end to end: the bundled action creates or reuses its resources and builds. */
import type { WorkflowStepMetadata } from '@aws-sdk/client-imagebuilder'
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/src/index.js'
import { amisRegisteredFor, BUILD_REGION, plainText, workflowStepsOf } from './helpers.js'
import { mutatingCalls, planOf, recipeWorldPerTest, SMOKE_TEST_DOCUMENT } from './recipe-helpers.js'

const startWorld = recipeWorldPerTest()
const TWO_REGIONS = [BUILD_REGION, 'eu-west-1']

/** Every workflow step of the image, as Image Builder lists them to a client of the test's own. */
async function stepsOf(emu: Emulator, imageArn: string): Promise<WorkflowStepMetadata[]> {
  return (await workflowStepsOf(emu, imageArn)).flatMap((workflow) => workflow.steps)
}

describe('recipe mode', () => {
  it('creates the resources on a first run and builds across two regions', async () => {
    const { emu, run } = await startWorld()

    const first = await run({ 'distribution-regions': TWO_REGIONS.join(',') })

    expect(first.errors).toEqual([])
    expect(first.exitCode).toBe(0)
    expect(first.outputs.status).toBe('AVAILABLE')
    const imageArn = first.outputs['image-arn'] ?? ''
    expect(imageArn).toBe('arn:aws:imagebuilder:us-east-1:123456789012:image/golden/1.0.0/1')
    const registered = amisRegisteredFor(emu, imageArn, TWO_REGIONS)
    expect(Object.keys(registered)).toEqual(TWO_REGIONS)
    expect(JSON.parse(first.outputs.amis ?? '')).toEqual(registered)
    expect(mutatingCalls(emu)).toEqual([
      'CreateComponent',
      'CreateImageRecipe',
      'CreateInfrastructureConfiguration',
      'CreateDistributionConfiguration',
      'CreateImage',
      'CreateTags',
      'CreateTags'
    ])
    const plan = planOf(first)
    expect(plan.components.map(({ name, action, version }) => [name, action, version])).toEqual([
      ['update-linux', 'reuse', undefined],
      ['golden-nginx', 'create', '1.0.0']
    ])
    expect(plan.imageRecipe).toMatchObject({ action: 'create', version: '1.0.0' })
    expect(plan.distributionConfiguration.regions).toEqual(TWO_REGIONS)
    const createImage = emu.requestsFor('CreateImage')[0]?.input
    expect(createImage?.imageRecipeArn).toBe(plan.imageRecipe.arn)
    expect(createImage?.tags).toMatchObject({
      'github:repository': 'octo-org/golden-images',
      'imagebuilder-action:parent-ami': emu.parentImageId(BUILD_REGION)
    })
    expect(String(createImage?.clientToken).length).toBeLessThanOrEqual(36)
    expect(plainText(first.summary)).toContain(
      '| build component | golden-nginx (nginx.yml) | 1.0.0 | created |'
    )
    expect(first.log).toContain(
      'Plan for recipe golden in us-east-1 (parent ' + emu.parentImageId(BUILD_REGION) + ', Linux):'
    )
  })

  it('creates nothing on an identical second run, and starts a new build', async () => {
    const { emu, run } = await startWorld()
    await run()
    const since = emu.requests.length

    const second = await run({}, { GITHUB_RUN_ID: '4243' })

    expect(second.exitCode).toBe(0)
    expect(mutatingCalls(emu, since).filter((call) => call !== 'CreateTags')).toEqual([
      'CreateImage'
    ])
    expect(second.outputs['image-arn']).toBe(
      'arn:aws:imagebuilder:us-east-1:123456789012:image/golden/1.0.0/2'
    )
    const plan = planOf(second)
    expect(
      [
        ...plan.components,
        plan.imageRecipe,
        plan.infrastructureConfiguration,
        plan.distributionConfiguration
      ].map((resource) => resource.action)
    ).toEqual(['reuse', 'reuse', 'reuse', 'reuse', 'reuse'])
  })

  it('gives a changed component file a new component and recipe version', async () => {
    const { emu, run, write } = await startWorld()
    await run()
    write('nginx.yml', `# pinned mirror\n${SMOKE_TEST_DOCUMENT.replace('test', 'build')}`)
    const since = emu.requests.length

    const changed = await run({}, { GITHUB_RUN_ID: '4243' })

    expect(changed.exitCode).toBe(0)
    expect(mutatingCalls(emu, since).filter((call) => call !== 'CreateTags')).toEqual([
      'CreateComponent',
      'CreateImageRecipe',
      'CreateImage'
    ])
    const plan = planOf(changed)
    expect(plan.components[1]).toMatchObject({ action: 'create', version: '1.0.1' })
    expect(plan.imageRecipe).toMatchObject({ action: 'create', version: '1.0.1' })
    expect(changed.outputs['image-arn']).toMatch(/image\/golden\/1\.0\.1\/1$/)
  })

  it('updates the distribution configuration in place and reuses the recipe when the regions change', async () => {
    const { emu, run } = await startWorld()
    await run()
    const since = emu.requests.length

    const moved = await run(
      { 'distribution-regions': TWO_REGIONS.join('\n') },
      { GITHUB_RUN_ID: '4243' }
    )

    expect(moved.exitCode).toBe(0)
    expect(mutatingCalls(emu, since).filter((call) => call !== 'CreateTags')).toEqual([
      'UpdateDistributionConfiguration',
      'TagResource',
      'CreateImage'
    ])
    expect(planOf(moved).imageRecipe.action).toBe('reuse')
    expect(Object.keys(JSON.parse(moved.outputs.amis ?? '') as Record<string, string>)).toEqual(
      TWO_REGIONS
    )
  })

  it('requires IMDSv2 tokens by default, and updates the configuration in place when they become optional', async () => {
    const { emu, run } = await startWorld()
    await run()
    expect(
      emu.requestsFor('CreateInfrastructureConfiguration')[0]?.input.instanceMetadataOptions
    ).toEqual({ httpTokens: 'required', httpPutResponseHopLimit: 2 })
    const since = emu.requests.length

    const optional = await run(
      { 'instance-metadata-tokens': 'optional' },
      { GITHUB_RUN_ID: '4243' }
    )

    expect(optional.exitCode).toBe(0)
    expect(mutatingCalls(emu, since).filter((call) => call !== 'CreateTags')).toEqual([
      'UpdateInfrastructureConfiguration',
      'TagResource',
      'CreateImage'
    ])
    expect(
      emu.requestsFor('UpdateInfrastructureConfiguration')[0]?.input.instanceMetadataOptions
    ).toEqual({ httpTokens: 'optional', httpPutResponseHopLimit: 2 })
    expect(planOf(optional).imageRecipe.action).toBe('reuse')
  })

  it('gives the infrastructure configuration the sns-topic, in place', async () => {
    const { emu, run } = await startWorld()
    await run()
    const topic = 'arn:aws:sns:us-east-1:123456789012:image-builds'
    const since = emu.requests.length

    const notified = await run({ 'sns-topic': topic }, { GITHUB_RUN_ID: '4243' })

    expect(notified.exitCode).toBe(0)
    expect(mutatingCalls(emu, since).filter((call) => call !== 'CreateTags')).toEqual([
      'UpdateInfrastructureConfiguration',
      'TagResource',
      'CreateImage'
    ])
    expect(emu.requestsFor('UpdateInfrastructureConfiguration')[0]?.input.snsTopicArn).toBe(topic)
    expect(planOf(notified).imageRecipe.action).toBe('reuse')
  })

  it('keeps the instance of a failed build with keep-instance-on-failure and names it, with key-pair set', async () => {
    const { emu, run } = await startWorld()
    emu.setNextBuildScenario({ failure: { kind: 'step', step: 'ApplyBuildComponents' } })

    const failed = await run({ 'keep-instance-on-failure': 'true', 'key-pair': 'golden-debug' })

    expect(failed.exitCode).toBe(1)
    expect(failed.outputs.status).toBe('FAILED')
    const created = emu.requestsFor('CreateInfrastructureConfiguration')[0]?.input
    expect(created).toMatchObject({ terminateInstanceOnFailure: false, keyPair: 'golden-debug' })
    const steps = await stepsOf(emu, failed.outputs['image-arn'] ?? '')
    const launch = steps.find((step) => step.name === 'LaunchBuildInstance')
    const instanceId = (JSON.parse(launch?.outputs ?? '{}') as { instanceId?: string }).instanceId
    expect(instanceId).toMatch(/^i-[0-9a-f]{17}$/)
    expect(steps.find((step) => step.name === 'TerminateBuildInstance')?.status).toBe('SKIPPED')
    const session = `aws ssm start-session --target ${instanceId} --region ${BUILD_REGION}`
    expect(failed.errors.join('\n')).toContain(session)
    expect(failed.errors.join('\n')).toContain('costs money until terminated')
    const summary = plainText(failed.summary)
    expect(summary).toContain(`**Kept instance:** ${instanceId} in ${BUILD_REGION}`)
    expect(summary).toContain(session)
    expect(summary).toContain('It costs money until terminated')
  })

  it('terminates the instance of a failed build by default and names none', async () => {
    const { emu, run } = await startWorld()
    emu.setNextBuildScenario({ failure: { kind: 'step', step: 'ApplyBuildComponents' } })

    const failed = await run()

    expect(failed.exitCode).toBe(1)
    expect(
      emu.requestsFor('CreateInfrastructureConfiguration')[0]?.input.terminateInstanceOnFailure
    ).toBe(true)
    const steps = await stepsOf(emu, failed.outputs['image-arn'] ?? '')
    expect(steps.find((step) => step.name === 'TerminateBuildInstance')?.status).toBe('COMPLETED')
    expect(failed.errors.join('\n')).not.toContain('start-session')
    expect(plainText(failed.summary)).not.toContain('Kept instance')
  })

  it('associates the license-configurations with the AMI in every distribution region', async () => {
    const { emu, run } = await startWorld()
    const license =
      'arn:aws:license-manager:us-east-1:123456789012:license-configuration:lic-0123456789abcdef0123456789abcdef'

    const licensed = await run({
      'distribution-regions': TWO_REGIONS.join(','),
      'license-configurations': license
    })

    expect(licensed.exitCode).toBe(0)
    const sent = emu.requestsFor('CreateDistributionConfiguration')[0]?.input.distributions as {
      region: string
      licenseConfigurationArns?: string[]
    }[]
    expect(sent.map((d) => [d.region, d.licenseConfigurationArns])).toEqual(
      TWO_REGIONS.map((region) => [region, [license]])
    )
    const since = emu.requests.length

    const again = await run(
      { 'distribution-regions': TWO_REGIONS.join(','), 'license-configurations': license },
      { GITHUB_RUN_ID: '4243' }
    )

    expect(again.exitCode).toBe(0)
    expect(mutatingCalls(emu, since)).not.toContain('UpdateDistributionConfiguration')
  })

  it("encrypts each region's AMI with its kms-key, and updates the distribution in place when a key changes", async () => {
    const { emu, run } = await startWorld()
    const usKey = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const first = await run({
      'distribution-regions': TWO_REGIONS.join(','),
      'kms-key': `us-east-1=${usKey}\neu-west-1=alias/golden-eu`
    })
    expect(first.exitCode).toBe(0)
    const kmsKeysOf = (request: string) =>
      (
        emu.requestsFor(request)[0]?.input.distributions as {
          region: string
          amiDistributionConfiguration: { kmsKeyId?: string }
        }[]
      ).map(({ region, amiDistributionConfiguration }) => [
        region,
        amiDistributionConfiguration.kmsKeyId
      ])
    expect(kmsKeysOf('CreateDistributionConfiguration')).toEqual([
      ['us-east-1', usKey],
      ['eu-west-1', 'alias/golden-eu']
    ])
    const since = emu.requests.length

    const rekeyed = await run(
      { 'distribution-regions': TWO_REGIONS.join(','), 'kms-key': 'alias/golden' },
      { GITHUB_RUN_ID: '4243' }
    )

    expect(rekeyed.exitCode).toBe(0)
    expect(mutatingCalls(emu, since).filter((call) => call !== 'CreateTags')).toEqual([
      'UpdateDistributionConfiguration',
      'TagResource',
      'CreateImage'
    ])
    expect(kmsKeysOf('UpdateDistributionConfiguration')).toEqual([
      ['us-east-1', 'alias/golden'],
      ['eu-west-1', 'alias/golden']
    ])
    expect(planOf(rekeyed).imageRecipe.action).toBe('reuse')
  })

  it('reports a test component of the recipe as one', async () => {
    const { emu, run, write } = await startWorld()
    write('smoke.yml', SMOKE_TEST_DOCUMENT)

    const result = await run({ components: 'update-linux\nnginx.yml\nsmoke.yml' })

    expect(result.exitCode).toBe(0)
    expect(planOf(result).components.map((component) => component.name)).toEqual([
      'update-linux',
      'golden-nginx',
      'golden-smoke'
    ])
    expect(plainText(result.summary)).toContain('| golden-smoke | ✅ passed |')
    // The plan knows the types of the components it made: only the managed one is read.
    const read = emu
      .requestsFor('GetComponent')
      .map((request) => request.input.componentBuildVersionArn)
    expect(new Set(read)).toEqual(
      new Set(['arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x'])
    )
  })
})

describe('components as a YAML list', () => {
  it('reads the list, loading the YAML parser only for it', async () => {
    const { emu, run } = await startWorld()

    const result = await run({ components: '- update-linux\n- component: nginx.yml\n' })

    expect(result.errors).toEqual([])
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(planOf(result).components.map((component) => component.name)).toEqual([
      'update-linux',
      'golden-nginx'
    ])
    expect(emu.requestsFor('CreateComponent')).toHaveLength(1)
  })
})

describe('dry-run', () => {
  it('makes no call that creates, updates or starts anything, and shows the plan', async () => {
    const { emu, run } = await startWorld()

    const dry = await run({ 'dry-run': 'true' })

    expect(dry.errors).toEqual([])
    expect(dry.exitCode).toBe(0)
    expect(mutatingCalls(emu)).toEqual([])
    expect(planOf(dry).imageRecipe).toMatchObject({ action: 'create', version: '1.0.0' })
    expect(dry.outputs['image-arn']).toBe('')
    expect(dry.summary).toContain('### Plan')
    expect(plainText(dry.summary)).toContain('Dry run')
    expect(dry.log).toContain('Dry run: nothing was created, updated or started.')
  })
})

describe('skip-if-unchanged', () => {
  it('starts no build for an unchanged recipe and parent, and builds when the ssm: parent moves', async () => {
    const { emu, run } = await startWorld()
    const base = emu.parentImageId(BUILD_REGION)
    emu.putParameter(BUILD_REGION, '/imagebuilder/golden/base', base)
    const inputs = { 'parent-image': 'ssm:/imagebuilder/golden/base', 'skip-if-unchanged': 'true' }
    const first = await run(inputs)
    expect(first.outputs.status).toBe('AVAILABLE')

    const since = emu.requests.length
    const quiet = await run(inputs, { GITHUB_RUN_ID: '4243' })

    expect(quiet.exitCode).toBe(0)
    expect(mutatingCalls(emu, since)).toEqual([])
    expect(quiet.outputs['image-arn']).toBe(first.outputs['image-arn'])
    expect(quiet.outputs['ami-id']).toBe(first.outputs['ami-id'])
    expect(quiet.outputs.status).toBe('AVAILABLE')
    expect(plainText(quiet.summary)).toContain('Nothing changed')

    emu.putParameter(BUILD_REGION, '/imagebuilder/golden/base', first.outputs['ami-id'] ?? '')
    const moved = await run(inputs, { GITHUB_RUN_ID: '4244' })

    expect(moved.exitCode).toBe(0)
    expect(moved.outputs['image-arn']).toMatch(/image\/golden\/1\.0\.0\/2$/)
    expect(emu.requestsFor('CreateImage').at(-1)?.input.tags).toMatchObject({
      'imagebuilder-action:parent-ami': first.outputs['ami-id']
    })
  })
})

describe('skip-if-unchanged with an AWS-managed component', () => {
  it('builds again when AWS publishes a newer update-linux, names it, then reuses that build', async () => {
    const { emu, run } = await startWorld()
    const inputs = { 'skip-if-unchanged': 'true' }
    const first = await run(inputs)
    expect(first.outputs.status).toBe('AVAILABLE')
    expect(planOf(first).components[0]).toMatchObject({
      arn: `arn:aws:imagebuilder:${BUILD_REGION}:aws:component/update-linux/x.x.x`,
      resolvedArn: `arn:aws:imagebuilder:${BUILD_REGION}:aws:component/update-linux/1.0.2/1`
    })
    expect(emu.requestsFor('CreateImage').at(-1)?.input.tags).toMatchObject({
      'imagebuilder-action:component-versions': 'update-linux=1.0.2/1'
    })
    const reused = await run(inputs, { GITHUB_RUN_ID: '4243' })
    expect(reused.outputs['image-arn']).toBe(first.outputs['image-arn'])

    emu.publishManagedComponent(BUILD_REGION, 'update-linux', '1.0.3')
    const since = emu.requests.length
    const moved = await run(inputs, { GITHUB_RUN_ID: '4244' })

    expect(moved.errors).toEqual([])
    expect(mutatingCalls(emu, since)).toContain('CreateImage')
    expect(moved.outputs['image-arn']).toMatch(/image\/golden\/1\.0\.0\/2$/)
    const sentence = `update-linux moved from 1.0.2/1 to 1.0.3/1 since the last image (${first.outputs['image-arn']}), so the image is built again.`
    expect(moved.log).toContain(sentence)
    expect(plainText(moved.summary)).toContain('Why the last image was not reused')
    expect(plainText(moved.summary)).toContain(sentence)
    expect(emu.requestsFor('CreateImage').at(-1)?.input.tags).toMatchObject({
      'imagebuilder-action:component-versions': 'update-linux=1.0.3/1'
    })

    const again = await run(inputs, { GITHUB_RUN_ID: '4245' })
    expect(again.outputs['image-arn']).toBe(moved.outputs['image-arn'])
    expect(plainText(again.summary)).toContain('Nothing changed')
    expect(plainText(again.summary)).not.toContain('Why the last image was not reused')
  })
})

describe('two legs with the same recipe at the same moment', () => {
  it('create each resource once, and both build', async () => {
    const { emu, run } = await startWorld({ listLagMs: 60_000 })

    const legs = await Promise.all([
      run({}, { GITHUB_JOB: 'build-a' }),
      run({}, { GITHUB_JOB: 'build-b' })
    ])

    for (const leg of legs) {
      expect(leg.errors).toEqual([])
      expect(leg.outputs.status).toBe('AVAILABLE')
    }
    expect(new Set(legs.map((leg) => leg.outputs['image-arn'])).size).toBe(2)
    for (const kind of [
      'Component',
      'ImageRecipe',
      'InfrastructureConfiguration',
      'DistributionConfiguration'
    ]) {
      const created = new Set(
        emu
          .requestsFor(`Create${kind}`)
          .filter((request) => request.status === 200)
          .map((request) => JSON.stringify(request.input.name))
      )
      expect([kind, created.size]).toEqual([kind, 1])
    }
    const arns = legs.map((leg) => planOf(leg).imageRecipe.arn)
    expect(arns[0]).toBe(arns[1])
  })
})
