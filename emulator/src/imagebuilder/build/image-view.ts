/** An image as GetImage and the image list operations show it at a given time (§2.3). */
import { isoTime } from '../time.js'
import { containerImageUri } from './containers.js'
import {
  type Ami,
  type Container,
  type Image,
  type ImageState,
  type ImageStatus,
  type ImageSummary,
  isContainerRecipe
} from '../shapes.js'
import { osVersion } from './platform.js'
import type { Build, BuildPlan } from './types.js'

export function imageStatusAt(plan: BuildPlan, now: number): ImageStatus {
  return plan.statuses.filter((change) => change.at <= now).at(-1)?.status ?? 'PENDING'
}

export function imageStateAt(plan: BuildPlan, now: number): ImageState {
  const status = imageStatusAt(plan, now)
  if (status !== 'FAILED') return { status }
  return {
    status,
    ...(plan.reason === undefined ? {} : { reason: plan.reason }),
    ...(plan.failureContext === undefined ? {} : { failureContext: plan.failureContext })
  }
}

/** Empty until distribution has finished (§9.5). */
export function outputAmisAt(plan: BuildPlan, now: number): Ami[] {
  if (plan.amisListedAt === undefined || now < plan.amisListedAt) return []
  return plan.amis
    .filter((ami) => ami.listed)
    .map((ami) => ({
      region: ami.region,
      image: ami.imageId,
      name: ami.name,
      ...(ami.description === undefined ? {} : { description: ami.description }),
      accountId: ami.accountId,
      state:
        ami.errorMessage === undefined
          ? { status: 'AVAILABLE' }
          : { status: 'FAILED', reason: ami.errorMessage }
    }))
}

/** Empty until distribution has finished, like the AMIs: one URI per tag of each region's image. */
export function outputContainersAt(build: Build, now: number): Container[] {
  const { plan } = build
  if (plan.containersListedAt === undefined || now < plan.containersListedAt) return []
  return plan.containers.map((image) => ({
    region: image.region,
    imageUris: image.tags.map((tag) =>
      containerImageUri(image.registryId, image.region, image.repositoryName, tag)
    )
  }))
}

export function imageSummaryAt(build: Build, now: number): ImageSummary {
  const { dateCreated, ...rest } = imageCore(build, now)
  return { ...rest, owner: build.spec.accountId, dateCreated }
}

/** The members that Image and ImageSummary share. */
function imageCore(build: Build, now: number): Omit<ImageSummary, 'owner'> {
  const { spec, plan } = build
  return {
    arn: spec.arn,
    name: spec.name,
    type: isContainerRecipe(spec.recipe) ? 'DOCKER' : 'AMI',
    version: `${spec.version}/${spec.buildNumber}`,
    platform: spec.recipe.platform,
    osVersion: osVersion(spec.recipe.platform),
    state: imageStateAt(plan, now),
    dateCreated: isoTime(spec.startedAt),
    outputResources: isContainerRecipe(spec.recipe)
      ? { amis: [], containers: outputContainersAt(build, now) }
      : { amis: outputAmisAt(plan, now) },
    tags: spec.tags,
    buildType: 'USER_INITIATED',
    imageSource: 'CUSTOM',
    ...(spec.loggingConfiguration === undefined
      ? {}
      : { loggingConfiguration: spec.loggingConfiguration })
  }
}

export function imageAt(build: Build, now: number): Image {
  const { spec } = build
  const scanState = scanStateAt(build, now)
  return {
    ...imageCore(build, now),
    enhancedImageMetadataEnabled: spec.enhancedImageMetadataEnabled,
    ...(isContainerRecipe(spec.recipe)
      ? { containerRecipe: spec.recipe }
      : { imageRecipe: spec.recipe }),
    ...(spec.pipeline === undefined
      ? {}
      : { sourcePipelineName: spec.pipeline.name, sourcePipelineArn: spec.pipeline.arn }),
    infrastructureConfiguration: spec.infrastructure,
    ...(spec.distribution === undefined ? {} : { distributionConfiguration: spec.distribution }),
    imageTestsConfiguration: spec.imageTests,
    imageScanningConfiguration: spec.imageScanning,
    ...(scanState === undefined ? {} : { scanState })
  }
}

/** Scans run in the test stage; a build that ends without scanning abandons its scan. */
function scanStateAt(build: Build, now: number): Image['scanState'] {
  const { spec, plan } = build
  if (!spec.imageScanning.imageScanningEnabled) return undefined
  if (plan.scan !== undefined && now >= plan.scan.end) return { status: 'COMPLETED' }
  if (plan.scan !== undefined && now >= plan.scan.start) return { status: 'SCANNING' }
  const status = imageStatusAt(plan, now)
  return status === 'AVAILABLE' || status === 'FAILED' || status === 'CANCELLED'
    ? { status: 'ABANDONED' }
    : { status: 'PENDING' }
}
