/** CloudWatch Logs' modelled errors (rendered by aws-json/wire.ts). */
import { AwsError } from '../protocol.js'

/** Logs names its validation error InvalidParameterException. */
export const LOGS_VIOLATION_CODE = 'InvalidParameterException'

export function invalidParameter(message: string): AwsError {
  return new AwsError(LOGS_VIOLATION_CODE, message, 400)
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
