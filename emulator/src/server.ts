/**
 * One HTTP port for every service and region. Each request: read the credential scope, apply any
 * injected fault, advance the world to the clock's time, let the service answer, record it all.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as delay } from 'node:timers/promises'
import { guessService, readCredentialScope, refusalOf } from './credential-scope.js'
import { faultError, isErrorFault, type FaultPlan, type FaultRule } from './faults.js'
import { uuid } from './ids.js'
import {
  AwsError,
  type ServiceHandler,
  type ServiceName,
  type ServiceRequest,
  type ServiceResponse
} from './protocol.js'
import { requestViolation } from './models/request-validation.js'
import { checkResponse, responseChecksOn } from './models/response-check.js'
import type { Recorder } from './recorder.js'
import type { World } from './world.js'

export interface ServerParts {
  world: World
  handlers: Record<ServiceName, ServiceHandler>
  faults: FaultPlan
  recorder: Recorder
  clock: () => number
}

export async function listen(
  parts: ServerParts,
  host: string,
  port: number
): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    answer(parts, request, response).catch((error: unknown) => {
      response.writeHead(500, { 'Content-Type': 'text/plain' })
      response.end(`emulator failure: ${String(error)}`)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  return { server, port: (server.address() as AddressInfo).port }
}

export async function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)))
  })
  // Idle keep-alive connections of SDK clients would otherwise hold the server open.
  server.closeAllConnections()
  await closed
}

async function answer(
  parts: ServerParts,
  incoming: IncomingMessage,
  outgoing: ServerResponse
): Promise<void> {
  const body = await readBody(incoming)
  const requestId = uuid()
  const { request, scope } = serviceRequest(parts, incoming, body, requestId)
  const handler = parts.handlers[request.service]
  const exchange = {
    time: parts.clock(),
    service: request.service,
    region: request.region,
    operation: safely(() => handler.operationOf(request), 'Unknown'),
    input: safely(() => describeInput(handler, request), {})
  }
  const refusal = refusalOf(scope, request.service, request.region)
  const outcome =
    refusal === undefined
      ? await respond(parts, handler, request, {
          operation: exchange.operation,
          requestId,
          clientGone: () => closed(incoming)
        })
      : { response: handler.renderError(refusal, requestId) }
  if (outcome.response === undefined) incoming.socket.destroy()
  else send(outgoing, outcome.response, requestId, parts.clock())
  parts.recorder.record(exchange, outcome.response, outcome.fault?.kind)
}

interface Outcome {
  /** Absent when the connection was dropped. */
  response?: ServiceResponse
  fault?: FaultRule
}

async function respond(
  parts: ServerParts,
  handler: ServiceHandler,
  request: ServiceRequest,
  {
    operation,
    requestId,
    clientGone
  }: { operation: string; requestId: string; clientGone: () => Promise<void> }
): Promise<Outcome> {
  const fault = parts.faults.take({ service: request.service, operation, region: request.region })
  if (fault?.kind === 'drop') return { fault }
  // A hung service: the request is taken but nothing happens and no answer comes, until the
  // client gives up (its timeout or abort) or the server closes.
  if (fault?.kind === 'hang') {
    await clientGone()
    return { fault }
  }
  if (fault?.kind === 'latency') await delay(fault.latencyMs ?? 1000)
  if (fault !== undefined && isErrorFault(fault.kind)) {
    return {
      response: handler.renderError(faultError(fault.kind, request.service), requestId),
      fault
    }
  }
  const now = parts.world.advanceTo(parts.clock())
  return {
    response: dispatch(handler, { ...request, now }, requestId, operation),
    ...(fault === undefined ? {} : { fault })
  }
}

/** The request as handlers see it; unsigned requests are attributed to the protocol they speak. */
function serviceRequest(
  parts: ServerParts,
  incoming: IncomingMessage,
  body: string,
  requestId: string
): { request: ServiceRequest; scope: ReturnType<typeof readCredentialScope> } {
  const url = new URL(incoming.url ?? '/', 'http://emulator')
  const headers = Object.fromEntries(
    Object.entries(incoming.headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(',') : value
    ])
  )
  const scope = readCredentialScope(headers.authorization)
  const service =
    scope.signed && isServiceName(scope.service)
      ? scope.service
      : guessService(headers, url.pathname)
  const request: ServiceRequest = {
    service,
    region: scope.signed ? scope.region : '',
    accountId: parts.world.accountId,
    method: incoming.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers,
    body,
    now: parts.clock(),
    requestId
  }
  return { request, scope }
}

/** Modelled errors render in the service's protocol; anything else is the service's own 500. */
function dispatch(
  handler: ServiceHandler,
  request: ServiceRequest,
  requestId: string,
  operation: string
): ServiceResponse {
  try {
    // AWS's front end refuses a request outside its operation's model before the service runs.
    const violation = requestViolation(request, operation)
    if (violation !== undefined) return handler.renderError(violation, requestId)
    const response = handler.handle(request)
    if (responseChecksOn()) checkResponse(request.service, operation, response)
    return response
  } catch (error) {
    if (error instanceof AwsError) return handler.renderError(error, requestId)
    return handler.renderError(
      faultError('server-error', request.service, `Emulator error: ${String(error)}`),
      requestId
    )
  }
}

function describeInput(handler: ServiceHandler, request: ServiceRequest): Record<string, unknown> {
  if (handler.describeInput !== undefined) return handler.describeInput(request)
  const input: Record<string, unknown> = Object.fromEntries(request.query)
  if (request.headers['content-type']?.includes('x-www-form-urlencoded') === true) {
    return { ...input, ...Object.fromEntries(new URLSearchParams(request.body)) }
  }
  const parsed = safely((): unknown => JSON.parse(request.body), undefined)
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? { ...input, ...(parsed as Record<string, unknown>) }
    : input
}

/**
 * Writes the response, adding the request ID header that every AWS response carries and the
 * `Date` of the emulator's own clock (as AWS dates its answers by the service's clock), so a
 * client that reads the service's time sees the emulator's scaled time.
 */
function send(
  outgoing: ServerResponse,
  response: ServiceResponse,
  requestId: string,
  now: number
): ServiceResponse {
  const hasRequestId = Object.keys(response.headers).some(
    (name) => name.toLowerCase() === 'x-amzn-requestid'
  )
  const headers = {
    ...(hasRequestId ? response.headers : { ...response.headers, 'x-amzn-RequestId': requestId }),
    Date: new Date(now).toUTCString()
  }
  outgoing.writeHead(response.status, headers)
  outgoing.end(response.body)
  return { ...response, headers }
}

function isServiceName(name: string): name is ServiceName {
  return (
    name === 'imagebuilder' ||
    name === 'ec2' ||
    name === 'logs' ||
    name === 'ssm' ||
    name === 'ecr' ||
    name === 'sts'
  )
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read()
  } catch {
    return fallback
  }
}

/** Resolves when the request's connection closes. */
function closed(incoming: IncomingMessage): Promise<void> {
  const { socket } = incoming
  if (socket.destroyed) return Promise.resolve()
  return new Promise((resolve) => socket.once('close', () => resolve()))
}

async function readBody(incoming: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
