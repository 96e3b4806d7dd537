import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetImageCommand,
  ImagebuilderClient,
  ListWorkflowExecutionsCommand,
  ListWorkflowStepExecutionsCommand
} from '@aws-sdk/client-imagebuilder'
import { mockClient } from 'aws-sdk-client-mock'
import type { BuildEvent } from '../../src/domain/events.js'
import type { BuildSnapshot } from '../../src/domain/build.js'
import type { Clock } from '../../src/domain/clock.js'
import { type LogSource, watchBuild, type WatchOutcome } from '../../src/watch/poller.js'
import {
  aNetworkError,
  anAwsError,
  aSnapshot,
  aStep,
  aWorkflow,
  at,
  IMAGE_ARN,
  REGION
} from './factories.js'
import { aClockThatSleepsUntilAborted, eventLines, FakeClock, serveBuild } from './fakes.js'

const imagebuilder = mockClient(ImagebuilderClient)
const client = new ImagebuilderClient({ region: REGION })
const BASE_MS = 30_000

let clock: FakeClock
let controller: AbortController
let events: BuildEvent[]

beforeEach(() => {
  imagebuilder.reset()
  clock = new FakeClock()
  controller = new AbortController()
  events = []
})

afterAll(() => {
  imagebuilder.restore()
})

function watch(options: { clock?: Clock; logs?: LogSource } = {}): Promise<WatchOutcome> {
  return watchBuild({
    client,
    imageArn: IMAGE_ARN,
    baseIntervalMs: BASE_MS,
    clock: options.clock ?? clock,
    signal: controller.signal,
    emit: (event) => events.push(event),
    logs: options.logs,
    random: () => 0.5
  })
}

function getImageCalls(): number {
  return imagebuilder.commandCalls(GetImageCommand).length
}

const building = aSnapshot({ status: 'BUILDING' })
const throttled = anAwsError('CallRateLimitExceededException')

describe('watchBuild', () => {
  describe('ending', () => {
    it('ends when the build becomes AVAILABLE, with the last snapshot', async () => {
      const available = aSnapshot({ status: 'AVAILABLE' })
      serveBuild(imagebuilder, [aSnapshot({ status: 'PENDING' }), building, available])

      const outcome = await watch()

      expect(outcome).toEqual({ type: 'ended', snapshot: available })
      expect(getImageCalls()).toBe(3)
    })

    it.each(['FAILED', 'CANCELLED'])('ends when the build becomes %s', async (status) => {
      serveBuild(imagebuilder, [building, aSnapshot({ status, image: { reason: 'boom' } })])

      const outcome = await watch()

      expect(outcome.type).toBe('ended')
      expect(outcome.snapshot?.image).toMatchObject({ status, reason: 'boom' })
    })

    it('ends at once when the first look shows a finished build (attach mode)', async () => {
      serveBuild(imagebuilder, [aSnapshot({ status: 'AVAILABLE' })])

      expect((await watch()).type).toBe('ended')
      expect(clock.sleeps).toEqual([])
    })
  })

  describe('events', () => {
    it('emits stage, workflow and step changes as they happen, each poll closed by a snapshot', async () => {
      const launch = (status: string) => aStep({ name: 'LaunchBuildInstance', status })
      const test = (status: string) =>
        aWorkflow({
          name: 'test-image',
          status,
          steps: [aStep({ name: 'ApplyTestComponents', action: 'ExecuteComponents', status })]
        })
      serveBuild(imagebuilder, [
        aSnapshot({
          status: 'BUILDING',
          workflows: [aWorkflow({ status: 'RUNNING', steps: [launch('RUNNING')] })]
        }),
        aSnapshot({
          status: 'BUILDING',
          workflows: [aWorkflow({ status: 'RUNNING', steps: [launch('RUNNING')] })]
        }),
        aSnapshot({
          status: 'TESTING',
          workflows: [aWorkflow({ steps: [launch('COMPLETED')] }), test('RUNNING')]
        }),
        aSnapshot({
          status: 'AVAILABLE',
          workflows: [aWorkflow({ steps: [launch('COMPLETED')] }), test('COMPLETED')]
        })
      ])

      await watch()

      expect(eventLines(events)).toEqual([
        'stage BUILDING',
        'workflow build-image RUNNING',
        'step build-image › LaunchBuildInstance RUNNING',
        'snapshot',
        'snapshot',
        'stage TESTING',
        'step build-image › LaunchBuildInstance COMPLETED',
        'workflow build-image COMPLETED',
        'workflow test-image RUNNING',
        'step test-image › ApplyTestComponents RUNNING',
        'snapshot',
        'step test-image › ApplyTestComponents COMPLETED',
        'workflow test-image COMPLETED',
        'stage AVAILABLE',
        'snapshot'
      ])
    })

    it('stamps events with the clock', async () => {
      serveBuild(imagebuilder, [building, aSnapshot({ status: 'AVAILABLE' })])

      await watch()

      const stages = events.filter((event) => event.type === 'stage-changed')
      expect(stages.map((event) => event.at)).toEqual([at('19:12:00'), at('19:12:30')])
    })

    it('waits the base interval after a change and longer while nothing changes', async () => {
      serveBuild(imagebuilder, [
        building,
        building,
        building,
        building,
        aSnapshot({ status: 'AVAILABLE' })
      ])

      await watch()

      expect(clock.sleeps).toEqual([BASE_MS, 45_000, 60_000, 60_000])
    })

    it('passes the build log lines on as they arrive', async () => {
      serveBuild(imagebuilder, [building, aSnapshot({ status: 'AVAILABLE' })])
      const batches = [[{ timestamp: 1, message: 'Installing packages' }], []]
      const logs: LogSource = { read: () => Promise.resolve(batches.shift() ?? []) }

      await watch({ logs })

      expect(eventLines(events).filter((line) => line.startsWith('log'))).toEqual([
        'log Installing packages'
      ])
    })
  })

  describe('transient faults', () => {
    it.each([
      ['throttling by name', throttled],
      ['throttling by HTTP 429', anAwsError('SomethingNew', { status: 429 })],
      ['a 5xx answer', anAwsError('InternalServerException', { status: 503 })],
      ['a dropped connection', aNetworkError('ECONNRESET')]
    ])('waits out %s and never ends the watch because of it', async (_case, fault) => {
      const faults = Array.from({ length: 10 }, () => fault)
      serveBuild(imagebuilder, [building, ...faults, aSnapshot({ status: 'AVAILABLE' })])

      const outcome = await watch()

      expect(outcome.type).toBe('ended')
      expect(events.filter((event) => event.type === 'poll-failed')).toHaveLength(10)
    })

    it('reports each failed poll with its count and the backoff it waits', async () => {
      serveBuild(imagebuilder, [building, throttled, throttled, aSnapshot({ status: 'AVAILABLE' })])

      await watch()

      const failures = events.filter((event) => event.type === 'poll-failed')
      expect(failures).toEqual([
        expect.objectContaining({ consecutiveFailures: 1, retryInMs: 45_000 }),
        expect.objectContaining({ consecutiveFailures: 2, retryInMs: 90_000 })
      ])
      expect(failures[0]?.error).toContain('CallRateLimitExceededException')
      expect(clock.sleeps).toEqual([BASE_MS, 45_000, 90_000])
    })

    it('does not count transient faults towards giving up', async () => {
      const denied = anAwsError('AccessDeniedException')
      serveBuild(imagebuilder, [
        building,
        denied,
        denied,
        throttled,
        denied,
        denied,
        building,
        aSnapshot({ status: 'AVAILABLE' })
      ])

      expect((await watch()).type).toBe('ended')
    })
  })

  describe('errors that end the watch', () => {
    it('ends as credentials-expired on ExpiredTokenException, keeping the last snapshot', async () => {
      const expired = anAwsError('ExpiredTokenException')
      serveBuild(imagebuilder, [building, expired, aSnapshot({ status: 'AVAILABLE' })])

      const outcome = await watch()

      expect(outcome).toEqual({ type: 'credentials-expired', error: expired, snapshot: building })
      expect(getImageCalls()).toBe(2)
    })

    it('ends as unreachable after 3 non-transient errors in a row', async () => {
      const denied = anAwsError('AccessDeniedException')
      serveBuild(imagebuilder, [
        building,
        denied,
        denied,
        denied,
        aSnapshot({ status: 'AVAILABLE' })
      ])

      const outcome = await watch()

      expect(outcome).toEqual({ type: 'unreachable', error: denied, snapshot: building })
      expect(getImageCalls()).toBe(4)
    })

    it('keeps watching after 2 non-transient errors followed by a good poll', async () => {
      const denied = anAwsError('AccessDeniedException')
      serveBuild(imagebuilder, [
        building,
        denied,
        denied,
        building,
        denied,
        denied,
        aSnapshot({ status: 'AVAILABLE' })
      ])

      expect((await watch()).type).toBe('ended')
    })
  })

  describe('abort', () => {
    it('ends as aborted with the last snapshot when the signal aborts between polls', async () => {
      serveBuild(imagebuilder, [building])
      clock.onSleep = () => {
        if (clock.sleeps.length === 2) controller.abort('run-cancelled')
      }

      const outcome = await watch()

      expect(outcome).toEqual({ type: 'aborted', snapshot: building })
      expect(getImageCalls()).toBe(2)
    })

    it('cuts a long wait between polls short when the signal aborts', async () => {
      serveBuild(imagebuilder, [building])
      const watching = watch({ clock: aClockThatSleepsUntilAborted() })
      await until(() => events.some((event) => event.type === 'snapshot'))

      controller.abort('run-cancelled')

      expect(await watching).toEqual({ type: 'aborted', snapshot: building })
      expect(getImageCalls()).toBe(1)
    })

    it('does not count a request failed by the abort as a poll failure', async () => {
      serveBuild(imagebuilder, [building, aSnapshot({ status: 'AVAILABLE' })])
      imagebuilder.on(GetImageCommand).callsFake(() => {
        controller.abort('run-cancelled')
        throw anAwsError('AbortError', { status: 0 })
      })

      const outcome = await watch()

      expect(outcome).toEqual({ type: 'aborted', snapshot: undefined })
      expect(events.filter((event) => event.type === 'poll-failed')).toEqual([])
    })

    it('polls nothing when the signal has already aborted', async () => {
      serveBuild(imagebuilder, [building])
      controller.abort('timeout')

      expect(await watch()).toEqual({ type: 'aborted', snapshot: undefined })
      expect(getImageCalls()).toBe(0)
    })
  })

  describe('workflow steps', () => {
    it("reads a finished workflow's steps once, and a running one's on each detail poll", async () => {
      const finishedBuild = aWorkflow({
        steps: [aStep(), aStep({ name: 'CreateOutputAMI', action: 'CreateImage' })]
      })
      const testing = (stepStatus: string) =>
        aWorkflow({
          name: 'test-image',
          status: stepStatus === 'COMPLETED' ? 'COMPLETED' : 'RUNNING',
          steps: [aStep({ name: 'ApplyTestComponents', status: stepStatus })]
        })
      const polls: BuildSnapshot[] = [
        ...Array.from({ length: 5 }, () =>
          aSnapshot({ status: 'TESTING', workflows: [finishedBuild, testing('RUNNING')] })
        ),
        aSnapshot({ status: 'AVAILABLE', workflows: [finishedBuild, testing('COMPLETED')] })
      ]
      serveBuild(imagebuilder, polls)

      await watch()

      const listed = (id: string): number =>
        imagebuilder.commandCalls(ListWorkflowStepExecutionsCommand, { workflowExecutionId: id })
          .length
      expect(listed('wf-build-image')).toBe(1)
      // Polls 1, 3 and 5 (every second poll while it runs: its steps alone, no listing) and
      // AVAILABLE, when the listing shows it finished.
      expect(listed('wf-test-image')).toBe(4)
      expect(imagebuilder.commandCalls(ListWorkflowExecutionsCommand)).toHaveLength(2)
    })

    it('lists a workflow again when it finishes after it was seen running', async () => {
      const build = (status: string) =>
        aWorkflow({
          status,
          steps: [aStep({ status: status === 'RUNNING' ? 'RUNNING' : 'COMPLETED' })]
        })
      serveBuild(imagebuilder, [
        aSnapshot({ workflows: [build('RUNNING')] }),
        aSnapshot({ workflows: [build('COMPLETED')] }),
        aSnapshot({ workflows: [build('COMPLETED')] }),
        aSnapshot({ status: 'AVAILABLE', workflows: [build('COMPLETED')] })
      ])

      await watch()

      expect(imagebuilder.commandCalls(ListWorkflowStepExecutionsCommand)).toHaveLength(2)
      expect(eventLines(events)).toContain('step build-image › LaunchBuildInstance COMPLETED')
    })

    it('lists the workflows, reusing the steps just read, once a running one has a failed step', async () => {
      const launch = aStep()
      const apply = (status: string) =>
        aStep({ name: 'ApplyBuildComponents', action: 'ExecuteComponents', status })
      const terminate = aStep({ name: 'TerminateBuildInstance', status: 'PENDING' })
      const running = aWorkflow({ status: 'RUNNING', steps: [launch, apply('RUNNING'), terminate] })
      const failed = aWorkflow({ status: 'FAILED', steps: [launch, apply('FAILED'), terminate] })
      serveBuild(imagebuilder, [
        aSnapshot({ workflows: [running] }),
        aSnapshot({ workflows: [running] }),
        aSnapshot({ workflows: [failed] }),
        aSnapshot({ status: 'FAILED', workflows: [failed] })
      ])

      await watch()

      const lines = eventLines(events)
      // Seen on poll 3, while the image still shows BUILDING: the step, then its workflow.
      expect(lines.slice(lines.indexOf('step build-image › ApplyBuildComponents FAILED'))).toEqual([
        'step build-image › ApplyBuildComponents FAILED',
        'workflow build-image FAILED',
        'snapshot',
        'stage FAILED',
        'snapshot'
      ])
      // Poll 1 lists and reads the steps; poll 3 reads the steps and then lists without reading
      // them again; poll 4 (FAILED) lists, and the workflow's counters have not moved since.
      expect(imagebuilder.commandCalls(ListWorkflowStepExecutionsCommand)).toHaveLength(2)
      expect(imagebuilder.commandCalls(ListWorkflowExecutionsCommand)).toHaveLength(3)
    })

    it('lists the steps of a running workflow again while none of them is running yet', async () => {
      const build = (launch: string) =>
        aWorkflow({ status: 'RUNNING', steps: [aStep({ status: launch })] })
      serveBuild(imagebuilder, [
        aSnapshot({ workflows: [build('PENDING')] }),
        aSnapshot({ workflows: [build('PENDING')] }),
        aSnapshot({ workflows: [build('PENDING')] }),
        aSnapshot({ workflows: [build('RUNNING')] }),
        aSnapshot({ workflows: [build('RUNNING')] }),
        aSnapshot({ workflows: [build('RUNNING')] }),
        aSnapshot({ status: 'AVAILABLE', workflows: [build('RUNNING')] })
      ])

      await watch()

      expect(eventLines(events)).toContain('step build-image › LaunchBuildInstance RUNNING')
      // Polls 1 and 3 (nothing running yet) and 5 (seen running); not again while it runs.
      expect(imagebuilder.commandCalls(ListWorkflowStepExecutionsCommand)).toHaveLength(3)
    })
  })

  describe('requests per poll', () => {
    const listings = (): number => imagebuilder.commandCalls(ListWorkflowExecutionsCommand).length

    it('lists the workflows only on a status change and every second poll while they run', async () => {
      serveBuild(imagebuilder, [
        ...Array.from({ length: 3 }, () => aSnapshot({ status: 'PENDING' })),
        ...Array.from({ length: 5 }, () => aSnapshot({ status: 'BUILDING' })),
        ...Array.from({ length: 3 }, () => aSnapshot({ status: 'DISTRIBUTING' })),
        aSnapshot({ status: 'AVAILABLE' })
      ])

      await watch()

      expect(getImageCalls()).toBe(12)
      // PENDING first seen; BUILDING first seen, then its 3rd and 5th poll; DISTRIBUTING; AVAILABLE.
      expect(listings()).toBe(6)
    })

    it('reads the build log only on the polls that list the workflows', async () => {
      serveBuild(imagebuilder, [
        aSnapshot({ status: 'PENDING' }),
        ...Array.from({ length: 5 }, () => aSnapshot({ status: 'BUILDING' })),
        aSnapshot({ status: 'AVAILABLE' })
      ])
      let reads = 0
      const logs: LogSource = {
        read: () => {
          reads += 1
          return Promise.resolve([])
        }
      }

      await watch({ logs })

      expect(getImageCalls()).toBe(7)
      // PENDING; BUILDING first seen, then its 3rd and 5th poll; AVAILABLE.
      expect(listings()).toBe(5)
      expect(reads).toBe(listings())
    })

    it('does not list the workflows when the build moves between stages that run none', async () => {
      const built = [aWorkflow({ steps: [aStep()] })]
      serveBuild(imagebuilder, [
        aSnapshot({ status: 'PENDING' }),
        aSnapshot({ status: 'CREATING' }),
        aSnapshot({ status: 'DISTRIBUTING', workflows: built }),
        aSnapshot({ status: 'INTEGRATING', workflows: built }),
        aSnapshot({ status: 'AVAILABLE', workflows: built })
      ])

      await watch()

      // PENDING (the first look) and DISTRIBUTING; not CREATING nor INTEGRATING, and not
      // AVAILABLE either: every known workflow had ended before it.
      expect(listings()).toBe(2)
      expect(eventLines(events)).toContain('workflow build-image COMPLETED')
    })

    it('keeps listing while a workflow runs after the image has moved on', async () => {
      const distribution = (status: string) =>
        aWorkflow({
          name: 'distribute-image',
          type: 'DISTRIBUTION',
          status,
          steps: [aStep({ name: 'CopyImage', status })]
        })
      serveBuild(imagebuilder, [
        aSnapshot({ status: 'DISTRIBUTING', workflows: [distribution('RUNNING')] }),
        aSnapshot({ status: 'DISTRIBUTING', workflows: [distribution('RUNNING')] }),
        aSnapshot({ status: 'DISTRIBUTING', workflows: [distribution('COMPLETED')] }),
        aSnapshot({ status: 'DISTRIBUTING', workflows: [distribution('COMPLETED')] }),
        aSnapshot({ status: 'DISTRIBUTING', workflows: [distribution('COMPLETED')] }),
        aSnapshot({ status: 'AVAILABLE', workflows: [distribution('COMPLETED')] })
      ])

      await watch()

      expect(eventLines(events)).toContain('workflow distribute-image COMPLETED')
      // Polls 1 and 3; once the workflow has ended nothing can change it, not even the end (poll 6).
      expect(listings()).toBe(2)
    })

    it.each([2, 3, 4, 5])(
      'shows a step that ends on poll %i of BUILDING at most one poll later',
      async (endsOnPoll) => {
        const steps = (launchEnded: boolean) => [
          aStep({ status: launchEnded ? 'COMPLETED' : 'RUNNING' }),
          aStep({
            name: 'ApplyBuildComponents',
            action: 'ExecuteComponents',
            status: launchEnded ? 'RUNNING' : 'PENDING'
          })
        ]
        const polls = Array.from({ length: 6 }, (_, index) =>
          aSnapshot({
            workflows: [aWorkflow({ status: 'RUNNING', steps: steps(index + 1 >= endsOnPoll) })]
          })
        )
        serveBuild(imagebuilder, [...polls, aSnapshot({ status: 'AVAILABLE' })])

        await watch()

        const shownOnPoll =
          eventLines(events)
            .slice(
              0,
              eventLines(events).indexOf('step build-image › LaunchBuildInstance COMPLETED')
            )
            .filter((line) => line === 'snapshot').length + 1
        expect(shownOnPoll).toBeGreaterThanOrEqual(endsOnPoll)
        expect(shownOnPoll).toBeLessThanOrEqual(endsOnPoll + 1)
      }
    )
  })
})

/** Lets pending promises run until the condition holds (a few real milliseconds at most). */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 100 && !condition(); turn += 1) {
    await new Promise((resolve) => setImmediate(resolve))
  }
  expect(condition()).toBe(true)
}
