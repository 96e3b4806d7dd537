/** Reading images: GetImage, ListImages, ListImageBuildVersions, ListImagePipelineImages. */
import { arnRegion, compareVersions, latestVersionReferences, parseVersionedArn } from '../arns.js'
import { imageAt, imageSummaryAt } from '../build/image-view.js'
import type { Build } from '../build/types.js'
import { resourceNotFound } from '../errors.js'
import { matchesFilters, readFilters } from '../filters.js'
import { findBuild, inRegion } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'
import { latestAvailableBuild } from '../image-versions.js'
import { isListed, newestPerKey, ownerSegment, pageOf } from '../listing.js'
import type { ImageSummary } from '../shapes.js'

export const imageOperations: OperationTable = {
  GetImage: getImage,
  ListImages: listImages,
  ListImageBuildVersions: listImageBuildVersions,
  ListImagePipelineImages: listImagePipelineImages
}

function getImage(context: OperationContext): Record<string, unknown> {
  const arn = context.input.requiredString(
    'imageBuildVersionArn',
    'imageVersionArnOrBuildVersionArn'
  )
  const parsed = parseVersionedArn(arn)
  if (parsed === undefined) throw resourceNotFound(arn)
  const build =
    parsed.build === undefined
      ? latestAvailableBuild(context.world, context.region, parsed, context.now)
      : findBuild(context, arn)
  if (build === undefined || arnRegion(arn) !== context.region) throw resourceNotFound(arn)
  return {
    image: imageAt(build, context.now),
    latestVersionReferences: latestVersionReferences(parsed.base, build.spec.version)
  }
}

/**
 * One ImageVersion per image name and x.y.z, its ARN without the build number. As for components,
 * only each name's newest version is listed unless `byName` asks for every version of the names.
 * The emulator holds no deprecated or Amazon-owned images, so `includeDeprecated` changes nothing.
 */
function listImages(context: OperationContext): Record<string, unknown> {
  const { input, world, region, now } = context
  const owner = ownerSegment(context)
  const byName = input.optionalBoolean('byName') ?? false
  input.optionalBoolean('includeDeprecated') // validated, nothing to include
  const filters = readFilters(input, ['name', 'osVersion', 'platform', 'type', 'version'])
  const builds = world.imagebuilder.builds
    .inRegion(region)
    .filter((build) => owner === world.accountId && isListed(context, build.spec.startedAt))
  const versions = newestPerKey(
    summariesMatching(builds, now, filters),
    (summary) => `${summary.name}|${semanticVersion(summary)}`,
    (summary) => Number(summary.version.split('/')[1])
  )
  const listed = byName
    ? versions
    : newestPerKey(versions, (summary) => summary.name, semanticVersion, compareVersions)
  return pageOf(
    'imageVersionList',
    listed.map((summary) => ({
      arn: summary.arn.replace(/\/[0-9]+$/, ''),
      name: summary.name,
      type: summary.type,
      version: semanticVersion(summary),
      platform: summary.platform,
      osVersion: summary.osVersion,
      owner: summary.owner,
      dateCreated: summary.dateCreated,
      buildType: summary.buildType,
      imageSource: summary.imageSource
    })),
    input,
    `ListImages|${region}|${owner ?? ''}|${String(byName)}|${JSON.stringify(filters)}`
  )
}

function semanticVersion(summary: ImageSummary): string {
  return summary.version.split('/')[0] ?? summary.version
}

function listImageBuildVersions(context: OperationContext): Record<string, unknown> {
  const { input, world, region, now } = context
  const imageVersionArn = input.optionalString('imageVersionArn', 'imageVersionArn')
  const filters = readFilters(input, ['name', 'osVersion', 'platform', 'type', 'version'])
  const builds = world.imagebuilder.builds
    .inRegion(region)
    .filter((build) => isListed(context, build.spec.startedAt))
    .filter(
      (build) => imageVersionArn === undefined || build.spec.arn.startsWith(`${imageVersionArn}/`)
    )
  return pageOf(
    'imageSummaryList',
    summariesMatching(builds, now, filters),
    input,
    `ListImageBuildVersions|${imageVersionArn ?? ''}|${JSON.stringify(filters)}`
  )
}

function listImagePipelineImages(context: OperationContext): Record<string, unknown> {
  const { input, world, region, now } = context
  const imagePipelineArn = input.requiredString('imagePipelineArn', 'imagePipelineArn')
  const filters = readFilters(input, ['name', 'version'])
  inRegion(world.imagebuilder.resources.pipelines.get(imagePipelineArn), imagePipelineArn, region)
  const builds = world.imagebuilder.builds
    .inRegion(region)
    .filter((build) => build.spec.pipeline?.arn === imagePipelineArn)
  return pageOf(
    'imageSummaryList',
    summariesMatching(builds, now, filters),
    input,
    `ListImagePipelineImages|${imagePipelineArn}|${JSON.stringify(filters)}`
  )
}

function summariesMatching(
  builds: Build[],
  now: number,
  filters: ReturnType<typeof readFilters>
): ImageSummary[] {
  return builds
    .map((build) => imageSummaryAt(build, now))
    .filter((summary) =>
      matchesFilters(filters, (name) => {
        // The `version` filter names the semantic version, without the build number.
        if (name === 'version') return summary.version.split('/')[0]
        const value: unknown = summary[name as keyof ImageSummary]
        return typeof value === 'string' ? value : undefined
      })
    )
}
