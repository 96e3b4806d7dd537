/**
 * A container build's digests: Image Builder reports each region's image by tag, and a tag can be
 * moved, so the digest that pins the image comes from ECR (DescribeImages by tag), one call per
 * region, in parallel. A URI that already carries its digest needs no call.
 */
import type { ECRClient } from '@aws-sdk/client-ecr'
import { describeError, errorName, rethrowIfExpired } from '../aws/errors.js'
import type { ContainerImage } from '../domain/record.js'
import { registryAccount } from '../domain/container-images.js'

export interface DigestReading {
  images: ContainerImage[]
  /** Images ECR does not have: the build said it pushed them, so a later pull would fail. */
  missing: string[]
  /** Regions ECR could not be asked in (access denied, faults beyond the retries). */
  unread: string[]
}

const NOT_FOUND = new Set(['ImageNotFoundException', 'RepositoryNotFoundException'])

export async function readContainerDigests(
  ecr: (region: string) => Promise<ECRClient>,
  images: readonly ContainerImage[],
  signal?: AbortSignal
): Promise<DigestReading> {
  const regions = [...new Set(images.map((image) => image.region))]
  const readings = await Promise.all(
    regions.map((region) =>
      readRegion(
        ecr,
        images.filter((image) => image.region === region),
        signal
      )
    )
  )
  return {
    images: readings.flatMap((reading) => reading.images),
    missing: readings.flatMap((reading) => reading.missing),
    unread: readings.flatMap((reading) => reading.unread)
  }
}

async function readRegion(
  ecr: (region: string) => Promise<ECRClient>,
  images: ContainerImage[],
  signal: AbortSignal | undefined
): Promise<DigestReading> {
  const tagged = images.filter((image) => image.digest === undefined && image.tag !== undefined)
  const first = tagged[0]
  if (first === undefined) return { images, missing: [], unread: [] }
  const { region, repositoryName, registry } = first
  try {
    const client = await ecr(region)
    const { DescribeImagesCommand } = await import('../aws/ecr.js')
    const registryId = registryAccount(registry)
    const { imageDetails = [] } = await client.send(
      new DescribeImagesCommand({
        repositoryName,
        ...(registryId ? { registryId } : {}),
        imageIds: tagged.map((image) => ({ imageTag: image.tag }))
      }),
      { abortSignal: signal }
    )
    const digestOf = (tag: string | undefined) =>
      imageDetails.find((detail) => tag !== undefined && detail.imageTags?.includes(tag))
        ?.imageDigest
    const read = images.map((image) => {
      const digest = image.digest ?? digestOf(image.tag)
      return digest ? { ...image, digest } : image
    })
    const missing = read.filter((image) => !image.digest).map((image) => image.uri)
    return { images: read, missing, unread: [] }
  } catch (error) {
    rethrowIfExpired(error)
    if (NOT_FOUND.has(errorName(error))) {
      return { images, missing: tagged.map((image) => image.uri), unread: [] }
    }
    return { images, missing: [], unread: [`${region}: ${describeError(error)}`] }
  }
}
