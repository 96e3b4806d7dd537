/**
 * The SSM handler (awsJson1.1, `X-Amz-Target: AmazonSSM.<Operation>`): Parameter Store's
 * GetParameter, GetParameters and PutParameter.
 */
import { randomUUID } from 'node:crypto'
import { JsonParams } from '../aws-json/json-params.js'
import { awsJsonResponse, renderAwsJsonError, targetOperation } from '../aws-json/wire.js'
import { AwsError, type ServiceHandler, type ServiceRequest } from '../protocol.js'
import type { SsmStore } from '../stores.js'
import { SSM_VIOLATION_CODE } from './errors.js'
import { getParameter, getParameters } from './get-parameter.js'
import type { SsmOperation } from './operation.js'
import { putParameter } from './put-parameter.js'

const TARGET_PREFIX = 'AmazonSSM.'

export const OPERATIONS: Record<string, SsmOperation> = {
  GetParameter: getParameter,
  GetParameters: getParameters,
  PutParameter: putParameter
}

export function ssmService(store: SsmStore): ServiceHandler {
  return {
    operationOf: (request) => targetOperation(request, TARGET_PREFIX),
    handle: (request) => handleSsmRequest(store, request),
    renderError: renderAwsJsonError
  }
}

function handleSsmRequest(store: SsmStore, request: ServiceRequest) {
  const name = targetOperation(request, TARGET_PREFIX)
  const operation = Object.hasOwn(OPERATIONS, name) ? OPERATIONS[name] : undefined
  if (operation === undefined) {
    throw new AwsError(
      'InvalidAction',
      `The emulator does not serve the SSM operation ${name}.`,
      400
    )
  }
  const result = operation({
    store,
    params: JsonParams.parse(request.body, SSM_VIOLATION_CODE),
    region: request.region,
    accountId: request.accountId,
    now: request.now
  })
  return awsJsonResponse(result, request.requestId ?? randomUUID())
}
