/**
 * A position between events of a stream, used by read tokens. Events at or after the position
 * have `(timestamp, sequence) >= (position.timestamp, position.sequence)`, so a position stays
 * put when more events are appended, which is what lets clients tail a stream with one token.
 */
import { invalidNextToken } from './errors.js'
import type { StoredLogEvent } from './store.js'

export interface EventPosition {
  timestamp: number
  sequence: number
}

export type ReadDirection = 'forward' | 'backward'

export const STREAM_START: EventPosition = { timestamp: 0, sequence: 0 }

const TIMESTAMP_DIGITS = 20
const SEQUENCE_DIGITS = 36
const TOKEN = /^([fb])\/(\d{20})(\d{36})\/s$/

export function positionBefore(event: StoredLogEvent): EventPosition {
  return { timestamp: event.timestamp, sequence: event.sequence }
}

export function positionAfter(event: StoredLogEvent): EventPosition {
  return { timestamp: event.timestamp, sequence: event.sequence + 1 }
}

export function isAtOrAfter(event: StoredLogEvent, position: EventPosition): boolean {
  return (event.timestamp - position.timestamp || event.sequence - position.sequence) >= 0
}

/** Shaped like CloudWatch's own tokens: `f/` or `b/`, 56 digits, `/s`. */
export function streamToken(direction: ReadDirection, position: EventPosition): string {
  return `${direction === 'forward' ? 'f' : 'b'}/${digitsOf(position)}/s`
}

export function parseStreamToken(token: string): {
  direction: ReadDirection
  position: EventPosition
} {
  const [, direction, timestamp, sequence] = TOKEN.exec(token) ?? []
  if (direction === undefined || timestamp === undefined || sequence === undefined) {
    throw invalidNextToken()
  }
  return {
    direction: direction === 'f' ? 'forward' : 'backward',
    position: { timestamp: Number(timestamp), sequence: Number(sequence) }
  }
}

/** A unique event ID in CloudWatch's 56-digit shape, ordered like the events themselves. */
export function eventIdOf(event: StoredLogEvent): string {
  return digitsOf(positionBefore(event))
}

function digitsOf(position: EventPosition): string {
  return (
    String(position.timestamp).padStart(TIMESTAMP_DIGITS, '0') +
    String(position.sequence).padStart(SEQUENCE_DIGITS, '0')
  )
}
