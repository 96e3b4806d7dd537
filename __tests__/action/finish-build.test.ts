/** The finish stage: an AVAILABLE build is only a success once EC2 has every AMI ready to launch. */
import { EventEmitter } from 'node:events'
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  DescribeImagesCommand,
  EC2Client,
  EnableImageDeprecationCommand
} from '@aws-sdk/client-ec2'
import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { mockClient } from 'aws-sdk-client-mock'
import type { RunContext } from '../../src/context.js'
import { finishBuild } from '../../src/finish/finish-build.js'
import { RecipeComponents } from '../../src/finish/test-components.js'
import { UntrustedWriter } from '../../src/untrusted.js'
import { StopWaiting } from '../../src/domain/stop-waiting.js'
import {
  anAmi,
  anAwsError,
  aRecord,
  aRecording,
  aSnapshot,
  IMAGE_ARN,
  REGION
} from './factories.js'
import type { BuildRecord } from '../../src/domain/record.js'
import { FakeClock } from './fakes.js'

const ec2 = mockClient(EC2Client)
const AMIS = [anAmi({ region: REGION }), anAmi({ region: 'us-east-1' })]

beforeEach(() => {
  ec2.reset()
})
afterAll(() => {
  ec2.restore()
})

function finish(inputs: object = { mode: 'attach', imageArn: IMAGE_ARN }): {
  ending: ReturnType<typeof finishBuild>
  log: string[]
  context: RunContext & { record: BuildRecord }
} {
  const log: string[] = []
  const clock = new FakeClock()
  const context = {
    inputs: { region: REGION, amiTags: {}, ...inputs },
    clients: {
      imagebuilder: new ImagebuilderClient({ region: REGION }),
      ec2: (region: string) => Promise.resolve(new EC2Client({ region })),
      logs: () => Promise.reject(new Error('not used')),
      ssm: () => Promise.reject(new Error('not used')),
      destroy: () => Promise.resolve()
    },
    ...aRecording(aRecord({ mode: 'attach' })),
    clock,
    stop: new StopWaiting(new EventEmitter(), 0, clock.now(), clock),
    env: {},
    out: new UntrustedWriter((line) => log.push(line))
  } as unknown as RunContext & { record: BuildRecord }
  const recipe = new RecipeComponents(context.clients.imagebuilder, context.stop.signal)
  const snapshot = aSnapshot({ status: 'AVAILABLE', image: { amis: AMIS } })
  return { ending: finishBuild(context, { imageArn: IMAGE_ARN, snapshot }, recipe), log, context }
}

function imageIn(state: string) {
  return (input: { ImageIds?: string[] }) => ({
    Images: [{ ImageId: input.ImageIds?.[0], State: state, StateReason: { Message: 'by policy' } }]
  })
}

describe('finishBuild', () => {
  it('confirms every AMI of the build account with DescribeImages, in its region', async () => {
    ec2.on(DescribeImagesCommand).callsFake(imageIn('available'))

    const { ending, log } = finish()

    expect(await ending).toEqual({ kind: 'ended' })
    expect(
      ec2.commandCalls(DescribeImagesCommand).map((call) => call.args[0].input.ImageIds)
    ).toEqual(AMIS.map((ami) => [ami.imageId]))
    expect(log).toContain('Confirmed 2 AMI(s) available in EC2')
  })

  it("keeps each confirmed AMI's snapshot size for the usage figures", async () => {
    ec2.on(DescribeImagesCommand).callsFake((input: { ImageIds?: string[] }) => ({
      Images: [
        {
          ImageId: input.ImageIds?.[0],
          State: 'available',
          BlockDeviceMappings: [
            { DeviceName: '/dev/xvda', Ebs: { SnapshotId: 'snap-0a', VolumeSize: 16 } },
            { DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' }
          ]
        }
      ]
    }))

    const { ending, context } = finish()

    await ending
    expect(context.record.amiVolumes).toEqual(
      AMIS.map((ami) => ({ region: ami.region, imageId: ami.imageId, snapshotGiB: 16 }))
    )
  })

  it('fails the step when an AMI is gone or not available, naming it', async () => {
    ec2
      .on(DescribeImagesCommand)
      .callsFakeOnce(imageIn('available'))
      .callsFakeOnce(imageIn('deregistered'))

    const { ending } = finish()

    expect(await ending).toEqual({
      kind: 'error',
      message: `The build ended AVAILABLE, but EC2 does not have every AMI ready to launch: ${AMIS[1]?.imageId} in us-east-1 is deregistered (by policy)`
    })
  })

  it('says an AMI EC2 does not know does not exist', async () => {
    ec2.on(DescribeImagesCommand).rejects(anAwsError('InvalidAMIID.NotFound'))

    expect(await finish().ending).toMatchObject({
      kind: 'error',
      message: expect.stringContaining(`${AMIS[0]?.imageId} in ${REGION} does not exist`)
    })
  })

  it('keeps the success when EC2 cannot be asked, and says so', async () => {
    ec2.on(DescribeImagesCommand).rejects(anAwsError('UnauthorizedOperation'))

    const { ending, context } = finish()

    expect(await ending).toEqual({ kind: 'ended' })
    expect(context.record.notices[0]).toMatch(
      /could not be checked with EC2: UnauthorizedOperation/
    )
  })
})

describe('deprecate-after', () => {
  const DAY = 24 * 3_600_000
  const PROMOTE = {
    mode: 'promote',
    deprecateAfter: { written: '90d', milliseconds: 90 * DAY }
  }
  const madeAt = (region: string): string =>
    region === REGION ? '2026-11-23T10:00:29.000Z' : '2026-11-23T10:20:31.000Z'

  function availableSince(input: { ImageIds?: string[] }) {
    const ami = AMIS.find((candidate) => candidate.imageId === input.ImageIds?.[0])
    return {
      Images: [
        { ImageId: ami?.imageId, State: 'available', CreationDate: madeAt(ami?.region ?? '') }
      ]
    }
  }

  it("deprecates every AMI the period after its own CreationDate, to EC2's minute", async () => {
    ec2.on(DescribeImagesCommand).callsFake(availableSince)
    ec2.on(EnableImageDeprecationCommand).resolves({ Return: true })

    const { ending, log, context } = finish(PROMOTE)

    expect(await ending).toEqual({ kind: 'ended' })
    expect(
      ec2.commandCalls(EnableImageDeprecationCommand).map((call) => call.args[0].input)
    ).toEqual([
      { ImageId: AMIS[0]?.imageId, DeprecateAt: new Date('2027-02-21T10:00:00.000Z') },
      { ImageId: AMIS[1]?.imageId, DeprecateAt: new Date('2027-02-21T10:21:00.000Z') }
    ])
    expect(log).toContain(
      `Deprecation of ${AMIS[1]?.imageId} in us-east-1 set for 2027-02-21 10:21 UTC`
    )
    expect(context.record.amiDeprecations).toHaveLength(2)
  })

  it('deprecates an AMI older than the period from the next minute, since EC2 refuses the past', async () => {
    ec2.on(DescribeImagesCommand).callsFake(imageIn('available'))
    ec2.on(EnableImageDeprecationCommand).resolves({ Return: true })
    const { ending, context } = finish({
      ...PROMOTE,
      deprecateAfter: { written: '1h', milliseconds: 3_600_000 }
    })
    const now = context.clock.now().getTime()

    await ending
    const [first] = ec2.commandCalls(EnableImageDeprecationCommand)
    // Without a CreationDate the AMI counts from now: an hour from now.
    expect(first?.args[0].input.DeprecateAt).toEqual(
      new Date(Math.round((now + 3_600_000) / 60_000) * 60_000)
    )
  })

  it('fails the step, keeping the others, when EC2 refuses one deprecation', async () => {
    ec2.on(DescribeImagesCommand).callsFake(availableSince)
    ec2
      .on(EnableImageDeprecationCommand)
      .resolvesOnce({ Return: true })
      .rejectsOnce(anAwsError('UnauthorizedOperation'))

    const { ending, context } = finish(PROMOTE)

    expect(await ending).toEqual({
      kind: 'error',
      message: expect.stringMatching(
        new RegExp(
          `^The build succeeded, but the AMI deprecation could not be set on ${AMIS[1]?.imageId} in us-east-1: UnauthorizedOperation`
        )
      )
    })
    expect(context.record.amiDeprecations?.map((ami) => ami.region)).toEqual([REGION])
  })

  it('deprecates nothing without the input', async () => {
    ec2.on(DescribeImagesCommand).callsFake(availableSince)

    expect(await finish({ mode: 'promote' }).ending).toEqual({ kind: 'ended' })
    expect(ec2.commandCalls(EnableImageDeprecationCommand)).toHaveLength(0)
  })
})
