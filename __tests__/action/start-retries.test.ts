/**
 * The start under faults, through the real SDK and its retry middleware: against the emulator
 * over HTTP, and against a scripted transport for answers the emulator does not give.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { HttpResponse } from '@smithy/core/protocols'
import { type Emulator, type SeededPipeline, startEmulator } from '../../emulator/src/index.js'
import { type StartPatience, teachThrottling } from '../../src/aws/retry.js'
import { startPipelineExecution } from '../../src/start/start-pipeline.js'
import { IMAGE_ARN } from './factories.js'
import { aPipelineInputs } from './input-factories.js'

/** The start's schedule shrunk to milliseconds, so the tests wait for nothing real. */
const QUICK: StartPatience = { maxAttempts: 10, firstDelayMs: 1, maxDelayMs: 4, adaptive: false }
const TOKEN = '0f0e0d0c-0b0a-8908-8706-050403020100'
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }

let emu: Emulator
let pipeline: SeededPipeline
let client: ImagebuilderClient

beforeEach(async () => {
  emu = await startEmulator({ port: 0 })
  pipeline = emu.seedPipeline({ name: 'golden', region: 'us-east-1' })
  client = new ImagebuilderClient({ region: 'us-east-1', endpoint: emu.url, credentials })
  teachThrottling(client)
})

afterEach(async () => {
  client.destroy()
  await emu.close()
})

function start(
  patience: StartPatience = QUICK,
  signal: AbortSignal = new AbortController().signal,
  pipelineArn = pipeline.pipelineArn
): Promise<string> {
  return startPipelineExecution(client, aPipelineInputs({ pipelineArn }), TOKEN, signal, patience)
}

function startRequests(): { status: number; token: unknown }[] {
  return emu
    .requestsFor('StartImagePipelineExecution')
    .map((request) => ({ status: request.status, token: request.input.clientToken }))
}

/** Resolves once the emulator has answered the first start, checking every few milliseconds. */
async function firstAttemptAnswered(): Promise<void> {
  while (startRequests().length === 0) {
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('a start under throttling', () => {
  it('keeps trying with the same client token, and starts exactly one build', async () => {
    emu.injectFault({ kind: 'throttle', operation: 'StartImagePipelineExecution', times: 6 })

    const imageArn = await start()

    expect(startRequests()).toEqual([
      ...Array.from({ length: 6 }, () => ({ status: 429, token: TOKEN })),
      { status: 200, token: TOKEN }
    ])
    expect(emu.requestsFor('StartImagePipelineExecution').at(-1)?.errorCode).toBeUndefined()
    expect(imageArn).toMatch(/:image\/golden\/1\.0\.0\/1$/)
  })

  it('gives up after its attempts with an error naming the pipeline and the throttling', async () => {
    emu.injectFault({
      kind: 'throttle',
      operation: 'StartImagePipelineExecution',
      times: Infinity
    })

    await expect(start({ ...QUICK, maxAttempts: 4 })).rejects.toMatchObject({
      name: 'StartError',
      message: expect.stringContaining(
        `Could not start pipeline ${pipeline.pipelineArn}: CallRateLimitExceededException`
      )
    })
    expect(startRequests()).toHaveLength(4)
  })

  it('waits out server errors and dropped connections too', async () => {
    emu.injectFault({ kind: 'unavailable', operation: 'StartImagePipelineExecution' })
    emu.injectFault({ kind: 'drop', operation: 'StartImagePipelineExecution' })

    await start()

    expect(startRequests().map(({ status }) => status)).toEqual([503, 0, 200])
  })

  it('stops at once when the run is cancelled during a wait, saying a build may exist', async () => {
    emu.injectFault({
      kind: 'throttle',
      operation: 'StartImagePipelineExecution',
      times: Infinity
    })
    const controller = new AbortController()
    // Long enough to be sure the abort lands in the wait; short, because the SDK's own backoff
    // timer is not cancelled by the abort and keeps the process alive until it fires.
    const patient = { ...QUICK, firstDelayMs: 1_000, maxDelayMs: 1_000 }
    const starting = start(patient, controller.signal)
    await firstAttemptAnswered()
    controller.abort()

    await expect(starting).rejects.toMatchObject({
      name: 'StartError',
      message: expect.stringContaining('Stopped before Image Builder confirmed the start')
    })
    expect(startRequests()).toHaveLength(1)
  })

  it('does not retry a pipeline that does not exist', async () => {
    const missing = pipeline.pipelineArn.replace('golden', 'missing')

    await expect(start(QUICK, undefined, missing)).rejects.toMatchObject({
      message: `Input 'pipeline-arn': ${missing} does not exist in its region, or this role cannot see it`
    })
    expect(startRequests()).toHaveLength(1)
  })
})

describe('throttling recognised by name', () => {
  /** Answers CallRateLimitExceededException with a status other than 429 `times` times, then starts. */
  function throttledWithout429(times: number): { handle(): Promise<{ response: HttpResponse }> } {
    let answered = 0
    return {
      handle: () => {
        answered += 1
        const throttled = answered <= times
        const body = throttled
          ? { message: 'Rate exceeded' }
          : { requestId: 'r-1', clientToken: TOKEN, imageBuildVersionArn: IMAGE_ARN }
        const response = new HttpResponse({
          statusCode: throttled ? 400 : 200,
          headers: {
            'content-type': 'application/json',
            ...(throttled ? { 'x-amzn-errortype': 'CallRateLimitExceededException' } : {})
          },
          body: Buffer.from(JSON.stringify(body))
        })
        return Promise.resolve({ response })
      }
    }
  }

  it('retries CallRateLimitExceededException even when a proxy answered it without 429', async () => {
    const scripted = new ImagebuilderClient({
      region: 'eu-west-1',
      credentials,
      requestHandler: throttledWithout429(2)
    })
    teachThrottling(scripted)

    const imageArn = await startPipelineExecution(
      scripted,
      aPipelineInputs(),
      TOKEN,
      new AbortController().signal,
      QUICK
    )

    expect(imageArn).toBe(IMAGE_ARN)
    scripted.destroy()
  })

  it('would not retry it without being taught, which is why every client is', async () => {
    const untaught = new ImagebuilderClient({
      region: 'eu-west-1',
      credentials,
      requestHandler: throttledWithout429(1)
    })

    await expect(
      startPipelineExecution(
        untaught,
        aPipelineInputs(),
        TOKEN,
        new AbortController().signal,
        QUICK
      )
    ).rejects.toMatchObject({ message: expect.stringContaining('CallRateLimitExceededException') })
    untaught.destroy()
  })
})
