/**
 * The plan stage's hand-over: for every resource recipe mode needs, whether to reuse, create (with
 * the version) or update it, and the content to create it with. `apply` fills in the ARNs.
 */
import type {
  ComponentConfiguration,
  Distribution,
  InstanceBlockDeviceMapping
} from '@aws-sdk/client-imagebuilder'
import type { ImageView } from './build.js'

export type Platform = 'Linux' | 'Windows' | 'macOS'

/** `deprecate-after`: a fixed length of time, from a minute to EC2's 10-year limit. */
export interface DeprecationPeriod {
  /** As the workflow wrote it (`90d`, `P1DT12H`), for the reports. */
  written: string
  milliseconds: number
}

export type PlanAction = 'reuse' | 'create' | 'update'

export interface ParentImage {
  /** As the workflow gave it: AMI ID, image ARN or `ssm:<parameter>`; the recipe keeps this. */
  input: string
  /**
   * The AMI it resolves to now, in the build region. A container recipe's parent is a container
   * image that Image Builder pulls when the build starts: this is then the reference as given.
   */
  amiId: string
  platform: Platform
  rootDeviceName?: string
  rootVolumeSize?: number
}

interface PlannedResource {
  name: string
  action: PlanAction
  /** Known for reused and updated resources; set by apply for created ones. */
  arn?: string
  fingerprint: string
  /** Set by apply once it created or updated the resource: the reports say what was never done. */
  applied?: true
}

export interface PlannedComponent extends PlannedResource {
  /** The `components` item it came from. */
  source: string
  kind: 'file' | 'managed' | 'arn'
  type: 'BUILD' | 'TEST'
  /** Set for a document with a `test` phase beside others: AWSTOE runs it in the test stage too. */
  runsTests?: true
  /** For components the action owns (made from files). */
  version?: string
  /**
   * For an ARN without a build number (a version or wildcard, as every AWS-managed name is): the
   * build version ARN it resolves to now. A build started later runs whatever it resolves to then.
   */
  resolvedArn?: string
  platform?: Platform
  /** The document, for one to create. */
  data?: string
  parameters: ComponentConfiguration['parameters']
}

export interface PlannedRecipe extends PlannedResource {
  version: string
  parentImage: string
  blockDeviceMappings?: InstanceBlockDeviceMapping[]
  /** Set when this is a container recipe (`image-type: container`). */
  container?: ContainerRecipeContent
}

/** What a container recipe holds beyond an image recipe's parent and components. */
export interface ContainerRecipeContent {
  dockerfileTemplateData: string
  /** The build region's ECR repository: the recipe's target repository. */
  repositoryName: string
  /** As `platform` gave it; undefined: Image Builder reads it from the parent image. */
  platform?: Platform
}

export interface InfrastructureSettings {
  instanceProfileName: string
  instanceTypes?: string[]
  subnetId?: string
  securityGroupIds?: string[]
  terminateInstanceOnFailure: boolean
  keyPair?: string
  snsTopicArn?: string
  instanceMetadataOptions: { httpTokens: 'required' | 'optional'; httpPutResponseHopLimit: number }
}

export interface PlannedInfrastructure extends PlannedResource {
  settings: InfrastructureSettings
}

export interface PlannedDistribution extends PlannedResource {
  distributions: Distribution[]
  /** The `launch-templates` the AMI will become the default version of, as the plan checked them. */
  launchTemplates?: CheckedLaunchTemplate[]
  /** `deprecate-after`: the action deprecates each AMI this long after it is made (not Image Builder). */
  deprecateAfter?: DeprecationPeriod
}

/** A launch template that exists (with its name), or one the caller may not read (`unchecked`: why). */
export interface CheckedLaunchTemplate {
  region: string
  launchTemplateId: string
  name?: string
  unchecked?: string
}

export interface RecipePlan {
  region: string
  parent: ParentImage
  components: PlannedComponent[]
  recipe: PlannedRecipe
  infrastructure: PlannedInfrastructure
  distribution: PlannedDistribution
}

/** Promote mode's plan: the image to distribute and where it goes. */
export interface PromotionPlan {
  region: string
  /** The image to distribute, as GetImage showed it; `arn` is its build version ARN. */
  source: ImageView
  distribution: PlannedDistribution
}
