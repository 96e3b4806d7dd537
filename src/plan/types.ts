/**
 * The plan stage's hand-over: for every resource recipe mode needs, whether to reuse, create (with
 * the version) or update it, and the content to create it with. `apply` fills in the ARNs.
 */
import type {
  ComponentConfiguration,
  Distribution,
  InstanceBlockDeviceMapping
} from '@aws-sdk/client-imagebuilder'
import type { Platform } from '../inputs/action-inputs.js'

export type PlanAction = 'reuse' | 'create' | 'update'

export interface ParentImage {
  /** As the workflow gave it: AMI ID, image ARN or `ssm:<parameter>`; the recipe keeps this. */
  input: string
  /** The AMI it resolves to now, in the build region. */
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
}

export interface PlannedComponent extends PlannedResource {
  /** The `components` item it came from. */
  source: string
  kind: 'file' | 'managed' | 'arn'
  type: 'BUILD' | 'TEST'
  /** For components the action owns (made from files). */
  version?: string
  platform?: Platform
  /** The document, for one to create. */
  data?: string
  parameters: ComponentConfiguration['parameters']
}

export interface PlannedRecipe extends PlannedResource {
  version: string
  parentImage: string
  blockDeviceMappings?: InstanceBlockDeviceMapping[]
}

export interface InfrastructureSettings {
  instanceProfileName: string
  instanceTypes?: string[]
  subnetId?: string
  securityGroupIds?: string[]
  terminateInstanceOnFailure: boolean
}

export interface PlannedInfrastructure extends PlannedResource {
  settings: InfrastructureSettings
}

export interface PlannedDistribution extends PlannedResource {
  distributions: Distribution[]
}

export interface RecipePlan {
  region: string
  parent: ParentImage
  components: PlannedComponent[]
  recipe: PlannedRecipe
  infrastructure: PlannedInfrastructure
  distribution: PlannedDistribution
}
