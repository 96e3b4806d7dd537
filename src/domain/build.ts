import type { OutputResources } from '@aws-sdk/client-imagebuilder'

/**
 * What the action knows about a build, in its own terms: the watcher maps Image Builder's responses
 * into these shapes, and everything downstream (job log, summary, outputs) reads only these.
 */

/** `ImageStatus`; kept open because the service may add values. */
export type ImageStatus =
  | 'PENDING'
  | 'CREATING'
  | 'BUILDING'
  | 'TESTING'
  | 'DISTRIBUTING'
  | 'INTEGRATING'
  | 'AVAILABLE'
  | 'CANCELLED'
  | 'FAILED'
  | 'DEPRECATED'
  | 'DELETED'
  | 'DISABLED'
  | (string & {})

/** Statuses in which a build no longer runs. */
export const FINAL_STATUSES: readonly ImageStatus[] = [
  'AVAILABLE',
  'FAILED',
  'CANCELLED',
  'DEPRECATED',
  'DELETED',
  'DISABLED'
]

export function isFinal(status: ImageStatus): boolean {
  return FINAL_STATUSES.includes(status)
}

export interface DistributedAmi {
  region: string
  imageId: string
  name?: string
  description?: string
  accountId?: string
  status?: string
}

export interface ImageView {
  arn: string
  /** `AMI` or `DOCKER`. */
  type?: string
  name?: string
  /** `x.y.z/<build>` */
  version?: string
  platform?: string
  /** `AMI` or `DOCKER` (a container image); absent while Image Builder does not say. */
  imageType?: string
  status: ImageStatus
  reason?: string
  /** Where a FAILED build broke, when Image Builder says so. */
  failureContext?: FailureContext
  amis: DistributedAmi[]
  /** `outputResources` exactly as Image Builder reported it, for the output of that name. */
  outputResources: OutputResources
  scanningEnabled: boolean
  testsEnabled: boolean
  /** The recipe's component ARNs in the order AWSTOE runs them (version or build-version ARNs). */
  componentArns: string[]
  logGroupName?: string
  dateCreated?: string
  /** The image recipe it was built from. */
  recipe?: { name?: string; version?: string }
  /**
   * The infrastructure configuration's instance types as the build used it; empty when it named
   * none (Image Builder's default). With several, AWS picks one of them by availability.
   */
  instanceTypes?: string[]
  tags?: Record<string, string>
}

export type WorkflowStatus = string
export type StepStatus = string

export interface WorkflowStep {
  id: string
  name: string
  action?: string
  status: StepStatus
  message?: string
  startTime?: string
  endTime?: string
  /** JSON text as Image Builder sends it; on failure it carries the error. */
  outputs?: string
}

export interface WorkflowExecution {
  id: string
  /** A run of its stage that RetryImage started again. */
  retried?: boolean
  /** `BUILD`, `TEST` or `DISTRIBUTION`. */
  type: string
  /** The workflow's name from its ARN, e.g. `build-image`. */
  name: string
  workflowArn?: string
  status: WorkflowStatus
  message?: string
  startTime?: string
  endTime?: string
  totalStepCount: number
  succeeded: number
  failed: number
  skipped: number
  steps: WorkflowStep[]
}

const ACTIVE_WORKFLOW_STATUSES: readonly WorkflowStatus[] = [
  'PENDING',
  'RUNNING',
  'ROLLBACK_IN_PROGRESS'
]

/** A workflow that has not ended yet (its steps can still change). */
export function isActiveWorkflow(status: WorkflowStatus): boolean {
  return ACTIVE_WORKFLOW_STATUSES.includes(status)
}

/**
 * The workflow runs that stand: when RetryImage ran a stage again, the earlier runs of that stage
 * are history, and only the retried one says how the stage went.
 */
export function currentWorkflows(workflows: readonly WorkflowExecution[]): WorkflowExecution[] {
  return workflows.filter(
    (workflow, index) =>
      !workflows.some(
        (later, laterIndex) => laterIndex > index && later.type === workflow.type && later.retried
      )
  )
}

/** One poll's view of the build. */
export interface BuildSnapshot {
  image: ImageView
  workflows: WorkflowExecution[]
}

export interface ComponentFailure {
  componentArn?: string
  phaseName?: string
  stepName?: string
  action?: string
  errorMessage?: string
}

export interface RegionFailure {
  region?: string
  status?: string
  imageConfigurationStep?: string
  errorMessage?: string
  targetAccountId?: string
}

export interface FailureContext {
  /** The status the image had when it failed, e.g. `BUILDING`. */
  imageStatus?: string
  workflowExecutionId?: string
  stepExecutionId?: string
  failedStep?: string
  componentFailure?: ComponentFailure
  distributionFailure?: { errorMessage?: string; regionFailures: RegionFailure[] }
}

/**
 * The instance a LaunchInstance step started, from its outputs (`{"instanceId": "i-…"}`); none
 * when the outputs name none. Text from AWS: a caller that puts it into a command checks its shape.
 */
export function launchedInstanceId(step: WorkflowStep): string | undefined {
  try {
    const outputs: unknown = JSON.parse(step.outputs ?? '')
    if (typeof outputs !== 'object' || outputs === null || !('instanceId' in outputs))
      return undefined
    const id = outputs.instanceId
    return typeof id === 'string' && id !== '' ? id : undefined
  } catch {
    return undefined
  }
}
