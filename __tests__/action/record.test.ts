/**
 * The record's one writer: every fact and event a stage hands over lands in its field, in the
 * order told, and what a stage learnt stays in the record when it throws afterwards.
 */
import { EventEmitter } from 'node:events'
import { afterAll, describe, expect, it } from '@jest/globals'
import { DescribeImagesCommand, EC2Client } from '@aws-sdk/client-ec2'
import { ImagebuilderClient, ListImageScanFindingsCommand } from '@aws-sdk/client-imagebuilder'
import { mockClient } from 'aws-sdk-client-mock'
import type { RunContext } from '../../src/context.js'
import { recordEvent } from '../../src/domain/record.js'
import { StopWaiting } from '../../src/domain/stop-waiting.js'
import { finishBuild } from '../../src/finish/finish-build.js'
import { RecipeComponents } from '../../src/finish/test-components.js'
import { keepRecord } from '../../src/report/keep-record.js'
import { planLines } from '../../src/report/plan-report.js'
import { UntrustedWriter } from '../../src/untrusted.js'
import { FakeClock } from './fakes.js'
import {
  anAmi,
  anAwsError,
  anImage,
  aRecipePlan,
  aRecord,
  aRecording,
  aSnapshot,
  at,
  aWorkflow,
  IMAGE_ARN,
  REGION
} from './factories.js'

const imagebuilder = mockClient(ImagebuilderClient)
const ec2 = mockClient(EC2Client)

afterAll(() => {
  imagebuilder.restore()
  ec2.restore()
})

describe('recordEvent', () => {
  it('puts each fact in its own field and keeps the notices in the order told', () => {
    const record = aRecord({ imageArn: undefined })
    const plan = aRecipePlan()
    const ending = { kind: 'ended' } as const

    recordEvent(record, { type: 'image-arn', imageArn: IMAGE_ARN })
    recordEvent(record, { type: 'plan', plan })
    recordEvent(record, { type: 'notice', text: 'first' })
    recordEvent(record, {
      type: 'scan-findings',
      counts: { HIGH: 2 },
      worst: [{ severity: 'HIGH' }]
    })
    recordEvent(record, { type: 'notice', text: 'second' })
    recordEvent(record, { type: 'ended', ending, at: at('19:30:00') })

    expect(record).toMatchObject({
      imageArn: IMAGE_ARN,
      plan,
      scanFindings: { HIGH: 2 },
      worstFindings: [{ severity: 'HIGH' }],
      notices: ['first', 'second'],
      ending,
      endedAt: at('19:30:00')
    })
  })

  it("keeps the workflows last seen when the cancel's read-back brings only the image", () => {
    const record = aRecord()
    const workflows = [aWorkflow()]
    recordEvent(record, {
      type: 'snapshot',
      at: at('19:20:00'),
      snapshot: { ...aSnapshot(), workflows }
    })

    recordEvent(record, { type: 'image-read', image: anImage({ status: 'CANCELLED' }) })

    expect(record.snapshot?.image.status).toBe('CANCELLED')
    expect(record.snapshot?.workflows).toBe(workflows)
  })

  it('closes the stage before when the next is seen', () => {
    const record = aRecord()

    recordEvent(record, { type: 'stage-changed', at: at('19:12:10'), status: 'BUILDING' })
    recordEvent(record, { type: 'stage-changed', at: at('19:20:00'), status: 'TESTING' })

    expect(record.stages).toEqual([
      { status: 'BUILDING', seenAt: at('19:12:10'), endedAt: at('19:20:00') },
      { status: 'TESTING', seenAt: at('19:20:00') }
    ])
  })
})

describe('keepRecord', () => {
  it('writes the lines of a plan to the job log, and none for a notice', () => {
    const log: string[] = []
    const record = aRecord()
    const learn = keepRecord(record, new UntrustedWriter((line) => log.push(line)))

    learn({ type: 'notice', text: 'a notice' })
    expect(log).toEqual([])
    const plan = aRecipePlan()
    learn({ type: 'plan', plan })

    expect(record.plan).toBe(plan)
    expect(log).toEqual(planLines(plan))
    expect(log.length).toBeGreaterThan(0)
  })
})

describe('a stage that throws halfway', () => {
  it('leaves in the record what it learnt before: scan findings read, then expired credentials', async () => {
    imagebuilder.on(ListImageScanFindingsCommand).resolves({
      findings: [{ severity: 'CRITICAL' }, { severity: 'HIGH' }, { severity: 'CRITICAL' }]
    })
    ec2.on(DescribeImagesCommand).rejects(anAwsError('ExpiredTokenException'))
    const clock = new FakeClock()
    const { record, learn } = aRecording()
    const context = {
      inputs: { mode: 'attach', region: REGION, amiTags: {} },
      clients: {
        imagebuilder: new ImagebuilderClient({ region: REGION }),
        ec2: (region: string) => Promise.resolve(new EC2Client({ region }))
      },
      learn,
      clock,
      stop: new StopWaiting(new EventEmitter(), 0, clock.now(), clock),
      env: {},
      out: new UntrustedWriter(() => undefined)
    } as unknown as RunContext
    const snapshot = aSnapshot({
      status: 'AVAILABLE',
      image: { scanningEnabled: true, amis: [anAmi()] }
    })

    await expect(
      finishBuild(
        context,
        { imageArn: IMAGE_ARN, snapshot },
        new RecipeComponents(context.clients.imagebuilder, context.stop.signal)
      )
    ).rejects.toMatchObject({ name: 'ExpiredTokenException' })

    expect(record.scanFindings).toEqual({ CRITICAL: 2, HIGH: 1 })
    expect(record.testComponents).toEqual([])
    expect(record.amiVolumes).toBeUndefined()
  })
})
