import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetDistributionConfigurationCommand,
  GetInfrastructureConfigurationCommand,
  ListDistributionConfigurationsCommand,
  ListInfrastructureConfigurationsCommand,
  UpdateDistributionConfigurationCommand,
  UpdateInfrastructureConfigurationCommand,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { startHarness, T0, type Harness } from './imagebuilder-harness.js'
import { clientToken, createDistribution, createInfrastructure } from './recipe-factories.js'
import { rejectionOf } from './sdk-transport.js'

const CONFIGS = 'arn:aws:imagebuilder:us-east-1:123456789012'

let harness: Harness
let client: ImagebuilderClient

beforeEach(async () => {
  harness = await startHarness()
  client = harness.imagebuilder('us-east-1', 1)
})

afterEach(async () => {
  await harness.close()
})

describe('infrastructure configurations', () => {
  it('creates, refuses the name twice, and returns every member on Get', async () => {
    const arn = await createInfrastructure(client, {
      name: 'Web Builders',
      instanceTypes: ['m5.large', 'm5.xlarge'],
      subnetId: 'subnet-1',
      securityGroupIds: ['sg-1'],
      terminateInstanceOnFailure: false,
      logging: { s3Logs: { s3BucketName: 'logs', s3KeyPrefix: 'ib' } },
      resourceTags: { purpose: 'build' },
      tags: { team: 'web' }
    })
    expect(arn).toBe(`${CONFIGS}:infrastructure-configuration/web-builders`)
    const duplicate = await rejectionOf(createInfrastructure(client, { name: 'Web Builders' }))
    expect(duplicate).toEqual({
      name: 'ResourceAlreadyExistsException',
      status: 400,
      message: `The following resource 'InfrastructureConfiguration' already exists: '${arn}'.`
    })
    const { infrastructureConfiguration } = await client.send(
      new GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: arn })
    )
    expect(infrastructureConfiguration).toEqual({
      arn,
      name: 'Web Builders',
      instanceProfileName: 'EC2InstanceProfileForImageBuilder',
      instanceTypes: ['m5.large', 'm5.xlarge'],
      subnetId: 'subnet-1',
      securityGroupIds: ['sg-1'],
      terminateInstanceOnFailure: false,
      logging: { s3Logs: { s3BucketName: 'logs', s3KeyPrefix: 'ib' } },
      resourceTags: { purpose: 'build' },
      dateCreated: new Date(T0).toISOString(),
      tags: { team: 'web' }
    })
  })

  it('replaces every member on update but keeps name, tags and creation date', async () => {
    const arn = await createInfrastructure(client, {
      instanceTypes: ['m5.large'],
      subnetId: 'subnet-1',
      tags: { team: 'web' }
    })
    harness.advance(60_000)
    await client.send(
      new UpdateInfrastructureConfigurationCommand({
        infrastructureConfigurationArn: arn,
        instanceProfileName: 'OtherProfile',
        instanceTypes: ['c6i.large'],
        clientToken: clientToken()
      })
    )
    const { infrastructureConfiguration } = await client.send(
      new GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: arn })
    )
    expect(infrastructureConfiguration).toEqual({
      arn,
      name: 'web',
      instanceProfileName: 'OtherProfile',
      instanceTypes: ['c6i.large'],
      dateCreated: new Date(T0).toISOString(),
      dateUpdated: new Date(T0 + 60_000).toISOString(),
      tags: { team: 'web' }
    })
  })

  it('needs an instance profile and refuses to update what does not exist', async () => {
    const missingProfile = await rejectionOf(
      createInfrastructure(client, { instanceProfileName: undefined })
    )
    expect(missingProfile.name).toBe('InvalidRequestException')
    const unknown = await rejectionOf(
      client.send(
        new UpdateInfrastructureConfigurationCommand({
          infrastructureConfigurationArn: `${CONFIGS}:infrastructure-configuration/nothing`,
          instanceProfileName: 'p',
          clientToken: clientToken()
        })
      )
    )
    expect(unknown).toMatchObject({ name: 'ResourceNotFoundException', status: 404 })
  })

  it('lists summaries filtered by name', async () => {
    await createInfrastructure(client, { name: 'alpha', instanceTypes: ['t3.micro'] })
    await createInfrastructure(client, { name: 'beta' })
    const { infrastructureConfigurationSummaryList } = await client.send(
      new ListInfrastructureConfigurationsCommand({
        filters: [{ name: 'name', values: ['alpha'] }]
      })
    )
    expect(infrastructureConfigurationSummaryList).toEqual([
      {
        arn: `${CONFIGS}:infrastructure-configuration/alpha`,
        name: 'alpha',
        dateCreated: new Date(T0).toISOString(),
        tags: {},
        instanceTypes: ['t3.micro'],
        instanceProfileName: 'EC2InstanceProfileForImageBuilder'
      }
    ])
  })
})

describe('distribution configurations', () => {
  const distributions = [
    {
      region: 'us-east-1',
      amiDistributionConfiguration: {
        name: 'web-{{imagebuilder:buildDate}}',
        amiTags: { team: 'web' },
        launchPermission: { userIds: ['210987654321'] }
      },
      ssmParameterConfigurations: [
        { parameterName: '/golden/web', dataType: 'aws:ec2:image' as const }
      ],
      launchTemplateConfigurations: [
        { launchTemplateId: 'lt-0123456789abcdef0', setDefaultVersion: true }
      ]
    },
    { region: 'eu-west-1' }
  ]

  it('creates and returns the distributions as given', async () => {
    const arn = await createDistribution(client, { distributions, tags: { team: 'web' } })
    const { distributionConfiguration } = await client.send(
      new GetDistributionConfigurationCommand({ distributionConfigurationArn: arn })
    )
    expect(distributionConfiguration).toEqual({
      arn: `${CONFIGS}:distribution-configuration/web`,
      name: 'web',
      distributions,
      timeoutMinutes: 720,
      dateCreated: new Date(T0).toISOString(),
      tags: { team: 'web' }
    })
  })

  it('replaces distributions and description on update, keeping tags', async () => {
    const arn = await createDistribution(client, {
      distributions,
      description: 'two regions',
      tags: { team: 'web' }
    })
    await client.send(
      new UpdateDistributionConfigurationCommand({
        distributionConfigurationArn: arn,
        distributions: [{ region: 'ap-southeast-2' }],
        clientToken: clientToken()
      })
    )
    const { distributionConfiguration } = await client.send(
      new GetDistributionConfigurationCommand({ distributionConfigurationArn: arn })
    )
    expect(distributionConfiguration?.distributions).toEqual([{ region: 'ap-southeast-2' }])
    expect(distributionConfiguration?.description).toBeUndefined()
    expect(distributionConfiguration?.tags).toEqual({ team: 'web' })
    const { distributionConfigurationSummaryList } = await client.send(
      new ListDistributionConfigurationsCommand({})
    )
    expect(distributionConfigurationSummaryList?.[0]?.regions).toEqual(['ap-southeast-2'])
  })

  it('refuses unknown regions, a region twice, bad AMI names and launch template IDs', async () => {
    const cases = [
      { distributions: [{ region: 'mars-north-1' }], name: 'InvalidParameterValueException' },
      {
        distributions: [{ region: 'eu-west-1' }, { region: 'eu-west-1' }],
        name: 'InvalidParameterCombinationException'
      },
      {
        distributions: [
          { region: 'eu-west-1', amiDistributionConfiguration: { name: 'bad/name' } }
        ],
        name: 'InvalidParameterValueException'
      },
      {
        distributions: [
          { region: 'eu-west-1', launchTemplateConfigurations: [{ launchTemplateId: 'lt-1' }] }
        ],
        name: 'InvalidParameterValueException'
      }
    ]
    for (const { distributions: invalid, name } of cases) {
      const failure = await rejectionOf(createDistribution(client, { distributions: invalid }))
      expect(failure).toMatchObject({ name, status: 400 })
    }
  })
})

describe('target accounts of a distribution', () => {
  const withAccounts = (targetAccountIds: string[]) => [
    { region: 'eu-west-1', amiDistributionConfiguration: { targetAccountIds } }
  ]

  it('keeps the target accounts of each region and returns them on Get', async () => {
    const accounts = ['111122223333', '444455556666']
    const arn = await createDistribution(client, { distributions: withAccounts(accounts) })
    const { distributionConfiguration } = await client.send(
      new GetDistributionConfigurationCommand({ distributionConfigurationArn: arn })
    )
    expect(
      distributionConfiguration?.distributions?.[0]?.amiDistributionConfiguration?.targetAccountIds
    ).toEqual(accounts)
  })

  it.each([
    ['an ID of eleven digits', ['11112222333']],
    ['an ID with letters', ['1111-2222-33']],
    ['an empty list', []],
    ['more than 1536 accounts', Array.from({ length: 1537 }, (_, i) => String(100000000000 + i))]
  ])('refuses %s as AWS does, naming the member', async (_case, accounts) => {
    const failure = await rejectionOf(
      createDistribution(client, { distributions: withAccounts(accounts) })
    )
    expect(failure).toMatchObject({ name: 'InvalidParameterValueException', status: 400 })
    expect((failure as { message: string }).message).toContain('targetAccountIds')
  })
})
