/** The start of release runs: what promote and retry refuse before they create or retry anything. */
import { EventEmitter } from 'node:events'
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  DistributeImageCommand,
  GetImageCommand,
  ImagebuilderClient,
  ListWorkflowExecutionsCommand,
  RetryImageCommand
} from '@aws-sdk/client-imagebuilder'
import { mockClient } from 'aws-sdk-client-mock'
import type { RunContext } from '../../src/context.js'
import type { ActionInputs } from '../../src/inputs/action-inputs.js'
import { UntrustedWriter } from '../../src/untrusted.js'
import { beginPromotion } from '../../src/start/promote.js'
import { retryAttached } from '../../src/start/retry.js'
import { StopWaiting } from '../../src/domain/stop-waiting.js'
import { anAwsError, aRecording, IMAGE_ARN, REGION } from './factories.js'
import { FakeClock } from './fakes.js'
import { aPipelineInputs } from './input-factories.js'

const imagebuilder = mockClient(ImagebuilderClient)

beforeEach(() => {
  imagebuilder.reset()
  imagebuilder.on(ListWorkflowExecutionsCommand).resolves({ workflowExecutions: [] })
})
afterAll(() => {
  imagebuilder.restore()
})

function contextFor<Inputs extends ActionInputs>(inputs: Inputs): RunContext<Inputs> {
  const clock = new FakeClock()
  return {
    inputs,
    clients: {
      imagebuilder: new ImagebuilderClient({ region: REGION }),
      ec2: () => Promise.reject(new Error('not used')),
      logs: () => Promise.reject(new Error('not used')),
      ssm: () => Promise.reject(new Error('not used')),
      ecr: () => Promise.reject(new Error('not used')),
      sts: () => Promise.reject(new Error('not used')),
      destroy: () => Promise.resolve()
    },
    ...aRecording(),
    clock,
    stop: new StopWaiting(new EventEmitter(), 0, clock.now(), clock),
    env: {},
    out: new UntrustedWriter(() => undefined)
  }
}

const common = aPipelineInputs()

function promoteInputs() {
  return {
    ...common,
    mode: 'promote' as const,
    promoteImage: IMAGE_ARN.replace('1.4.0/3', '1.4.x'),
    executionRole: 'ImageBuilderExecution',
    distributionRegions: [REGION],
    shareWith: [],
    kmsKeys: {},
    licenseConfigurationArns: [],
    targetAccounts: [],
    launchTemplates: [],
    dryRun: false
  }
}

describe('promotion', () => {
  it('refuses a container image by name, and distributes nothing', async () => {
    imagebuilder.on(GetImageCommand).resolves({
      image: { arn: IMAGE_ARN, type: 'DOCKER', name: 'golden', state: { status: 'AVAILABLE' } }
    })
    await expect(beginPromotion(contextFor(promoteInputs()))).rejects.toMatchObject({
      name: 'InputError',
      input: 'promote-image',
      message: expect.stringContaining('is a container image') as unknown
    })
    expect(imagebuilder.commandCalls(DistributeImageCommand)).toEqual([])
  })

  it('says so when no AVAILABLE build matches a wildcard', async () => {
    imagebuilder
      .on(GetImageCommand)
      .rejects(anAwsError('ResourceNotFoundException', { status: 404 }))
    await expect(beginPromotion(contextFor(promoteInputs()))).rejects.toMatchObject({
      input: 'promote-image',
      message: expect.stringContaining('no AVAILABLE image matches') as unknown
    })
  })
})

describe('retry', () => {
  it('refuses a container build, which RetryImage does not support', async () => {
    imagebuilder.on(GetImageCommand).resolves({
      image: { arn: IMAGE_ARN, type: 'DOCKER', state: { status: 'FAILED' } }
    })
    const inputs = { ...common, mode: 'attach' as const, imageArn: IMAGE_ARN, retry: true }
    await expect(retryAttached(contextFor(inputs))).rejects.toMatchObject({
      name: 'InputError',
      input: 'retry'
    })
    expect(imagebuilder.commandCalls(RetryImageCommand)).toEqual([])
  })
})
