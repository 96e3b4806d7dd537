/**
 * A container build's images (§2.5 for containers): the build region's image is pushed to its
 * repository when the build workflow ends, the other regions' copies while DISTRIBUTING. One image
 * manifest, so one digest everywhere; each region's image carries the version tag and the
 * distribution's tags. A repository that did not exist when the build started fails that region.
 */
import { createHash } from 'node:crypto'
import { registryUri } from '../../ecr/index.js'
import type { BuildSpec, ContainerTarget, PlannedContainerImage } from './types.js'

/** What `docker push` would report for a small image built on Amazon Linux. */
const IMAGE_SIZE_BYTES = 58_000_000

export function containerImageUri(
  registryId: string,
  region: string,
  repositoryName: string,
  tag: string
): string {
  return `${registryUri(registryId, region)}/${repositoryName}:${tag}`
}

export function plannedContainerImage(
  spec: BuildSpec,
  target: ContainerTarget,
  pushAt: number
): PlannedContainerImage {
  return {
    region: target.region,
    repositoryName: target.repositoryName,
    registryId: spec.accountId,
    tags: target.tags,
    imageDigest: `sha256:${createHash('sha256').update(spec.arn).digest('hex')}`,
    imageSizeInBytes: IMAGE_SIZE_BYTES,
    pushAt
  }
}

/** The message a push to a missing repository fails with. */
export function missingRepositoryMessage(target: ContainerTarget, accountId: string): string {
  return `The repository with name '${target.repositoryName}' does not exist in the registry with id '${accountId}' in ${target.region}.`
}
