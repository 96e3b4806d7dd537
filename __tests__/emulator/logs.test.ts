import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  paginateFilterLogEvents,
  paginateGetLogEvents
} from '@aws-sdk/client-cloudwatch-logs'
import { MemoryLogStore, logsService } from '../../emulator/src/logs/index.js'
import { AwsError } from '../../emulator/src/protocol.js'
import { TEST_ACCOUNT_ID, rejectionOf, transport, type TransportOptions } from './sdk-transport.js'

const REGION = 'eu-west-1'
const GROUP = '/aws/imagebuilder/my-recipe'
const STREAM = '1.0.0/1'
const T0 = Date.UTC(2026, 10, 23, 10, 0, 0)

function logsClient(store: MemoryLogStore, region = REGION, options: TransportOptions = {}) {
  return new CloudWatchLogsClient({
    region,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
    requestHandler: transport(logsService(store), 'logs', region, options)
  })
}

/** Appends one event per message, a second apart from `start`, ingested at the last timestamp. */
function append(store: MemoryLogStore, messages: string[], start: number, stream = STREAM) {
  const events = messages.map((message, index) => ({ timestamp: start + index * 1000, message }))
  store.putLogEvents(REGION, GROUP, stream, events, start + messages.length * 1000)
}

let store: MemoryLogStore
let client: CloudWatchLogsClient

beforeEach(() => {
  store = new MemoryLogStore()
  client = logsClient(store)
})

describe('GetLogEvents', () => {
  it('tails a stream: the forward token stays put until new events arrive', async () => {
    append(store, ['Build started', 'Launching instance'], T0)

    const first = await client.send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM, startFromHead: true })
    )
    const idle = await client.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: STREAM,
        startFromHead: true,
        nextToken: first.nextForwardToken
      })
    )
    append(store, ['Running components'], T0 + 5000)
    const resumed = await client.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: STREAM,
        startFromHead: true,
        nextToken: idle.nextForwardToken
      })
    )

    expect(first.events?.map((event) => event.message)).toEqual([
      'Build started',
      'Launching instance'
    ])
    expect(first.nextForwardToken).toMatch(/^f\/\d{56}\/s$/)
    expect(first.nextBackwardToken).toMatch(/^b\/\d{56}\/s$/)
    expect(idle.events).toEqual([])
    expect(idle.nextForwardToken).toBe(first.nextForwardToken)
    expect(resumed.events).toEqual([
      { timestamp: T0 + 5000, message: 'Running components', ingestionTime: T0 + 6000 }
    ])
    expect(resumed.nextForwardToken).not.toBe(idle.nextForwardToken)
  })

  it('reads the newest events by default and the oldest with startFromHead', async () => {
    append(
      store,
      Array.from({ length: 5 }, (_, index) => `line ${String(index)}`),
      T0
    )

    const newest = await client.send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM, limit: 2 })
    )
    const oldest = await client.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: STREAM,
        limit: 2,
        startFromHead: true
      })
    )
    const older = await client.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: STREAM,
        limit: 2,
        nextToken: newest.nextBackwardToken
      })
    )

    expect(newest.events?.map((event) => event.message)).toEqual(['line 3', 'line 4'])
    expect(oldest.events?.map((event) => event.message)).toEqual(['line 0', 'line 1'])
    expect(older.events?.map((event) => event.message)).toEqual(['line 1', 'line 2'])
  })

  it('keeps events in timestamp order and honours startTime and an exclusive endTime', async () => {
    store.putLogEvents(
      REGION,
      GROUP,
      STREAM,
      [{ timestamp: T0 + 3000, message: 'late' }],
      T0 + 4000
    )
    store.putLogEvents(
      REGION,
      GROUP,
      STREAM,
      [{ timestamp: T0 + 1000, message: 'early' }],
      T0 + 4000
    )
    store.putLogEvents(
      REGION,
      GROUP,
      STREAM,
      [{ timestamp: T0 + 2000, message: 'middle' }],
      T0 + 4000
    )

    const all = await client.send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM, startFromHead: true })
    )
    const windowed = await client.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: STREAM,
        startFromHead: true,
        startTime: T0 + 2000,
        endTime: T0 + 3000
      })
    )

    expect(all.events?.map((event) => event.message)).toEqual(['early', 'middle', 'late'])
    expect(windowed.events?.map((event) => event.message)).toEqual(['middle'])
  })

  it('lets the SDK paginator read to the end and stop on the repeated token', async () => {
    append(
      store,
      Array.from({ length: 7 }, (_, index) => `step ${String(index)}`),
      T0
    )

    const messages: (string | undefined)[] = []
    const paginator = paginateGetLogEvents(
      { client, pageSize: 3, stopOnSameToken: true },
      { logGroupName: GROUP, logStreamName: STREAM, startFromHead: true }
    )
    for await (const page of paginator)
      messages.push(...(page.events ?? []).map((event) => event.message))

    expect(messages).toEqual(Array.from({ length: 7 }, (_, index) => `step ${String(index)}`))
  })

  it('accepts the group by identifier, as a name or an ARN', async () => {
    append(store, ['hello'], T0)
    const arn = `arn:aws:logs:${REGION}:${TEST_ACCOUNT_ID}:log-group:${GROUP}`

    const byName = await client.send(
      new GetLogEventsCommand({ logGroupIdentifier: GROUP, logStreamName: STREAM })
    )
    const byArn = await client.send(
      new GetLogEventsCommand({ logGroupIdentifier: `${arn}:*`, logStreamName: STREAM })
    )

    expect(byName.events?.map((event) => event.message)).toEqual(['hello'])
    expect(byArn.events?.map((event) => event.message)).toEqual(['hello'])
  })

  it('reports a missing group or stream as ResourceNotFoundException', async () => {
    append(store, ['hello'], T0)

    const noGroup = await rejectionOf(
      client.send(new GetLogEventsCommand({ logGroupName: '/nope', logStreamName: STREAM }))
    )
    const noStream = await rejectionOf(
      client.send(new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: 'nope' }))
    )
    const otherRegion = await rejectionOf(
      logsClient(store, 'us-east-1').send(
        new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM })
      )
    )

    expect(noGroup).toEqual({
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
      status: 400
    })
    expect(noStream).toEqual({
      name: 'ResourceNotFoundException',
      message: 'The specified log stream does not exist.',
      status: 400
    })
    expect(otherRegion.name).toBe('ResourceNotFoundException')
  })

  it('rejects bad parameters as InvalidParameterException', async () => {
    append(store, ['hello'], T0)

    const badLimit = await rejectionOf(
      client.send(
        new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM, limit: 10_001 })
      )
    )
    const badToken = await rejectionOf(
      client.send(
        new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM, nextToken: 'x' })
      )
    )
    const bothNames = await rejectionOf(
      client.send(
        new GetLogEventsCommand({
          logGroupName: GROUP,
          logGroupIdentifier: GROUP,
          logStreamName: STREAM
        })
      )
    )

    expect(badLimit).toMatchObject({ name: 'InvalidParameterException', status: 400 })
    expect(badToken).toMatchObject({ name: 'InvalidParameterException', status: 400 })
    expect(bothNames).toMatchObject({ name: 'InvalidParameterException', status: 400 })
  })
})

describe('FilterLogEvents', () => {
  beforeEach(() => {
    append(store, ['INFO step ApplyBuildComponents started', 'ERROR exit status 1'], T0)
    append(store, ['INFO tests passed', 'ERROR: Unable to find a match: htpd'], T0 + 500, '1.0.0/2')
  })

  it('matches all plain terms, quoted phrases, optional and excluded terms', async () => {
    const filter = async (filterPattern: string) => {
      const { events } = await client.send(
        new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern })
      )
      return events?.map((event) => event.message)
    }

    expect(await filter('ERROR status')).toEqual(['ERROR exit status 1'])
    expect(await filter('"find a match"')).toEqual(['ERROR: Unable to find a match: htpd'])
    expect(await filter('?passed ?htpd')).toEqual([
      'INFO tests passed',
      'ERROR: Unable to find a match: htpd'
    ])
    expect(await filter('INFO -tests')).toEqual(['INFO step ApplyBuildComponents started'])
    expect(await filter('error')).toEqual([])
    expect(await filter('')).toHaveLength(4)
  })

  it('interleaves streams by time and names the stream of each event', async () => {
    const { events } = await client.send(new FilterLogEventsCommand({ logGroupName: GROUP }))

    expect(events?.map((event) => [event.logStreamName, event.timestamp])).toEqual([
      ['1.0.0/1', T0],
      ['1.0.0/2', T0 + 500],
      ['1.0.0/1', T0 + 1000],
      ['1.0.0/2', T0 + 1500]
    ])
    expect(new Set(events?.map((event) => event.eventId)).size).toBe(4)
  })

  it('narrows by stream names, stream prefix and an inclusive time window', async () => {
    const byName = await client.send(
      new FilterLogEventsCommand({ logGroupName: GROUP, logStreamNames: ['1.0.0/2'] })
    )
    const byPrefix = await client.send(
      new FilterLogEventsCommand({ logGroupName: GROUP, logStreamNamePrefix: '1.0.0/1' })
    )
    const windowed = await client.send(
      new FilterLogEventsCommand({ logGroupName: GROUP, startTime: T0 + 500, endTime: T0 + 1000 })
    )

    expect(byName.events?.every((event) => event.logStreamName === '1.0.0/2')).toBe(true)
    expect(byPrefix.events).toHaveLength(2)
    expect(windowed.events?.map((event) => event.timestamp)).toEqual([T0 + 500, T0 + 1000])
  })

  it('pages with limit and nextToken until no token is returned', async () => {
    const first = await client.send(new FilterLogEventsCommand({ logGroupName: GROUP, limit: 3 }))
    const pages = []
    for await (const page of paginateFilterLogEvents(
      { client, pageSize: 3 },
      { logGroupName: GROUP }
    )) {
      pages.push(page.events?.length)
    }

    expect(first.events).toHaveLength(3)
    expect(first.nextToken).toBeDefined()
    expect(pages).toEqual([3, 1])
  })

  it('refuses filter syntaxes the emulator does not evaluate', async () => {
    const error = await rejectionOf(
      client.send(
        new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern: '{ $.level = "error" }' })
      )
    )

    expect(error).toMatchObject({ name: 'InvalidParameterException', status: 400 })
  })
})

describe('DescribeLogStreams and DescribeLogGroups', () => {
  beforeEach(() => {
    append(store, ['b'], T0 + 10_000, '1.0.0/2')
    append(store, ['a'], T0, '1.0.0/1')
    append(store, ['c'], T0 + 5000, '1.0.0/3')
    store.createLogGroup(REGION, '/aws/imagebuilder/other', T0)
  })

  it('orders streams by name or by last event time, either way round', async () => {
    const names = async (orderBy: 'LogStreamName' | 'LastEventTime', descending: boolean) => {
      const { logStreams } = await client.send(
        new DescribeLogStreamsCommand({ logGroupName: GROUP, orderBy, descending })
      )
      return logStreams?.map((stream) => stream.logStreamName)
    }

    expect(await names('LogStreamName', false)).toEqual(['1.0.0/1', '1.0.0/2', '1.0.0/3'])
    expect(await names('LogStreamName', true)).toEqual(['1.0.0/3', '1.0.0/2', '1.0.0/1'])
    expect(await names('LastEventTime', true)).toEqual(['1.0.0/2', '1.0.0/3', '1.0.0/1'])
  })

  it('describes a stream with its event times and ARN', async () => {
    const { logStreams } = await client.send(
      new DescribeLogStreamsCommand({ logGroupName: GROUP, logStreamNamePrefix: '1.0.0/2' })
    )

    expect(logStreams).toEqual([
      {
        logStreamName: '1.0.0/2',
        creationTime: T0 + 11_000,
        firstEventTimestamp: T0 + 10_000,
        lastEventTimestamp: T0 + 10_000,
        lastIngestionTime: T0 + 11_000,
        arn: `arn:aws:logs:${REGION}:${TEST_ACCOUNT_ID}:log-group:${GROUP}:log-stream:1.0.0/2`,
        storedBytes: 0
      }
    ])
  })

  it('pages streams and refuses a prefix with LastEventTime ordering', async () => {
    const first = await client.send(
      new DescribeLogStreamsCommand({ logGroupName: GROUP, limit: 2 })
    )
    const second = await client.send(
      new DescribeLogStreamsCommand({ logGroupName: GROUP, limit: 2, nextToken: first.nextToken })
    )
    const conflict = await rejectionOf(
      client.send(
        new DescribeLogStreamsCommand({
          logGroupName: GROUP,
          orderBy: 'LastEventTime',
          logStreamNamePrefix: '1'
        })
      )
    )

    expect(first.logStreams?.map((stream) => stream.logStreamName)).toEqual(['1.0.0/1', '1.0.0/2'])
    expect(second.logStreams?.map((stream) => stream.logStreamName)).toEqual(['1.0.0/3'])
    expect(second.nextToken).toBeUndefined()
    expect(conflict).toMatchObject({ name: 'InvalidParameterException', status: 400 })
  })

  it('lists log groups by prefix with their ARNs', async () => {
    const { logGroups } = await client.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/imagebuilder/my' })
    )
    const everything = await client.send(new DescribeLogGroupsCommand({}))

    expect(logGroups).toEqual([
      expect.objectContaining({
        logGroupName: GROUP,
        arn: `arn:aws:logs:${REGION}:${TEST_ACCOUNT_ID}:log-group:${GROUP}:*`,
        logGroupArn: `arn:aws:logs:${REGION}:${TEST_ACCOUNT_ID}:log-group:${GROUP}`
      })
    ])
    expect(everything.logGroups?.map((group) => group.logGroupName)).toEqual([
      GROUP,
      '/aws/imagebuilder/other'
    ])
  })

  it('reports streams of a missing group as ResourceNotFoundException', async () => {
    const error = await rejectionOf(
      client.send(new DescribeLogStreamsCommand({ logGroupName: '/missing' }))
    )

    expect(error).toMatchObject({ name: 'ResourceNotFoundException', status: 400 })
  })
})

describe('protocol', () => {
  it('names the operation by X-Amz-Target and refuses unknown ones', () => {
    const handler = logsService(store)
    const request = {
      service: 'logs' as const,
      region: REGION,
      accountId: TEST_ACCOUNT_ID,
      method: 'POST',
      path: '/',
      query: new URLSearchParams(),
      headers: { 'x-amz-target': 'Logs_20140328.PutRetentionPolicy' },
      body: '{}',
      now: T0
    }

    expect(handler.operationOf(request)).toBe('PutRetentionPolicy')
    expect(() => handler.handle(request)).toThrow(AwsError)
  })

  it('renders injected faults so the SDK sees their code and status', async () => {
    const faults = [
      new AwsError('ThrottlingException', 'Rate exceeded', 400),
      new AwsError('ServiceUnavailableException', 'The service is unavailable', 500),
      new AwsError(
        'ExpiredTokenException',
        'The security token included in the request is expired',
        400
      )
    ]
    const faulty = logsClient(store, REGION, { faults: [...faults] })

    const seen = []
    for (let index = 0; index < faults.length; index += 1) {
      seen.push(await rejectionOf(faulty.send(new DescribeLogGroupsCommand({}))))
    }

    expect(seen).toEqual(
      faults.map((fault) => ({ name: fault.code, message: fault.message, status: fault.status }))
    )
  })
})
