/** SSM's modelled errors for the parameter operations the emulator serves. */
import { AwsError } from '../protocol.js'

/** SSM names its input validation error ValidationException. */
export const SSM_VIOLATION_CODE = 'ValidationException'

export function validationError(message: string): AwsError {
  return new AwsError(SSM_VIOLATION_CODE, message, 400)
}

export function parameterNotFound(name: string): AwsError {
  return new AwsError('ParameterNotFound', `Parameter ${name} not found.`, 400)
}

export function parameterAlreadyExists(): AwsError {
  return new AwsError(
    'ParameterAlreadyExists',
    'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
    400
  )
}
