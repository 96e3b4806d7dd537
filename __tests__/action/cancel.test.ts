import { EventEmitter } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  CancelImageCreationCommand,
  GetImageCommand,
  ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { mockClient } from 'aws-sdk-client-mock'
import { follow } from '../../src/follow.js'
import type { AttachInputs } from '../../src/inputs/action-inputs.js'
import { type BuildRecord, newBuildRecord } from '../../src/report/build-record.js'
import { failureOf } from '../../src/report/failure.js'
import { UntrustedWriter } from '../../src/report/untrusted.js'
import { StopWaiting } from '../../src/stop-waiting.js'
import { cancelBuild } from '../../src/watch/cancel.js'
import { anAwsError, anImage, aSnapshot, IMAGE_ARN, REGION } from './factories.js'
import { FakeClock, sdkImage, serveBuild } from './fakes.js'

const imagebuilder = mockClient(ImagebuilderClient)
const client = new ImagebuilderClient({ region: REGION })
const TOKEN = 'c'.repeat(64)
const WINDOW_MS = 5_000

let clock: FakeClock

beforeEach(() => {
  imagebuilder.reset()
  clock = new FakeClock()
  imagebuilder.on(CancelImageCreationCommand).resolves({ imageBuildVersionArn: IMAGE_ARN })
})

afterAll(() => {
  imagebuilder.restore()
})

const image = (status: string) => ({ image: sdkImage(anImage({ status })) })

describe('cancelBuild', () => {
  it('sends CancelImageCreation for the build with the client token', async () => {
    imagebuilder.on(GetImageCommand).resolves(image('CANCELLED'))

    await cancelBuild(client, IMAGE_ARN, TOKEN, clock, WINDOW_MS)

    expect(
      imagebuilder.commandCalls(CancelImageCreationCommand).map((call) => call.args[0].input)
    ).toEqual([{ imageBuildVersionArn: IMAGE_ARN, clientToken: TOKEN }])
  })

  it('confirms the cancel when GetImage shows CANCELLED within the window', async () => {
    imagebuilder
      .on(GetImageCommand)
      .resolvesOnce(image('BUILDING'))
      .resolvesOnce(image('BUILDING'))
      .resolves(image('CANCELLED'))

    const result = await cancelBuild(client, IMAGE_ARN, TOKEN, clock, WINDOW_MS)

    expect(result).toMatchObject({ requested: true, image: { status: 'CANCELLED' } })
    expect(result.error).toBeUndefined()
    expect(clock.sleeps).toEqual([1_000, 1_000])
  })

  it('leaves the cancel unconfirmed when the build still runs at the end of the window', async () => {
    imagebuilder.on(GetImageCommand).resolves(image('BUILDING'))

    const result = await cancelBuild(client, IMAGE_ARN, TOKEN, clock, WINDOW_MS)

    expect(result).toMatchObject({ requested: true, image: { status: 'BUILDING' } })
    const waited = clock.sleeps.reduce((sum, ms) => sum + ms, 0)
    expect(waited).toBeGreaterThanOrEqual(WINDOW_MS)
    expect(waited).toBeLessThanOrEqual(WINDOW_MS + 1_000)
  })

  it('keeps the last image it saw when a confirming GetImage fails', async () => {
    imagebuilder
      .on(GetImageCommand)
      .resolvesOnce(image('BUILDING'))
      .rejects(anAwsError('CallRateLimitExceededException'))

    const result = await cancelBuild(client, IMAGE_ARN, TOKEN, clock, WINDOW_MS)

    expect(result).toMatchObject({ requested: true, image: { status: 'BUILDING' } })
  })

  it('reports a failed cancel with the error and what the build looks like', async () => {
    imagebuilder
      .on(CancelImageCreationCommand)
      .rejects(
        anAwsError('ResourceDependencyException', { message: 'the image is no longer running' })
      )
    imagebuilder.on(GetImageCommand).resolves(image('AVAILABLE'))

    const result = await cancelBuild(client, IMAGE_ARN, TOKEN, clock, WINDOW_MS)

    expect(result).toEqual({
      requested: false,
      error: 'ResourceDependencyException: the image is no longer running',
      image: expect.objectContaining({ status: 'AVAILABLE' })
    })
    expect(clock.sleeps).toEqual([])
  })

  it('confirms nothing when neither the cancel nor GetImage answers', async () => {
    imagebuilder.on(CancelImageCreationCommand).rejects(anAwsError('AccessDeniedException'))
    imagebuilder.on(GetImageCommand).rejects(anAwsError('AccessDeniedException'))

    const result = await cancelBuild(client, IMAGE_ARN, TOKEN, clock, WINDOW_MS)

    expect(result).toMatchObject({ requested: false, image: undefined })
    expect(result.error).toContain('AccessDeniedException')
  })
})

describe('following a build when the run is cancelled', () => {
  const RUN = { GITHUB_RUN_ID: '11223344556', GITHUB_RUN_ATTEMPT: '1', GITHUB_ACTION: 'ami' }
  const outputFile = process.env.GITHUB_OUTPUT

  beforeAll(() => {
    // core.setOutput writes here instead of printing a workflow command.
    const file = join(mkdtempSync(join(tmpdir(), 'outputs-')), 'output')
    writeFileSync(file, '')
    process.env.GITHUB_OUTPUT = file
  })

  afterAll(() => {
    if (outputFile === undefined) delete process.env.GITHUB_OUTPUT
    else process.env.GITHUB_OUTPUT = outputFile
  })

  function attachInputs(cancelOnAbort = true): AttachInputs {
    return {
      mode: 'attach',
      imageArn: IMAGE_ARN,
      region: REGION,
      wait: true,
      timeoutMinutes: 0,
      cancelOnAbort,
      pollIntervalSeconds: 30,
      streamLogs: false,
      summary: true,
      amiTags: {},
      tags: {}
    }
  }

  /** Follows a running build and sends SIGINT during the first wait between polls. */
  async function followUntilCancelled(cancelOnAbort = true): Promise<BuildRecord> {
    serveBuild(imagebuilder, [aSnapshot({ status: 'BUILDING' })])
    const inputs = attachInputs(cancelOnAbort)
    const record = newBuildRecord(inputs, clock.now())
    const runner = new EventEmitter()
    const stop = new StopWaiting(runner, 0, clock.now(), clock.now())
    clock.onSleep = () => runner.emit('SIGINT')
    const unused = (): Promise<never> => Promise.reject(new Error('not used'))
    try {
      await follow({
        inputs,
        clients: {
          imagebuilder: client,
          ec2: unused,
          logs: unused,
          destroy: () => Promise.resolve()
        },
        record,
        clock,
        stop,
        env: RUN,
        out: new UntrustedWriter(() => undefined)
      })
    } finally {
      stop.dispose()
    }
    return record
  }

  it('cancels the build and records a cancel that Image Builder confirmed', async () => {
    imagebuilder.on(CancelImageCreationCommand).callsFake(() => {
      serveBuild(imagebuilder, [aSnapshot({ status: 'CANCELLED' })])
      return { imageBuildVersionArn: IMAGE_ARN }
    })

    const record = await followUntilCancelled()

    expect(imagebuilder.commandCalls(CancelImageCreationCommand)).toHaveLength(1)
    expect(
      imagebuilder.commandCalls(CancelImageCreationCommand)[0]?.args[0].input.clientToken
    ).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(record.ending).toEqual({ kind: 'aborted', by: 'run-cancelled', cancel: 'confirmed' })
    expect(record.snapshot?.image.status).toBe('CANCELLED')
  })

  it('reports a failed cancel in the notices and as unconfirmed', async () => {
    imagebuilder
      .on(CancelImageCreationCommand)
      .rejects(anAwsError('AccessDeniedException', { message: 'not allowed to cancel' }))

    const record = await followUntilCancelled()

    expect(record.notices).toEqual([
      'CancelImageCreation failed: AccessDeniedException: not allowed to cancel'
    ])
    expect(record.ending).toEqual({ kind: 'aborted', by: 'run-cancelled', cancel: 'unconfirmed' })
    expect(failureOf(record)).toContain(
      'was asked to cancel; Image Builder had not confirmed it yet (status BUILDING)'
    )
  })

  it('leaves the build running when cancel-on-abort is false', async () => {
    const record = await followUntilCancelled(false)

    expect(imagebuilder.commandCalls(CancelImageCreationCommand)).toHaveLength(0)
    expect(record.ending).toEqual({ kind: 'aborted', by: 'run-cancelled', cancel: 'not-requested' })
  })
})
