/** CloudWatch Logs' modelled errors and their awsJson1.1 rendering. */
import { AwsError, type ServiceResponse } from '../protocol.js'

export const AWS_JSON_CONTENT_TYPE = 'application/x-amz-json-1.1'

export function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterException', message, 400)
}

/** What Coral's input validation says when a member breaks its model constraint. */
export function constraintViolation(member: string, value: unknown, constraint: string): AwsError {
  return invalidParameter(
    `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${constraint}`
  )
}

export function serializationError(message: string): AwsError {
  return new AwsError('SerializationException', message, 400)
}

export function logGroupNotFound(): AwsError {
  return new AwsError('ResourceNotFoundException', 'The specified log group does not exist.', 400)
}

export function logStreamNotFound(): AwsError {
  return new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.', 400)
}

export function invalidNextToken(): AwsError {
  return invalidParameter('The specified nextToken is invalid.')
}

export function renderLogsError(error: AwsError, requestId: string): ServiceResponse {
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
