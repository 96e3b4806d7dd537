/**
 * Finding the log group a request names: by `logGroupName`, or by `logGroupIdentifier`, which is
 * a name or a log group ARN (with or without the trailing `:*`). Exactly one must be given.
 */
import { invalidParameter, logGroupNotFound, logStreamNotFound } from './errors.js'
import type { LogsCall } from './operation.js'
import type { LogGroupRecord, LogStreamRecord } from './store.js'

const LOG_GROUP_ARN = /^arn:aws[\w-]*:logs:([\w-]+):(\d{12}):log-group:(.+?)(?::\*)?$/

export function logGroupOf({ store, params, region, accountId }: LogsCall): LogGroupRecord {
  const name = params.optionalString('logGroupName')
  const identifier = params.optionalString('logGroupIdentifier')
  if (name !== undefined && identifier !== undefined) {
    throw invalidParameter('LogGroupName and LogGroupIdentifier are mutually exclusive parameters.')
  }
  const groupName =
    name ??
    (identifier === undefined ? undefined : nameFromIdentifier(identifier, region, accountId))
  if (groupName === undefined) {
    throw invalidParameter('Either LogGroupName or LogGroupIdentifier must be specified.')
  }
  const group = store.getLogGroup(region, groupName)
  if (group === undefined) throw logGroupNotFound()
  return group
}

export function logStreamOf(group: LogGroupRecord, streamName: string): LogStreamRecord {
  const stream = group.streams.get(streamName)
  if (stream === undefined) throw logStreamNotFound()
  return stream
}

/** An ARN for another region or account names a group this emulator does not hold. */
function nameFromIdentifier(identifier: string, region: string, accountId: string): string {
  if (!identifier.startsWith('arn:')) return identifier
  const [, arnRegion, arnAccount, name] = LOG_GROUP_ARN.exec(identifier) ?? []
  if (name === undefined) throw invalidParameter(`Invalid log group identifier: ${identifier}`)
  if (arnRegion !== region || arnAccount !== accountId) throw logGroupNotFound()
  return name
}

export function logGroupArn(region: string, accountId: string, groupName: string): string {
  return `arn:aws:logs:${region}:${accountId}:log-group:${groupName}`
}
