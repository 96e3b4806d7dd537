/** DescribeLogStreams: a group's streams by name or by the time of their latest event. */
import { invalidParameter } from './errors.js'
import { logGroupArn, logGroupOf } from './log-group-reference.js'
import type { LogsCall } from './operation.js'
import { pageOf } from './page-token.js'
import { compareNames, type LogStreamRecord } from './store.js'

const MAX_LIMIT = 50
const ORDERS = ['LogStreamName', 'LastEventTime'] as const

export function describeLogStreams(call: LogsCall): object {
  const { params, region, accountId } = call
  const group = logGroupOf(call)
  const prefix = params.optionalString('logStreamNamePrefix')
  const orderBy = params.optionalEnum('orderBy', ORDERS) ?? 'LogStreamName'
  const descending = params.optionalBoolean('descending') ?? false
  const limit = params.optionalInteger('limit', { min: 1, max: MAX_LIMIT }) ?? MAX_LIMIT
  if (prefix !== undefined && orderBy === 'LastEventTime') {
    throw invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.')
  }
  const compare = orderBy === 'LastEventTime' ? byLastEventTime : byName
  const streams = [...group.streams.values()]
    .filter((stream) => prefix === undefined || stream.name.startsWith(prefix))
    .sort((a, b) => (descending ? compare(b, a) : compare(a, b)))
  const listing = JSON.stringify(['streams', region, group.name, prefix, orderBy, descending])
  const page = pageOf(streams, limit, params.optionalString('nextToken'), listing)
  const groupArn = logGroupArn(region, accountId, group.name)
  return {
    logStreams: page.items.map((stream) => logStreamView(stream, groupArn)),
    ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken })
  }
}

function byName(a: LogStreamRecord, b: LogStreamRecord): number {
  return compareNames(a.name, b.name)
}

/** Streams without events sort as oldest. */
function byLastEventTime(a: LogStreamRecord, b: LogStreamRecord): number {
  const lastOf = (stream: LogStreamRecord) => stream.events.at(-1)?.timestamp ?? -1
  return lastOf(a) - lastOf(b) || byName(a, b)
}

function logStreamView(stream: LogStreamRecord, groupArn: string) {
  const first = stream.events.at(0)
  const last = stream.events.at(-1)
  return {
    logStreamName: stream.name,
    creationTime: stream.creationTime,
    ...(first === undefined ? {} : { firstEventTimestamp: first.timestamp }),
    ...(last === undefined ? {} : { lastEventTimestamp: last.timestamp }),
    ...(stream.lastIngestionTime === undefined
      ? {}
      : { lastIngestionTime: stream.lastIngestionTime }),
    arn: `${groupArn}:log-stream:${stream.name}`,
    storedBytes: 0
  }
}
