/** EC2's modelled client errors, with the codes and message wording EC2 uses. */
import { AwsError, type ServiceResponse } from '../protocol.js'
import { element, renderDocument } from './xml.js'

export function clientError(code: string, message: string): AwsError {
  return new AwsError(code, message, 400)
}

export function invalidParameterValue(message: string): AwsError {
  return clientError('InvalidParameterValue', message)
}

export function missingParameter(parameter: string): AwsError {
  return clientError('MissingParameter', `The request must contain the parameter ${parameter}`)
}

export function invalidFilter(name: string): AwsError {
  return invalidParameterValue(`The filter '${name}' is invalid`)
}

export function malformedId(code: string, id: string, prefix: string): AwsError {
  return clientError(code, `Invalid id: "${id}" (expecting "${prefix}-...")`)
}

export function imagesNotFound(imageIds: string[]): AwsError {
  const message =
    imageIds.length === 1
      ? `The image id '[${imageIds.join(', ')}]' does not exist`
      : `The image ids '[${imageIds.join(', ')}]' do not exist`
  return clientError('InvalidAMIID.NotFound', message)
}

export function snapshotsNotFound(snapshotIds: string[]): AwsError {
  return clientError(
    'InvalidSnapshot.NotFound',
    `The snapshot '${snapshotIds.join(', ')}' does not exist.`
  )
}

/** EC2's error document: no namespace, `Response/Errors/Error`, and `RequestID` in capitals. */
export function renderEc2Error(error: AwsError, requestId: string): ServiceResponse {
  const body = renderDocument('Response', undefined, [
    element('Errors', [
      element('Error', [element('Code', error.code), element('Message', error.message)])
    ]),
    element('RequestID', requestId)
  ])
  return { status: error.status, headers: xmlHeaders(), body }
}

export function xmlHeaders(): Record<string, string> {
  return { 'Content-Type': 'text/xml;charset=UTF-8' }
}
