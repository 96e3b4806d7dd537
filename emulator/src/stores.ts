/**
 * The EC2 and CloudWatch Logs state that Image Builder builds write into.
 *
 * A build's timeline (imagebuilder/) registers output AMIs and appends log events as the clock
 * passes; the EC2 and Logs handlers only read and tag what is here.
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
}

export interface Ec2Store {
  /** Inserts or replaces the image (and, implicitly, its snapshots). */
  putImage(image: Ec2ImageRecord): void
  getImage(region: string, imageId: string): Ec2ImageRecord | undefined
  setImageState(region: string, imageId: string, state: Ec2ImageState): void
  /** Every image of a region, in insertion order. */
  listImages(region: string): Ec2ImageRecord[]
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
