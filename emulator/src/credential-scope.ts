/**
 * Who a request is for: the SigV4 credential scope in the Authorization header names the service
 * and region (`Credential=AKID/20261123/eu-west-1/imagebuilder/aws4_request`). Signatures are not
 * checked.
 */
import { AwsError, type ServiceName } from './protocol.js'
import { isKnownRegion } from './regions.js'

export type CredentialScope =
  | { signed: true; service: string; region: string }
  | { signed: false; error: 'missing' | 'incomplete' }

const SCOPE =
  /^AWS4-HMAC-SHA256\s+Credential=[^/\s,]+\/\d{8}\/([^/\s,]+)\/([^/\s,]+)\/aws4_request\s*,/

export function readCredentialScope(authorization: string | undefined): CredentialScope {
  if (authorization === undefined || authorization.trim() === '')
    return { signed: false, error: 'missing' }
  const match = SCOPE.exec(authorization)
  const [, region, service] = match ?? []
  if (region === undefined || service === undefined || !/Signature=[0-9a-f]+/.test(authorization)) {
    return { signed: false, error: 'incomplete' }
  }
  return { signed: true, service, region }
}

/** Which protocol an unsigned request speaks, so that its error can be rendered in it. */
export function guessService(
  headers: Record<string, string | undefined>,
  path: string
): ServiceName {
  if (headers['x-amz-target']?.startsWith('Logs_') === true) return 'logs'
  if (headers['x-amz-target']?.startsWith('AmazonSSM.') === true) return 'ssm'
  if (headers['x-amz-target']?.startsWith('AmazonEC2ContainerRegistry_') === true) return 'ecr'
  if (path === '/' && headers['content-type']?.includes('x-www-form-urlencoded') === true)
    return 'ec2'
  return 'imagebuilder'
}

/** Why a request cannot be served: unsigned, garbled, or for a service or region not emulated. */
export function refusalOf(
  scope: CredentialScope,
  service: ServiceName,
  region: string
): AwsError | undefined {
  if (!scope.signed) return authenticationError(service, scope.error)
  if (scope.service !== service) {
    return new AwsError(
      'UnrecognizedClientException',
      `The emulator does not serve the service '${scope.service}'.`,
      400
    )
  }
  return isKnownRegion(region) ? undefined : unknownRegionError(service)
}

/** The error each protocol answers an unsigned or garbled request with. */
function authenticationError(service: ServiceName, error: 'missing' | 'incomplete'): AwsError {
  if (service === 'ec2')
    return new AwsError(
      'AuthFailure',
      'AWS was not able to validate the provided access credentials',
      401
    )
  const status = service === 'imagebuilder' ? 403 : 400
  return error === 'missing'
    ? new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token', status)
    : new AwsError(
        'IncompleteSignatureException',
        "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.",
        status
      )
}

/** What AWS answers for a region the account cannot use: the credentials are not valid there. */
function unknownRegionError(service: ServiceName): AwsError {
  if (service === 'ec2')
    return new AwsError(
      'AuthFailure',
      'AWS was not able to validate the provided access credentials',
      401
    )
  return new AwsError(
    'UnrecognizedClientException',
    'The security token included in the request is invalid.',
    403
  )
}
