/**
 * The `startTime` / `endTime` window of a read, in epoch milliseconds. The two read APIs disagree
 * on the end: GetLogEvents leaves out events at `endTime`, FilterLogEvents keeps them.
 */
import type { JsonParams } from '../aws-json/json-params.js'

export type EndBound = 'end-exclusive' | 'end-inclusive'

export interface TimeRange {
  startTime?: number
  endTime?: number
}

const EPOCH_MILLIS = { min: 0, max: Number.MAX_SAFE_INTEGER }

export function timeRangeOf(params: JsonParams): TimeRange {
  const startTime = params.optionalInteger('startTime', EPOCH_MILLIS)
  const endTime = params.optionalInteger('endTime', EPOCH_MILLIS)
  return {
    ...(startTime === undefined ? {} : { startTime }),
    ...(endTime === undefined ? {} : { endTime })
  }
}

export function isWithin(range: TimeRange, timestamp: number, end: EndBound): boolean {
  if (range.startTime !== undefined && timestamp < range.startTime) return false
  if (range.endTime === undefined) return true
  return end === 'end-inclusive' ? timestamp <= range.endTime : timestamp < range.endTime
}
