/**
 * The awsJson1.1 wire format shared by CloudWatch Logs and SSM: the operation travels in
 * `X-Amz-Target: <Prefix>.<Operation>`, parameters and answers are JSON objects, and errors carry
 * `__type` and `message` besides the `x-amzn-ErrorType` header.
 */
import { AwsError, type ServiceRequest, type ServiceResponse } from '../protocol.js'

export const AWS_JSON_CONTENT_TYPE = 'application/x-amz-json-1.1'

/** The operation after the target prefix; a foreign or missing target yields an empty name. */
export function targetOperation(request: ServiceRequest, prefix: string): string {
  const key = Object.keys(request.headers).find((header) => header.toLowerCase() === 'x-amz-target')
  const target = (key === undefined ? undefined : request.headers[key]) ?? ''
  return target.startsWith(prefix) ? target.slice(prefix.length) : ''
}

export function awsJsonResponse(result: object, requestId: string): ServiceResponse {
  return {
    status: 200,
    headers: { 'Content-Type': AWS_JSON_CONTENT_TYPE, 'x-amzn-RequestId': requestId },
    body: JSON.stringify(result)
  }
}

export function renderAwsJsonError(error: AwsError, requestId: string): ServiceResponse {
  return {
    status: error.status,
    headers: {
      'Content-Type': AWS_JSON_CONTENT_TYPE,
      'x-amzn-RequestId': requestId,
      'x-amzn-ErrorType': error.code
    },
    body: JSON.stringify({ __type: error.code, message: error.message })
  }
}

export function serializationError(message: string): AwsError {
  return new AwsError('SerializationException', message, 400)
}

/**
 * What Coral's input validation says when a member breaks its model constraint. Services name the
 * error differently (Logs: InvalidParameterException, SSM: ValidationException).
 */
export function constraintViolation(
  code: string,
  member: string,
  value: unknown,
  constraint: string
): AwsError {
  return new AwsError(
    code,
    `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${constraint}`,
    400
  )
}
