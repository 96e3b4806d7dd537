/**
 * The debug channel's record of every AWS call: with step debug logging on (RUNNER_DEBUG=1), one
 * `core.debug` line per call once it has settled, after the SDK's retries. It says what a reader
 * needs to match a call with AWS's side (operation, region, request ID), how it went (HTTP status,
 * the error's name) and what it cost (attempts, total retry delay, latency). It reads only the
 * SDK's `$metadata` and the error's name: never the request, its headers, or the credentials that
 * signed it.
 */
import type { InitializeMiddleware, MetadataBearer } from '@smithy/types'
import { type Debug, debugChannel, noDebug } from '../debug-channel.js'
import { errorName, httpStatus } from './errors.js'

interface ResponseMetadata {
  httpStatusCode?: number
  requestId?: string
  extendedRequestId?: string
  attempts?: number
  totalRetryDelay?: number
}

interface TraceableStack {
  add(
    middleware: InitializeMiddleware<object, MetadataBearer>,
    options: { step: 'initialize'; name: string; priority: 'high' }
  ): void
}

/** Adds the trace to a client, only when step debug logging is on: otherwise nothing changes. */
export function traceCalls(
  client: { middlewareStack: TraceableStack },
  region: string,
  debug: Debug = debugChannel(),
  now: () => number = Date.now
): void {
  if (debug === noDebug) return
  const middleware: InitializeMiddleware<object, MetadataBearer> =
    (next, context) => async (args) => {
      const started = now()
      const operation = operationName(context.commandName)
      try {
        const result = await next(args)
        debug(callLine(operation, region, metadataOf(result.output), now() - started))
        return result
      } catch (error) {
        const metadata = { httpStatusCode: httpStatus(error), ...metadataOf(error) }
        debug(callLine(operation, region, metadata, now() - started, errorName(error)))
        throw error
      }
    }
  // Outermost of all, so the latency and `$metadata` include every retry.
  client.middlewareStack.add(middleware, {
    step: 'initialize',
    name: 'debugCallTraceMiddleware',
    priority: 'high'
  })
}

/** `GetImageCommand` → `GetImage`, the operation's name in AWS's API reference and CloudTrail. */
function operationName(commandName: string | undefined): string {
  return (commandName ?? 'unknown operation').replace(/Command$/, '')
}

function metadataOf(value: unknown): ResponseMetadata {
  if (typeof value !== 'object' || value === null || !('$metadata' in value)) return {}
  const metadata = value.$metadata
  return typeof metadata === 'object' && metadata !== null ? metadata : {}
}

export function callLine(
  operation: string,
  region: string,
  metadata: ResponseMetadata,
  latencyMs: number,
  failedWith?: string
): string {
  const attempts = metadata.attempts ?? 1
  const parts = [
    `HTTP ${metadata.httpStatusCode ?? 'none'}`,
    `request ID ${metadata.requestId ?? 'none'}`,
    `${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}`,
    `retry delay ${metadata.totalRetryDelay ?? 0} ms`,
    `latency ${latencyMs} ms`
  ]
  const outcome = failedWith === undefined ? 'ok' : `failed with ${failedWith}`
  return `AWS ${operation} (${region}) ${outcome}: ${parts.join(', ')}`
}
