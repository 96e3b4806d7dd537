/** DescribeLogGroups: a region's log groups in name order, by prefix or case-insensitive pattern. */
import { invalidParameter } from './errors.js'
import { logGroupArn } from './log-group-reference.js'
import type { LogsCall } from './operation.js'
import { pageOf } from './page-token.js'
import type { LogGroupRecord } from './store.js'

const MAX_LIMIT = 50

export function describeLogGroups({ store, params, region, accountId }: LogsCall): object {
  const prefix = params.optionalString('logGroupNamePrefix')
  const pattern = params.optionalString('logGroupNamePattern', 0)
  const limit = params.optionalInteger('limit', { min: 1, max: MAX_LIMIT }) ?? MAX_LIMIT
  if (prefix !== undefined && pattern !== undefined) {
    throw invalidParameter(
      'LogGroupNamePrefix and LogGroupNamePattern are mutually exclusive parameters.'
    )
  }
  const groups = store
    .listLogGroups(region)
    .filter((group) => prefix === undefined || group.name.startsWith(prefix))
    .filter(
      (group) => pattern === undefined || group.name.toLowerCase().includes(pattern.toLowerCase())
    )
  const listing = JSON.stringify(['groups', region, prefix, pattern])
  const page = pageOf(groups, limit, params.optionalString('nextToken'), listing)
  return {
    logGroups: page.items.map((group) => logGroupView(group, region, accountId)),
    ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken })
  }
}

function logGroupView(group: LogGroupRecord, region: string, accountId: string) {
  const arn = logGroupArn(region, accountId, group.name)
  return {
    logGroupName: group.name,
    creationTime: group.creationTime,
    metricFilterCount: 0,
    arn: `${arn}:*`,
    storedBytes: 0,
    logGroupClass: 'STANDARD',
    logGroupArn: arn
  }
}
