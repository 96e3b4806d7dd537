/**
 * Lets a real AWS SDK v3 client talk to an emulator service handler in-process: the client's own
 * serializer, signer and deserializer run, only the socket is skipped.
 */
import { HttpResponse, type HttpRequest } from '@smithy/core/protocols'
import { AwsError, type ServiceHandler, type ServiceName } from '../../emulator/src/protocol.js'

export interface TransportOptions {
  accountId?: string
  /** The emulator clock handed to the handler. */
  now?: () => number
  /** Errors to answer with instead of calling the handler, one per request, like injected faults. */
  faults?: AwsError[]
  /** Receives each request's operation name as the server would record it. */
  operations?: string[]
}

export interface SdkRequestHandler {
  handle(request: HttpRequest): Promise<{ response: HttpResponse }>
}

export const TEST_ACCOUNT_ID = '123456789012'

export function transport(
  handler: ServiceHandler,
  service: ServiceName,
  region: string,
  options: TransportOptions = {}
): SdkRequestHandler {
  let served = 0
  return {
    handle(request: HttpRequest) {
      served += 1
      const requestId = `test-request-${served}`
      const fault = options.faults?.shift()
      const answer =
        fault === undefined
          ? answerRequest(handler, service, region, request, options, requestId)
          : handler.renderError(fault, requestId)
      const response = new HttpResponse({
        statusCode: answer.status,
        headers: answer.headers,
        body: Buffer.from(answer.body, 'utf8')
      })
      return Promise.resolve({ response })
    }
  }
}

function answerRequest(
  handler: ServiceHandler,
  service: ServiceName,
  region: string,
  request: HttpRequest,
  options: TransportOptions,
  requestId: string
): { status: number; headers: Record<string, string>; body: string } {
  const serviceRequest = {
    service,
    region,
    accountId: options.accountId ?? TEST_ACCOUNT_ID,
    method: request.method,
    path: request.path,
    query: queryOf(request),
    headers: { ...request.headers },
    body: bodyText(request.body as unknown),
    now: (options.now ?? Date.now)()
  }
  options.operations?.push(handler.operationOf(serviceRequest))
  try {
    return handler.handle(serviceRequest)
  } catch (error) {
    if (error instanceof AwsError) return handler.renderError(error, requestId)
    throw error
  }
}

function queryOf(request: HttpRequest): URLSearchParams {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(request.query)) {
    const values = Array.isArray(value) ? value : [value]
    for (const item of values) query.append(key, item ?? '')
  }
  return query
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return ''
  if (typeof body === 'string') return body
  if (body instanceof Uint8Array) return new TextDecoder().decode(body)
  throw new Error('the test transport only handles string and byte bodies')
}

export interface SdkFailure {
  name: string
  message: string
  status: number | undefined
}

/** What a caller of the SDK sees of a failed call: the error's name, message and HTTP status. */
export async function rejectionOf(promise: Promise<unknown>): Promise<SdkFailure> {
  try {
    await promise
  } catch (error) {
    const sdkError = error as Error & { $metadata?: { httpStatusCode?: number } }
    return {
      name: sdkError.name,
      message: sdkError.message,
      status: sdkError.$metadata?.httpStatusCode
    }
  }
  throw new Error('expected the call to fail')
}
