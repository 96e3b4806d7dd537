import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { mockClient } from 'aws-sdk-client-mock'
import { type DrainOptions, LogTail, logLocation } from '../../src/watch/log-tail.js'
import { anAwsError, aSnapshot, aStep, aWorkflow, REGION } from './factories.js'
import { FakeClock } from './fakes.js'

const logs = mockClient(CloudWatchLogsClient)
const client = new CloudWatchLogsClient({ region: REGION })

let failures: string[]
let tail: LogTail

beforeEach(() => {
  logs.reset()
  failures = []
  tail = new LogTail(
    () => Promise.resolve(client),
    (message) => failures.push(message)
  )
})

afterAll(() => {
  logs.restore()
})

/** Components print while a step runs them: ApplyBuildComponents (ExecuteComponents) is RUNNING. */
const componentsRunning = [
  aWorkflow({
    status: 'RUNNING',
    steps: [aStep({ name: 'ApplyBuildComponents', action: 'ExecuteComponents', status: 'RUNNING' })]
  })
]
const snapshot = aSnapshot({ status: 'BUILDING', workflows: componentsRunning })
const events = (...messages: string[]) =>
  messages.map((message, n) => ({ timestamp: 1_000 + n, message }))
/** A full page: GetLogEvents had more than it could return at once. */
const fullPage = (prefix: string) =>
  Array.from({ length: 2_000 }, (_, n) => ({ timestamp: n, message: `${prefix} ${n}` }))

function tokensAsked(): (string | undefined)[] {
  return logs.commandCalls(GetLogEventsCommand).map((call) => call.args[0].input.nextToken)
}

describe('LogTail', () => {
  it("reads the build's stream from the head, in the image's log group", async () => {
    logs.on(GetLogEventsCommand).resolves({ events: [], nextForwardToken: 'f/0' })

    await tail.read(snapshot)

    expect(logs.commandCalls(GetLogEventsCommand)[0]?.args[0].input).toEqual({
      logGroupName: '/aws/imagebuilder/golden-al2023',
      logStreamName: '1.4.0/3',
      startFromHead: true,
      limit: 2_000,
      nextToken: undefined
    })
  })

  it.each(['PENDING', 'CREATING', 'DISTRIBUTING', 'INTEGRATING', 'AVAILABLE'])(
    'reads nothing while the image is %s: components print only while building and testing',
    async (status) => {
      expect(await tail.read(aSnapshot({ status }))).toEqual([])
      expect(logs.commandCalls(GetLogEventsCommand)).toHaveLength(0)
    }
  )

  it('reads nothing while building when no step runs components (launching, sanitising)', async () => {
    const launching = aWorkflow({
      status: 'RUNNING',
      steps: [aStep({ name: 'LaunchBuildInstance', action: 'LaunchInstance', status: 'RUNNING' })]
    })
    expect(await tail.read(aSnapshot({ status: 'BUILDING', workflows: [launching] }))).toEqual([])
    expect(logs.commandCalls(GetLogEventsCommand)).toHaveLength(0)
  })

  it('reads once more when a components step is seen ended, as a short one may run between reads', async () => {
    logs
      .on(GetLogEventsCommand)
      .resolves({ events: events('2 tests passed'), nextForwardToken: 'f/1' })
    const tested = (status: string) =>
      aSnapshot({
        status: 'TESTING',
        workflows: [
          aWorkflow({
            name: 'test-image',
            status: 'RUNNING',
            steps: [
              aStep({ name: 'ApplyTestComponents', action: 'ExecuteComponents', status }),
              aStep({
                name: 'TerminateTestInstance',
                action: 'TerminateInstance',
                status: 'RUNNING'
              })
            ]
          })
        ]
      })

    expect(await tail.read(tested('COMPLETED'))).toHaveLength(1)
    expect(await tail.read(tested('COMPLETED'))).toEqual([])
    expect(logs.commandCalls(GetLogEventsCommand)).toHaveLength(1)
  })

  it('reads nothing for a components step that was skipped', async () => {
    const skipped = aWorkflow({
      status: 'RUNNING',
      steps: [
        aStep({ name: 'ApplyBuildComponents', action: 'ExecuteComponents', status: 'SKIPPED' })
      ]
    })

    expect(await tail.read(aSnapshot({ workflows: [skipped] }))).toEqual([])
    expect(logs.commandCalls(GetLogEventsCommand)).toHaveLength(0)
  })

  it('follows nextForwardToken from one read to the next, and pages on while pages are full', async () => {
    logs
      .on(GetLogEventsCommand)
      .resolvesOnce({ events: fullPage('burst'), nextForwardToken: 'f/10000' })
      .resolvesOnce({ events: events('three'), nextForwardToken: 'f/10001' })
      .resolvesOnce({ events: events('four'), nextForwardToken: 'f/10002' })
      .resolves({ events: [], nextForwardToken: 'f/10002' })

    const first = await tail.read(snapshot)
    const second = await tail.read(snapshot)

    expect(first).toHaveLength(2_001)
    expect(second.map((line) => line.message)).toEqual(['four'])
    expect(tokensAsked()).toEqual([undefined, 'f/10000', 'f/10001'])
  })

  it('stops paging at a short page, which is the end of the stream for now', async () => {
    logs.on(GetLogEventsCommand).resolves({ events: events('one'), nextForwardToken: 'f/1' })

    await tail.read(snapshot)

    expect(tokensAsked()).toEqual([undefined])
  })

  it('reads at most 25 pages at a time, so logs cannot stall status polling', async () => {
    let page = 0
    logs.on(GetLogEventsCommand).callsFake(() => {
      page += 1
      return { events: fullPage(`page ${page}`), nextForwardToken: `f/${page}` }
    })

    expect(await tail.read(snapshot)).toHaveLength(50_000)
  })

  it('hands each page to onLines as it arrives when given one, and returns nothing', async () => {
    logs
      .on(GetLogEventsCommand)
      .resolvesOnce({ events: fullPage('first'), nextForwardToken: 'f/1' })
      .resolvesOnce({ events: events('last'), nextForwardToken: 'f/2' })
    const batches: string[][] = []

    const returned = await tail.read(snapshot, undefined, (lines) =>
      batches.push(lines.map((line) => line.message))
    )

    expect(returned).toEqual([])
    expect(batches.map((batch) => batch.length)).toEqual([2_000, 1])
    expect(batches[1]).toEqual(['last'])
  })

  it('treats a missing log group or stream as nothing logged yet', async () => {
    logs.on(GetLogEventsCommand).rejects(anAwsError('ResourceNotFoundException', { status: 400 }))

    expect(await tail.read(snapshot)).toEqual([])
    expect(failures).toEqual([])
  })

  it('reports other failures once, and keeps what it read before them', async () => {
    logs
      .on(GetLogEventsCommand)
      .resolvesOnce({ events: fullPage('before'), nextForwardToken: 'f/1' })
      .rejects(anAwsError('AccessDeniedException', { message: 'no logs:GetLogEvents' }))

    expect(await tail.read(snapshot)).toHaveLength(2_000)
    expect(await tail.read(snapshot)).toEqual([])
    expect(await tail.read(snapshot)).toEqual([])

    expect(failures).toEqual([
      'Build logs could not be read (the build is unaffected): AccessDeniedException: no logs:GetLogEvents'
    ])
  })

  it('reports a client that cannot be created as a failure, not a crash', async () => {
    const broken = new LogTail(
      () => Promise.reject(new Error('no region')),
      (message) => failures.push(message)
    )

    expect(await broken.read(snapshot)).toEqual([])
    expect(failures).toHaveLength(1)
  })

  it('reads nothing while the image has no name to find its log group by', async () => {
    expect(
      await tail.read(aSnapshot({ image: { name: undefined }, workflows: componentsRunning }))
    ).toEqual([])
    expect(logs.commandCalls(GetLogEventsCommand)).toHaveLength(0)
  })
})

describe('LogTail.drain', () => {
  function drainOptions(clock: FakeClock, received: string[]): DrainOptions {
    return {
      clock,
      signal: new AbortController().signal,
      gapMs: 1_000,
      quietMs: 2_000,
      maxMs: 10_000,
      onLines: (lines) => received.push(...lines.map((line) => line.message))
    }
  }

  it('reads on after the final status until the log has brought nothing for the quiet window', async () => {
    logs
      .on(GetLogEventsCommand)
      .resolvesOnce({ events: events('during'), nextForwardToken: 'f/1' })
      .resolvesOnce({ events: [], nextForwardToken: 'f/1' })
      .resolvesOnce({ events: events('late one', 'late two'), nextForwardToken: 'f/3' })
      .resolvesOnce({ events: [], nextForwardToken: 'f/3' })
      .resolvesOnce({ events: events('later still'), nextForwardToken: 'f/4' })
      .resolves({ events: [], nextForwardToken: 'f/4' })
    const received: string[] = []
    const clock = new FakeClock()

    await tail.read(snapshot)
    const result = await tail.drain(aSnapshot({ status: 'FAILED' }), drainOptions(clock, received))

    expect(result).toBe('drained')
    expect(received).toEqual(['late one', 'late two', 'later still'])
    expect(tokensAsked()).toEqual([undefined, 'f/1', 'f/1', 'f/3', 'f/3', 'f/4', 'f/4'])
    expect(clock.sleeps).toEqual([1_000, 1_000, 1_000, 1_000, 1_000])
  })

  it('keeps reading for the whole quiet window however short the gap between reads', async () => {
    let reads = 0
    logs.on(GetLogEventsCommand).callsFake(() => {
      reads += 1
      // 1.5 s after the end, at reads 0.2 s apart: the eighth read.
      return reads === 8
        ? { events: events('late'), nextForwardToken: 'f/8' }
        : { events: [], nextForwardToken: reads < 8 ? 'f/0' : 'f/8' }
    })
    const received: string[] = []
    const clock = new FakeClock()

    const result = await tail.drain(snapshot, {
      ...drainOptions(clock, received),
      gapMs: 200,
      quietMs: 10_000,
      maxMs: 60_000
    })

    expect(result).toBe('drained')
    expect(received).toEqual(['late'])
    // Quiet from the eighth read (1.4 s) for 10 s: 50 reads after it.
    expect(reads).toBe(58)
  })

  it('waits for a stream that does not exist yet, then reads it once', async () => {
    logs
      .on(GetLogEventsCommand)
      .rejectsOnce(anAwsError('ResourceNotFoundException'))
      .rejectsOnce(anAwsError('ResourceNotFoundException'))
      .rejectsOnce(anAwsError('ResourceNotFoundException'))
      .resolvesOnce({ events: events('first', 'second'), nextForwardToken: 'f/2' })
      .resolves({ events: [], nextForwardToken: 'f/2' })
    const received: string[] = []

    const result = await tail.drain(snapshot, {
      ...drainOptions(new FakeClock(), received),
      quietMs: 10_000,
      maxMs: 60_000
    })

    expect(result).toBe('drained')
    expect(received).toEqual(['first', 'second'])
    expect(failures).toEqual([])
  })

  it('hands each page over as it arrives, so no more than a page is held at once', async () => {
    logs
      .on(GetLogEventsCommand)
      .resolvesOnce({ events: fullPage('first'), nextForwardToken: 'f/1' })
      .resolvesOnce({ events: fullPage('second'), nextForwardToken: 'f/2' })
      .resolvesOnce({ events: events('last'), nextForwardToken: 'f/3' })
      .resolves({ events: [], nextForwardToken: 'f/3' })
    const batches: number[] = []

    const result = await tail.drain(snapshot, {
      ...drainOptions(new FakeClock(), []),
      onLines: (lines) => batches.push(lines.length)
    })

    expect(result).toBe('drained')
    expect(batches).toEqual([2_000, 2_000, 1])
  })

  it('stops at its bound while lines still arrive, and says it was cut', async () => {
    let page = 0
    logs.on(GetLogEventsCommand).callsFake(() => {
      page += 1
      return { events: events(`line ${page}`), nextForwardToken: `f/${page}` }
    })
    const received: string[] = []
    const clock = new FakeClock()

    expect(await tail.drain(snapshot, drainOptions(clock, received))).toBe('cut')
    expect(received).toHaveLength(11)
  })

  it('stops at once when the run is cancelled', async () => {
    const stop = new AbortController()
    stop.abort()

    const result = await tail.drain(snapshot, {
      ...drainOptions(new FakeClock(), []),
      signal: stop.signal
    })

    expect(result).toBe('stopped')
    expect(logs.commandCalls(GetLogEventsCommand)).toHaveLength(0)
  })

  it('gives up on a log it cannot read, having said so once', async () => {
    logs.on(GetLogEventsCommand).rejects(anAwsError('AccessDeniedException'))

    expect(await tail.drain(snapshot, drainOptions(new FakeClock(), []))).toBe('unreadable')
    expect(failures).toHaveLength(1)
  })
})

describe('logLocation', () => {
  it('prefers the log group the image was configured with', () => {
    expect(logLocation(aSnapshot({ image: { logGroupName: '/builds/golden' } }))).toEqual({
      logGroupName: '/builds/golden',
      logStreamName: '1.4.0/3'
    })
  })
})
