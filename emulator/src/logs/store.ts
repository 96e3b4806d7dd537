/**
 * CloudWatch Logs state per region. Every event gets a store-wide sequence number on arrival, so
 * `(timestamp, sequence)` orders a stream totally and gives read tokens a stable position even
 * when later events carry earlier timestamps.
 */
import type { LogEventInput, LogStore } from '../stores.js'

export interface StoredLogEvent {
  timestamp: number
  message: string
  ingestionTime: number
  sequence: number
}

export interface LogStreamRecord {
  name: string
  creationTime: number
  /** In `(timestamp, sequence)` order. */
  events: StoredLogEvent[]
  lastIngestionTime?: number
}

export interface LogGroupRecord {
  name: string
  creationTime: number
  streams: Map<string, LogStreamRecord>
}

export class MemoryLogStore implements LogStore {
  private readonly groupsByRegion = new Map<string, Map<string, LogGroupRecord>>()
  private lastSequence = 0

  createLogGroup(region: string, logGroupName: string, now: number): void {
    this.ensureGroup(region, logGroupName, now)
  }

  putLogEvents(
    region: string,
    logGroupName: string,
    logStreamName: string,
    events: LogEventInput[],
    now: number
  ): void {
    const group = this.ensureGroup(region, logGroupName, now)
    let stream = group.streams.get(logStreamName)
    if (stream === undefined) {
      stream = { name: logStreamName, creationTime: now, events: [] }
      group.streams.set(logStreamName, stream)
    }
    for (const event of events) {
      this.lastSequence += 1
      insertInOrder(stream.events, { ...event, ingestionTime: now, sequence: this.lastSequence })
    }
    if (events.length > 0) stream.lastIngestionTime = now
  }

  /** The region's groups in name order, as DescribeLogGroups lists them. */
  listLogGroups(region: string): LogGroupRecord[] {
    const groups = [...(this.groupsByRegion.get(region)?.values() ?? [])]
    return groups.sort((a, b) => compareNames(a.name, b.name))
  }

  getLogGroup(region: string, logGroupName: string): LogGroupRecord | undefined {
    return this.groupsByRegion.get(region)?.get(logGroupName)
  }

  private ensureGroup(region: string, logGroupName: string, now: number): LogGroupRecord {
    let groups = this.groupsByRegion.get(region)
    if (groups === undefined) {
      groups = new Map()
      this.groupsByRegion.set(region, groups)
    }
    let group = groups.get(logGroupName)
    if (group === undefined) {
      group = { name: logGroupName, creationTime: now, streams: new Map() }
      groups.set(logGroupName, group)
    }
    return group
  }
}

/** Names sort by UTF-16 code units, which matches AWS's byte order for the characters names allow. */
export function compareNames(a: string, b: string): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}

export function compareEvents(a: StoredLogEvent, b: StoredLogEvent): number {
  return a.timestamp - b.timestamp || a.sequence - b.sequence
}

function insertInOrder(events: StoredLogEvent[], event: StoredLogEvent): void {
  let low = 0
  let high = events.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const probe = events[middle]
    if (probe !== undefined && compareEvents(probe, event) <= 0) low = middle + 1
    else high = middle
  }
  events.splice(low, 0, event)
}
