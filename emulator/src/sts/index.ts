/**
 * The emulator's STS (awsQuery protocol, API version 2011-06-15): GetCallerIdentity, which AWS
 * answers for any valid credentials, with no IAM permission needed. The caller is the role a
 * workflow assumes through OIDC, in the emulator's account (the emulator serves commercial regions).
 */
import { randomUUID } from 'node:crypto'
import {
  AwsError,
  type ServiceHandler,
  type ServiceRequest,
  type ServiceResponse
} from '../protocol.js'
import { element, renderDocument } from '../ec2/xml.js'

export const STS_API_VERSION = '2011-06-15'
const STS_NAMESPACE = `https://sts.amazonaws.com/doc/${STS_API_VERSION}/`
/** The session a workflow's configure-aws-credentials step opens (its default session name). */
const ROLE = 'github-actions-imagebuilder'
const SESSION = 'GitHubActions'
const ROLE_ID = 'AROA3EXAMPLEROLEID7Q2'

const XML_HEADERS = { 'Content-Type': 'text/xml' }

export const OPERATIONS: Record<string, (request: ServiceRequest) => ServiceResponse> = {
  GetCallerIdentity: getCallerIdentity
}

export function stsService(): ServiceHandler {
  return {
    operationOf: (request) => formOf(request).get('Action') ?? '',
    handle: (request) => {
      const form = formOf(request)
      const action = form.get('Action') ?? ''
      if (action === '') throw new AwsError('MissingAction', 'Missing Action', 400)
      const operation = Object.hasOwn(OPERATIONS, action) ? OPERATIONS[action] : undefined
      const version = form.get('Version')
      if (operation === undefined || version !== STS_API_VERSION)
        throw new AwsError(
          'InvalidAction',
          `Could not find operation ${action} for version ${version ?? 'NO_VERSION_SPECIFIED'}`,
          400
        )
      return operation(request)
    },
    renderError: renderStsError
  }
}

function formOf(request: ServiceRequest): URLSearchParams {
  return new URLSearchParams(request.body === '' ? request.query : request.body)
}

function getCallerIdentity(request: ServiceRequest): ServiceResponse {
  const body = renderDocument('GetCallerIdentityResponse', STS_NAMESPACE, [
    element('GetCallerIdentityResult', [
      element('Arn', `arn:aws:sts::${request.accountId}:assumed-role/${ROLE}/${SESSION}`),
      element('UserId', `${ROLE_ID}:${SESSION}`),
      element('Account', request.accountId)
    ]),
    element('ResponseMetadata', [element('RequestId', request.requestId ?? randomUUID())])
  ])
  return { status: 200, headers: XML_HEADERS, body }
}

/** awsQuery's error document: `ErrorResponse/Error` with the fault's type, and the request ID. */
export function renderStsError(error: AwsError, requestId: string): ServiceResponse {
  const body = renderDocument('ErrorResponse', STS_NAMESPACE, [
    element('Error', [
      element('Type', error.status >= 500 ? 'Receiver' : 'Sender'),
      element('Code', error.code),
      element('Message', error.message)
    ]),
    element('RequestId', requestId)
  ])
  return { status: error.status, headers: XML_HEADERS, body }
}
