import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { mockClient } from 'aws-sdk-client-mock'
import { LogTail, logLocation } from '../../src/watch/log-tail.js'
import { anAwsError, aSnapshot, REGION } from './factories.js'

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

const snapshot = aSnapshot()
const events = (...messages: string[]) =>
  messages.map((message, n) => ({ timestamp: 1_000 + n, message }))

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
      nextToken: undefined
    })
  })

  it('follows nextForwardToken within a read and from one read to the next', async () => {
    logs
      .on(GetLogEventsCommand)
      .resolvesOnce({ events: events('one', 'two'), nextForwardToken: 'f/2' })
      .resolvesOnce({ events: events('three'), nextForwardToken: 'f/3' })
      .resolvesOnce({ events: [], nextForwardToken: 'f/3' })
      .resolvesOnce({ events: events('four'), nextForwardToken: 'f/4' })
      .resolves({ events: [], nextForwardToken: 'f/4' })

    const first = await tail.read(snapshot)
    const second = await tail.read(snapshot)

    expect(first.map((line) => line.message)).toEqual(['one', 'two', 'three'])
    expect(second.map((line) => line.message)).toEqual(['four'])
    expect(tokensAsked()).toEqual([undefined, 'f/2', 'f/3', 'f/3', 'f/4'])
  })

  it('stops reading when the token does not advance', async () => {
    logs.on(GetLogEventsCommand).resolves({ events: events('same'), nextForwardToken: 'f/1' })

    await tail.read(snapshot)
    await tail.read(snapshot)

    expect(tokensAsked()).toEqual([undefined, 'f/1', 'f/1'])
  })

  it('reads at most five pages at a time, so logs cannot stall status polling', async () => {
    let page = 0
    logs.on(GetLogEventsCommand).callsFake(() => {
      page += 1
      return { events: events(`line ${page}`), nextForwardToken: `f/${page}` }
    })

    expect(await tail.read(snapshot)).toHaveLength(5)
  })

  it('treats a missing log group or stream as nothing logged yet', async () => {
    logs.on(GetLogEventsCommand).rejects(anAwsError('ResourceNotFoundException', { status: 400 }))

    expect(await tail.read(snapshot)).toEqual([])
    expect(failures).toEqual([])
  })

  it('reports other failures once, and keeps what it read before them', async () => {
    logs
      .on(GetLogEventsCommand)
      .resolvesOnce({ events: events('before'), nextForwardToken: 'f/1' })
      .rejects(anAwsError('AccessDeniedException', { message: 'no logs:GetLogEvents' }))

    expect((await tail.read(snapshot)).map((line) => line.message)).toEqual(['before'])
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
    expect(await tail.read(aSnapshot({ image: { name: undefined } }))).toEqual([])
    expect(logs.commandCalls(GetLogEventsCommand)).toHaveLength(0)
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
