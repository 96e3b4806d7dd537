/**
 * Image Builder structures as they travel on the wire (Appendix B of the API reference).
 * `DateTime` members are ISO strings; `DateTimeTimestamp` members are epoch seconds.
 */
import type { ImagePlatform } from '../scenario.js'

export type TagMap = Record<string, string>
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = Record<string, JsonValue>

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

export interface ComponentConfiguration {
  componentArn: string
  parameters?: { name: string; value: string[] }[]
}

export interface InstanceBlockDeviceMapping {
  deviceName?: string
  ebs?: {
    encrypted?: boolean
    deleteOnTermination?: boolean
    iops?: number
    kmsKeyId?: string
    snapshotId?: string
    volumeSize?: number
    volumeType?: string
    throughput?: number
  }
  virtualName?: string
  noDevice?: string
}

export interface ComponentParameterDetail {
  name: string
  type: string
  defaultValue?: string[]
  description?: string
}

export interface Component {
  arn: string
  name: string
  version: string
  description?: string
  changeDescription?: string
  type: 'BUILD' | 'TEST'
  platform: ImagePlatform | 'macOS'
  supportedOsVersions?: string[]
  state: { status: 'ACTIVE' | 'DEPRECATED' | 'DISABLED'; reason?: string }
  parameters?: ComponentParameterDetail[]
  owner: string
  data: string
  kmsKeyId?: string
  encrypted: boolean
  dateCreated: string
  tags: TagMap
  obfuscate?: boolean
}

export interface ImageRecipe {
  arn: string
  type: 'AMI'
  name: string
  description?: string
  platform: ImagePlatform | 'macOS'
  owner: string
  version: string
  components: ComponentConfiguration[]
  parentImage: string
  blockDeviceMappings?: InstanceBlockDeviceMapping[]
  dateCreated: string
  tags: TagMap
  workingDirectory?: string
  additionalInstanceConfiguration?: {
    systemsManagerAgent?: { uninstallAfterBuild?: boolean }
    userDataOverride?: string
  }
  amiTags?: TagMap
}

/** ECR is the one repository service a container recipe or distribution can name. */
export interface TargetContainerRepository {
  service: 'ECR'
  repositoryName: string
}

export interface ContainerRecipe {
  arn: string
  containerType: 'DOCKER'
  name: string
  description?: string
  platform: ImagePlatform | 'macOS'
  owner: string
  version: string
  components: ComponentConfiguration[]
  instanceConfiguration?: { image?: string; blockDeviceMappings?: InstanceBlockDeviceMapping[] }
  dockerfileTemplateData: string
  kmsKeyId?: string
  encrypted: boolean
  parentImage: string
  dateCreated: string
  tags: TagMap
  workingDirectory?: string
  targetRepository: TargetContainerRepository
}

/** Either kind of recipe a build can come from. */
export type AnyRecipe = ImageRecipe | ContainerRecipe

export function isContainerRecipe(recipe: AnyRecipe): recipe is ContainerRecipe {
  return 'containerType' in recipe
}

export interface ContainerDistributionConfiguration {
  description?: string
  containerTags?: string[]
  targetRepository: TargetContainerRepository
}

/** `outputResources.containers[]`: the URIs (one per tag) of the image in a region. */
export interface Container {
  region: string
  imageUris: string[]
}

export interface InfrastructureConfiguration {
  arn: string
  name: string
  description?: string
  instanceTypes?: string[]
  instanceProfileName: string
  securityGroupIds?: string[]
  subnetId?: string
  logging?: { s3Logs?: { s3BucketName?: string; s3KeyPrefix?: string } }
  keyPair?: string
  terminateInstanceOnFailure?: boolean
  snsTopicArn?: string
  dateCreated: string
  dateUpdated?: string
  resourceTags?: TagMap
  instanceMetadataOptions?: { httpTokens?: string; httpPutResponseHopLimit?: number }
  tags: TagMap
  placement?: {
    availabilityZone?: string
    tenancy?: string
    hostId?: string
    hostResourceGroupArn?: string
  }
}

export interface AmiDistributionConfiguration {
  name?: string
  description?: string
  targetAccountIds?: string[]
  amiTags?: TagMap
  kmsKeyId?: string
  launchPermission?: {
    userIds?: string[]
    userGroups?: string[]
    organizationArns?: string[]
    organizationalUnitArns?: string[]
  }
}

export interface LaunchTemplateConfiguration {
  launchTemplateId: string
  accountId?: string
  setDefaultVersion?: boolean
}

export interface SsmParameterConfiguration {
  parameterName: string
  amiAccountId?: string
  dataType?: 'text' | 'aws:ec2:image'
}

export interface Distribution {
  region: string
  amiDistributionConfiguration?: AmiDistributionConfiguration
  licenseConfigurationArns?: string[]
  launchTemplateConfigurations?: LaunchTemplateConfiguration[]
  ssmParameterConfigurations?: SsmParameterConfiguration[]
  containerDistributionConfiguration?: ContainerDistributionConfiguration
  /** Kept as given; the emulator does not act on them. */
  fastLaunchConfigurations?: JsonObject[]
  s3ExportConfiguration?: JsonObject
}

export interface DistributionConfiguration {
  arn: string
  name: string
  description?: string
  distributions: Distribution[]
  timeoutMinutes: number
  dateCreated: string
  dateUpdated?: string
  tags: TagMap
}

export interface ImageTestsConfiguration {
  imageTestsEnabled: boolean
  timeoutMinutes: number
}

export interface ImageScanningConfiguration {
  imageScanningEnabled: boolean
  ecrConfiguration?: { repositoryName?: string; containerTags?: string[] }
}

export interface ImagePipeline {
  arn: string
  name: string
  description?: string
  platform: ImagePlatform | 'macOS'
  enhancedImageMetadataEnabled: boolean
  imageRecipeArn: string
  infrastructureConfigurationArn: string
  distributionConfigurationArn?: string
  imageTestsConfiguration: ImageTestsConfiguration
  schedule?: {
    scheduleExpression?: string
    timezone?: string
    pipelineExecutionStartCondition?: string
  }
  status: 'ENABLED' | 'DISABLED'
  dateCreated: string
  dateUpdated: string
  lastRunStatus?: ImageStatus
  tags: TagMap
  imageScanningConfiguration: ImageScanningConfiguration
  imageTags?: TagMap
  loggingConfiguration?: { imageLogGroupName?: string; pipelineLogGroupName?: string }
}

export interface ComponentFailure {
  componentArn: string
  phaseName: string
  stepName: string
  action: string
  errorMessage: string
}

export type ImageConfigurationStep =
  | 'ASSOCIATE_LICENSES'
  | 'UPDATE_LAUNCH_TEMPLATES'
  | 'PUT_SSM_PARAMETERS'
  | 'UPDATE_FAST_LAUNCH_CONFIGURATIONS'
  | 'EXPORT_AMI'

export interface RegionFailure {
  region: string
  status: 'FAILED' | 'CANCELLED' | 'TIMED_OUT'
  imageConfigurationStep?: ImageConfigurationStep
  errorMessage?: string
  targetAccountId?: string
}

export interface ImageFailureContext {
  imageStatus: ImageStatus
  workflowExecutionId?: string
  workflowArn?: string
  stepExecutionId?: string
  failedStep?: string
  componentFailure?: ComponentFailure
  distributionFailure?: { errorMessage: string; regionFailures: RegionFailure[] }
}

export interface ImageState {
  status: ImageStatus
  reason?: string
  failureContext?: ImageFailureContext
}

export interface Ami {
  region: string
  image: string
  name: string
  description?: string
  state: ImageState
  accountId: string
}

export interface ImageLoggingConfiguration {
  logGroupName?: string
}

export interface ImageSummary {
  arn: string
  name: string
  type: 'AMI' | 'DOCKER'
  version: string
  platform: ImagePlatform | 'macOS'
  osVersion: string
  state: ImageState
  owner: string
  dateCreated: string
  outputResources: { amis: Ami[]; containers?: Container[] }
  tags: TagMap
  buildType: 'USER_INITIATED'
  imageSource: 'CUSTOM'
  loggingConfiguration?: ImageLoggingConfiguration
}

export interface Image extends Omit<ImageSummary, 'owner'> {
  enhancedImageMetadataEnabled: boolean
  /** An AMI build's recipe; a container build has `containerRecipe` instead. */
  imageRecipe?: ImageRecipe
  containerRecipe?: ContainerRecipe
  sourcePipelineName?: string
  sourcePipelineArn?: string
  infrastructureConfiguration: InfrastructureConfiguration
  distributionConfiguration?: DistributionConfiguration
  imageTestsConfiguration: ImageTestsConfiguration
  imageScanningConfiguration: ImageScanningConfiguration
  scanState?: {
    status: 'PENDING' | 'SCANNING' | 'COLLECTING' | 'COMPLETED' | 'ABANDONED'
    reason?: string
  }
  executionRole?: string
}

export type WorkflowType = 'BUILD' | 'TEST' | 'DISTRIBUTION'
export type WorkflowExecutionStatus =
  'PENDING' | 'SKIPPED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED'
export type WorkflowStepStatus =
  'PENDING' | 'SKIPPED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED'

export interface WorkflowExecutionMetadata {
  workflowBuildVersionArn: string
  workflowExecutionId: string
  type: WorkflowType
  status: WorkflowExecutionStatus
  message?: string
  totalStepCount: number
  totalStepsSucceeded: number
  totalStepsFailed: number
  totalStepsSkipped: number
  startTime: string
  endTime?: string
  retried: boolean
}

export interface WorkflowStepMetadata {
  stepExecutionId: string
  name: string
  action: string
  status: WorkflowStepStatus
  message?: string
  inputs?: string
  outputs?: string
  startTime?: string
  endTime?: string
}

export interface ImageScanFinding {
  awsAccountId: string
  imageBuildVersionArn: string
  imagePipelineArn?: string
  type: 'PACKAGE_VULNERABILITY'
  title: string
  description: string
  remediation: { recommendation: { text: string; url?: string } }
  severity: string
  firstObservedAt: number
  updatedAt: number
  inspectorScore: number
  packageVulnerabilityDetails: JsonObject
  fixAvailable: 'YES' | 'NO'
}
