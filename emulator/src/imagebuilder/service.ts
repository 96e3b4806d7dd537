/** Image Builder's restJson1 front: routes a request to its operation and renders the answer. */
import { uuid } from '../ids.js'
import {
  AwsError,
  type ServiceHandler,
  type ServiceRequest,
  type ServiceResponse
} from '../protocol.js'
import type { World } from '../world.js'
import { invalidRequest } from './errors.js'
import { isRecord, OperationInput } from './input.js'
import type { OperationTable } from './operation.js'
import { cancelOperations } from './operations/cancel-image-creation.js'
import { componentOperations } from './operations/components.js'
import { containerRecipeOperations } from './operations/container-recipes.js'
import { createComponentOperations } from './operations/create-component.js'
import { distributeOperations } from './operations/distribute-image.js'
import { distributionOperations } from './operations/distributions.js'
import { imageOperations } from './operations/images.js'
import { infrastructureOperations } from './operations/infrastructure.js'
import { pipelineOperations } from './operations/pipelines.js'
import { recipeOperations } from './operations/recipes.js'
import { retryOperations } from './operations/retry-image.js'
import { scanFindingOperations } from './operations/scan-findings.js'
import { startBuildOperations } from './operations/start-builds.js'
import { tagOperations } from './operations/tags.js'
import { workflowOperations } from './operations/workflows.js'
import { jsonError, jsonResponse } from './rest-json.js'
import { operationNameOf, routeOf } from './routes.js'

export const OPERATIONS: OperationTable = {
  ...startBuildOperations,
  ...cancelOperations,
  ...retryOperations,
  ...distributeOperations,
  ...imageOperations,
  ...workflowOperations,
  ...pipelineOperations,
  ...createComponentOperations,
  ...componentOperations,
  ...recipeOperations,
  ...containerRecipeOperations,
  ...infrastructureOperations,
  ...distributionOperations,
  ...scanFindingOperations,
  ...tagOperations
}

/** Responses without a `requestId` member (§1.1). */
const WITHOUT_REQUEST_ID = new Set([
  'TagResource',
  'UntagResource',
  'ListTagsForResource',
  'RetryImage',
  'DistributeImage'
])

export function imagebuilderService(world: World): ServiceHandler {
  return {
    operationOf: (request) => operationNameOf(request.method, request.path),
    describeInput: (request) => parametersOf(request),
    renderError: (error, requestId) => jsonError(error, requestId),
    handle: (request) => handle(world, request)
  }
}

function handle(world: World, request: ServiceRequest): ServiceResponse {
  const route = routeOf(request.method, request.path)
  const operation = route === undefined ? undefined : OPERATIONS[route.operation]
  if (route === undefined || operation === undefined) {
    throw new AwsError(
      'UnknownOperationException',
      `The emulator does not serve ${request.method} ${request.path}.`,
      404
    )
  }
  const body = operation({
    world,
    region: request.region,
    operation: route.operation,
    input: new OperationInput(parametersOf(request)),
    now: request.now
  })
  const requestId = request.requestId ?? uuid()
  return jsonResponse(
    WITHOUT_REQUEST_ID.has(route.operation) ? body : { requestId, ...body },
    requestId
  )
}

/** Query string, JSON body and the tagging path's ARN label, merged into one parameter object. */
function parametersOf(request: ServiceRequest): Record<string, unknown> {
  const query: Record<string, unknown> = {}
  for (const name of new Set(request.query.keys())) {
    const values = request.query.getAll(name)
    query[name] = name === 'tagKeys' ? values : values[0]
  }
  const resourceArn = routeOf(request.method, request.path)?.resourceArn
  return {
    ...query,
    ...jsonBody(request.body),
    ...(resourceArn === undefined ? {} : { resourceArn })
  }
}

function jsonBody(body: string): Record<string, unknown> {
  if (body.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    throw invalidRequest('The request body is not valid JSON.')
  }
  if (!isRecord(parsed)) throw invalidRequest('The request body must be a JSON object.')
  return parsed
}
