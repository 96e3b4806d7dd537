import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  CancelImageCreationCommand,
  GetImageCommand,
  ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { mockClient } from 'aws-sdk-client-mock'
import { type OrphanReport, orphanMessage, orphanSummary } from '../../src/post/orphan-report.js'
import { handleOrphanedBuild, type PostRuntime } from '../../src/post/run-post.js'
import { UntrustedWriter } from '../../src/untrusted.js'
import { type MainStepState, readMainStepState } from '../../src/state.js'
import { anAwsError, anImage, IMAGE_ARN, REGION } from './factories.js'
import { FakeClock, sdkImage } from './fakes.js'

const imagebuilder = mockClient(ImagebuilderClient)
const image = (status: string) => ({ image: sdkImage(anImage({ status })) })

let clientRegions: string[]
let log: string[]

beforeEach(() => {
  imagebuilder.reset()
  clientRegions = []
  log = []
  imagebuilder.on(CancelImageCreationCommand).resolves({ imageBuildVersionArn: IMAGE_ARN })
  imagebuilder.on(GetImageCommand).resolves(image('CANCELLED'))
})

afterAll(() => {
  imagebuilder.restore()
})

/** The state a main step killed while following IMAGE_ARN leaves behind. */
function killedMainStep(overrides: Partial<MainStepState> = {}): MainStepState {
  return {
    region: REGION,
    cancelOnAbort: true,
    summary: true,
    imageArn: IMAGE_ARN,
    finished: false,
    ...overrides
  }
}

function post(state: MainStepState): ReturnType<typeof handleOrphanedBuild> {
  const runtime: PostRuntime = {
    state,
    env: { GITHUB_RUN_ID: '4242', GITHUB_ACTION: 'image' },
    clock: new FakeClock(),
    imagebuilder: (region) => {
      clientRegions.push(region)
      return new ImagebuilderClient({ region })
    },
    out: new UntrustedWriter((line) => log.push(line))
  }
  return handleOrphanedBuild(runtime)
}

const cancelCalls = () => imagebuilder.commandCalls(CancelImageCreationCommand)

describe('the post step', () => {
  it('does nothing when the main step finished', async () => {
    expect(await post(killedMainStep({ finished: true }))).toEqual({ kind: 'main-step-finished' })
    expect(clientRegions).toEqual([])
    expect(log).toEqual([])
  })

  it('has nothing to cancel when the main step was killed before any build was known', async () => {
    expect(await post(killedMainStep({ imageArn: '' }))).toEqual({ kind: 'no-build' })
    expect(cancelCalls()).toEqual([])
  })

  it('cancels the build a killed main step left running, in its region, and confirms it', async () => {
    imagebuilder.on(GetImageCommand).resolvesOnce(image('BUILDING')).resolves(image('CANCELLED'))

    const outcome = await post(killedMainStep())

    expect(clientRegions).toEqual([REGION])
    expect(cancelCalls().map((call) => call.args[0].input.imageBuildVersionArn)).toEqual([
      IMAGE_ARN
    ])
    expect(outcome).toMatchObject({
      kind: 'orphaned-build',
      imageArn: IMAGE_ARN,
      outcome: { cancel: 'confirmed' },
      image: { status: 'CANCELLED' }
    })
    expect(log).toEqual([`The main step did not finish: cancelling image build ${IMAGE_ARN}`])
  })

  it('leaves the build running when cancel-on-abort is false', async () => {
    const outcome = await post(killedMainStep({ cancelOnAbort: false }))

    expect(cancelCalls()).toEqual([])
    expect(outcome).toMatchObject({ kind: 'orphaned-build', outcome: { cancel: 'not-requested' } })
  })

  it('reports a cancel that Image Builder refused as failed', async () => {
    imagebuilder.on(CancelImageCreationCommand).rejects(anAwsError('ExpiredTokenException'))
    imagebuilder.on(GetImageCommand).rejects(anAwsError('ExpiredTokenException'))

    const outcome = await post(killedMainStep())

    expect(outcome).toMatchObject({
      kind: 'orphaned-build',
      outcome: { cancel: 'failed', failure: { why: 'credentials-expired' } }
    })
  })
})

describe('the main step state the post step reads', () => {
  it('treats a main step that saved nothing as unfinished, with no build', () => {
    expect(readMainStepState(() => '')).toEqual({
      region: '',
      cancelOnAbort: true,
      summary: true,
      imageArn: '',
      finished: false
    })
  })

  it('reads every key the main step saves', () => {
    const saved: Record<string, string> = {
      region: 'eu-west-1',
      'cancel-on-abort': 'false',
      summary: 'false',
      'image-arn': IMAGE_ARN,
      finished: 'true'
    }
    expect(readMainStepState((key) => saved[key] ?? '')).toEqual({
      region: 'eu-west-1',
      cancelOnAbort: false,
      summary: false,
      imageArn: IMAGE_ARN,
      finished: true
    })
  })
})

describe('the post step summary', () => {
  it('says the build was cancelled because the main step did not finish', () => {
    const report: OrphanReport = {
      imageArn: IMAGE_ARN,
      region: REGION,
      outcome: { cancel: 'confirmed' },
      image: anImage({ status: 'CANCELLED' })
    }

    const summary = orphanSummary(report)

    expect(summary.split('\n')[0]).toBe(
      '## 🚫 Image build cancelled by the post step: the main step did not finish'
    )
    expect(summary).toContain('| Status | CANCELLED |')
    expect(orphanMessage(report)).toBe(
      `The main step did not finish (the run was cancelled or the step was killed): ${IMAGE_ARN} was cancelled.`
    )
    expect(summary).toContain('The main step did not finish &#40;the run was cancelled')
  })

  it('escapes what came from AWS', () => {
    const summary = orphanSummary({
      imageArn: 'arn:aws:imagebuilder:eu-west-1:111122223333:image/x/1.0.0/1',
      region: REGION,
      outcome: { cancel: 'unconfirmed' },
      image: anImage({ status: '<img src=x>[link](https://evil)' })
    })

    expect(summary).not.toMatch(/<img|\]\(|https:/)
  })
})
