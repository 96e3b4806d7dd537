import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  ImagebuilderClient,
  StartImagePipelineExecutionCommand
} from '@aws-sdk/client-imagebuilder'
import { mockClient } from 'aws-sdk-client-mock'
import type { PipelineInputs } from '../../src/inputs/action-inputs.js'
import { startPipelineExecution } from '../../src/start/start-pipeline.js'
import { START_PATIENCE } from '../../src/aws/retry.js'
import { anAwsError, IMAGE_ARN, PIPELINE_ARN, REGION } from './factories.js'
import { aPipelineInputs } from './input-factories.js'

const imagebuilder = mockClient(ImagebuilderClient)
const client = new ImagebuilderClient({ region: REGION })
const TOKEN = 'a1'.repeat(32)

let controller: AbortController

beforeEach(() => {
  imagebuilder.reset()
  controller = new AbortController()
})

afterAll(() => {
  imagebuilder.restore()
})

function start(inputs: PipelineInputs = aPipelineInputs()): Promise<string> {
  return startPipelineExecution(client, inputs, TOKEN, controller.signal, START_PATIENCE)
}

function startCalls(): unknown[] {
  return imagebuilder
    .commandCalls(StartImagePipelineExecutionCommand)
    .map((call) => call.args[0].input)
}

const started = { imageBuildVersionArn: IMAGE_ARN }

describe('startPipelineExecution, with the SDK stubbed', () => {
  it('starts the pipeline with the client token and the tags, and returns the image ARN', async () => {
    imagebuilder.on(StartImagePipelineExecutionCommand).resolves(started)

    const arn = await start(aPipelineInputs({ tags: { team: 'platform' } }))

    expect(arn).toBe(IMAGE_ARN)
    expect(startCalls()).toEqual([
      { imagePipelineArn: PIPELINE_ARN, clientToken: TOKEN, tags: { team: 'platform' } }
    ])
  })

  it('sends no tags when none are given', async () => {
    imagebuilder.on(StartImagePipelineExecutionCommand).resolves(started)

    await start()

    expect(startCalls()).toEqual([
      { imagePipelineArn: PIPELINE_ARN, clientToken: TOKEN, tags: undefined }
    ])
  })

  it('turns ResourceNotFoundException into an input error naming pipeline-arn, without retrying', async () => {
    imagebuilder
      .on(StartImagePipelineExecutionCommand)
      .rejects(anAwsError('ResourceNotFoundException', { status: 404 }))

    await expect(start()).rejects.toMatchObject({
      name: 'InputError',
      input: 'pipeline-arn',
      message: `Input 'pipeline-arn': ${PIPELINE_ARN} does not exist in its region, or this role cannot see it`
    })
    expect(startCalls()).toHaveLength(1)
  })

  it.each([
    ['ResourceInUseException', 'cannot start a build now'],
    ['IdempotentParameterMismatchException', 'already started a build with other parameters']
  ])('explains %s', async (name, explanation) => {
    imagebuilder.on(StartImagePipelineExecutionCommand).rejects(anAwsError(name))

    await expect(start()).rejects.toMatchObject({
      name: 'StartError',
      message: expect.stringContaining(explanation)
    })
  })

  it('passes expired credentials on as they are, for the caller to explain', async () => {
    const expired = anAwsError('ExpiredTokenException')
    imagebuilder.on(StartImagePipelineExecutionCommand).rejects(expired)

    await expect(start()).rejects.toBe(expired)
    expect(startCalls()).toHaveLength(1)
  })

  it('fails clearly when Image Builder answers without an image ARN', async () => {
    imagebuilder.on(StartImagePipelineExecutionCommand).resolves({})

    await expect(start()).rejects.toMatchObject({
      name: 'StartError',
      message: expect.stringContaining('no image ARN')
    })
  })
})
