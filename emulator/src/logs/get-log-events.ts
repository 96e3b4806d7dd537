/**
 * GetLogEvents: one stream read forwards or backwards from a token. Without a token it reads the
 * oldest events (`startFromHead`) or, by default, the newest. When a read finds nothing, the
 * token for that direction comes back unchanged, which is how clients know they are caught up.
 */
import {
  STREAM_START,
  isAtOrAfter,
  parseStreamToken,
  positionAfter,
  positionBefore,
  streamToken,
  type EventPosition,
  type ReadDirection
} from './event-position.js'
import type { JsonParams } from '../aws-json/json-params.js'
import { logGroupOf, logStreamOf } from './log-group-reference.js'
import type { LogsCall } from './operation.js'
import { countWithinBudget } from './response-budget.js'
import type { StoredLogEvent } from './store.js'
import { isWithin, timeRangeOf } from './time-range.js'

const MAX_LIMIT = 10_000

interface ReadStart {
  direction: ReadDirection
  /** Absent for a backward read from the newest event. */
  position?: EventPosition
}

export function getLogEvents(call: LogsCall): object {
  const { params } = call
  const stream = logStreamOf(logGroupOf(call), params.requiredString('logStreamName'))
  const range = timeRangeOf(params)
  const limit = params.optionalInteger('limit', { min: 1, max: MAX_LIMIT }) ?? MAX_LIMIT
  const start = readStartOf(params)
  const inRange = stream.events.filter((event) => isWithin(range, event.timestamp, 'end-exclusive'))
  const events = read(inRange, start, limit)
  const first = events.at(0)
  const last = events.at(-1)
  const unchanged = start.position ?? STREAM_START
  return {
    events: events.map(({ timestamp, message, ingestionTime }) => ({
      timestamp,
      message,
      ingestionTime
    })),
    nextForwardToken: streamToken('forward', last === undefined ? unchanged : positionAfter(last)),
    nextBackwardToken: streamToken(
      'backward',
      first === undefined ? unchanged : positionBefore(first)
    )
  }
}

/** A token decides the direction on its own; `startFromHead` only matters for the first read. */
function readStartOf(params: JsonParams): ReadStart {
  const token = params.optionalString('nextToken')
  if (token !== undefined) return parseStreamToken(token)
  if (params.optionalBoolean('startFromHead') === true) {
    return { direction: 'forward', position: STREAM_START }
  }
  return { direction: 'backward' }
}

function read(events: StoredLogEvent[], start: ReadStart, limit: number): StoredLogEvent[] {
  const { position } = start
  if (start.direction === 'forward') {
    const after =
      position === undefined ? events : events.filter((event) => isAtOrAfter(event, position))
    return after.slice(0, countWithinBudget(after, limit))
  }
  const before =
    position === undefined ? events : events.filter((event) => !isAtOrAfter(event, position))
  const count = countWithinBudget([...before].reverse(), limit)
  return before.slice(before.length - count)
}
