import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { DescribeImagesCommand } from '@aws-sdk/client-ec2'
import {
  CreateDistributionConfigurationCommand,
  DistributeImageCommand,
  GetImageCommand,
  ListWorkflowExecutionsCommand,
  RetryImageCommand,
  StartImagePipelineExecutionCommand,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import type { ScenarioOverrides, SeededPipeline } from '../../emulator/src/index.js'
import { rawImagebuilder, startHarness, T0, type Harness } from './imagebuilder-harness.js'
import { rejectionOf } from './sdk-transport.js'

/** Default durations add up to 11 s: PENDING .5, CREATING 1, BUILDING 4, TESTING 2.5, DISTRIBUTING 2.5, INTEGRATING .5. */
const BUILD_ENDS = 11_000

let harness: Harness
let client: ImagebuilderClient
let seeded: SeededPipeline

beforeEach(async () => {
  harness = await startHarness()
  client = harness.imagebuilder('us-east-1', 1)
  seeded = harness.emu.seedPipeline({ name: 'web', distributionRegions: ['us-east-1'] })
})

afterEach(async () => {
  await harness.close()
})

async function start(scenario?: ScenarioOverrides, clientToken = 'run-1'): Promise<string> {
  if (scenario !== undefined) harness.emu.setNextBuildScenario(scenario)
  const started = await client.send(
    new StartImagePipelineExecutionCommand({ imagePipelineArn: seeded.pipelineArn, clientToken })
  )
  return started.imageBuildVersionArn ?? ''
}

function moveTo(atMs: number): void {
  harness.advance(T0 + atMs - harness.now())
}

async function imageAt(arn: string, atMs: number) {
  moveTo(atMs)
  const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))
  return image
}

async function distributionTo(regions: string[], name = 'web-promote'): Promise<string> {
  const created = await client.send(
    new CreateDistributionConfigurationCommand({
      name,
      distributions: regions.map((region) => ({
        region,
        amiDistributionConfiguration: { name: 'web-{{imagebuilder:buildDate}}' }
      })),
      clientToken: `dist-${name}`
    })
  )
  return created.distributionConfigurationArn ?? ''
}

describe('RetryImage', () => {
  it('sends a build that failed in test back to TESTING under the same ARN, keeping the build phase', async () => {
    const arn = await start({ failure: { kind: 'step', step: 'ApplyTestComponents' } })
    expect((await imageAt(arn, BUILD_ENDS))?.state?.status).toBe('FAILED')
    const before = await client.send(
      new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn })
    )

    const retried = await client.send(
      new RetryImageCommand({ imageBuildVersionArn: arn, clientToken: 'retry-1' })
    )
    expect(retried.imageBuildVersionArn).toBe(arn)
    expect(retried.$metadata.httpStatusCode).toBe(200)
    expect((await imageAt(arn, BUILD_ENDS + 100))?.state?.status).toBe('TESTING')
    const image = await imageAt(arn, BUILD_ENDS + 6_000)
    expect(image?.state?.status).toBe('AVAILABLE')
    expect(image?.outputResources?.amis?.map((ami) => ami.region)).toEqual(['us-east-1'])

    const after = await client.send(
      new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn })
    )
    const kept = before.workflowExecutions ?? []
    expect(after.workflowExecutions?.slice(0, kept.length)).toEqual(kept)
    const added = after.workflowExecutions?.slice(kept.length) ?? []
    expect(added.map((workflow) => [workflow.type, workflow.status, workflow.retried])).toEqual([
      ['TEST', 'COMPLETED', true]
    ])
  })

  it('copies again only the region whose distribution failed', async () => {
    seeded = harness.emu.seedPipeline({
      name: 'spread',
      distributionRegions: ['us-east-1', 'eu-west-1', 'ap-southeast-2']
    })
    const arn = await start({ failure: { kind: 'distribution', region: 'eu-west-1' } })
    const failed = await imageAt(arn, BUILD_ENDS)
    expect(failed?.state?.status).toBe('FAILED')
    const kept = failed?.outputResources?.amis?.find((ami) => ami.region === 'ap-southeast-2')

    await client.send(new RetryImageCommand({ imageBuildVersionArn: arn, clientToken: 'retry-2' }))
    expect((await imageAt(arn, BUILD_ENDS + 100))?.state?.status).toBe('DISTRIBUTING')
    const image = await imageAt(arn, BUILD_ENDS + 4_000)
    expect(image?.state?.status).toBe('AVAILABLE')
    const amis = image?.outputResources?.amis ?? []
    expect(amis.map((ami) => ami.state?.status)).toEqual(['AVAILABLE', 'AVAILABLE', 'AVAILABLE'])
    expect(amis.find((ami) => ami.region === 'ap-southeast-2')?.image).toBe(kept?.image)
    const copy = amis.find((ami) => ami.region === 'eu-west-1')?.image ?? ''
    const { Images } = await harness
      .ec2('eu-west-1')
      .send(new DescribeImagesCommand({ ImageIds: [copy] }))
    expect(Images?.[0]?.State).toBe('available')
  })

  it('refuses a build that is still running, and one that failed before its build phase completed', async () => {
    const running = await start()
    moveTo(2_000)
    const refused = await rejectionOf(
      client.send(new RetryImageCommand({ imageBuildVersionArn: running, clientToken: 'r-3' }))
    )
    expect(refused.name).toBe('InvalidRequestException')
    expect(refused.message).toContain('BUILDING state')

    const early = await start({ failure: { kind: 'step', step: 'ApplyBuildComponents' } }, 'run-2')
    moveTo(BUILD_ENDS * 2)
    const tooEarly = await rejectionOf(
      client.send(new RetryImageCommand({ imageBuildVersionArn: early, clientToken: 'r-4' }))
    )
    expect(tooEarly.name).toBe('InvalidRequestException')
    expect(tooEarly.message).toContain('before its build phase completed')
  })

  it('answers ResourceNotFoundException for an unknown build and has no requestId member', async () => {
    const unknown = 'arn:aws:imagebuilder:us-east-1:123456789012:image/nothing/1.0.0/1'
    const response = await rawImagebuilder(harness.emu, 'PUT', '/RetryImage', {
      body: { imageBuildVersionArn: unknown, clientToken: 'r-5' }
    })
    expect(response.status).toBe(404)
    expect(response.headers.get('x-amzn-errortype')).toContain('ResourceNotFoundException')

    const arn = await start({ failure: { kind: 'step', step: 'ApplyTestComponents' } })
    moveTo(BUILD_ENDS)
    const ok = await rawImagebuilder(harness.emu, 'PUT', '/RetryImage', {
      body: { imageBuildVersionArn: arn, clientToken: 'r-6' }
    })
    expect(ok.body).toEqual({ imageBuildVersionArn: arn, clientToken: 'r-6' })
  })
})

describe('DistributeImage', () => {
  it('makes a new build version that only distributes, with the copies in its output resources', async () => {
    const source = await start()
    moveTo(BUILD_ENDS)
    const distributionConfigurationArn = await distributionTo(['us-east-1', 'eu-west-1'])
    const answer = await client.send(
      new DistributeImageCommand({
        sourceImage: source.replace(/\/1$/, '').replace(/1\.0\.0$/, 'x.x.x'),
        distributionConfigurationArn,
        executionRole: 'ImageBuilderDistribution',
        clientToken: 'promote-1'
      })
    )
    const promoted = answer.imageBuildVersionArn ?? ''
    expect(promoted).toBe(source.replace(/\/1$/, '/2'))
    expect((await imageAt(promoted, BUILD_ENDS + 100))?.state?.status).toBe('PENDING')
    expect((await imageAt(promoted, BUILD_ENDS + 1_000))?.state?.status).toBe('DISTRIBUTING')
    const image = await imageAt(promoted, BUILD_ENDS + 4_000)
    expect(image?.state?.status).toBe('AVAILABLE')
    expect(image?.outputResources?.amis?.map((ami) => ami.region)).toEqual([
      'us-east-1',
      'eu-west-1'
    ])
    const workflows = await client.send(
      new ListWorkflowExecutionsCommand({ imageBuildVersionArn: promoted })
    )
    expect(workflows.workflowExecutions).toEqual([])

    const again = await client
      .send(
        new DistributeImageCommand({
          sourceImage: source,
          distributionConfigurationArn,
          executionRole: 'ImageBuilderDistribution',
          clientToken: 'promote-1'
        })
      )
      .catch((error: unknown) => error)
    expect((again as Error).name).toBe('IdempotentParameterMismatchException')
  })

  it('refuses an image that is not AVAILABLE, and answers ResourceNotFoundException for an unknown one', async () => {
    const failed = await start({ failure: { kind: 'step', step: 'ApplyTestComponents' } })
    moveTo(BUILD_ENDS)
    const distributionConfigurationArn = await distributionTo(['eu-west-1'])
    const request = (sourceImage: string, clientToken: string) =>
      new DistributeImageCommand({
        sourceImage,
        distributionConfigurationArn,
        executionRole: 'ImageBuilderDistribution',
        clientToken
      })
    const refused = await rejectionOf(client.send(request(failed, 'p-2')))
    expect(refused.name).toBe('InvalidRequestException')
    expect(refused.message).toContain('FAILED state')

    const wildcard = failed.replace(/1\.0\.0\/1$/, 'x.x.x')
    expect((await rejectionOf(client.send(request(wildcard, 'p-3')))).name).toBe(
      'ResourceNotFoundException'
    )
  })

  it('requires an execution role', async () => {
    const response = await rawImagebuilder(harness.emu, 'PUT', '/DistributeImage', {
      body: {
        sourceImage: 'arn:aws:imagebuilder:us-east-1:123456789012:image/web/x.x.x',
        distributionConfigurationArn:
          'arn:aws:imagebuilder:us-east-1:123456789012:distribution-configuration/web',
        clientToken: 'p-4'
      }
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('x-amzn-errortype')).toContain('InvalidRequestException')
  })
})
