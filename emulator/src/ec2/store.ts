/**
 * EC2 state per region: AMIs and launch templates. Snapshots are not stored on their own: each one is the EBS snapshot behind
 * a block device of a registered AMI, so only their tags (which CreateTags sets independently of
 * the AMI's) are kept here.
 */
import type {
  Ec2ImageRecord,
  Ec2ImageState,
  Ec2Store,
  ImageBlockPublicAccessState,
  LaunchTemplateRecord,
  LaunchTemplateVersionRecord,
  NewLaunchTemplateVersion
} from '../stores.js'
import { LaunchTemplates } from './launch-templates.js'

export type Ec2SnapshotState = 'pending' | 'completed'

export interface Ec2SnapshotRecord {
  snapshotId: string
  region: string
  ownerId: string
  ownerAlias?: string
  /** The AMI whose block device mapping references the snapshot. */
  imageId: string
  volumeSize: number
  encrypted: boolean
  state: Ec2SnapshotState
  startTime: string
  tags: Record<string, string>
}

export class MemoryEc2Store implements Ec2Store {
  private readonly imagesByRegion = new Map<string, Map<string, Ec2ImageRecord>>()
  private readonly snapshotTags = new Map<string, Record<string, string>>()
  readonly launchTemplates = new LaunchTemplates()
  private readonly publicSharingBlocked = new Set<string>()

  imageBlockPublicAccessState(region: string): ImageBlockPublicAccessState {
    return this.publicSharingBlocked.has(region) ? 'block-new-sharing' : 'unblocked'
  }

  /** As EnableImageBlockPublicAccess and DisableImageBlockPublicAccess set it. */
  setImageBlockPublicAccessState(region: string, state: ImageBlockPublicAccessState): void {
    if (state === 'block-new-sharing') this.publicSharingBlocked.add(region)
    else this.publicSharingBlocked.delete(region)
  }

  putImage(image: Ec2ImageRecord): void {
    this.regionImages(image.region).set(image.imageId, structuredClone(image))
  }

  getImage(region: string, imageId: string): Ec2ImageRecord | undefined {
    return this.imagesByRegion.get(region)?.get(imageId)
  }

  setImageState(region: string, imageId: string, state: Ec2ImageState): void {
    const image = this.getImage(region, imageId)
    if (image === undefined) throw new Error(`no image ${imageId} in ${region} to set to ${state}`)
    image.state = state
  }

  deprecateImage(region: string, imageId: string, deprecationTime: string): void {
    const image = this.getImage(region, imageId)
    if (image === undefined) throw new Error(`no image ${imageId} in ${region} to deprecate`)
    image.deprecationTime = deprecationTime
  }

  listImages(region: string): Ec2ImageRecord[] {
    return [...(this.imagesByRegion.get(region)?.values() ?? [])]
  }

  /** Adds or overwrites the given tags, as CreateTags does. */
  tagImage(region: string, imageId: string, tags: Record<string, string>): void {
    const image = this.getImage(region, imageId)
    if (image === undefined) throw new Error(`no image ${imageId} in ${region} to tag`)
    image.tags = { ...image.tags, ...tags }
  }

  tagSnapshot(region: string, snapshotId: string, tags: Record<string, string>): void {
    const key = snapshotKey(region, snapshotId)
    this.snapshotTags.set(key, { ...this.snapshotTags.get(key), ...tags })
  }

  /** Every snapshot behind the region's AMIs, once each, in the order of the AMIs. */
  listSnapshots(region: string): Ec2SnapshotRecord[] {
    const snapshots = new Map<string, Ec2SnapshotRecord>()
    for (const image of this.listImages(region)) {
      for (const device of image.blockDeviceMappings) {
        if (snapshots.has(device.snapshotId)) continue
        snapshots.set(device.snapshotId, {
          snapshotId: device.snapshotId,
          region,
          ownerId: image.ownerId,
          ...(image.ownerAlias === undefined ? {} : { ownerAlias: image.ownerAlias }),
          imageId: image.imageId,
          volumeSize: device.volumeSize,
          encrypted: device.encrypted,
          state: image.state === 'pending' ? 'pending' : 'completed',
          startTime: image.creationDate,
          tags: { ...this.snapshotTags.get(snapshotKey(region, device.snapshotId)) }
        })
      }
    }
    return [...snapshots.values()]
  }

  getSnapshot(region: string, snapshotId: string): Ec2SnapshotRecord | undefined {
    return this.listSnapshots(region).find((snapshot) => snapshot.snapshotId === snapshotId)
  }

  getLaunchTemplate(region: string, launchTemplateId: string): LaunchTemplateRecord | undefined {
    return this.launchTemplates.get(region, launchTemplateId)
  }

  addLaunchTemplateVersion(
    region: string,
    launchTemplateId: string,
    version: NewLaunchTemplateVersion
  ): LaunchTemplateVersionRecord {
    return this.launchTemplates.addVersion(region, launchTemplateId, version)
  }

  private regionImages(region: string): Map<string, Ec2ImageRecord> {
    let images = this.imagesByRegion.get(region)
    if (images === undefined) {
      images = new Map()
      this.imagesByRegion.set(region, images)
    }
    return images
  }
}

function snapshotKey(region: string, snapshotId: string): string {
  return `${region}/${snapshotId}`
}
