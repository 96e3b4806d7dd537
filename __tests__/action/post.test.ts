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

  it('leaves the build running when cancel-on-abort is false, and reads its status once', async () => {
    imagebuilder.on(GetImageCommand).resolves(image('TESTING'))

    const outcome = await post(killedMainStep({ cancelOnAbort: false }))

    expect(cancelCalls()).toEqual([])
    expect(imagebuilder.commandCalls(GetImageCommand)).toHaveLength(1)
    expect(outcome).toMatchObject({
      kind: 'orphaned-build',
      outcome: { cancel: 'not-requested' },
      image: { status: 'TESTING' }
    })
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
  const SEEN_AT = new Date('2026-12-07T05:31:02Z')
  const report = (overrides: Partial<OrphanReport>): OrphanReport => ({
    imageArn: IMAGE_ARN,
    region: REGION,
    outcome: { cancel: 'confirmed' },
    seenAt: SEEN_AT,
    confirmMs: 6_000,
    ...overrides
  })
  const headingOf = (summary: string) => summary.split('\n')[0]

  it('says the post step cancelled the build, and that Image Builder confirmed it, with when', () => {
    const confirmed = report({ image: anImage({ status: 'CANCELLED' }) })

    const summary = orphanSummary(confirmed)

    expect(headingOf(summary)).toBe(
      '## 🚫 The post step cancelled the image build, and Image Builder confirmed it: CANCELLED'
    )
    expect(summary).toContain('| Status | 🚫 CANCELLED (read 05:31:02 UTC) |')
    expect(summary).toContain(
      '| Cancel | sent by the post step; Image Builder shows the build CANCELLED |'
    )
    expect(orphanMessage(confirmed)).toBe(
      `The main step did not finish (the run was cancelled or the step was killed): ${IMAGE_ARN} was cancelled.`
    )
    expect(summary).not.toContain('get-image')
  })

  it('says a cancel accepted but not yet seen taking effect is not confirmed, and how to check', () => {
    const summary = orphanSummary(
      report({ outcome: { cancel: 'unconfirmed' }, image: anImage({ status: 'BUILDING' }) })
    )

    expect(headingOf(summary)).toBe(
      "## ⏳ Image Builder accepted the post step's cancel but had not confirmed it yet (BUILDING)"
    )
    expect(summary).toContain(
      '| Cancel | accepted by Image Builder; not seen CANCELLED within 6 s |'
    )
    expect(summary).toContain(
      `aws imagebuilder get-image --image-build-version-arn ${IMAGE_ARN.replace(/:/g, '&#58;')} --region ${REGION}`
    )
  })

  it('tells a refused cancel of a running build from one of a build that had already ended', () => {
    const failure = { why: 'error', error: 'AccessDeniedException: not allowed' } as const
    const running = orphanSummary(
      report({ outcome: { cancel: 'failed', failure }, image: anImage({ status: 'BUILDING' }) })
    )
    const ended = orphanSummary(
      report({ outcome: { cancel: 'failed', failure }, image: anImage({ status: 'AVAILABLE' }) })
    )

    expect(headingOf(running)).toBe(
      '## ⚠️ The post step could not cancel the image build, and it may still be running (BUILDING)'
    )
    expect(running).toContain(
      '| Cancel | not accepted&#58; the cancel failed &#40;AccessDeniedException'
    )
    expect(headingOf(ended)).toBe(
      '## ✅ The image build had already ended (AVAILABLE) when the post step tried to cancel it'
    )
    expect(ended).not.toContain('get-image')
  })

  it('gives the status of a build left running with cancel-on-abort false', () => {
    const running = report({
      outcome: { cancel: 'not-requested' },
      image: anImage({ status: 'TESTING' })
    })
    const ended = report({
      outcome: { cancel: 'not-requested' },
      image: anImage({ status: 'AVAILABLE' })
    })

    expect(headingOf(orphanSummary(running))).toBe(
      '## 🔄 The image build keeps running (TESTING), because cancel-on-abort is false'
    )
    expect(orphanSummary(running)).toContain(
      '| Cancel | not sent &#40;cancel-on-abort is false&#41; |'
    )
    expect(orphanMessage(ended)).toBe(
      `The main step did not finish (the run was cancelled or the step was killed): ${IMAGE_ARN} was left alone (cancel-on-abort is false); it had ended (status AVAILABLE).`
    )
  })

  it('says so when Image Builder did not answer the post step at all', () => {
    const summary = orphanSummary(report({ outcome: { cancel: 'unconfirmed' }, seenAt: undefined }))

    expect(summary).toContain('| Status | unknown: Image Builder did not answer the post step |')
    expect(headingOf(summary)).toContain('(unknown)')
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
