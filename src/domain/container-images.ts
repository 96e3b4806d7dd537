/**
 * The container images a build pushed, as `outputResources.containers` lists them (region →
 * image URIs, one per tag) and, once read from ECR, the digest of each region's image.
 */
import type { OutputResources } from '@aws-sdk/client-imagebuilder'
import type { ContainerImage } from './record.js'

const IMAGE_URI =
  /^([^/]+)\/(.+?)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,299}))?(?:@(sha256:[a-f0-9]{64}))?$/

/** Every URI of every region, in the order Image Builder lists them. */
export function containerImagesOf(outputResources: OutputResources | undefined): ContainerImage[] {
  return (outputResources?.containers ?? []).flatMap((container) =>
    (container.imageUris ?? []).flatMap((uri) => {
      const parsed = parseImageUri(uri)
      return parsed && container.region ? [{ region: container.region, uri, ...parsed }] : []
    })
  )
}

export function parseImageUri(uri: string): Omit<ContainerImage, 'region' | 'uri'> | undefined {
  const match = IMAGE_URI.exec(uri)
  if (!match) return undefined
  const [, registry = '', repositoryName = '', tag, digest] = match
  return { registry, repositoryName, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) }
}

/** The account of an ECR registry host, for DescribeImages' registryId. */
export function registryAccount(registry: string): string | undefined {
  return /^(\d{12})\.dkr\.ecr\./.exec(registry)?.[1]
}

/** region → the first image URI listed there (with its tag). */
export function imageUrisByRegion(images: readonly ContainerImage[]): Record<string, string> {
  const uris: Record<string, string> = {}
  for (const image of images) if (!(image.region in uris)) uris[image.region] = image.uri
  return uris
}

/** region → digest, for the regions whose digest is known. */
export function imageDigestsByRegion(images: readonly ContainerImage[]): Record<string, string> {
  const digests: Record<string, string> = {}
  for (const image of images) {
    if (image.digest && !(image.region in digests)) digests[image.region] = image.digest
  }
  return digests
}
