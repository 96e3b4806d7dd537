import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { DescribeImagesCommand } from '@aws-sdk/client-ec2'
import {
  CancelImageCreationCommand,
  GetImageCommand,
  ListWorkflowExecutionsCommand,
  ListWorkflowStepExecutionsCommand,
  StartImagePipelineExecutionCommand,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import type { ScenarioOverrides, SeededPipeline } from '../../emulator/src/index.js'
import { rawImagebuilder, startHarness, T0, type Harness } from './imagebuilder-harness.js'
import { rejectionOf } from './sdk-transport.js'

let harness: Harness
let client: ImagebuilderClient
let seeded: SeededPipeline

beforeEach(async () => {
  harness = await startHarness()
  client = harness.imagebuilder('us-east-1', 1)
  seeded = harness.emu.seedPipeline({
    name: 'golden',
    distributionRegions: ['us-east-1', 'eu-west-1']
  })
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

async function stateAt(arn: string, atMs: number) {
  moveTo(atMs)
  const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))
  return image
}

/** GetImage over the wire: this SDK version drops `failureContext`, so read the JSON directly. */
async function rawState(arn: string): Promise<Record<string, unknown>> {
  const response = await rawImagebuilder(
    harness.emu,
    'GET',
    `/GetImage?imageBuildVersionArn=${encodeURIComponent(arn)}`
  )
  const image = response.body.image as { state: Record<string, unknown> }
  return image.state
}

async function workflows(arn: string) {
  const { workflowExecutions = [] } = await client.send(
    new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn })
  )
  return workflowExecutions
}

async function steps(workflowExecutionId: string | undefined) {
  const { steps: list = [] } = await client.send(
    new ListWorkflowStepExecutionsCommand({ workflowExecutionId })
  )
  return list
}

async function logLines(): Promise<string[]> {
  const { events = [] } = await harness.logs('us-east-1').send(
    new GetLogEventsCommand({
      logGroupName: '/aws/imagebuilder/golden',
      logStreamName: '1.0.0/1',
      startFromHead: true
    })
  )
  return events.map((event) => event.message ?? '')
}

describe('a build component that fails', () => {
  const scenario: ScenarioOverrides = {
    failure: {
      kind: 'step',
      step: 'ApplyBuildComponents',
      component: { stepName: 'InstallNginx', stderr: ['No package nginx available.'] }
    }
  }
  const componentArn = 'arn:aws:imagebuilder:us-east-1:123456789012:component/golden-build/1.0.0/1'

  it('fails the image with the workflow and document in the reason and a component failure context', async () => {
    const arn = await start(scenario)
    expect((await stateAt(arn, 3000))?.state?.status).toBe('BUILDING')
    const image = await stateAt(arn, 60_000)
    const [build] = await workflows(arn)
    expect(image?.state?.status).toBe('FAILED')
    expect(image?.state?.reason).toBe(
      `Workflow Execution ID: '${build?.workflowExecutionId}' failed with reason: Document ${componentArn} failed!`
    )
    const state = await rawState(arn)
    const applyStep = (await steps(build?.workflowExecutionId))[1]
    expect(state.failureContext).toEqual({
      imageStatus: 'BUILDING',
      workflowExecutionId: build?.workflowExecutionId,
      workflowArn: 'arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x/x',
      stepExecutionId: applyStep?.stepExecutionId,
      failedStep: 'ApplyBuildComponents',
      componentFailure: {
        componentArn,
        phaseName: 'build',
        stepName: 'InstallNginx',
        action: 'ExecuteBash',
        errorMessage: 'exit status 1'
      }
    })
    expect(image?.outputResources?.amis).toEqual([])
  })

  it('fails the step, leaves later steps pending, still terminates the instance', async () => {
    const arn = await start(scenario)
    moveTo(60_000)
    const [build, test] = await workflows(arn)
    expect(test).toBeUndefined()
    expect(build).toMatchObject({
      status: 'FAILED',
      totalStepCount: 3,
      totalStepsSucceeded: 2,
      totalStepsFailed: 1,
      totalStepsSkipped: 0
    })
    const list = await steps(build?.workflowExecutionId)
    expect(list.map((step) => step.status)).toEqual([
      'COMPLETED',
      'FAILED',
      'PENDING',
      'PENDING',
      'PENDING',
      'PENDING',
      'COMPLETED'
    ])
    const failed = list[1]
    expect(failed?.message).toBe(`Document ${componentArn} failed!`)
    const outputs = JSON.parse(failed?.outputs ?? '{}') as {
      runCommandId: string
      status: string
      output: string
    }
    expect(outputs.status).toBe('Failed')
    expect(outputs.runCommandId).toMatch(/^[0-9a-f-]{36}$/)
    expect(outputs.output).toContain(`"failureMessage":"Document ${componentArn} failed!"`)
    expect(outputs.output).toMatch(
      /"logUrl":"\/var\/lib\/amazon\/toe\/TOE_2026-11-23_10-00-0\d_UTC-0_[0-9a-f-]+\/"/
    )
  })

  it("writes AWSTOE's failure block to the build log", async () => {
    await start(scenario)
    moveTo(60_000)
    const lines = await logLines()
    expect(lines).toEqual(
      expect.arrayContaining([
        'CmdExecution: Stderr: No package nginx available.',
        'CmdExecution: ExitCode 1',
        `ComponentArn: ${componentArn}`,
        'Phase: build',
        'Step: InstallNginx',
        'Action: ExecuteBash',
        'ErrorMessage: exit status 1'
      ])
    )
    expect(lines.at(-1)).toMatch(/^Image status: FAILED - Workflow Execution ID/)
  })

  it('creates no AMI in EC2', async () => {
    await start(scenario)
    moveTo(60_000)
    const { Images = [] } = await harness
      .ec2('us-east-1')
      .send(new DescribeImagesCommand({ Owners: ['self'] }))
    expect(Images).toEqual([])
  })
})

describe('other failures', () => {
  it('fails in TESTING when a test component fails', async () => {
    const arn = await start({ failure: { kind: 'step', step: 'ApplyTestComponents' } })
    expect((await stateAt(arn, 60_000))?.state?.status).toBe('FAILED')
    const context = (await rawState(arn)).failureContext as Record<string, unknown>
    expect(context.imageStatus).toBe('TESTING')
    expect(context.failedStep).toBe('ApplyTestComponents')
    expect(context.componentFailure).toMatchObject({
      componentArn: 'arn:aws:imagebuilder:us-east-1:123456789012:component/golden-test/1.0.0/1',
      phaseName: 'test'
    })
    const [build, test] = await workflows(arn)
    expect([build?.status, test?.status]).toEqual(['COMPLETED', 'FAILED'])
  })

  it('reports a launch failure without a component', async () => {
    const arn = await start({ failure: { kind: 'step', step: 'LaunchBuildInstance' } })
    const image = await stateAt(arn, 60_000)
    expect(image?.state?.reason).toMatch(
      /RunInstances operation.*in workflow step LaunchBuildInstance$/
    )
    const context = (await rawState(arn)).failureContext as Record<string, unknown>
    expect(context.failedStep).toBe('LaunchBuildInstance')
    expect(context.componentFailure).toBeUndefined()
    const [build] = await workflows(arn)
    const list = await steps(build?.workflowExecutionId)
    expect(list.map((step) => step.status)).toEqual([
      'FAILED',
      'PENDING',
      'PENDING',
      'PENDING',
      'PENDING',
      'PENDING',
      'COMPLETED'
    ])
    expect(JSON.parse(list[0]?.outputs ?? '{}')).toEqual({ errorMessage: list[0]?.message })
  })

  it('fails in DISTRIBUTING when a region cannot be reached, with a distribution failure context', async () => {
    const arn = await start({
      failure: { kind: 'distribution', region: 'eu-west-1', errorMessage: 'Copy timed out' }
    })
    const image = await stateAt(arn, 60_000)
    expect(image?.state).toEqual({
      status: 'FAILED',
      reason: 'Distribution failed with reason: Copy timed out'
    })
    expect(image?.outputResources?.amis?.map((ami) => [ami.region, ami.state?.status])).toEqual([
      ['us-east-1', 'AVAILABLE'],
      ['eu-west-1', 'FAILED']
    ])
    expect((await rawState(arn)).failureContext).toEqual({
      imageStatus: 'DISTRIBUTING',
      distributionFailure: {
        errorMessage: 'Copy timed out',
        regionFailures: [{ region: 'eu-west-1', status: 'FAILED', errorMessage: 'Copy timed out' }]
      }
    })
    const { Images = [] } = await harness
      .ec2('eu-west-1')
      .send(new DescribeImagesCommand({ Owners: ['self'] }))
    expect(Images.map((described) => described.State)).toEqual(['failed'])
  })

  it('follows the pipeline scenario, and setNextBuildScenario only for the next build', async () => {
    const failing = harness.emu.seedPipeline({
      name: 'flaky',
      scenario: { failure: { kind: 'step', step: 'ApplyBuildComponents' } }
    })
    const run = async (token: string) => {
      const started = await client.send(
        new StartImagePipelineExecutionCommand({
          imagePipelineArn: failing.pipelineArn,
          clientToken: token
        })
      )
      return started.imageBuildVersionArn ?? ''
    }
    harness.emu.setNextBuildScenario({ failure: null })
    const fixed = await run('a')
    const broken = await run('b')
    moveTo(60_000)
    expect((await stateAt(fixed, 60_000))?.state?.status).toBe('AVAILABLE')
    expect((await stateAt(broken, 60_000))?.state?.status).toBe('FAILED')
  })
})

describe('CancelImageCreation', () => {
  it('returns at once and cancels the running workflow and step a little later', async () => {
    // ApplyBuildComponents runs from 2357 ms to 3500 ms; the cancel lands at 3000 ms.
    const arn = await start({ cancelDelayMs: 500 })
    moveTo(2500)
    const cancelled = await client.send(
      new CancelImageCreationCommand({ imageBuildVersionArn: arn, clientToken: 'stop-1' })
    )
    expect(cancelled).toMatchObject({
      imageBuildVersionArn: arn,
      clientToken: 'stop-1',
      requestId: expect.any(String)
    })
    expect((await stateAt(arn, 2999))?.state?.status).toBe('BUILDING')

    const image = await stateAt(arn, 3000)
    expect(image?.state).toEqual({ status: 'CANCELLED' })
    const [build, test] = await workflows(arn)
    expect(test).toBeUndefined()
    expect(build?.status).toBe('CANCELLED')
    expect(build?.endTime).toBe(new Date(T0 + 3000).toISOString())
    const list = await steps(build?.workflowExecutionId)
    expect(list.map((step) => step.status)).toEqual([
      'COMPLETED',
      'CANCELLED',
      'PENDING',
      'PENDING',
      'PENDING',
      'PENDING',
      'PENDING'
    ])
    expect((await logLines()).at(-1)).toBe('Image status: CANCELLED - the build was cancelled')
    moveTo(60_000)
    expect((await stateAt(arn, 60_000))?.state?.status).toBe('CANCELLED')
  })

  it('refuses to cancel an image that has ended', async () => {
    const arn = await start()
    moveTo(60_000)
    const failure = await rejectionOf(
      client.send(
        new CancelImageCreationCommand({ imageBuildVersionArn: arn, clientToken: 'late' })
      )
    )
    expect(failure).toEqual({
      name: 'ResourceInUseException',
      status: 400,
      message: `The image ${arn} cannot be cancelled because it is in the AVAILABLE state.`
    })
  })

  it('accepts a second cancel while the build is stopping', async () => {
    const arn = await start({ cancelDelayMs: 1000 })
    moveTo(2000)
    await client.send(
      new CancelImageCreationCommand({ imageBuildVersionArn: arn, clientToken: 'stop-1' })
    )
    moveTo(2500)
    await client.send(
      new CancelImageCreationCommand({ imageBuildVersionArn: arn, clientToken: 'stop-2' })
    )
    expect((await stateAt(arn, 3000))?.state?.status).toBe('CANCELLED')
  })
})
