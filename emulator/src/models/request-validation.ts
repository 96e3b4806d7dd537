/**
 * Every request is held to its operation's input shape before the service sees it; a violation is
 * answered the way the real service answers it, in the service's own error type and wording.
 */
import { AwsError, type ServiceRequest } from '../protocol.js'
import { decodeRequest } from './request-input.js'
import { operationModel, serviceModel } from './service-models.js'
import { REQUEST_CHECKS, validateShape, type Violation } from './validate.js'

/** The error a modelled operation's request earns, or undefined when it conforms (or is unmodelled). */
export function requestViolation(request: ServiceRequest, operation: string): AwsError | undefined {
  const model = serviceModel(request.service)
  const op = operationModel(request.service, operation)
  if (model === undefined || op?.input === undefined) return undefined
  const decoded = decodeRequest(model, op.input, request, op.http.requestUri)
  if (!decoded.ok) return undefined
  const violation = validateShape(model, op.input, decoded.value, REQUEST_CHECKS)
  if (violation === undefined) return undefined
  const error = errorFor(request.service, violation)
  // Image Builder's tagging operations model InvalidParameterException for every bad input.
  return op.errors?.includes('InvalidParameterException') === true &&
    !op.errors.includes('InvalidParameterValueException') &&
    request.service === 'imagebuilder'
    ? new AwsError('InvalidParameterException', error.message, 400)
    : error
}

/** Coral's message, as Logs, SSM, ECR and STS write it. */
function coralMessage(violation: Violation): string {
  const value = violation.value === null ? 'null' : `'${display(violation.value)}'`
  return `1 validation error detected: Value ${value} at '${violation.path}' failed to satisfy constraint: ${violation.constraint}`
}

export function errorFor(service: string, violation: Violation): AwsError {
  switch (service) {
    case 'imagebuilder':
      return imagebuilderError(violation)
    case 'ec2':
      return ec2Error(violation)
    case 'ssm':
      return new AwsError('ValidationException', coralMessage(violation), 400)
    case 'sts':
      return new AwsError('ValidationError', coralMessage(violation), 400)
    default:
      // CloudWatch Logs and ECR report constraint violations as InvalidParameterException.
      return new AwsError('InvalidParameterException', coralMessage(violation), 400)
  }
}

/**
 * Image Builder: a missing member is InvalidRequestException; a value outside its constraints is
 * InvalidParameterValueException naming the parameter (the wording of boto/boto3#2224).
 */
function imagebuilderError(violation: Violation): AwsError {
  if (violation.kind === 'required') {
    return new AwsError(
      'InvalidRequestException',
      `The request is missing required parameter '${violation.path}'.`,
      400
    )
  }
  const detail =
    violation.kind === 'pattern' && violation.pattern !== undefined
      ? `'${violation.path}' must match pattern ${violation.pattern}`
      : violation.constraint.replace(/^Member/, `'${violation.path}'`)
  return new AwsError(
    'InvalidParameterValueException',
    `The value supplied for parameter '${violation.path}' is not valid. ${detail}`,
    400
  )
}

/** EC2 names the wire parameter: `MissingParameter` or `InvalidParameterValue`. */
function ec2Error(violation: Violation): AwsError {
  const parameter = violation.path
    .split('.')
    .filter((part) => part !== 'member')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('.')
  if (violation.kind === 'required') {
    return new AwsError(
      'MissingParameter',
      `The request must contain the parameter ${parameter}`,
      400
    )
  }
  return new AwsError(
    'InvalidParameterValue',
    `Value (${display(violation.value)}) for parameter ${parameter} is invalid. ${violation.constraint}`,
    400
  )
}

function display(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 256 ? `${text.slice(0, 256)}...` : text
}
