/** What the action reads to report a build: the recipe's components with their types, and late logs. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import {
  GetComponentCommand,
  GetImageCommand,
  StartImagePipelineExecutionCommand,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import type { ScenarioOverrides } from '../../emulator/src/index.js'
import { startHarness, T0, type Harness } from './imagebuilder-harness.js'

// The default scenario ends AVAILABLE 11 s after the start.
const AVAILABLE_AT = 11_000

let harness: Harness
let client: ImagebuilderClient

beforeEach(async () => {
  harness = await startHarness()
  client = harness.imagebuilder('us-east-1')
})

afterEach(async () => {
  await harness.close()
})

async function startBuild(scenario?: ScenarioOverrides) {
  const seeded = harness.emu.seedPipeline({ name: 'golden-linux', scenario })
  const started = await client.send(
    new StartImagePipelineExecutionCommand({
      imagePipelineArn: seeded.pipelineArn,
      clientToken: 'run-1'
    })
  )
  return { seeded, arn: started.imageBuildVersionArn ?? '' }
}

async function logMessagesAt(atMs: number): Promise<string[]> {
  harness.advance(T0 + atMs - harness.now())
  const { events = [] } = await harness.logs('us-east-1').send(
    new GetLogEventsCommand({
      logGroupName: '/aws/imagebuilder/golden-linux',
      logStreamName: '1.0.0/1',
      startFromHead: true
    })
  )
  return events.map((event) => event.message ?? '')
}

describe("the image's recipe", () => {
  it('lists the components by ARN, and GetComponent tells their type', async () => {
    const { seeded, arn } = await startBuild()
    const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))

    const arns = image?.imageRecipe?.components?.map((component) => component.componentArn)
    expect(arns).toEqual([seeded.buildComponentArn, seeded.testComponentArn])
    const types = await Promise.all(
      (arns ?? []).map(async (componentArn) => {
        const { component } = await client.send(
          new GetComponentCommand({ componentBuildVersionArn: componentArn })
        )
        return [component?.name, component?.type]
      })
    )
    expect(types).toEqual([
      ['golden-linux-build', 'BUILD'],
      ['golden-linux-test', 'TEST']
    ])
  })

  it('resolves a component version ARN to its newest build', async () => {
    const { seeded } = await startBuild()
    const versionArn = seeded.testComponentArn.replace(/\/1$/, '')

    const { component } = await client.send(
      new GetComponentCommand({ componentBuildVersionArn: versionArn })
    )

    expect(component?.arn).toBe(seeded.testComponentArn)
  })

  it('answers ResourceNotFoundException for a component that does not exist', async () => {
    await expect(
      client.send(
        new GetComponentCommand({
          componentBuildVersionArn:
            'arn:aws:imagebuilder:us-east-1:123456789012:component/missing/1.0.0/1'
        })
      )
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' })
  })
})

describe('a build whose log reaches CloudWatch late', () => {
  it('delivers every line logDelayMs after it was written, in order, also after the final status', async () => {
    await startBuild({ logDelayMs: 3_000, buildLogLines: ['installing nginx'] })

    const atEnd = await logMessagesAt(AVAILABLE_AT)
    const later = await logMessagesAt(AVAILABLE_AT + 3_000)

    expect(atEnd).not.toContain('Image status: AVAILABLE')
    expect(later.slice(0, atEnd.length)).toEqual(atEnd)
    expect(later).toContain('CmdExecution: Stdout: installing nginx')
    expect(later.at(-1)).toBe('Image status: AVAILABLE')
  })

  it('writes what the failing step printed before the step fails', async () => {
    await startBuild({
      failure: {
        kind: 'step',
        step: 'ApplyBuildComponents',
        component: { stderr: ['No package nginx available.'] }
      }
    })

    const log = await logMessagesAt(AVAILABLE_AT)

    const printed = log.indexOf('CmdExecution: Stderr: No package nginx available.')
    const failed = log.findIndex((line) => line.startsWith('Step ApplyBuildComponents FAILED'))
    expect(printed).toBeGreaterThan(-1)
    expect(printed).toBeLessThan(failed)
    expect(log.some((line) => line.startsWith('ComponentArn: '))).toBe(true)
  })

  it('writes no failure block for an AWSTOE version that writes none, only the output and exit code', async () => {
    await startBuild({
      failure: {
        kind: 'step',
        step: 'ApplyBuildComponents',
        component: { stderr: ['No package nginx available.'], failureBlock: false }
      }
    })

    const log = await logMessagesAt(AVAILABLE_AT)

    const printed = log.indexOf('CmdExecution: Stderr: No package nginx available.')
    expect(printed).toBeGreaterThan(-1)
    expect(log[printed + 1]).toBe('CmdExecution: ExitCode 1')
    expect(log.some((line) => /^(?:ComponentArn|Document|ErrorMessage|Stderr): /.test(line))).toBe(
      false
    )
  })
})
