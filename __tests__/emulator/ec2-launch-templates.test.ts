import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  CreateLaunchTemplateCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  type EC2Client
} from '@aws-sdk/client-ec2'
import { startHarness, T0, type Harness } from './imagebuilder-harness.js'
import { rejectionOf } from './sdk-transport.js'

let harness: Harness
let ec2: EC2Client

beforeEach(async () => {
  harness = await startHarness()
  ec2 = harness.ec2('eu-west-1')
})

afterEach(async () => {
  await harness.close()
})

async function createTemplate(name: string, imageId = 'ami-0123456789abcdef0') {
  const { LaunchTemplate } = await ec2.send(
    new CreateLaunchTemplateCommand({
      LaunchTemplateName: name,
      VersionDescription: 'first',
      LaunchTemplateData: {
        ImageId: imageId,
        InstanceType: 't3.small',
        SecurityGroupIds: ['sg-1']
      },
      TagSpecifications: [
        { ResourceType: 'launch-template', Tags: [{ Key: 'team', Value: 'web' }] }
      ]
    })
  )
  if (LaunchTemplate?.LaunchTemplateId === undefined) throw new Error('no template created')
  return LaunchTemplate
}

describe('EC2 launch templates', () => {
  it('creates a template whose version 1 is its default and latest', async () => {
    const template = await createTemplate('web')
    expect(template).toEqual({
      LaunchTemplateId: expect.stringMatching(/^lt-[0-9a-f]{17}$/),
      LaunchTemplateName: 'web',
      CreateTime: new Date(T0),
      CreatedBy: 'arn:aws:iam::123456789012:root',
      DefaultVersionNumber: 1,
      LatestVersionNumber: 1,
      Tags: [{ Key: 'team', Value: 'web' }]
    })
  })

  it('refuses a second template with the same name in the region', async () => {
    await createTemplate('web')
    const failure = await rejectionOf(createTemplate('web'))
    expect(failure.name).toBe('InvalidLaunchTemplateName.AlreadyExistsException')
  })

  it('describes templates by ID and by name, and says which ones do not exist', async () => {
    const template = await createTemplate('web')
    await createTemplate('batch')
    const byId = await ec2.send(
      new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [template.LaunchTemplateId ?? ''] })
    )
    expect(byId.LaunchTemplates?.map((found) => found.LaunchTemplateName)).toEqual(['web'])
    const byName = await ec2.send(
      new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ['batch'] })
    )
    expect(byName.LaunchTemplates?.map((found) => found.LaunchTemplateName)).toEqual(['batch'])
    const missing = await rejectionOf(
      ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: ['lt-0123456789abcdef0'] }))
    )
    expect(missing.name).toBe('InvalidLaunchTemplateId.NotFound')
    const malformed = await rejectionOf(
      ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: ['lt-nope'] }))
    )
    expect(malformed.name).toBe('InvalidLaunchTemplateId.Malformed')
  })

  it('describes versions by number, $Default and $Latest with their launch data', async () => {
    const id = harness.emu.seedLaunchTemplate('eu-west-1', 'seeded')
    harness.emu.ec2Store.addLaunchTemplateVersion('eu-west-1', id, {
      changes: { imageId: 'ami-00000000000000002' },
      createdBy: 'test',
      makeDefault: false,
      now: T0
    })
    const answer = await ec2.send(
      new DescribeLaunchTemplateVersionsCommand({
        LaunchTemplateId: id,
        Versions: ['$Default', '$Latest']
      })
    )
    expect(
      answer.LaunchTemplateVersions?.map((version) => ({
        number: version.VersionNumber,
        isDefault: version.DefaultVersion,
        imageId: version.LaunchTemplateData?.ImageId,
        instanceType: version.LaunchTemplateData?.InstanceType
      }))
    ).toEqual([
      {
        number: 1,
        isDefault: true,
        imageId: harness.emu.parentImageId('eu-west-1'),
        instanceType: 't3.micro'
      },
      { number: 2, isDefault: false, imageId: 'ami-00000000000000002', instanceType: 't3.micro' }
    ])
    const unknown = await rejectionOf(
      ec2.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: ['7'] }))
    )
    expect(unknown.name).toBe('InvalidLaunchTemplateId.VersionNotFound')
  })

  it('lists every version of a template named by its name', async () => {
    await createTemplate('web')
    const answer = await ec2.send(
      new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateName: 'web' })
    )
    expect(answer.LaunchTemplateVersions).toEqual([
      expect.objectContaining({
        LaunchTemplateName: 'web',
        VersionNumber: 1,
        VersionDescription: 'first',
        DefaultVersion: true,
        LaunchTemplateData: expect.objectContaining({
          ImageId: 'ami-0123456789abcdef0',
          SecurityGroupIds: ['sg-1']
        })
      })
    ])
  })

  it('shows a seeded template through the test hook', () => {
    const id = harness.emu.seedLaunchTemplate('eu-west-1')
    expect(harness.emu.launchTemplate('eu-west-1', id)).toEqual({
      name: 'emulator-template-1',
      defaultVersion: 1,
      latestVersion: 1,
      versions: [{ number: 1, imageId: harness.emu.parentImageId('eu-west-1') }]
    })
    expect(harness.emu.launchTemplate('us-east-1', id)).toBeUndefined()
  })
})
