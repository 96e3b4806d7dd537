/**
 * The EC2, CloudWatch Logs, SSM and ECR state that Image Builder builds write into.
 *
 * A build's timeline (imagebuilder/) registers output AMIs and appends log events as the clock
 * passes, and on distribution points SSM parameters and launch templates at the new AMIs; the
 * EC2, Logs and SSM handlers serve what is here; a container build pushes its image into ECR.
 */

export type Ec2ImageState =
  | 'pending'
  | 'available'
  | 'invalid'
  | 'deregistered'
  | 'transient'
  | 'failed'
  | 'error'
  | 'disabled'

export interface Ec2BlockDevice {
  deviceName: string
  snapshotId: string
  volumeSize: number
  volumeType: 'gp2' | 'gp3' | 'io1' | 'io2' | 'standard'
  deleteOnTermination: boolean
  encrypted: boolean
}

export interface Ec2ImageRecord {
  imageId: string
  region: string
  ownerId: string
  /** Set for Amazon-owned images, e.g. `amazon`. */
  ownerAlias?: string
  name: string
  description?: string
  state: Ec2ImageState
  /** ISO 8601 with milliseconds, e.g. `2026-11-23T10:00:00.000Z`. */
  creationDate: string
  architecture: 'x86_64' | 'arm64'
  /** `windows` for Windows AMIs, absent otherwise. */
  platform?: 'windows'
  /** e.g. `Linux/UNIX`, `Windows`. */
  platformDetails: string
  rootDeviceName: string
  blockDeviceMappings: Ec2BlockDevice[]
  tags: Record<string, string>
  /** Account IDs with launch permission. */
  launchPermissions: string[]
  /** EnableImageDeprecation's time, ISO 8601 to the minute (`2027-02-21T10:21:00.000Z`). */
  deprecationTime?: string
}

/** The launch parameters a launch template version holds (the members the emulator keeps). */
export interface LaunchTemplateData {
  imageId?: string
  instanceType?: string
  keyName?: string
  userData?: string
  securityGroupIds?: string[]
}

export interface LaunchTemplateVersionRecord {
  versionNumber: number
  description?: string
  /** ISO 8601 with milliseconds. */
  createTime: string
  createdBy: string
  data: LaunchTemplateData
}

export interface LaunchTemplateRecord {
  launchTemplateId: string
  launchTemplateName: string
  region: string
  createTime: string
  createdBy: string
  defaultVersionNumber: number
  /** In version order; the last one is `$Latest`. */
  versions: LaunchTemplateVersionRecord[]
  tags: Record<string, string>
}

export interface NewLaunchTemplateVersion {
  /** Members to change in a copy of the latest version's data. */
  changes: LaunchTemplateData
  description?: string
  createdBy: string
  makeDefault: boolean
  now: number
}

export interface Ec2Store {
  /** Inserts or replaces the image (and, implicitly, its snapshots). */
  putImage(image: Ec2ImageRecord): void
  getImage(region: string, imageId: string): Ec2ImageRecord | undefined
  setImageState(region: string, imageId: string, state: Ec2ImageState): void
  /** Sets (or moves) when the AMI is deprecated, as EnableImageDeprecation does. */
  deprecateImage(region: string, imageId: string, deprecationTime: string): void
  /** Every image of a region, in insertion order. */
  listImages(region: string): Ec2ImageRecord[]
  getLaunchTemplate(region: string, launchTemplateId: string): LaunchTemplateRecord | undefined
  /** Adds a version to an existing template; returns it. */
  addLaunchTemplateVersion(
    region: string,
    launchTemplateId: string,
    version: NewLaunchTemplateVersion
  ): LaunchTemplateVersionRecord
  /** The account's block public access for AMIs in the region (EC2's default: unblocked). */
  imageBlockPublicAccessState(region: string): ImageBlockPublicAccessState
}

export type ImageBlockPublicAccessState = 'block-new-sharing' | 'unblocked'

export type SsmParameterType = 'String' | 'StringList' | 'SecureString'
export type SsmParameterDataType = 'text' | 'aws:ec2:image' | 'aws:ssm:integration'

export interface SsmParameterRecord {
  name: string
  type: SsmParameterType
  value: string
  version: number
  /** Milliseconds since the epoch. */
  lastModifiedDate: number
  dataType: SsmParameterDataType
  description?: string
}

export interface SsmParameterWrite {
  name: string
  value: string
  type: SsmParameterType
  dataType: SsmParameterDataType
  description?: string
  now: number
}

export interface SsmStore {
  getParameter(region: string, name: string): SsmParameterRecord | undefined
  /** Creates the parameter at version 1 or overwrites it with the next version; returns it. */
  putParameter(region: string, write: SsmParameterWrite): SsmParameterRecord
}

export interface LogEventInput {
  /** Milliseconds since the epoch. */
  timestamp: number
  message: string
}

export interface LogStore {
  /** Idempotent. */
  createLogGroup(region: string, logGroupName: string, now: number): void
  /** Creates the group and stream when missing; events are kept in timestamp order. */
  putLogEvents(
    region: string,
    logGroupName: string,
    logStreamName: string,
    events: LogEventInput[],
    now: number
  ): void
}

export interface EcrRepositoryRecord {
  repositoryName: string
  region: string
  registryId: string
  /** Milliseconds since the epoch. */
  createdAt: number
}

export interface EcrImageRecord {
  /** `sha256:` and 64 hex digits: the digest of the image manifest. */
  imageDigest: string
  imageTags: string[]
  /** Milliseconds since the epoch. */
  imagePushedAt: number
  imageSizeInBytes: number
}

export interface EcrStore {
  /** Creates the repository, or returns the one of that name. */
  createRepository(region: string, repositoryName: string, now: number): EcrRepositoryRecord
  getRepository(region: string, repositoryName: string): EcrRepositoryRecord | undefined
  /** Every repository of a region, in creation order. */
  listRepositories(region: string): EcrRepositoryRecord[]
  /**
   * Stores a pushed image; its tags move off any other image of the repository (mutable tags), and
   * a push of a digest already there adds the tags to it.
   */
  putImage(region: string, repositoryName: string, image: EcrImageRecord): void
  listImages(region: string, repositoryName: string): EcrImageRecord[]
}

/** The other services' state that a build writes into. */
export interface WorldStores {
  ec2: Ec2Store
  logs: LogStore
  ssm: SsmStore
  ecr: EcrStore
}
