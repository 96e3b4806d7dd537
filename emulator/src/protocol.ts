/**
 * The hand-over between the emulator's HTTP front (server.ts) and its per-service handlers.
 *
 * The server reads the SigV4 credential scope to learn service and region, records the request,
 * applies injected faults, advances the world's clock, and then calls the service's handler with a
 * ServiceRequest. Handlers are synchronous and return a ServiceResponse already in their service's
 * wire protocol (restJson1, ec2Query XML, awsJson1.1 for Logs, SSM and ECR).
 */

/** The signing names that the AWS SDK puts in the credential scope. */
export type ServiceName = 'imagebuilder' | 'ec2' | 'logs' | 'ssm' | 'ecr' | 'sts'

export interface ServiceRequest {
  service: ServiceName
  region: string
  /** The account that the emulator pretends the caller belongs to. */
  accountId: string
  method: string
  /** Path without the query string, still percent-encoded. */
  path: string
  query: URLSearchParams
  headers: Record<string, string | undefined>
  body: string
  /** Milliseconds since the epoch, from the emulator's clock. */
  now: number
  /**
   * The ID the server puts in the `x-amzn-RequestId` header; handlers that echo a request ID in
   * their bodies (restJson1 `requestId`, ec2Query `<requestId>`) should use it so the two agree.
   */
  requestId?: string
}

export interface ServiceResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/** An error as AWS models it; each protocol renders it in its own wire format. */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

/** What every service handler exposes to the server. */
export interface ServiceHandler {
  /** The operation name for recording and fault matching (e.g. `GetImage`, `DescribeImages`). */
  operationOf(request: ServiceRequest): string
  /** Answers the request; throws AwsError for modelled errors. */
  handle(request: ServiceRequest): ServiceResponse
  /** Renders an AwsError (thrown by handle, or injected as a fault) in the service's protocol. */
  renderError(error: AwsError, requestId: string): ServiceResponse
  /**
   * The request's parameters as one object, for the request log (JSON body, query string, form
   * fields, path labels). When absent the server falls back to a generic parse of body and query.
   */
  describeInput?(request: ServiceRequest): Record<string, unknown>
}
