/** Image Builder's HTTP bindings (§1.2): which method and path is which operation. */

/** Operations bound to `<METHOD> /<OperationName>`. */
const METHODS: Record<string, string> = {
  StartImagePipelineExecution: 'PUT',
  CreateImage: 'PUT',
  CancelImageCreation: 'PUT',
  RetryImage: 'PUT',
  DistributeImage: 'PUT',
  GetImage: 'GET',
  ListImageBuildVersions: 'POST',
  ListImagePipelineImages: 'POST',
  ListWorkflowExecutions: 'POST',
  GetWorkflowExecution: 'GET',
  ListWorkflowStepExecutions: 'POST',
  GetWorkflowStepExecution: 'GET',
  ListImageScanFindings: 'POST',
  ListImages: 'POST',
  GetImagePipeline: 'GET',
  CreateComponent: 'PUT',
  GetComponent: 'GET',
  ListComponents: 'POST',
  ListComponentBuildVersions: 'POST',
  CreateImageRecipe: 'PUT',
  GetImageRecipe: 'GET',
  ListImageRecipes: 'POST',
  CreateContainerRecipe: 'PUT',
  GetContainerRecipe: 'GET',
  ListContainerRecipes: 'POST',
  DeleteContainerRecipe: 'DELETE',
  CreateInfrastructureConfiguration: 'PUT',
  UpdateInfrastructureConfiguration: 'PUT',
  GetInfrastructureConfiguration: 'GET',
  ListInfrastructureConfigurations: 'POST',
  CreateDistributionConfiguration: 'PUT',
  UpdateDistributionConfiguration: 'PUT',
  GetDistributionConfiguration: 'GET',
  ListDistributionConfigurations: 'POST'
}

/** Tagging uses `/tags/{resourceArn}` with the method naming the operation. */
const TAG_OPERATIONS: Record<string, string> = {
  POST: 'TagResource',
  GET: 'ListTagsForResource',
  DELETE: 'UntagResource'
}

export interface Route {
  operation: string
  /** The decoded `{resourceArn}` label of the tagging paths. */
  resourceArn?: string
}

export function routeOf(method: string, path: string): Route | undefined {
  const tagged = /^\/tags\/(.+)$/.exec(path)
  if (tagged !== null) {
    const operation = Object.hasOwn(TAG_OPERATIONS, method) ? TAG_OPERATIONS[method] : undefined
    const label = tagged[1]
    return operation === undefined || label === undefined
      ? undefined
      : { operation, resourceArn: decodeLabel(label) }
  }
  const operation = path.slice(1)
  return Object.hasOwn(METHODS, operation) && METHODS[operation] === method
    ? { operation }
    : undefined
}

/** The operation name for the request log, also for routes the emulator does not serve. */
export function operationNameOf(method: string, path: string): string {
  return routeOf(method, path)?.operation ?? (path.split('/')[1] || 'Unknown')
}

function decodeLabel(label: string): string {
  try {
    return decodeURIComponent(label)
  } catch {
    return label
  }
}
