/** Reading images: GetImage, ListImageBuildVersions, ListImagePipelineImages. */
import { arnRegion, latestVersionReferences, parseVersionedArn } from '../arns.js'
import { imageAt, imageSummaryAt } from '../build/image-view.js'
import type { Build } from '../build/types.js'
import { resourceNotFound } from '../errors.js'
import { matchesFilters, readFilters } from '../filters.js'
import { findBuild, inRegion } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'
import { latestAvailableBuild } from '../image-versions.js'
import { paginate } from '../pagination.js'
import type { ImageSummary } from '../shapes.js'

export const imageOperations: OperationTable = {
  GetImage: getImage,
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

function listImageBuildVersions(context: OperationContext): Record<string, unknown> {
  const { input, world, region, now } = context
  const imageVersionArn = input.optionalString('imageVersionArn', 'imageVersionArn')
  const filters = readFilters(input, ['name', 'osVersion', 'platform', 'type', 'version'])
  const builds = world.imagebuilder.builds
    .inRegion(region)
    .filter(
      (build) => imageVersionArn === undefined || build.spec.arn.startsWith(`${imageVersionArn}/`)
    )
  const summaries = summariesMatching(builds, now, filters)
  const page = paginate(
    summaries,
    input,
    `ListImageBuildVersions|${imageVersionArn ?? ''}|${JSON.stringify(filters)}`
  )
  return {
    imageSummaryList: page.items,
    ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken })
  }
}

function listImagePipelineImages(context: OperationContext): Record<string, unknown> {
  const { input, world, region, now } = context
  const imagePipelineArn = input.requiredString('imagePipelineArn', 'imagePipelineArn')
  const filters = readFilters(input, ['name', 'version'])
  inRegion(world.imagebuilder.resources.pipelines.get(imagePipelineArn), imagePipelineArn, region)
  const builds = world.imagebuilder.builds
    .inRegion(region)
    .filter((build) => build.spec.pipeline?.arn === imagePipelineArn)
  const summaries = summariesMatching(builds, now, filters)
  const page = paginate(
    summaries,
    input,
    `ListImagePipelineImages|${imagePipelineArn}|${JSON.stringify(filters)}`
  )
  return {
    imageSummaryList: page.items,
    ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken })
  }
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
