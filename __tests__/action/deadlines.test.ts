/**
 * Requests closed at their deadlines, against a service that hangs or answers late: the emulator
 * in-process and a real SDK client, so an abort really closes the request. Budgets are tens of
 * milliseconds.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  ImagebuilderClient,
  StartImagePipelineExecutionCommand
} from '@aws-sdk/client-imagebuilder'
import { type Emulator, startEmulator } from '../../emulator/src/index.js'
import { until } from '../emulator/imagebuilder-harness.js'
import { systemClock } from '../../src/domain/clock.js'
import { Deadline } from '../../src/domain/deadline.js'
import { type CancelBudget, cancelBuild } from '../../src/watch/cancel.js'
import { cancelOutcome } from '../../src/watch/cancel-on-stop.js'
import { watchBuild } from '../../src/watch/poller.js'

const REGION = 'us-east-1'
const TOKEN = 'cancel-token'

let emu: Emulator
let client: ImagebuilderClient
let imageArn: string

beforeEach(async () => {
  // Builds last minutes and a cancel takes effect at once, so only the deadlines decide.
  emu = await startEmulator({ port: 0, scenario: { cancelDelayMs: 0 } })
  const pipeline = emu.seedPipeline({ name: 'golden', region: REGION })
  client = new ImagebuilderClient({
    region: REGION,
    endpoint: emu.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }
  })
  const started = await client.send(
    new StartImagePipelineExecutionCommand({
      imagePipelineArn: pipeline.pipelineArn,
      clientToken: 'start-token'
    })
  )
  imageArn = started.imageBuildVersionArn ?? ''
})

afterEach(async () => {
  client.destroy()
  await emu.close()
})

function budget(requestMs: number, confirmMs: number): CancelBudget {
  return {
    request: Deadline.after(requestMs, systemClock),
    confirm: Deadline.after(confirmMs, systemClock)
  }
}

const cancel = (within: CancelBudget) => cancelBuild(client, imageArn, TOKEN, systemClock, within)

describe('cancelBuild against a service that does not answer in time', () => {
  it('closes a cancel call that hangs at its deadline and says it timed out', async () => {
    emu.injectFault({ kind: 'hang', operation: 'CancelImageCreation' })

    const result = await cancel(budget(40, 120))

    expect(result.failure).toEqual({ why: 'timed-out', waitedMs: expect.any(Number) })
    expect(result.image?.status).not.toBe('CANCELLED')
    expect(cancelOutcome(result)).toEqual({ cancel: 'failed', failure: result.failure })
    await until(() => emu.requestsFor('CancelImageCreation').length > 0)
    expect(emu.requestsFor('CancelImageCreation')).toMatchObject([{ status: 0, fault: 'hang' }])
  })

  it('confirms a cancel that took effect although its answer came too late', async () => {
    emu.injectFault({ kind: 'latency', operation: 'CancelImageCreation', latencyMs: 60 })

    const result = await cancel(budget(20, 500))

    expect(result.failure?.why).toBe('timed-out')
    expect(result.image?.status).toBe('CANCELLED')
    expect(cancelOutcome(result)).toEqual({ cancel: 'confirmed' })
  })

  it('closes reads that hang at the confirmation deadline and claims no confirmation', async () => {
    emu.injectFault({ kind: 'hang', operation: 'GetImage', times: Infinity })

    const result = await cancel(budget(100, 150))

    expect(result).toEqual({ image: undefined })
    expect(cancelOutcome(result)).toEqual({ cancel: 'unconfirmed' })
    expect(emu.requestsFor('CancelImageCreation')).toMatchObject([{ status: 200 }])
  })
})

describe('watchBuild when the action stops waiting', () => {
  it('closes the poll in flight instead of leaving it to hang', async () => {
    emu.injectFault({ kind: 'hang', operation: 'GetImage' })
    const stop = new AbortController()

    const watching = watchBuild({
      client,
      imageArn,
      baseIntervalMs: 1_000,
      clock: systemClock,
      signal: stop.signal,
      emit: () => undefined
    })
    setTimeout(() => stop.abort('run-cancelled'), 30)

    expect(await watching).toEqual({ type: 'aborted', snapshot: undefined })
    await until(() => emu.requests.length > 1)
    expect(emu.requestsFor('GetImage')).toMatchObject([{ status: 0, fault: 'hang' }])
  })
})
