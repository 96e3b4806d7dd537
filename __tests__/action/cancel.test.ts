import { EventEmitter } from 'node:events'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  CancelImageCreationCommand,
  GetImageCommand,
  ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { mockClient } from 'aws-sdk-client-mock'
import { parseFileCommand } from '../../scripts/github-runner.js'
import { runBuild } from '../../src/run-build.js'
import { anAttachInputs } from './input-factories.js'
import { type BuildRecord, newBuildRecord } from '../../src/domain/record.js'
import { failureOf } from '../../src/report/failure.js'
import { UntrustedWriter } from '../../src/untrusted.js'
import { StopWaiting } from '../../src/domain/stop-waiting.js'
import { CANCEL_CONFIRM_MS, cancelBudget, cancelBuild } from '../../src/watch/cancel.js'
import { anAwsError, anImage, aRecording, aSnapshot, IMAGE_ARN, REGION } from './factories.js'
import { FakeClock, sdkImage, serveBuild, imagebuilderOnly } from './fakes.js'

const imagebuilder = mockClient(ImagebuilderClient)
const client = new ImagebuilderClient({ region: REGION })
const TOKEN = 'c'.repeat(64)

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

/** The budget of a stop that happens now, by the fake clock. */
const cancel = () => cancelBuild(client, IMAGE_ARN, TOKEN, clock, cancelBudget(clock))

describe('cancelBuild', () => {
  it('sends CancelImageCreation for the build with the client token', async () => {
    imagebuilder.on(GetImageCommand).resolves(image('CANCELLED'))

    await cancel()

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

    const result = await cancel()

    expect(result).toEqual({ image: expect.objectContaining({ status: 'CANCELLED' }) })
    expect(clock.sleeps).toEqual([1_000, 1_000])
  })

  it('stops reading before the confirmation window ends when the build still runs', async () => {
    imagebuilder.on(GetImageCommand).resolves(image('BUILDING'))
    const confirmBy = clock.now().getTime() + CANCEL_CONFIRM_MS

    const result = await cancel()

    expect(result).toEqual({ image: expect.objectContaining({ status: 'BUILDING' }) })
    expect(clock.now().getTime()).toBeLessThan(confirmBy)
    expect(clock.now().getTime()).toBeGreaterThan(confirmBy - 1_000)
  })

  it('keeps the last image it saw when a confirming GetImage fails', async () => {
    imagebuilder
      .on(GetImageCommand)
      .resolvesOnce(image('BUILDING'))
      .rejects(anAwsError('CallRateLimitExceededException'))

    const result = await cancel()

    expect(result.image?.status).toBe('BUILDING')
  })

  it('reports a refused cancel with the error and what the build looks like', async () => {
    imagebuilder
      .on(CancelImageCreationCommand)
      .rejects(
        anAwsError('ResourceDependencyException', { message: 'the image is no longer running' })
      )
    imagebuilder.on(GetImageCommand).resolves(image('AVAILABLE'))

    const result = await cancel()

    expect(result).toEqual({
      failure: {
        why: 'error',
        error: 'ResourceDependencyException: the image is no longer running'
      },
      image: expect.objectContaining({ status: 'AVAILABLE' })
    })
    expect(clock.sleeps).toEqual([])
  })

  it('tells expired credentials apart from other refusals', async () => {
    imagebuilder.on(CancelImageCreationCommand).rejects(anAwsError('ExpiredTokenException'))
    imagebuilder.on(GetImageCommand).rejects(anAwsError('ExpiredTokenException'))

    const result = await cancel()

    expect(result.failure?.why).toBe('credentials-expired')
    expect(result.image).toBeUndefined()
  })

  it('confirms nothing when neither the cancel nor GetImage answers', async () => {
    imagebuilder.on(CancelImageCreationCommand).rejects(anAwsError('AccessDeniedException'))
    imagebuilder.on(GetImageCommand).rejects(anAwsError('AccessDeniedException'))

    const result = await cancel()

    expect(result.image).toBeUndefined()
    expect(result.failure).toMatchObject({ why: 'error', error: expect.stringContaining('Denied') })
  })
})

describe('following a build when the run is cancelled', () => {
  const RUN = { GITHUB_RUN_ID: '11223344556', GITHUB_RUN_ATTEMPT: '1', GITHUB_ACTION: 'ami' }
  const FILE_COMMANDS = ['GITHUB_OUTPUT', 'GITHUB_STATE'] as const
  const saved = { ...process.env }

  beforeEach(() => {
    // core.setOutput and core.saveState write here instead of printing workflow commands.
    const dir = mkdtempSync(join(tmpdir(), 'file-commands-'))
    for (const name of FILE_COMMANDS) {
      process.env[name] = join(dir, name)
      writeFileSync(join(dir, name), '')
    }
  })

  afterAll(() => {
    process.env = saved
  })

  /** Follows a running build and sends SIGINT during the first wait between polls. */
  async function followUntilCancelled(cancelOnAbort = true): Promise<BuildRecord> {
    serveBuild(imagebuilder, [aSnapshot({ status: 'BUILDING' })])
    const inputs = anAttachInputs({ cancelOnAbort })
    const record = newBuildRecord(inputs, clock.now())
    const runner = new EventEmitter()
    const stop = new StopWaiting(runner, 0, clock.now(), clock)
    clock.onSleep = () => runner.emit('SIGINT')
    try {
      record.ending = await runBuild({
        inputs,
        clients: imagebuilderOnly(client),
        learn: aRecording(record).learn,
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
    ).toMatch(/^[0-9a-f-]{36}$/)
    expect(record.ending).toEqual({ kind: 'aborted', by: 'run-cancelled', cancel: 'confirmed' })
    expect(record.snapshot?.image.status).toBe('CANCELLED')
  })

  it('hands the followed build to the post step as soon as it is known', async () => {
    await followUntilCancelled()

    const state = parseFileCommand(readFileSync(process.env.GITHUB_STATE ?? '', 'utf8'))
    expect(state).toEqual({ 'image-arn': IMAGE_ARN })
  })

  it('reports a refused cancel as failed, with the reason, never as asked', async () => {
    imagebuilder
      .on(CancelImageCreationCommand)
      .rejects(anAwsError('AccessDeniedException', { message: 'not allowed to cancel' }))

    const record = await followUntilCancelled()

    expect(record.ending).toEqual({
      kind: 'aborted',
      by: 'run-cancelled',
      cancel: 'failed',
      failure: { why: 'error', error: 'AccessDeniedException: not allowed to cancel' }
    })
    expect(failureOf(record)).toBe(
      `The workflow run was cancelled: the cancel of ${IMAGE_ARN} failed (AccessDeniedException: not allowed to cancel), and the build was not seen stopping (status BUILDING). It may still be running: cancel it in the Image Builder console or with aws imagebuilder cancel-image-creation --image-build-version-arn ${IMAGE_ARN}`
    )
  })

  it('reports a cancel that was accepted but not yet seen to take effect as unconfirmed', async () => {
    const record = await followUntilCancelled()

    expect(record.ending).toEqual({ kind: 'aborted', by: 'run-cancelled', cancel: 'unconfirmed' })
    expect(failureOf(record)).toBe(
      `The workflow run was cancelled: Image Builder accepted the cancel of ${IMAGE_ARN} but had not confirmed it yet (status BUILDING).`
    )
  })

  it('leaves the build running when cancel-on-abort is false', async () => {
    const record = await followUntilCancelled(false)

    expect(imagebuilder.commandCalls(CancelImageCreationCommand)).toHaveLength(0)
    expect(record.ending).toEqual({ kind: 'aborted', by: 'run-cancelled', cancel: 'not-requested' })
  })
})
