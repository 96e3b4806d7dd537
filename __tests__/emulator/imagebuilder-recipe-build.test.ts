import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { DescribeImagesCommand, DescribeLaunchTemplateVersionsCommand } from '@aws-sdk/client-ec2'
import {
  CreateImageCommand,
  GetImageCommand,
  ListWorkflowExecutionsCommand,
  ListWorkflowStepExecutionsCommand,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { GetParameterCommand } from '@aws-sdk/client-ssm'
import type { DistributionConfiguration } from '@aws-sdk/client-imagebuilder'
import { rawImagebuilder, startHarness, T0, type Harness } from './imagebuilder-harness.js'
import {
  clientToken,
  componentDocument,
  createComponent,
  createDistribution,
  createInfrastructure,
  createRecipe
} from './recipe-factories.js'

// Default scenario: INTEGRATING from 10.5 s to 11 s after the start.
const INTEGRATING_AT = 10500
const ENDED_AT = 11000

let harness: Harness
let client: ImagebuilderClient

beforeEach(async () => {
  harness = await startHarness()
  client = harness.imagebuilder('us-east-1', 1)
})

afterEach(async () => {
  await harness.close()
})

interface RecipeBuild {
  arn: string
  testsArn: string
}

/** Creates what recipe mode creates, then CreateImage; the build starts at T0. */
async function startRecipeBuild(
  distributions: DistributionConfiguration['distributions'],
  parentImage = harness.emu.parentImageId('us-east-1'),
  executionRole?: string
): Promise<RecipeBuild> {
  const testsArn = await createComponent(client, {
    name: 'web-tests',
    data: componentDocument('test', 'CheckNginx')
  })
  const imageRecipeArn = await createRecipe(client, {
    parentImage,
    components: [
      { componentArn: 'arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x' },
      { componentArn: await createComponent(client) },
      { componentArn: testsArn }
    ]
  })
  const answer = await client.send(
    new CreateImageCommand({
      imageRecipeArn,
      infrastructureConfigurationArn: await createInfrastructure(client),
      distributionConfigurationArn: await createDistribution(client, { distributions }),
      tags: { run: '42' },
      executionRole,
      clientToken: clientToken()
    })
  )
  return { arn: answer.imageBuildVersionArn ?? '', testsArn }
}

async function imageAt(arn: string, atMs: number) {
  harness.advance(T0 + atMs - harness.now())
  const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))
  if (image === undefined) throw new Error('GetImage returned no image')
  return image
}

function amiIn(image: Awaited<ReturnType<typeof imageAt>>, region: string): string {
  return image.outputResources?.amis?.find((ami) => ami.region === region)?.image ?? ''
}

describe('a build from recipe-mode resources', () => {
  it('distributes to two regions and points SSM parameters and launch templates at the AMIs', async () => {
    const usTemplate = harness.emu.seedLaunchTemplate('us-east-1', 'web')
    const euTemplate = harness.emu.seedLaunchTemplate('eu-west-1', 'web')
    const { arn } = await startRecipeBuild([
      {
        region: 'us-east-1',
        amiDistributionConfiguration: {
          name: 'web {{imagebuilder:buildVersion}} {{imagebuilder:buildDate}}',
          amiTags: { team: 'web' },
          launchPermission: { userIds: ['210987654321'] }
        },
        ssmParameterConfigurations: [
          { parameterName: '/imagebuilder/golden/web', dataType: 'aws:ec2:image' }
        ],
        launchTemplateConfigurations: [{ launchTemplateId: usTemplate, setDefaultVersion: true }]
      },
      {
        region: 'eu-west-1',
        ssmParameterConfigurations: [{ parameterName: '/imagebuilder/golden/web' }],
        launchTemplateConfigurations: [{ launchTemplateId: euTemplate }]
      }
    ])
    expect(arn).toBe('arn:aws:imagebuilder:us-east-1:123456789012:image/web/1.0.0/1')

    await imageAt(arn, INTEGRATING_AT - 1)
    expect(harness.emu.parameter('us-east-1', '/imagebuilder/golden/web')).toBeUndefined()

    const image = await imageAt(arn, ENDED_AT)
    expect(image.state?.status).toBe('AVAILABLE')
    const usAmi = amiIn(image, 'us-east-1')
    const euAmi = amiIn(image, 'eu-west-1')

    const { Parameter } = await harness
      .ssm('us-east-1')
      .send(new GetParameterCommand({ Name: '/imagebuilder/golden/web' }))
    expect(Parameter).toMatchObject({ Value: usAmi, DataType: 'aws:ec2:image', Version: 1 })
    expect(harness.emu.parameter('eu-west-1', '/imagebuilder/golden/web')).toEqual({
      value: euAmi,
      version: 1
    })

    expect(harness.emu.launchTemplate('us-east-1', usTemplate)).toMatchObject({
      defaultVersion: 2,
      latestVersion: 2,
      versions: [{ number: 1 }, { number: 2, imageId: usAmi }]
    })
    const eu = await harness.ec2('eu-west-1').send(
      new DescribeLaunchTemplateVersionsCommand({
        LaunchTemplateId: euTemplate,
        Versions: ['$Latest']
      })
    )
    expect(eu.LaunchTemplateVersions?.[0]).toMatchObject({
      VersionNumber: 2,
      DefaultVersion: false,
      LaunchTemplateData: { ImageId: euAmi, InstanceType: 't3.micro' }
    })

    const { Images = [] } = await harness
      .ec2('us-east-1')
      .send(new DescribeImagesCommand({ ImageIds: [usAmi] }))
    expect(Images[0]?.Name).toMatch(/^web 1 2026-11-23T10-00-/)
    expect(Images[0]?.Tags).toEqual(
      expect.arrayContaining([
        { Key: 'team', Value: 'web' },
        { Key: 'Ec2ImageBuilderArn', Value: arn }
      ])
    )
    expect(harness.emu.ec2Store.getImage('us-east-1', usAmi)?.launchPermissions).toEqual([
      '210987654321'
    ])
  })

  it('fails distribution where block public access for AMIs is on and the AMI is to be public', async () => {
    harness.emu.setImageBlockPublicAccess('eu-west-1', 'block-new-sharing')
    const { arn } = await startRecipeBuild([
      {
        region: 'us-east-1',
        amiDistributionConfiguration: { launchPermission: { userGroups: ['all'] } }
      },
      {
        region: 'eu-west-1',
        amiDistributionConfiguration: { launchPermission: { userGroups: ['all'] } }
      }
    ])

    const image = await imageAt(arn, ENDED_AT)

    expect(image.state?.status).toBe('FAILED')
    expect(image.state?.reason).toContain(
      'block public access for AMIs is enabled for account 123456789012 in eu-west-1'
    )
  })

  it('carries the recipe with its components and the image tags in GetImage', async () => {
    const { arn, testsArn } = await startRecipeBuild([{ region: 'us-east-1' }])
    const image = await imageAt(arn, 0)
    expect(image.tags).toEqual({ run: '42' })
    expect(image.imageRecipe?.components?.map((component) => component.componentArn)).toEqual([
      'arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x',
      'arn:aws:imagebuilder:us-east-1:123456789012:component/install-nginx/1.0.0/1',
      testsArn
    ])
  })

  it('fails in INTEGRATING when a launch template does not exist', async () => {
    const { arn } = await startRecipeBuild([
      {
        region: 'us-east-1',
        ssmParameterConfigurations: [{ parameterName: '/imagebuilder/golden/web' }]
      },
      {
        region: 'eu-west-1',
        launchTemplateConfigurations: [{ launchTemplateId: 'lt-0123456789abcdef0' }]
      }
    ])
    const integrating = await imageAt(arn, INTEGRATING_AT)
    expect(integrating.state?.status).toBe('INTEGRATING')
    harness.advance(ENDED_AT - INTEGRATING_AT)
    const raw = await rawImagebuilder(
      harness.emu,
      'GET',
      `/GetImage?imageBuildVersionArn=${encodeURIComponent(arn)}`
    )
    const state = (raw.body.image as { state: Record<string, unknown> }).state
    expect(state).toEqual({
      status: 'FAILED',
      reason: expect.stringMatching(
        /^Integration failed with JobId '.+', status = 'Failed' for ARN/
      ),
      failureContext: {
        imageStatus: 'INTEGRATING',
        distributionFailure: {
          errorMessage: expect.stringContaining('lt-0123456789abcdef0'),
          regionFailures: [
            {
              region: 'eu-west-1',
              status: 'FAILED',
              imageConfigurationStep: 'UPDATE_LAUNCH_TEMPLATES',
              errorMessage:
                'The specified launch template, with template ID lt-0123456789abcdef0, does not exist.',
              targetAccountId: '123456789012'
            }
          ]
        }
      }
    })
    // The region that had nothing wrong was still integrated.
    expect(harness.emu.parameter('us-east-1', '/imagebuilder/golden/web')?.version).toBe(1)
    const { events = [] } = await harness
      .logs('us-east-1')
      .send(
        new GetLogEventsCommand({ logGroupName: '/aws/imagebuilder/web', logStreamName: '1.0.0/1' })
      )
    expect(events.at(-1)?.message).toMatch(/^Image status: FAILED - Integration failed/)
  })

  it('writes a parameter outside /imagebuilder/ only with an execution role, as the service-linked role may not', async () => {
    const outside = [
      { region: 'us-east-1', ssmParameterConfigurations: [{ parameterName: '/golden/web' }] }
    ]
    const { arn } = await startRecipeBuild(outside)
    const refused = await imageAt(arn, ENDED_AT)
    expect(refused.state?.status).toBe('FAILED')
    expect(harness.emu.parameter('us-east-1', '/golden/web')).toBeUndefined()
    const raw = await rawImagebuilder(
      harness.emu,
      'GET',
      `/GetImage?imageBuildVersionArn=${encodeURIComponent(arn)}`
    )
    const state = (raw.body.image as { state: { failureContext: unknown } }).state
    expect(state.failureContext).toMatchObject({
      distributionFailure: {
        regionFailures: [
          {
            region: 'us-east-1',
            imageConfigurationStep: 'PUT_SSM_PARAMETERS',
            errorMessage: expect.stringContaining('not authorized to perform: ssm:PutParameter')
          }
        ]
      }
    })

    const withRole = await client.send(
      new CreateImageCommand({
        imageRecipeArn: 'arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/web/1.0.0',
        infrastructureConfigurationArn:
          'arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/web',
        distributionConfigurationArn:
          'arn:aws:imagebuilder:us-east-1:123456789012:distribution-configuration/web',
        executionRole: 'ImageBuilderExecution',
        clientToken: clientToken()
      })
    )
    harness.advance(ENDED_AT * 2)
    const { image } = await client.send(
      new GetImageCommand({ imageBuildVersionArn: withRole.imageBuildVersionArn })
    )
    expect(image?.state?.status).toBe('AVAILABLE')
    expect(harness.emu.parameter('us-east-1', '/golden/web')?.value).toBe(
      amiIn(image ?? {}, 'us-east-1')
    )
  })

  it('resolves an ssm: parent when the build starts, and fails the launch when it no longer resolves', async () => {
    harness.emu.putParameter('us-east-1', '/base/al2023', harness.emu.parentImageId('us-east-1'))
    const { arn } = await startRecipeBuild([{ region: 'us-east-1' }], 'ssm:/base/al2023')
    const { events = [] } = await harness
      .logs('us-east-1')
      .send(
        new GetLogEventsCommand({ logGroupName: '/aws/imagebuilder/web', logStreamName: '1.0.0/1' })
      )
    expect(events.map((event) => event.message)).toContain(
      `Parent image ssm:/base/al2023 resolved to ${harness.emu.parentImageId('us-east-1')}`
    )
    expect((await imageAt(arn, ENDED_AT)).state?.status).toBe('AVAILABLE')

    harness.emu.putParameter('us-east-1', '/base/al2023', 'ami-00000000000000bad')
    const retry = await client.send(
      new CreateImageCommand({
        imageRecipeArn: 'arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/web/1.0.0',
        infrastructureConfigurationArn:
          'arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/web',
        clientToken: clientToken()
      })
    )
    harness.advance(ENDED_AT * 2)
    const { image } = await client.send(
      new GetImageCommand({ imageBuildVersionArn: retry.imageBuildVersionArn })
    )
    expect(image?.state?.status).toBe('FAILED')
    expect(image?.state?.reason).toMatch(
      /ami-00000000000000bad.* in workflow step LaunchBuildInstance/
    )
  })

  it('runs the newest published version of a managed component that the recipe names by wildcard', async () => {
    const published = harness.emu.publishManagedComponent('us-east-1', 'update-linux', '1.0.3')
    const { arn } = await startRecipeBuild([{ region: 'us-east-1' }])
    harness.advance(ENDED_AT)
    const { events = [] } = await harness
      .logs('us-east-1')
      .send(
        new GetLogEventsCommand({ logGroupName: '/aws/imagebuilder/web', logStreamName: '1.0.0/1' })
      )
    expect(arn).toMatch(/\/web\/1\.0\.0\/1$/)
    expect(events.map((event) => event.message)).toContain(`Executing document ${published}`)
  })

  it('runs test components in ApplyTestComponents and can fail one by its name', async () => {
    harness.emu.setNextBuildScenario({
      failure: {
        kind: 'step',
        step: 'ApplyTestComponents',
        component: { name: 'web-tests', stepName: 'CheckNginx', stderr: ['nginx is not running'] }
      }
    })
    const { arn, testsArn } = await startRecipeBuild([{ region: 'us-east-1' }])
    harness.advance(ENDED_AT)
    const raw = await rawImagebuilder(
      harness.emu,
      'GET',
      `/GetImage?imageBuildVersionArn=${encodeURIComponent(arn)}`
    )
    const state = (raw.body.image as { state: { failureContext: Record<string, unknown> } }).state
    expect(state.failureContext).toMatchObject({
      imageStatus: 'TESTING',
      failedStep: 'ApplyTestComponents',
      componentFailure: { componentArn: testsArn, phaseName: 'test', stepName: 'CheckNginx' }
    })
    const { workflowExecutions = [] } = await client.send(
      new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn })
    )
    const build = workflowExecutions.find((workflow) => workflow.type === 'BUILD')
    const { steps = [] } = await client.send(
      new ListWorkflowStepExecutionsCommand({ workflowExecutionId: build?.workflowExecutionId })
    )
    expect(steps.find((step) => step.name === 'ApplyBuildComponents')?.status).toBe('COMPLETED')
    const { events = [] } = await harness
      .logs('us-east-1')
      .send(
        new GetLogEventsCommand({ logGroupName: '/aws/imagebuilder/web', logStreamName: '1.0.0/1' })
      )
    const messages = events.map((event) => event.message)
    expect(messages).toContain(
      'Executing document arn:aws:imagebuilder:us-east-1:aws:component/update-linux/1.0.2/1'
    )
    expect(messages).toContain(`Executing document ${testsArn}`)
    expect(messages).toContain('Document: web-tests')
    expect(messages).toContain('CmdExecution: Stderr: nginx is not running')
  })
})
