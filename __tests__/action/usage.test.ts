import { describe, expect, it } from '@jest/globals'
import type { WorkflowStep } from '../../src/domain/build.js'
import type { BuildRecord } from '../../src/domain/record.js'
import { usageSection } from '../../src/report/summary/usage.js'
import { usageLine } from '../../src/report/usage-line.js'
import { usageOf } from '../../src/report/usage.js'
import {
  ACCOUNT,
  aRecord,
  aSnapshot,
  aTimedStep,
  aWorkflow,
  anAmi,
  iso,
  OTHER_ACCOUNT
} from './factories.js'

function step(
  name: string,
  action: string,
  status: string,
  from?: string,
  to?: string,
  outputs?: string
): WorkflowStep {
  return aTimedStep(name, action, status, from, to, outputs ? { outputs } : {})
}

const BUILD_INSTANCE = '{"instanceId":"i-0b0000000000000b1"}'
const TEST_INSTANCE = '{"instanceId":"i-0t0000000000000t1"}'

const buildImage = aWorkflow({
  name: 'build-image',
  startTime: iso('19:12:23'),
  endTime: iso('19:19:06'),
  steps: [
    step(
      'LaunchBuildInstance',
      'LaunchInstance',
      'COMPLETED',
      '19:12:23',
      '19:13:28',
      BUILD_INSTANCE
    ),
    step('ApplyBuildComponents', 'ExecuteComponents', 'COMPLETED', '19:13:28', '19:16:40'),
    step('CreateOutputAMI', 'CreateImage', 'COMPLETED', '19:16:52', '19:18:30'),
    step('TerminateBuildInstance', 'TerminateInstance', 'COMPLETED', '19:18:30', '19:19:06')
  ]
})

const testImage = aWorkflow({
  name: 'test-image',
  startTime: iso('19:19:11'),
  endTime: iso('19:21:47'),
  steps: [
    step(
      'LaunchTestInstance',
      'LaunchInstance',
      'COMPLETED',
      '19:19:11',
      '19:20:02',
      TEST_INSTANCE
    ),
    step('ApplyTestComponents', 'ExecuteComponents', 'COMPLETED', '19:20:02', '19:21:20'),
    step('TerminateTestInstance', 'TerminateInstance', 'COMPLETED', '19:21:20', '19:21:47')
  ]
})

/** A test stage whose component failed with keep-instance-on-failure: termination SKIPPED. */
const testKept = aWorkflow({
  name: 'test-image',
  status: 'FAILED',
  startTime: iso('19:19:11'),
  endTime: iso('19:21:20'),
  steps: [
    step(
      'LaunchTestInstance',
      'LaunchInstance',
      'COMPLETED',
      '19:19:11',
      '19:20:02',
      TEST_INSTANCE
    ),
    step('ApplyTestComponents', 'ExecuteComponents', 'FAILED', '19:20:02', '19:21:20'),
    step('TerminateTestInstance', 'TerminateInstance', 'SKIPPED', '19:21:20', '19:21:20')
  ]
})

const TWO_REGIONS = [
  anAmi({ region: 'eu-west-1', imageId: 'ami-0aaaaaaaaaaaaaaa1' }),
  anAmi({ region: 'us-east-1', imageId: 'ami-0bbbbbbbbbbbbbbb1' })
]

function available(overrides: Partial<BuildRecord> = {}): BuildRecord {
  return aRecord({
    snapshot: aSnapshot({
      status: 'AVAILABLE',
      image: { instanceTypes: ['m7i.large'], amis: TWO_REGIONS },
      workflows: [buildImage, testImage]
    }),
    amiVolumes: [
      { region: 'eu-west-1', imageId: 'ami-0aaaaaaaaaaaaaaa1', snapshotGiB: 30 },
      { region: 'us-east-1', imageId: 'ami-0bbbbbbbbbbbbbbb1', snapshotGiB: 30 }
    ],
    ending: { kind: 'ended' },
    ...overrides
  })
}

describe('usageOf', () => {
  it('measures each instance from its launch step to its terminate step, with its type', () => {
    const usage = usageOf(available())

    expect(usage).toMatchObject({
      kind: 'used',
      instances: [
        {
          stage: 'build',
          instanceId: 'i-0b0000000000000b1',
          instanceTypes: ['m7i.large'],
          ms: (6 * 60 + 43) * 1000,
          state: 'terminated'
        },
        {
          stage: 'test',
          instanceId: 'i-0t0000000000000t1',
          ms: (2 * 60 + 36) * 1000,
          state: 'terminated'
        }
      ]
    })
  })

  it('multiplies the snapshot size by every region and account that holds a copy', () => {
    const copies = [
      ...TWO_REGIONS,
      anAmi({ region: 'eu-west-1', imageId: 'ami-0ccccccccccccccc1', accountId: OTHER_ACCOUNT }),
      anAmi({ region: 'us-east-1', imageId: 'ami-0ddddddddddddddd1', accountId: OTHER_ACCOUNT })
    ]
    const record = available()
    if (record.snapshot) record.snapshot.image.amis = copies

    const usage = usageOf(record)

    expect(usage?.kind === 'used' && usage.storage).toEqual({
      copies: [
        {
          account: ACCOUNT,
          region: 'eu-west-1',
          imageId: 'ami-0aaaaaaaaaaaaaaa1',
          snapshotGiB: 30
        },
        {
          account: ACCOUNT,
          region: 'us-east-1',
          imageId: 'ami-0bbbbbbbbbbbbbbb1',
          snapshotGiB: 30
        },
        {
          account: OTHER_ACCOUNT,
          region: 'eu-west-1',
          imageId: 'ami-0ccccccccccccccc1',
          snapshotGiB: 30
        },
        {
          account: OTHER_ACCOUNT,
          region: 'us-east-1',
          imageId: 'ami-0ddddddddddddddd1',
          snapshotGiB: 30
        }
      ],
      totalGiB: 120,
      regions: 2,
      accounts: 2
    })
  })

  it('says a kept instance still runs, measured to the last step of its workflow', () => {
    const record = aRecord({
      snapshot: aSnapshot({ status: 'FAILED', workflows: [buildImage, testKept] }),
      ending: { kind: 'ended' }
    })

    const usage = usageOf(record)

    expect(usage?.kind === 'used' && usage.instances[1]).toMatchObject({
      stage: 'test',
      state: 'kept',
      to: iso('19:21:20'),
      ms: (2 * 60 + 9) * 1000
    })
  })

  it('counts an instance whose workflow still ran when the action stopped following as running', () => {
    const running = aWorkflow({
      name: 'build-image',
      status: 'RUNNING',
      steps: [
        step('LaunchBuildInstance', 'LaunchInstance', 'COMPLETED', '19:12:23', '19:13:28'),
        step('ApplyBuildComponents', 'ExecuteComponents', 'RUNNING', '19:13:28'),
        step('TerminateBuildInstance', 'TerminateInstance', 'PENDING')
      ]
    })
    const record = aRecord({
      snapshot: aSnapshot({ status: 'BUILDING', workflows: [running] }),
      ending: { kind: 'aborted', by: 'timeout', cancel: 'unconfirmed' }
    })

    const usage = usageOf(record)

    expect(usage?.kind === 'used' && usage.instances).toMatchObject([
      { stage: 'build', state: 'running', to: iso('19:13:28'), ms: 65_000 }
    ])
  })

  it('counts the run a retry replaced, since its instance ran too', () => {
    const retriedTest = { ...testImage, id: 'wf-test-image-retry', retried: true }
    const record = aRecord({
      snapshot: aSnapshot({
        status: 'AVAILABLE',
        workflows: [buildImage, testKept, retriedTest]
      }),
      ending: { kind: 'ended' }
    })

    const usage = usageOf(record)

    expect(
      usage?.kind === 'used' &&
        usage.instances.map(({ stage, superseded, state }) => [stage, superseded, state])
    ).toEqual([
      ['build', false, 'terminated'],
      ['test', true, 'kept'],
      ['test', false, 'terminated']
    ])
  })

  it('leaves out a launch that failed without an instance', () => {
    const failedLaunch = aWorkflow({
      name: 'build-image',
      status: 'FAILED',
      steps: [
        step('LaunchBuildInstance', 'LaunchInstance', 'FAILED', '19:12:23', '19:12:40'),
        step('TerminateBuildInstance', 'TerminateInstance', 'COMPLETED', '19:12:40', '19:12:41')
      ]
    })
    const record = aRecord({
      snapshot: aSnapshot({ status: 'FAILED', workflows: [failedLaunch] }),
      ending: { kind: 'ended' }
    })

    expect(usageOf(record)).toEqual({ kind: 'used', instances: [] })
  })

  it('has nothing to say for a dry run or a step that did not wait', () => {
    expect(usageOf(aRecord({ ending: { kind: 'planned' } }))).toBeUndefined()
    expect(usageOf(available({ ending: { kind: 'not-waited' } }))).toBeUndefined()
    expect(usageOf(aRecord({ ending: { kind: 'error', message: 'refused' } }))).toBeUndefined()
  })

  it('says no instance ran for a reused image', () => {
    expect(usageOf(available({ ending: { kind: 'reused' } }))).toEqual({ kind: 'reused' })
  })
})

describe('usageSection', () => {
  it('shows the type, minutes and span of each instance and the snapshot GiB', () => {
    const section = usageSection(available())

    expect(section).toContain(
      '| Build | <code>m7i.large</code> | 6.72 (6m 43s) | 19:12:23 → 19:19:06 | terminated |'
    )
    expect(section).toContain(
      '| Test | <code>m7i.large</code> | 2.60 (2m 36s) | 19:19:11 → 19:21:47 | terminated |'
    )
    expect(section).toContain(
      '**EBS snapshots:** 30 GiB per AMI × 2 copies (2 regions × 1 account) = 60 GiB, at most'
    )
  })

  it('says "one of" the configured types, since AWS picks one by availability', () => {
    const record = available()
    if (record.snapshot) record.snapshot.image.instanceTypes = ['m7i.large', 'm6i.large']

    expect(usageSection(record)).toContain(
      '| Build | one of <code>m7i.large</code>, <code>m6i.large</code> |'
    )
  })

  it('names a kept instance so it can be found and terminated', () => {
    const record = aRecord({
      snapshot: aSnapshot({ status: 'FAILED', workflows: [buildImage, testKept] }),
      ending: { kind: 'ended' }
    })

    expect(usageSection(record)).toContain(
      '⚠️ still running <code>i-0t0000000000000t1</code>: kept after the failure'
    )
  })

  it('escapes an instance type from AWS', () => {
    const record = available()
    if (record.snapshot) record.snapshot.image.instanceTypes = ['<img src=x>](http://evil)']

    const section = usageSection(record)

    expect(section).not.toContain('<img')
    expect(section).not.toContain('](http')
  })

  it('says no instance ran for a reused image, and nothing for a dry run', () => {
    expect(usageSection(available({ ending: { kind: 'reused' } }))).toBe(
      '### Usage\nNo instance ran: the last image is reused, and its AMIs were already stored.'
    )
    expect(usageSection(aRecord({ ending: { kind: 'planned' } }))).toBe('')
  })
})

describe('usageLine', () => {
  it('puts the figures on one line for the end of the job log', () => {
    expect(usageLine(available())).toBe(
      'Usage: build instance m7i.large 6.72 min, test instance m7i.large 2.60 min; EBS snapshots 30 GiB per AMI × 2 copies (2 regions × 1 account) = 60 GiB at most (the volume sizes).'
    )
  })

  it('names the instance a failure kept', () => {
    const record = aRecord({
      snapshot: aSnapshot({
        status: 'FAILED',
        image: { instanceTypes: [] },
        workflows: [buildImage, testKept]
      }),
      ending: { kind: 'ended' }
    })

    expect(usageLine(record)).toBe(
      "Usage: build instance Image Builder's default 6.72 min, test instance Image Builder's default 2.15 min (i-0t0000000000000t1 still running: kept after the failure)."
    )
  })
})
