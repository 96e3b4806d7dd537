/**
 * FilterLogEvents: the matching events of a group's streams, interleaved by time. A page ends at
 * `limit` or 1 MB; `nextToken` then marks the next event, and is absent once everything is read.
 */
import { invalidNextToken, invalidParameter } from './errors.js'
import { eventIdOf, isAtOrAfter, positionBefore, type EventPosition } from './event-position.js'
import { compileFilterPattern } from './filter-pattern.js'
import { logGroupOf } from './log-group-reference.js'
import type { LogsCall } from './operation.js'
import { countWithinBudget } from './response-budget.js'
import { compareEvents, type LogGroupRecord, type StoredLogEvent } from './store.js'
import { isWithin, timeRangeOf } from './time-range.js'

const MAX_LIMIT = 10_000
const MAX_STREAM_NAMES = 100

interface StreamEvent extends StoredLogEvent {
  logStreamName: string
}

export function filterLogEvents(call: LogsCall): object {
  const { params } = call
  const group = logGroupOf(call)
  const streamNames = params.optionalStringList('logStreamNames', MAX_STREAM_NAMES)
  const streamPrefix = params.optionalString('logStreamNamePrefix')
  if (streamNames !== undefined && streamPrefix !== undefined) {
    throw invalidParameter('logStreamNames and logStreamNamePrefix are mutually exclusive.')
  }
  const range = timeRangeOf(params)
  const matches = compileFilterPattern(params.optionalString('filterPattern', 0))
  const limit = params.optionalInteger('limit', { min: 1, max: MAX_LIMIT }) ?? MAX_LIMIT
  const token = params.optionalString('nextToken')
  const from = token === undefined ? undefined : positionOf(token)

  const selected = eventsOf(group, (name) =>
    streamNames === undefined ? name.startsWith(streamPrefix ?? '') : streamNames.includes(name)
  ).filter(
    (event) =>
      isWithin(range, event.timestamp, 'end-inclusive') &&
      (from === undefined || isAtOrAfter(event, from)) &&
      matches(event.message)
  )
  const page = selected.slice(0, countWithinBudget(selected, limit))
  const next = selected[page.length]
  return {
    events: page.map((event) => ({
      logStreamName: event.logStreamName,
      timestamp: event.timestamp,
      message: event.message,
      ingestionTime: event.ingestionTime,
      eventId: eventIdOf(event)
    })),
    ...(next === undefined ? {} : { nextToken: tokenFor(positionBefore(next)) })
  }
}

/** Streams the request names but the group lacks contribute nothing rather than failing the call. */
function eventsOf(group: LogGroupRecord, isWanted: (streamName: string) => boolean): StreamEvent[] {
  const events: StreamEvent[] = []
  for (const stream of group.streams.values()) {
    if (!isWanted(stream.name)) continue
    for (const event of stream.events) events.push({ ...event, logStreamName: stream.name })
  }
  return events.sort(compareEvents)
}

function tokenFor(position: EventPosition): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url')
}

function positionOf(token: string): EventPosition {
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
  } catch {
    throw invalidNextToken()
  }
  const { timestamp, sequence } = (decoded ?? {}) as Record<string, unknown>
  if (!Number.isSafeInteger(timestamp) || !Number.isSafeInteger(sequence)) throw invalidNextToken()
  return { timestamp: timestamp as number, sequence: sequence as number }
}
