/**
 * The CloudWatch Logs handler (awsJson1.1): the operation comes from `X-Amz-Target:
 * Logs_20140328.<Operation>`, parameters from the JSON body, and the answer is a JSON object.
 */
import { randomUUID } from 'node:crypto'
import {
  AwsError,
  type ServiceHandler,
  type ServiceRequest,
  type ServiceResponse
} from '../protocol.js'
import { describeLogGroups } from './describe-log-groups.js'
import { describeLogStreams } from './describe-log-streams.js'
import { AWS_JSON_CONTENT_TYPE, renderLogsError } from './errors.js'
import { filterLogEvents } from './filter-log-events.js'
import { getLogEvents } from './get-log-events.js'
import { JsonParams } from './json-params.js'
import type { LogsOperation } from './operation.js'
import type { MemoryLogStore } from './store.js'

const TARGET_PREFIX = 'Logs_20140328.'

const OPERATIONS: Record<string, LogsOperation> = {
  DescribeLogGroups: describeLogGroups,
  DescribeLogStreams: describeLogStreams,
  FilterLogEvents: filterLogEvents,
  GetLogEvents: getLogEvents
}

export function logsService(store: MemoryLogStore): ServiceHandler {
  return {
    operationOf: operationNameOf,
    handle: (request) => handleLogsRequest(store, request),
    renderError: renderLogsError
  }
}

function handleLogsRequest(store: MemoryLogStore, request: ServiceRequest): ServiceResponse {
  const name = operationNameOf(request)
  const operation = Object.hasOwn(OPERATIONS, name) ? OPERATIONS[name] : undefined
  if (operation === undefined) {
    throw new AwsError('UnknownOperationException', `Unknown operation ${name}`, 400)
  }
  const params = JsonParams.parse(request.body)
  const result = operation({ store, params, region: request.region, accountId: request.accountId })
  return {
    status: 200,
    headers: {
      'Content-Type': AWS_JSON_CONTENT_TYPE,
      'x-amzn-RequestId': request.requestId ?? randomUUID()
    },
    body: JSON.stringify(result)
  }
}

/** The operation after the target prefix; a foreign or missing target yields an empty name. */
function operationNameOf(request: ServiceRequest): string {
  const target = headerOf(request, 'x-amz-target') ?? ''
  return target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : ''
}

function headerOf(request: ServiceRequest, name: string): string | undefined {
  const key = Object.keys(request.headers).find((header) => header.toLowerCase() === name)
  return key === undefined ? undefined : request.headers[key]
}
