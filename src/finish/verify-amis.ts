/**
 * After a build ends AVAILABLE, asks EC2 in each region whether the build account's AMI is really
 * there and available: Image Builder reports the AMIs it made, but a later step launches them,
 * and an AMI deregistered by a lifecycle policy, still pending, or failed should say so here
 * rather than at launch. Regions are asked in parallel; one region's trouble never hides another's.
 */
import type { EC2Client, Image } from '@aws-sdk/client-ec2'
import { describeError, errorName, rethrowIfExpired } from '../aws/errors.js'

export type AmiVerification =
  /**
   * `creationDate`: EC2's CreationDate of the AMI (each region's copy has its own); `snapshotGiB`:
   * the sum of its EBS mappings' VolumeSize, absent when no mapping gives one.
   */
  | {
      region: string
      imageId: string
      state: 'available'
      creationDate?: string
      snapshotGiB?: number
    }
  /** EC2 does not know the AMI (InvalidAMIID.NotFound, or no image in the answer). */
  | { region: string; imageId: string; state: 'missing' }
  /** EC2 knows it in another state (`pending`, `failed`, `deregistered`, …). */
  | { region: string; imageId: string; state: 'other'; imageState: string; reason?: string }
  /** EC2 could not be asked (access denied, a region not enabled, faults beyond the retries). */
  | { region: string; imageId: string; state: 'unverified'; error: string }

/** Error codes with which EC2 says that an AMI ID names no image. */
const NOT_FOUND = new Set(['InvalidAMIID.NotFound', 'InvalidAMIID.Unavailable'])

/**
 * One result per AMI, in the order of `amis` (region → AMI ID of the build account). Expired
 * credentials are thrown, as everywhere: the caller ends the step with its own explanation.
 */
export async function verifyAmis(
  ec2: (region: string) => Promise<EC2Client>,
  amis: Readonly<Record<string, string>>,
  signal?: AbortSignal
): Promise<AmiVerification[]> {
  return Promise.all(
    Object.entries(amis).map(([region, imageId]) => verifyAmi(ec2, region, imageId, signal))
  )
}

async function verifyAmi(
  ec2: (region: string) => Promise<EC2Client>,
  region: string,
  imageId: string,
  signal: AbortSignal | undefined
): Promise<AmiVerification> {
  try {
    const client = await ec2(region)
    // Loaded with the client, on demand: a static import would put all of EC2 on the start path.
    const { DescribeImagesCommand } = await import('../aws/ec2.js')
    const { Images = [] } = await client.send(new DescribeImagesCommand({ ImageIds: [imageId] }), {
      abortSignal: signal
    })
    const image = Images.find((candidate) => candidate.ImageId === imageId)
    if (image === undefined) return { region, imageId, state: 'missing' }
    if (image.State === 'available') {
      const snapshotGiB = snapshotGiBOf(image)
      return {
        region,
        imageId,
        state: 'available',
        ...(image.CreationDate ? { creationDate: image.CreationDate } : {}),
        ...(snapshotGiB === undefined ? {} : { snapshotGiB })
      }
    }
    return {
      region,
      imageId,
      state: 'other',
      imageState: image.State ?? 'unknown',
      ...(image.StateReason?.Message ? { reason: image.StateReason.Message } : {})
    }
  } catch (error) {
    rethrowIfExpired(error)
    if (NOT_FOUND.has(errorName(error))) return { region, imageId, state: 'missing' }
    return { region, imageId, state: 'unverified', error: describeError(error) }
  }
}

/**
 * What the AMI's snapshots can hold: the EBS mappings' volume sizes added up (instance-store
 * mappings have no snapshot). The answer DescribeImages already gave, so no call is added for it.
 */
function snapshotGiBOf(image: Image): number | undefined {
  const sizes = (image.BlockDeviceMappings ?? []).flatMap((mapping) =>
    typeof mapping.Ebs?.VolumeSize === 'number' ? [mapping.Ebs.VolumeSize] : []
  )
  return sizes.length === 0 ? undefined : sizes.reduce((sum, size) => sum + size, 0)
}
