/**
 * `image.state.failureContext` says where a failed build broke: the step, the component (phase,
 * step, action, error) or the regions of a failed distribution. The SDK in use predates the member
 * and drops it while deserialising, so one GetImage call at a time gets a middleware that reads it
 * from the raw JSON first and hands the body on unchanged.
 */
import type { GetImageCommand } from '@aws-sdk/client-imagebuilder'
import type { ComponentFailure, FailureContext, RegionFailure } from '../domain/build.js'

interface RawResponse {
  statusCode?: number
  body?: unknown
}

/** Adds the reading middleware to this command; the returned function gives what it found. */
export function readFailureContext(command: GetImageCommand): () => FailureContext | undefined {
  let found: FailureContext | undefined
  command.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args)
      const response = result.response as RawResponse
      if (response.statusCode === 200 && isAsyncIterable(response.body)) {
        const bytes = await collect(response.body)
        // The deserialiser reads a Uint8Array body as it is.
        response.body = bytes
        const json = new TextDecoder().decode(bytes)
        // Only failed builds carry one: spare every other poll a second JSON parse.
        if (json.includes('"failureContext"')) found = parseFailureContext(json)
      }
      return result
    },
    // Below the deserialiser, so this sees the body before it is consumed.
    { step: 'deserialize', priority: 'low', name: 'readFailureContext' }
  )
  return () => found
}

export function parseFailureContext(json: string): FailureContext | undefined {
  let document: unknown
  try {
    document = JSON.parse(json)
  } catch {
    return undefined
  }
  const context = field(field(field(document, 'image'), 'state'), 'failureContext')
  if (!isRecord(context)) return undefined
  const distribution = field(context, 'distributionFailure')
  return {
    imageStatus: text(context, 'imageStatus'),
    workflowExecutionId: text(context, 'workflowExecutionId'),
    stepExecutionId: text(context, 'stepExecutionId'),
    failedStep: text(context, 'failedStep'),
    componentFailure: componentFailure(field(context, 'componentFailure')),
    distributionFailure: isRecord(distribution)
      ? {
          errorMessage: text(distribution, 'errorMessage'),
          regionFailures: listOf(field(distribution, 'regionFailures')).map(regionFailure)
        }
      : undefined
  }
}

function componentFailure(value: unknown): ComponentFailure | undefined {
  if (!isRecord(value)) return undefined
  return {
    componentArn: text(value, 'componentArn'),
    phaseName: text(value, 'phaseName'),
    stepName: text(value, 'stepName'),
    action: text(value, 'action'),
    errorMessage: text(value, 'errorMessage')
  }
}

function regionFailure(value: unknown): RegionFailure {
  return {
    region: text(value, 'region'),
    status: text(value, 'status'),
    imageConfigurationStep: text(value, 'imageConfigurationStep'),
    errorMessage: text(value, 'errorMessage'),
    targetAccountId: text(value, 'targetAccountId')
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function field(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined
}

function text(value: unknown, name: string): string | undefined {
  const member = field(value, name)
  return typeof member === 'string' && member !== '' ? member : undefined
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value
}

async function collect(body: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for await (const chunk of body) chunks.push(chunk)
  return new Uint8Array(Buffer.concat(chunks))
}
