import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { DescribeImagesCommand } from '@aws-sdk/client-ec2'
import {
  CreateImageCommand,
  GetDistributionConfigurationCommand,
  GetImageCommand,
  GetImagePipelineCommand,
  GetImageRecipeCommand,
  GetInfrastructureConfigurationCommand,
  GetWorkflowExecutionCommand,
  GetWorkflowStepExecutionCommand,
  ListImagePipelineImagesCommand,
  ListWorkflowExecutionsCommand,
  ListWorkflowStepExecutionsCommand,
  StartImagePipelineExecutionCommand,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import type { SeededPipeline, SeedPipelineOptions } from '../../emulator/src/index.js'
import { startHarness, T0, type Harness } from './imagebuilder-harness.js'

// The default scenario: PENDING 0.5 s, CREATING 1 s, BUILDING 4 s, TESTING 2.5 s,
// DISTRIBUTING 2.5 s, INTEGRATING 0.5 s → AVAILABLE 11 s after the start.
const BUILDING_AT = 1500
const TESTING_AT = 5500
const DISTRIBUTING_AT = 8000
const AVAILABLE_AT = 11000
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2']

let harness: Harness
let client: ImagebuilderClient

beforeEach(async () => {
  harness = await startHarness()
  client = harness.imagebuilder('us-east-1')
})

afterEach(async () => {
  await harness.close()
})

async function startPipeline(
  options: Partial<SeedPipelineOptions> = {}
): Promise<{ seeded: SeededPipeline; arn: string }> {
  const seeded = harness.emu.seedPipeline({
    name: 'golden-linux',
    distributionRegions: REGIONS,
    ...options
  })
  const started = await client.send(
    new StartImagePipelineExecutionCommand({
      imagePipelineArn: seeded.pipelineArn,
      clientToken: 'run-1'
    })
  )
  return { seeded, arn: started.imageBuildVersionArn ?? '' }
}

async function imageAt(arn: string, atMs: number) {
  harness.advance(T0 + atMs - harness.now())
  const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))
  if (image === undefined) throw new Error('GetImage returned no image')
  return image
}

async function workflowsOf(arn: string) {
  const { workflowExecutions = [] } = await client.send(
    new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn })
  )
  return workflowExecutions
}

async function stepsOf(workflowExecutionId: string | undefined) {
  const { steps = [] } = await client.send(
    new ListWorkflowStepExecutionsCommand({ workflowExecutionId })
  )
  return steps
}

describe('a pipeline build', () => {
  it('goes through every stage to AVAILABLE with an AMI in each distribution region', async () => {
    const { arn } = await startPipeline()
    expect(arn).toBe('arn:aws:imagebuilder:us-east-1:123456789012:image/golden-linux/1.0.0/1')

    const statuses = []
    for (const at of [0, 600, BUILDING_AT, TESTING_AT, DISTRIBUTING_AT, 10600, AVAILABLE_AT]) {
      statuses.push((await imageAt(arn, at)).state?.status)
    }
    expect(statuses).toEqual([
      'PENDING',
      'CREATING',
      'BUILDING',
      'TESTING',
      'DISTRIBUTING',
      'INTEGRATING',
      'AVAILABLE'
    ])

    const image = await imageAt(arn, AVAILABLE_AT)
    expect(image.version).toBe('1.0.0/1')
    expect(image.name).toBe('golden-linux')
    expect(image.dateCreated).toBe(new Date(T0).toISOString())
    expect(image.sourcePipelineArn).toBe(
      'arn:aws:imagebuilder:us-east-1:123456789012:image-pipeline/golden-linux'
    )
    const amis = image.outputResources?.amis ?? []
    expect(amis.map((ami) => ami.region)).toEqual(REGIONS)
    for (const ami of amis) {
      expect(ami.image).toMatch(/^ami-[0-9a-f]{17}$/)
      expect(ami.name).toMatch(/^golden-linux-2026-11-23T10-00-\d\d\.\d{3}Z$/)
      expect(ami.accountId).toBe('123456789012')
      expect(ami.state).toEqual({ status: 'AVAILABLE' })
    }
  })

  it('lists no AMIs until distribution has finished', async () => {
    const { arn } = await startPipeline()
    expect((await imageAt(arn, DISTRIBUTING_AT + 100)).outputResources?.amis).toEqual([])
    expect((await imageAt(arn, 10499)).outputResources?.amis).toEqual([])
    expect((await imageAt(arn, 10500)).outputResources?.amis).toHaveLength(3)
  })

  it('registers the AMIs in EC2: pending while distributing, available after, tagged by Image Builder', async () => {
    const { arn } = await startPipeline({ amiTags: { team: 'platform' } })
    await imageAt(arn, DISTRIBUTING_AT + 100)
    const ec2 = harness.ec2('eu-west-1')
    const pending = await ec2.send(new DescribeImagesCommand({ Owners: ['self'] }))
    expect(pending.Images?.map((image) => image.State)).toEqual(['pending'])

    const image = await imageAt(arn, AVAILABLE_AT)
    const euAmi = image.outputResources?.amis?.find((ami) => ami.region === 'eu-west-1')
    const { Images = [] } = await ec2.send(
      new DescribeImagesCommand({ ImageIds: [euAmi?.image ?? ''] })
    )
    const described = Images[0]
    expect(described?.State).toBe('available')
    expect(described?.Name).toBe(euAmi?.name)
    expect(described?.RootDeviceName).toBe('/dev/xvda')
    expect(described?.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId).toMatch(/^snap-[0-9a-f]{17}$/)
    expect(Object.fromEntries((described?.Tags ?? []).map((tag) => [tag.Key, tag.Value]))).toEqual({
      CreatedBy: 'EC2 Image Builder',
      Ec2ImageBuilderArn: arn,
      team: 'platform'
    })
  })

  it('creates the build region AMI in the CreateOutputAMI step', async () => {
    const { arn } = await startPipeline()
    await imageAt(arn, TESTING_AT)
    const [build] = await workflowsOf(arn)
    const createStep = (await stepsOf(build?.workflowExecutionId)).find(
      (step) => step.name === 'CreateOutputAMI'
    )
    const { imageId } = JSON.parse(createStep?.outputs ?? '{}') as { imageId?: string }

    const described = await harness
      .ec2('us-east-1')
      .send(new DescribeImagesCommand({ ImageIds: [imageId ?? ''] }))
    expect(described.Images?.[0]?.State).toBe('available')
    const finished = await imageAt(arn, AVAILABLE_AT)
    expect(finished.outputResources?.amis?.find((ami) => ami.region === 'us-east-1')?.image).toBe(
      imageId
    )
  })

  it('distributes one AMI per target account, and lists no build-region AMI it was not asked for', async () => {
    const accounts = ['111122223333', '444455556666']
    const { arn } = await startPipeline({
      distributionRegions: ['eu-west-1'],
      targetAccountIds: accounts
    })
    const image = await imageAt(arn, AVAILABLE_AT)
    expect(image.outputResources?.amis?.map((ami) => [ami.region, ami.accountId])).toEqual([
      ['eu-west-1', '111122223333'],
      ['eu-west-1', '444455556666']
    ])
  })

  it('numbers builds of the same recipe version 1, 2, …', async () => {
    const { seeded, arn } = await startPipeline()
    const second = await client.send(
      new StartImagePipelineExecutionCommand({
        imagePipelineArn: seeded.pipelineArn,
        clientToken: 'run-2'
      })
    )
    expect(arn.endsWith('/1.0.0/1')).toBe(true)
    expect(second.imageBuildVersionArn?.endsWith('/1.0.0/2')).toBe(true)
    const listed = await client.send(
      new ListImagePipelineImagesCommand({ imagePipelineArn: seeded.pipelineArn })
    )
    expect(listed.imageSummaryList?.map((summary) => summary.version)).toEqual([
      '1.0.0/1',
      '1.0.0/2'
    ])
  })
})

describe('workflow executions', () => {
  it('runs build-image then test-image with the managed step names and actions', async () => {
    const { arn } = await startPipeline()
    await imageAt(arn, AVAILABLE_AT)
    const [build, test] = await workflowsOf(arn)
    expect(build).toMatchObject({
      workflowBuildVersionArn:
        'arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/1.0.3/1',
      type: 'BUILD',
      status: 'COMPLETED',
      totalStepCount: 7,
      totalStepsSucceeded: 6,
      totalStepsFailed: 0,
      totalStepsSkipped: 1,
      startTime: new Date(T0 + BUILDING_AT).toISOString(),
      endTime: new Date(T0 + TESTING_AT).toISOString()
    })
    expect(build?.workflowExecutionId).toMatch(
      /^wf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    )
    expect(test).toMatchObject({
      type: 'TEST',
      status: 'COMPLETED',
      totalStepCount: 4,
      totalStepsSucceeded: 3,
      totalStepsSkipped: 1
    })

    const buildSteps = await stepsOf(build?.workflowExecutionId)
    expect(buildSteps.map((step) => [step.name, step.action, step.status])).toEqual([
      ['LaunchBuildInstance', 'LaunchInstance', 'COMPLETED'],
      ['ApplyBuildComponents', 'ExecuteComponents', 'COMPLETED'],
      ['InventoryCollection', 'CollectImageMetadata', 'COMPLETED'],
      ['RunSanitizeScript', 'SanitizeInstance', 'COMPLETED'],
      ['RunSysPrepScript', 'RunSysPrep', 'SKIPPED'],
      ['CreateOutputAMI', 'CreateImage', 'COMPLETED'],
      ['TerminateBuildInstance', 'TerminateInstance', 'COMPLETED']
    ])
    const testSteps = await stepsOf(test?.workflowExecutionId)
    expect(testSteps.map((step) => [step.name, step.status])).toEqual([
      ['LaunchTestInstance', 'COMPLETED'],
      ['CollectImageScanFindings', 'SKIPPED'],
      ['ApplyTestComponents', 'COMPLETED'],
      ['TerminateTestInstance', 'COMPLETED']
    ])
  })

  it('gives steps JSON-string inputs and outputs, resolved once the step runs', async () => {
    const { arn } = await startPipeline()
    await imageAt(arn, TESTING_AT)
    const [build] = await workflowsOf(arn)
    const [launch, apply, , , sysprep] = await stepsOf(build?.workflowExecutionId)
    expect(launch?.inputs).toBe('{"waitFor": "ssmAgent"}')
    const { instanceId } = JSON.parse(launch?.outputs ?? '{}') as { instanceId: string }
    expect(instanceId).toMatch(/^i-[0-9a-f]{17}$/)
    expect(apply?.inputs).toBe(`{"instanceId": "${instanceId}"}`)
    expect(JSON.parse(apply?.outputs ?? '{}')).toMatchObject({
      status: 'Success',
      runCommandId: expect.any(String)
    })
    expect(sysprep?.inputs).toBe('{"instanceId.$": "$.stepOutputs.LaunchBuildInstance.instanceId"}')
    expect(sysprep?.outputs).toBeUndefined()
  })

  it('moves each step from PENDING through RUNNING to COMPLETED within its stage', async () => {
    const { arn } = await startPipeline()
    await imageAt(arn, BUILDING_AT + 100)
    const [build] = await workflowsOf(arn)
    expect(build?.status).toBe('RUNNING')
    expect(build?.endTime).toBeUndefined()
    const early = await stepsOf(build?.workflowExecutionId)
    expect(early.map((step) => step.status)).toEqual([
      'RUNNING',
      'PENDING',
      'PENDING',
      'PENDING',
      'PENDING',
      'PENDING',
      'PENDING'
    ])
    expect(early[0]?.startTime).toBe(new Date(T0 + BUILDING_AT).toISOString())
    expect(early[1]?.startTime).toBeUndefined()
    expect(early[1]?.inputs).toBe(
      '{"instanceId.$": "$.stepOutputs.LaunchBuildInstance.instanceId"}'
    )

    await imageAt(arn, BUILDING_AT + 2000)
    const later = await stepsOf(build?.workflowExecutionId)
    expect(later.map((step) => step.status).slice(0, 3)).toEqual([
      'COMPLETED',
      'COMPLETED',
      'RUNNING'
    ])
    expect(later[0]?.endTime).toBe(later[1]?.startTime)
  })

  it('has no TESTING stage and no TEST workflow when tests are disabled', async () => {
    const { arn } = await startPipeline({ testsEnabled: false })
    const statuses = new Set<string | undefined>()
    for (let at = 0; at <= AVAILABLE_AT; at += 250)
      statuses.add((await imageAt(arn, at)).state?.status)
    expect([...statuses]).toEqual([
      'PENDING',
      'CREATING',
      'BUILDING',
      'DISTRIBUTING',
      'INTEGRATING',
      'AVAILABLE'
    ])
    expect((await workflowsOf(arn)).map((workflow) => workflow.type)).toEqual(['BUILD'])
  })

  it('skips the sanitize script instead of sysprep on Windows', async () => {
    const { arn } = await startPipeline({ platform: 'Windows' })
    await imageAt(arn, AVAILABLE_AT)
    const [build] = await workflowsOf(arn)
    const steps = await stepsOf(build?.workflowExecutionId)
    expect(steps.filter((step) => step.status === 'SKIPPED').map((step) => step.name)).toEqual([
      'RunSanitizeScript'
    ])
    const image = await imageAt(arn, AVAILABLE_AT)
    expect(image.platform).toBe('Windows')
    const ami = image.outputResources?.amis?.[0]
    const described = await harness
      .ec2('us-east-1')
      .send(new DescribeImagesCommand({ ImageIds: [ami?.image ?? ''] }))
    expect(described.Images?.[0]?.RootDeviceName).toBe('/dev/sda1')
  })

  it('answers GetWorkflowExecution and GetWorkflowStepExecution for one run', async () => {
    const { arn } = await startPipeline()
    await imageAt(arn, AVAILABLE_AT)
    const [build] = await workflowsOf(arn)
    const execution = await client.send(
      new GetWorkflowExecutionCommand({ workflowExecutionId: build?.workflowExecutionId })
    )
    expect(execution).toMatchObject({
      imageBuildVersionArn: arn,
      type: 'BUILD',
      status: 'COMPLETED',
      totalStepCount: 7
    })
    expect(execution.requestId).toEqual(expect.any(String))

    const [launch] = await stepsOf(build?.workflowExecutionId)
    const step = await client.send(
      new GetWorkflowStepExecutionCommand({ stepExecutionId: launch?.stepExecutionId })
    )
    expect(step).toMatchObject({
      name: 'LaunchBuildInstance',
      action: 'LaunchInstance',
      status: 'COMPLETED',
      workflowExecutionId: build?.workflowExecutionId,
      imageBuildVersionArn: arn,
      onFailure: 'Abort',
      timeoutSeconds: 4500
    })
  })
})

describe('build logs', () => {
  it('writes service lines and component output to /aws/imagebuilder/<name>, stream <version>/<build>, as time passes', async () => {
    harness.emu.setNextBuildScenario({ buildLogLines: ['installing nginx'] })
    const { arn } = await startPipeline()
    const logs = harness.logs('us-east-1')
    const read = async () => {
      const { events = [] } = await logs.send(
        new GetLogEventsCommand({
          logGroupName: '/aws/imagebuilder/golden-linux',
          logStreamName: '1.0.0/1',
          startFromHead: true
        })
      )
      return events.map((event) => event.message ?? '')
    }
    await imageAt(arn, BUILDING_AT + 100)
    const early = await read()
    expect(early).toContain('Image status: BUILDING')
    expect(early.some((line) => line.includes('installing nginx'))).toBe(false)

    await imageAt(arn, AVAILABLE_AT)
    const all = await read()
    expect(all).toContain('CmdExecution: Stdout: installing nginx')
    expect(all.at(-1)).toBe('Image status: AVAILABLE')
  })

  it('uses the log group that CreateImage names', async () => {
    const seeded = harness.emu.seedPipeline({ name: 'from-recipe' })
    const created = await client.send(
      new CreateImageCommand({
        imageRecipeArn: seeded.imageRecipeArn,
        infrastructureConfigurationArn: seeded.infrastructureConfigurationArn,
        clientToken: 'create-1',
        loggingConfiguration: { logGroupName: '/custom/builds' }
      })
    )
    expect(created.imageBuildVersionArn).toBe(
      'arn:aws:imagebuilder:us-east-1:123456789012:image/from-recipe/1.0.0/1'
    )
    await imageAt(created.imageBuildVersionArn ?? '', AVAILABLE_AT)
    const { events = [] } = await harness.logs('us-east-1').send(
      new GetLogEventsCommand({
        logGroupName: '/custom/builds',
        logStreamName: '1.0.0/1',
        startFromHead: true
      })
    )
    expect(events.length).toBeGreaterThan(10)
  })
})

describe('CreateImage', () => {
  it('builds from a recipe and infrastructure without a pipeline or distribution', async () => {
    const seeded = harness.emu.seedPipeline({
      name: 'adhoc',
      distributionRegions: ['us-east-1', 'eu-west-1']
    })
    const created = await client.send(
      new CreateImageCommand({
        imageRecipeArn: seeded.imageRecipeArn,
        infrastructureConfigurationArn: seeded.infrastructureConfigurationArn,
        imageTestsConfiguration: { imageTestsEnabled: false },
        tags: { purpose: 'test' },
        clientToken: 'create-adhoc'
      })
    )
    expect(created.latestVersionReferences?.latestVersionArn).toBe(
      'arn:aws:imagebuilder:us-east-1:123456789012:image/adhoc/x.x.x'
    )
    const image = await imageAt(created.imageBuildVersionArn ?? '', AVAILABLE_AT)
    expect(image.sourcePipelineArn).toBeUndefined()
    expect(image.tags).toEqual({ purpose: 'test' })
    expect(image.imageTestsConfiguration).toEqual({ imageTestsEnabled: false, timeoutMinutes: 720 })
    expect(image.outputResources?.amis?.map((ami) => ami.region)).toEqual(['us-east-1'])
    expect(image.outputResources?.amis?.[0]?.name).toMatch(/^adhoc 2026-11-23T10-00-/)
  })
})

describe('seeded resources', () => {
  it('returns pipeline, recipe and configurations shaped as AWS returns them', async () => {
    const { seeded, arn } = await startPipeline()
    const { imagePipeline } = await client.send(
      new GetImagePipelineCommand({ imagePipelineArn: seeded.pipelineArn })
    )
    expect(imagePipeline).toMatchObject({
      name: 'golden-linux',
      platform: 'Linux',
      status: 'ENABLED',
      imageRecipeArn: 'arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/golden-linux/1.0.0',
      imageTestsConfiguration: { imageTestsEnabled: true, timeoutMinutes: 720 },
      lastRunStatus: 'PENDING'
    })
    await imageAt(arn, AVAILABLE_AT)
    const after = await client.send(
      new GetImagePipelineCommand({ imagePipelineArn: seeded.pipelineArn })
    )
    expect(after.imagePipeline?.lastRunStatus).toBe('AVAILABLE')

    const recipe = await client.send(
      new GetImageRecipeCommand({ imageRecipeArn: seeded.imageRecipeArn })
    )
    expect(recipe.imageRecipe).toMatchObject({
      version: '1.0.0',
      parentImage: seeded.parentImageId,
      owner: '123456789012'
    })
    expect(recipe.imageRecipe?.components?.map((component) => component.componentArn)).toEqual([
      'arn:aws:imagebuilder:us-east-1:123456789012:component/golden-linux-build/1.0.0/1',
      'arn:aws:imagebuilder:us-east-1:123456789012:component/golden-linux-test/1.0.0/1'
    ])
    const infrastructure = await client.send(
      new GetInfrastructureConfigurationCommand({
        infrastructureConfigurationArn: seeded.infrastructureConfigurationArn
      })
    )
    expect(infrastructure.infrastructureConfiguration?.instanceProfileName).toBe(
      'EC2InstanceProfileForImageBuilder'
    )
    const distribution = await client.send(
      new GetDistributionConfigurationCommand({
        distributionConfigurationArn: seeded.distributionConfigurationArn
      })
    )
    expect(
      distribution.distributionConfiguration?.distributions?.map((entry) => entry.region)
    ).toEqual(REGIONS)
  })

  it('seeds an Amazon-owned parent AMI in every region', async () => {
    const parent = harness.emu.parentImageId('ap-southeast-2')
    const { Images = [] } = await harness
      .ec2('ap-southeast-2')
      .send(new DescribeImagesCommand({ ImageIds: [parent] }))
    expect(Images[0]).toMatchObject({
      ImageOwnerAlias: 'amazon',
      RootDeviceName: '/dev/xvda',
      State: 'available'
    })
  })
})
