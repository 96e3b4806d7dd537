/** What a build inherits from its platform and parent image. */
import type { Ec2ImageRecord } from '../../stores.js'
import type { ImageRecipe } from '../shapes.js'
import type { AmiTemplate } from './types.js'

export function osVersion(platform: ImageRecipe['platform']): string {
  return platform === 'Windows' ? 'Microsoft Windows Server 2022' : 'Amazon Linux 2023'
}

/**
 * Output AMIs keep the parent's architecture and root device; the recipe's mapping for the root
 * device may resize it. Without a known parent AMI the platform's usual defaults apply.
 */
export function amiTemplate(
  recipe: Pick<ImageRecipe, 'platform' | 'blockDeviceMappings'>,
  parent: Ec2ImageRecord | undefined
): AmiTemplate {
  const windows = recipe.platform === 'Windows'
  const rootDeviceName = parent?.rootDeviceName ?? (windows ? '/dev/sda1' : '/dev/xvda')
  const parentSize = parent?.blockDeviceMappings.find(
    (device) => device.deviceName === rootDeviceName
  )?.volumeSize
  const recipeSize = recipe.blockDeviceMappings?.find(
    (device) => device.deviceName === rootDeviceName
  )?.ebs?.volumeSize
  return {
    rootDeviceName,
    architecture: parent?.architecture ?? 'x86_64',
    ...(windows ? { platform: 'windows' as const } : {}),
    platformDetails: parent?.platformDetails ?? (windows ? 'Windows' : 'Linux/UNIX'),
    volumeSize: recipeSize ?? parentSize ?? (windows ? 30 : 8)
  }
}
