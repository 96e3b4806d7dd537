/** The Image Builder errors the emulator raises, with the status codes of §1.3. */
import { AwsError } from '../protocol.js'

export function invalidParameterValue(parameter: string, detail: string): AwsError {
  return new AwsError(
    'InvalidParameterValueException',
    `The value supplied for parameter '${parameter}' is not valid. ${detail}`,
    400
  )
}

export function patternMismatch(parameter: string, pattern: string): AwsError {
  return invalidParameterValue(parameter, `'${parameter}' must match pattern ${pattern}`)
}

export function missingParameter(parameter: string): AwsError {
  return new AwsError(
    'InvalidRequestException',
    `The request is missing required parameter '${parameter}'.`,
    400
  )
}

export function invalidRequest(message: string): AwsError {
  return new AwsError('InvalidRequestException', message, 400)
}

export function resourceNotFound(arn: string): AwsError {
  return new AwsError('ResourceNotFoundException', `The resource ${arn} does not exist.`, 404)
}

export function resourceInUse(message: string): AwsError {
  return new AwsError('ResourceInUseException', message, 400)
}

export function idempotentParameterMismatch(clientToken: string): AwsError {
  return new AwsError(
    'IdempotentParameterMismatchException',
    `The client token ${clientToken} was already used with different request parameters.`,
    400
  )
}

export function invalidPaginationToken(): AwsError {
  return new AwsError('InvalidPaginationTokenException', 'The pagination token is not valid.', 400)
}

/** The message AWS gives for a recipe (§9b); the configurations use the same wording. */
export function resourceAlreadyExists(kind: string, arn: string): AwsError {
  return new AwsError(
    'ResourceAlreadyExistsException',
    `The following resource '${kind}' already exists: '${arn}'.`,
    400
  )
}

export function invalidParameterCombination(message: string): AwsError {
  return new AwsError('InvalidParameterCombinationException', message, 400)
}

export function invalidVersionNumber(message: string): AwsError {
  return new AwsError('InvalidVersionNumberException', message, 400)
}

/** What a `dryRun` request that would have succeeded answers (§1.3). */
export function dryRunOperation(): AwsError {
  return new AwsError(
    'DryRunOperationException',
    'The request would have succeeded, but the dryRun flag is set.',
    412
  )
}
