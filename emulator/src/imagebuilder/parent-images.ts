/**
 * Amazon-owned base AMIs in every region, so that recipes have a parent whose root device and
 * architecture can be read, as they would be from EC2's public images.
 */
import { amiId, snapshotId } from '../ids.js'
import type { ImagePlatform } from '../scenario.js'
import { REGIONS } from '../regions.js'
import type { Ec2ImageRecord, Ec2Store } from '../stores.js'

interface ParentImageTemplate {
  ownerId: string
  name: string
  description: string
  platformDetails: string
  rootDeviceName: string
  volumeSize: number
  windows: boolean
}

const TEMPLATES: Record<ImagePlatform, ParentImageTemplate> = {
  Linux: {
    ownerId: '137112412989',
    name: 'al2023-ami-2023.6.20261110.0-kernel-6.1-x86_64',
    description: 'Amazon Linux 2023 AMI 2023.6.20261110.0 x86_64 HVM kernel-6.1',
    platformDetails: 'Linux/UNIX',
    rootDeviceName: '/dev/xvda',
    volumeSize: 8,
    windows: false
  },
  Windows: {
    ownerId: '801119661308',
    name: 'Windows_Server-2022-English-Full-Base-2026.11.12',
    description: 'Microsoft Windows Server 2022 Full Locale English AMI provided by Amazon',
    platformDetails: 'Windows',
    rootDeviceName: '/dev/sda1',
    volumeSize: 30,
    windows: true
  }
}

/** AMI IDs of the seeded parents, per region and platform. */
export class ParentImages {
  private readonly ids = new Map<string, string>()

  /** Registers one Linux and one Windows parent AMI in every region the emulator serves. */
  constructor(ec2: Ec2Store) {
    for (const region of REGIONS) {
      for (const platform of ['Linux', 'Windows'] as const) {
        const image = parentImage(region, TEMPLATES[platform])
        ec2.putImage(image)
        this.ids.set(`${region}|${platform}`, image.imageId)
      }
    }
  }

  idFor(region: string, platform: ImagePlatform): string {
    const id = this.ids.get(`${region}|${platform}`)
    if (id === undefined) throw new Error(`The emulator serves no region ${region}`)
    return id
  }
}

function parentImage(region: string, template: ParentImageTemplate): Ec2ImageRecord {
  return {
    imageId: amiId(),
    region,
    ownerId: template.ownerId,
    ownerAlias: 'amazon',
    name: template.name,
    description: template.description,
    state: 'available',
    creationDate: '2026-11-10T00:00:00.000Z',
    architecture: 'x86_64',
    ...(template.windows ? { platform: 'windows' as const } : {}),
    platformDetails: template.platformDetails,
    rootDeviceName: template.rootDeviceName,
    blockDeviceMappings: [
      {
        deviceName: template.rootDeviceName,
        snapshotId: snapshotId(),
        volumeSize: template.volumeSize,
        volumeType: 'gp3',
        deleteOnTermination: true,
        encrypted: false
      }
    ],
    tags: {},
    launchPermissions: []
  }
}
