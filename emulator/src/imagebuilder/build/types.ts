/**
 * A build is what was asked for (BuildSpec) and a timeline computed once from it (BuildPlan). Every
 * view of the build (GetImage, workflow steps, AMIs in EC2, log events) reads the plan at a time.
 */
import type { LogEventInput } from '../../stores.js'
import type { BuildScenario } from '../../scenario.js'
import type {
  AnyRecipe,
  DistributionConfiguration,
  ImageFailureContext,
  ImageLoggingConfiguration,
  ImagePipeline,
  ImageScanningConfiguration,
  ImageStatus,
  ImageTestsConfiguration,
  InfrastructureConfiguration,
  JsonObject,
  TagMap,
  WorkflowType
} from '../shapes.js'

/** What an output AMI inherits from the parent image. */
export interface AmiTemplate {
  rootDeviceName: string
  architecture: 'x86_64' | 'arm64'
  platform?: 'windows'
  platformDetails: string
  volumeSize: number
}

/** What the caller asks to build, and when. */
export interface BuildRequest {
  region: string
  /** An image recipe builds AMIs; a container recipe, a Docker image pushed to ECR. */
  recipe: AnyRecipe
  infrastructure: InfrastructureConfiguration
  distribution?: DistributionConfiguration
  pipeline?: ImagePipeline
  imageTests: ImageTestsConfiguration
  imageScanning: ImageScanningConfiguration
  enhancedImageMetadataEnabled: boolean
  tags: TagMap
  loggingConfiguration?: ImageLoggingConfiguration
  /** The role Image Builder acts as; undefined: its service-linked role. */
  executionRole?: string
  scenario: BuildScenario
  startedAt: number
}

/** The request with everything fixed when the build starts. */
export interface BuildSpec extends BuildRequest {
  arn: string
  accountId: string
  /** The recipe's name, which is the image's name. */
  name: string
  /** `x.y.z` of the recipe. */
  version: string
  buildNumber: number
  logGroupName: string
  amiTemplate: AmiTemplate
  /** The recipe's components resolved to build versions at start, as AWSTOE runs them. */
  components: ResolvedComponent[]
  /** The AMI the recipe's `parentImage` resolved to at start (an `ssm:` parameter, a wildcard). */
  parentAmiId?: string
  /** DistributeImage: the AVAILABLE build whose AMI this one copies; no build or test phase runs. */
  distributedFrom?: { arn: string; amiId: string }
  /** A container build: the repository of each region it pushes to, fixed at start. */
  containerTargets?: ContainerTarget[]
  /** Regions whose block public access for AMIs was on at start: a public AMI fails there. */
  publicSharingBlocked?: string[]
}

export interface ContainerTarget {
  region: string
  repositoryName: string
  /** `<version>-<build>` first, then the distribution's `containerTags`. */
  tags: string[]
  /** Whether the repository existed when the build started; pushing to a missing one fails. */
  repositoryExists: boolean
}

/** A container image pushed to a region's repository. */
export interface PlannedContainerImage {
  region: string
  repositoryName: string
  registryId: string
  tags: string[]
  imageDigest: string
  imageSizeInBytes: number
  pushAt: number
}

export interface ResolvedComponent {
  /** Build-version ARN (`…/component/<name>/1.0.0/1`). */
  arn: string
  name: string
  type: 'BUILD' | 'TEST'
  /** Its document has a `test` phase (also beside build/validate): the test stage runs it. */
  runsTests?: boolean
}

export type StepOutcome = 'COMPLETED' | 'SKIPPED' | 'FAILED' | 'CANCELLED' | 'PENDING'

export interface PlannedStep {
  id: string
  name: string
  action: string
  onFailure: 'Abort' | 'Continue'
  timeoutSeconds: number
  /** `PENDING` means the step never runs (after a failure or a cancellation). */
  outcome: StepOutcome
  /** Absent when the step never runs. */
  start?: number
  end?: number
  /** Shown while the step waits or when it is skipped. */
  pendingInputs?: JsonObject
  /** Shown once the step runs. */
  inputs?: JsonObject
  /** Shown once the step has finished. */
  outputs?: JsonObject
  message?: string
}

export interface PlannedWorkflow {
  id: string
  /** A run of the stage that RetryImage started again (`retried` in ListWorkflowExecutions). */
  retried?: boolean
  type: WorkflowType
  arn: string
  start: number
  end: number
  outcome: 'COMPLETED' | 'FAILED' | 'CANCELLED'
  message?: string
  steps: PlannedStep[]
}

export interface PlannedAmi {
  region: string
  accountId: string
  imageId: string
  snapshotId: string
  name: string
  description?: string
  tags: TagMap
  launchPermissions: string[]
  registerAt: number
  settleAt: number
  settleState: 'available' | 'failed'
  /** Whether the image's `outputResources.amis` lists it. */
  listed: boolean
  /** The distribution error for a region that failed. */
  errorMessage?: string
}

export interface StatusChange {
  status: ImageStatus
  at: number
}

export interface BuildPlan {
  /** In time order; the last entry is the terminal status. */
  statuses: StatusChange[]
  /** The AMI CreateOutputAMI makes in the build region; none for a DistributeImage build. */
  outputAmiId?: string
  reason?: string
  failureContext?: ImageFailureContext
  workflows: PlannedWorkflow[]
  amis: PlannedAmi[]
  /** When `outputResources.amis` gets filled: the end of distribution. */
  amisListedAt?: number
  /** A container build's pushed images; empty for AMI builds. */
  containers: PlannedContainerImage[]
  /** When `outputResources.containers` gets filled: the end of distribution. */
  containersListedAt?: number
  /** The INTEGRATING stage, when the build reaches it: launch templates and SSM parameters. */
  integration?: { start: number; end: number }
  /** When the CollectImageScanFindings step ran, if it did. */
  scan?: { start: number; end: number }
  /** Build log events in timestamp order. */
  logEvents: LogEventInput[]
}

/** Which of the plan's side effects the world has already written into EC2 and Logs. */
export interface AppliedEffects {
  /** Whether the INTEGRATING stage has written its launch template versions and parameters. */
  integrated: boolean
  logEvents: number
  registeredAmis: Set<string>
  settledAmis: Set<string>
  /** `<region>|<repository>` of the container images already pushed to ECR. */
  pushedImages: Set<string>
}

export interface Build {
  spec: BuildSpec
  plan: BuildPlan
  cancelRequestedAt?: number
  applied: AppliedEffects
}

export const TERMINAL_STATUSES: readonly ImageStatus[] = ['AVAILABLE', 'FAILED', 'CANCELLED']
