/** The plan stage against a mocked AWS: what it reuses, creates and updates, and what it refuses. */
import { EventEmitter } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  DescribeImagesCommand,
  DescribeLaunchTemplatesCommand,
  EC2Client
} from '@aws-sdk/client-ec2'
import {
  GetComponentCommand,
  ImagebuilderClient,
  ListComponentBuildVersionsCommand,
  ListComponentsCommand,
  ListDistributionConfigurationsCommand,
  ListImageRecipesCommand,
  ListInfrastructureConfigurationsCommand
} from '@aws-sdk/client-imagebuilder'
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import type { AwsClients } from '../../src/aws/clients.js'
import type { RunContext } from '../../src/context.js'
import type { RecipeInputs } from '../../src/inputs/action-inputs.js'
import { makePlan } from '../../src/plan/make-plan.js'
import { StopWaiting } from '../../src/domain/stop-waiting.js'
import { planLines, planSection } from '../../src/report/plan-report.js'
import { FINGERPRINT_TAG } from '../../src/plan/fingerprint.js'
import type { RecipePlan } from '../../src/domain/plan.js'
import { anAwsError, ACCOUNT, aRecording, REGION } from './factories.js'
import { UntrustedWriter } from '../../src/untrusted.js'
import { FakeClock } from './fakes.js'
import { recipe } from './input-factories.js'

const imagebuilder = mockClient(ImagebuilderClient)
const ec2 = mockClient(EC2Client)
const ssm = mockClient(SSMClient)
const sts = mockClient(STSClient)
const PARENT = 'ami-0123456789abcdef0'
const WORKSPACE = mkdtempSync(join(tmpdir(), 'workspace-'))
const DOCUMENT = `schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: InstallNginx
        action: ExecuteBash
        inputs: { commands: ['dnf install -y nginx'] }
`
writeFileSync(join(WORKSPACE, 'nginx.yml'), DOCUMENT)
const OWN = `arn:aws:imagebuilder:${REGION}:${ACCOUNT}`

const clients: AwsClients = {
  imagebuilder: new ImagebuilderClient({ region: REGION }),
  ec2: () => Promise.resolve(new EC2Client({ region: REGION })),
  logs: () => Promise.reject(new Error('not used')),
  ssm: () => Promise.resolve(new SSMClient({ region: REGION })),
  ecr: () => Promise.reject(new Error('not used')),
  sts: () => Promise.resolve(new STSClient({ region: REGION })),
  destroy: () => Promise.resolve()
}

function plan(inputs: RecipeInputs): Promise<RecipePlan> {
  const clock = new FakeClock()
  const stop = new StopWaiting(new EventEmitter(), 0, clock.now(), clock)
  const context = {
    inputs,
    clients,
    stop,
    env: { GITHUB_WORKSPACE: WORKSPACE },
    ...aRecording(),
    out: new UntrustedWriter(() => undefined)
  }
  return makePlan(context as unknown as RunContext<RecipeInputs>)
}

const withFile = (given: Parameters<typeof recipe>[0] = {}) =>
  recipe({ components: 'update-linux\nnginx.yml', ...given })

beforeEach(() => {
  imagebuilder.reset()
  ec2.reset()
  ssm.reset()
  sts.reset()
  sts.on(GetCallerIdentityCommand).resolves({ Account: ACCOUNT })
  ec2.on(DescribeImagesCommand).resolves({
    Images: [
      {
        ImageId: PARENT,
        PlatformDetails: 'Linux/UNIX',
        RootDeviceName: '/dev/xvda',
        BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 8 } }]
      }
    ]
  })
  imagebuilder
    .on(GetComponentCommand)
    .resolves({ component: { name: 'update-linux', type: 'BUILD' } })
  imagebuilder.on(ListComponentsCommand).resolves({ componentVersionList: [] })
  imagebuilder.on(ListImageRecipesCommand).resolves({ imageRecipeSummaryList: [] })
  imagebuilder.on(ListInfrastructureConfigurationsCommand).resolves({})
  imagebuilder.on(ListDistributionConfigurationsCommand).resolves({})
})

afterAll(() => {
  imagebuilder.restore()
  ec2.restore()
  ssm.restore()
  sts.restore()
})

describe('the plan of a first run', () => {
  it('creates every resource of its own, at version 1.0.0, and reuses the managed component', async () => {
    const result = await plan(withFile())

    expect(result.parent).toEqual({
      input: PARENT,
      amiId: PARENT,
      platform: 'Linux',
      rootDeviceName: '/dev/xvda',
      rootVolumeSize: 8
    })
    expect(
      result.components.map(({ name, kind, action, version, arn }) => ({
        name,
        kind,
        action,
        version,
        arn
      }))
    ).toEqual([
      {
        name: 'update-linux',
        kind: 'managed',
        action: 'reuse',
        version: undefined,
        arn: `arn:aws:imagebuilder:${REGION}:aws:component/update-linux/x.x.x`
      },
      {
        name: 'golden-al2023-nginx',
        kind: 'file',
        action: 'create',
        version: '1.0.0',
        arn: undefined
      }
    ])
    expect(result.components[1]?.data).toBe(DOCUMENT)
    expect(result.recipe).toMatchObject({
      name: 'golden-al2023',
      action: 'create',
      version: '1.0.0'
    })
    expect(result.infrastructure).toMatchObject({ action: 'create' })
    expect(result.distribution.distributions).toEqual([
      {
        region: REGION,
        amiDistributionConfiguration: { name: 'golden-al2023-{{imagebuilder:buildDate}}' }
      }
    ])
  })
})

describe('components named by version or wildcard', () => {
  const MANAGED = `arn:aws:imagebuilder:${REGION}:aws:component/update-linux`

  it('keep the wildcard for the recipe and the build it resolves to now beside it', async () => {
    imagebuilder.on(GetComponentCommand).resolves({
      component: { name: 'update-linux', type: 'BUILD', arn: `${MANAGED}/1.0.2/1` }
    })

    const result = await plan(recipe({ components: 'update-linux' }))

    expect(result.components[0]).toMatchObject({
      arn: `${MANAGED}/x.x.x`,
      resolvedArn: `${MANAGED}/1.0.2/1`
    })
    expect(planLines(result)).toContain('  reuse build component update-linux x.x.x → 1.0.2/1')
    expect(planSection(result, 'planned')).toContain('| x.x.x → 1.0.2/1 |')
  })

  it('resolve nothing for an ARN that names one build', async () => {
    imagebuilder.on(GetComponentCommand).resolves({
      component: { name: 'update-linux', type: 'BUILD', arn: `${MANAGED}/1.0.2/1` }
    })

    const result = await plan(recipe({ components: `${MANAGED}/1.0.2/1` }))

    expect(result.components[0]?.resolvedArn).toBeUndefined()
  })
})

describe('the plan of a later run', () => {
  /** What the first run left behind, with the fingerprints it computed. */
  function existingFrom(first: RecipePlan, version = '1.0.0'): void {
    const component = first.components[1]
    imagebuilder.on(ListComponentsCommand).resolves({
      componentVersionList: [
        { arn: `${OWN}:component/golden-al2023-nginx/1.0.0`, version: '1.0.0' }
      ]
    })
    imagebuilder.on(ListComponentBuildVersionsCommand).resolves({
      componentSummaryList: [
        {
          arn: `${OWN}:component/golden-al2023-nginx/1.0.0/1`,
          tags: { [FINGERPRINT_TAG]: 'older' }
        },
        {
          arn: `${OWN}:component/golden-al2023-nginx/1.0.0/2`,
          tags: { [FINGERPRINT_TAG]: component?.fingerprint ?? '' }
        }
      ]
    })
    imagebuilder.on(ListImageRecipesCommand).resolves({
      imageRecipeSummaryList: [
        {
          arn: `${OWN}:image-recipe/golden-al2023/${version}`,
          tags: { [FINGERPRINT_TAG]: first.recipe.fingerprint }
        }
      ]
    })
    imagebuilder.on(ListInfrastructureConfigurationsCommand).resolves({
      infrastructureConfigurationSummaryList: [
        {
          arn: `${OWN}:infrastructure-configuration/golden-al2023`,
          tags: { [FINGERPRINT_TAG]: first.infrastructure.fingerprint }
        }
      ]
    })
    imagebuilder.on(ListDistributionConfigurationsCommand).resolves({
      distributionConfigurationSummaryList: [
        {
          arn: `${OWN}:distribution-configuration/golden-al2023`,
          tags: { [FINGERPRINT_TAG]: first.distribution.fingerprint }
        }
      ]
    })
  }

  it('reuses everything when nothing changed, down to the newest build of the component', async () => {
    existingFrom(await plan(withFile()))

    const again = await plan(withFile())

    expect(again.components.map((component) => component.action)).toEqual(['reuse', 'reuse'])
    expect(again.components[1]?.arn).toBe(`${OWN}:component/golden-al2023-nginx/1.0.0/2`)
    expect(again.recipe).toMatchObject({
      action: 'reuse',
      arn: `${OWN}:image-recipe/golden-al2023/1.0.0`
    })
    expect(again.infrastructure.action).toBe('reuse')
    expect(again.distribution.action).toBe('reuse')
  })

  it('gives a changed component file the next patch version, and the recipe too', async () => {
    existingFrom(await plan(withFile()))
    writeFileSync(join(WORKSPACE, 'nginx2.yml'), DOCUMENT.replace('nginx', 'nginx-mod'))

    const changed = await plan(withFile({ components: 'update-linux\nnginx2.yml' }))

    expect(changed.components[1]).toMatchObject({ action: 'create' })
    expect(changed.recipe).toMatchObject({ action: 'create', version: '1.0.1' })
  })

  it('updates the distribution in place and keeps the recipe when only the regions change', async () => {
    existingFrom(await plan(withFile()))

    const changed = await plan(withFile({ 'distribution-regions': 'eu-west-1\nus-east-1' }))

    expect(changed.recipe.action).toBe('reuse')
    expect(changed.distribution).toMatchObject({
      action: 'update',
      arn: `${OWN}:distribution-configuration/golden-al2023`
    })
    expect(changed.distribution.distributions.map((distribution) => distribution.region)).toEqual([
      'eu-west-1',
      'us-east-1'
    ])
  })

  it('sends target-accounts in every region, and updates the distribution in place when they change', async () => {
    existingFrom(await plan(withFile({ 'distribution-regions': 'eu-west-1\nus-east-1' })))

    const changed = await plan(
      withFile({
        'distribution-regions': 'eu-west-1\nus-east-1',
        'target-accounts': '222233334444, 333344445555'
      })
    )

    expect(changed.recipe.action).toBe('reuse')
    expect(changed.distribution.action).toBe('update')
    expect(
      changed.distribution.distributions.map((distribution) => [
        distribution.region,
        distribution.amiDistributionConfiguration?.targetAccountIds
      ])
    ).toEqual([
      ['eu-west-1', ['222233334444', '333344445555']],
      ['us-east-1', ['222233334444', '333344445555']]
    ])
    expect(planLines(changed)).toContain(
      '  distribute golden-al2023-{{imagebuilder:buildDate}} to us-east-1 (copied to accounts 222233334444, 333344445555)'
    )
    expect(planSection(changed, 'planned')).toContain('| Copied to accounts |')
    expect(planSection(changed, 'planned')).toContain(
      '<code>222233334444</code><br><code>333344445555</code>'
    )
  })

  it('refuses an explicit version that exists with other content', async () => {
    existingFrom(await plan(withFile()), '2.0.0')

    await expect(
      plan(withFile({ version: '2.0.0', 'root-volume-size': '20' }))
    ).rejects.toMatchObject({
      name: 'InputError',
      input: 'version'
    })
  })
})

describe('what the plan refuses, before anything is created', () => {
  it('names the component file and the line of its mistake', async () => {
    writeFileSync(
      join(WORKSPACE, 'broken.yml'),
      'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: A\n'
    )

    await expect(plan(withFile({ components: 'broken.yml' }))).rejects.toThrow(
      "Input 'components': broken.yml line 5: step A of phase build has no action"
    )
  })

  it('names a component file that is not in the repository', async () => {
    await expect(plan(withFile({ components: 'missing.yml' }))).rejects.toThrow(
      /cannot read missing\.yml: no such file in the repository/
    )
  })

  it('refuses a recipe of test components only', async () => {
    imagebuilder
      .on(GetComponentCommand)
      .resolves({ component: { name: 'reboot-test-linux', type: 'TEST' } })

    await expect(plan(recipe({ components: 'reboot-test-linux' }))).rejects.toThrow(
      /at least one build component/
    )
  })

  it('refuses an AWS-managed name that does not exist in the region', async () => {
    imagebuilder.on(GetComponentCommand).rejects(anAwsError('ResourceNotFoundException'))

    await expect(plan(recipe({ components: 'update-linnux' }))).rejects.toThrow(
      `'update-linnux' is not an AWS-managed component in ${REGION}`
    )
  })

  it('refuses a root volume smaller than the parent image has', async () => {
    await expect(plan(recipe({ 'root-volume-size': '4' }))).rejects.toThrow(
      "Input 'root-volume-size': 4 GiB is smaller than the parent image's root volume (8 GiB)"
    )
  })

  it('refuses an ssm: parent whose parameter does not exist', async () => {
    ssm.on(GetParameterCommand).rejects(anAwsError('ParameterNotFound'))

    await expect(plan(recipe({ 'parent-image': 'ssm:/golden/base' }))).rejects.toThrow(
      `SSM parameter /golden/base does not exist in ${REGION}`
    )
  })

  it('resolves an ssm: parent to the AMI it holds, and keeps ssm: for the recipe', async () => {
    ssm.on(GetParameterCommand).resolves({ Parameter: { Value: PARENT } })

    const result = await plan(recipe({ 'parent-image': 'ssm:/golden/base' }))

    expect(result.parent).toMatchObject({ input: 'ssm:/golden/base', amiId: PARENT })
    expect(result.recipe.parentImage).toBe('ssm:/golden/base')
  })
})

describe('the platform and the parent image', () => {
  it('refuses a platform the parent AMI does not have, naming both, before any create', async () => {
    await expect(plan(recipe({ platform: 'Windows' }))).rejects.toThrow(
      `Input 'platform': is Windows, but the parent image ${PARENT} is Linux`
    )
    expect(imagebuilder.commandCalls(GetComponentCommand)).toHaveLength(0)
  })

  it('accepts the platform the parent has', async () => {
    const result = await plan(recipe({ platform: 'Linux' }))

    expect(result.parent.platform).toBe('Linux')
  })
})

describe('launch templates, read before anything is created', () => {
  const TEMPLATE = 'lt-0123456789abcdef0'

  it('names each template it found, per region, in the plan and the dry run', async () => {
    ec2.on(DescribeLaunchTemplatesCommand).resolves({
      LaunchTemplates: [{ LaunchTemplateId: TEMPLATE, LaunchTemplateName: 'web-fleet' }]
    })

    const result = await plan(
      recipe({ 'launch-templates': TEMPLATE, 'ssm-parameter': '/imagebuilder/golden/latest' })
    )

    expect(result.distribution.launchTemplates).toEqual([
      { region: REGION, launchTemplateId: TEMPLATE, name: 'web-fleet' }
    ])
    expect(ec2.commandCalls(DescribeLaunchTemplatesCommand)[0]?.args[0].input).toEqual({
      LaunchTemplateIds: [TEMPLATE]
    })
    expect(planLines(result).at(-1)).toMatch(
      new RegExp(
        `^  distribute .+ to ${REGION} \\(SSM parameter /imagebuilder/golden/latest; launch template ${TEMPLATE} \\(web-fleet\\)\\)$`
      )
    )
    expect(planSection(result, 'planned')).toContain(`| <code>${TEMPLATE}</code> (web-fleet) |`)
  })

  it('refuses a template that does not exist, naming it and its region', async () => {
    ec2.on(DescribeLaunchTemplatesCommand).rejects(anAwsError('InvalidLaunchTemplateId.NotFound'))

    await expect(plan(recipe({ 'launch-templates': TEMPLATE }))).rejects.toThrow(
      `Input 'launch-templates': ${TEMPLATE} does not exist in ${REGION} (DescribeLaunchTemplates)`
    )
  })

  it('refuses a template EC2 answers for with an empty list', async () => {
    ec2.on(DescribeLaunchTemplatesCommand).resolves({ LaunchTemplates: [] })

    await expect(plan(recipe({ 'launch-templates': TEMPLATE }))).rejects.toThrow(
      `${TEMPLATE} does not exist in ${REGION}`
    )
  })

  it('goes on without the check when the role may not read templates, and says so in the plan', async () => {
    ec2.on(DescribeLaunchTemplatesCommand).rejects(anAwsError('UnauthorizedOperation'))

    const result = await plan(recipe({ 'launch-templates': TEMPLATE }))

    expect(result.distribution.launchTemplates).toEqual([
      { region: REGION, launchTemplateId: TEMPLATE, unchecked: 'UnauthorizedOperation' }
    ])
    expect(planLines(result).join('\n')).toContain(
      `launch template ${TEMPLATE} (not checked: UnauthorizedOperation)`
    )
  })

  it('lets an expired-credentials error through as what it is', async () => {
    ec2.on(DescribeLaunchTemplatesCommand).rejects(anAwsError('ExpiredTokenException'))

    await expect(plan(recipe({ 'launch-templates': TEMPLATE }))).rejects.toThrow(
      /ExpiredTokenException/
    )
  })

  it('makes no EC2 template call without launch-templates', async () => {
    await plan(recipe())

    expect(ec2.commandCalls(DescribeLaunchTemplatesCommand)).toHaveLength(0)
  })
})
