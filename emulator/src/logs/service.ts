/**
 * The CloudWatch Logs handler (awsJson1.1): the operation comes from `X-Amz-Target:
 * Logs_20140328.<Operation>`, parameters from the JSON body, and the answer is a JSON object.
 */
import { randomUUID } from 'node:crypto'
import { JsonParams } from '../aws-json/json-params.js'
import { awsJsonResponse, renderAwsJsonError, targetOperation } from '../aws-json/wire.js'
import {
  AwsError,
  type ServiceHandler,
  type ServiceRequest,
  type ServiceResponse
} from '../protocol.js'
import { describeLogGroups } from './describe-log-groups.js'
import { describeLogStreams } from './describe-log-streams.js'
import { LOGS_VIOLATION_CODE } from './errors.js'
import { filterLogEvents } from './filter-log-events.js'
import { getLogEvents } from './get-log-events.js'
import type { LogsOperation } from './operation.js'
import type { MemoryLogStore } from './store.js'

const TARGET_PREFIX = 'Logs_20140328.'

export const OPERATIONS: Record<string, LogsOperation> = {
  DescribeLogGroups: describeLogGroups,
  DescribeLogStreams: describeLogStreams,
  FilterLogEvents: filterLogEvents,
  GetLogEvents: getLogEvents
}

export function logsService(store: MemoryLogStore): ServiceHandler {
  return {
    operationOf: (request) => targetOperation(request, TARGET_PREFIX),
    handle: (request) => handleLogsRequest(store, request),
    renderError: renderAwsJsonError
  }
}

function handleLogsRequest(store: MemoryLogStore, request: ServiceRequest): ServiceResponse {
  const name = targetOperation(request, TARGET_PREFIX)
  const operation = Object.hasOwn(OPERATIONS, name) ? OPERATIONS[name] : undefined
  if (operation === undefined) {
    throw new AwsError('UnknownOperationException', `Unknown operation ${name}`, 400)
  }
  const params = JsonParams.parse(request.body, LOGS_VIOLATION_CODE)
  const result = operation({ store, params, region: request.region, accountId: request.accountId })
  return awsJsonResponse(result, request.requestId ?? randomUUID())
}
