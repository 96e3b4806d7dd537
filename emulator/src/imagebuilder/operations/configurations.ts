/**
 * Reading the resources a build is made from: pipeline, recipe and its components, infrastructure
 * and distribution.
 */
import { latestVersionReferences, parseVersionedArn } from '../arns.js'
import { imageStatusAt } from '../build/image-view.js'
import { inRegion } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'
import type { ImagePipeline } from '../shapes.js'

export const configurationOperations: OperationTable = {
  GetImagePipeline: getImagePipeline,
  GetImageRecipe: getImageRecipe,
  GetComponent: getComponent,
  GetInfrastructureConfiguration: getInfrastructureConfiguration,
  GetDistributionConfiguration: getDistributionConfiguration
}

function getImagePipeline(context: OperationContext): Record<string, unknown> {
  const arn = context.input.requiredString('imagePipelineArn', 'imagePipelineArn')
  const pipeline = inRegion(
    context.world.imagebuilder.resources.pipelines.get(arn),
    arn,
    context.region
  )
  return { imagePipeline: withLastRunStatus(context, pipeline) }
}

/** `lastRunStatus` follows the pipeline's newest image. */
function withLastRunStatus(context: OperationContext, pipeline: ImagePipeline): ImagePipeline {
  const newest = context.world.imagebuilder.builds
    .inRegion(context.region)
    .filter((build) => build.spec.pipeline?.arn === pipeline.arn)
    .at(-1)
  return newest === undefined
    ? pipeline
    : { ...pipeline, lastRunStatus: imageStatusAt(newest.plan, context.now) }
}

function getImageRecipe(context: OperationContext): Record<string, unknown> {
  const arn = context.input.requiredString('imageRecipeArn', 'imageRecipeArn')
  const recipe = inRegion(
    context.world.imagebuilder.resources.recipes.resolve(arn),
    arn,
    context.region
  )
  const parsed = parseVersionedArn(recipe.arn)
  return {
    imageRecipe: recipe,
    ...(parsed === undefined
      ? {}
      : { latestVersionReferences: latestVersionReferences(parsed.base, parsed.version) })
  }
}

/** A build-version ARN, or a version ARN (wildcards allowed) that resolves to the newest build. */
function getComponent(context: OperationContext): Record<string, unknown> {
  const arn = context.input.requiredString(
    'componentBuildVersionArn',
    'componentVersionArnOrBuildVersionArn'
  )
  const component = inRegion(
    context.world.imagebuilder.resources.components.resolve(arn),
    arn,
    context.region
  )
  const parsed = parseVersionedArn(component.arn)
  return {
    component,
    ...(parsed === undefined
      ? {}
      : { latestVersionReferences: latestVersionReferences(parsed.base, parsed.version) })
  }
}

function getInfrastructureConfiguration(context: OperationContext): Record<string, unknown> {
  const arn = context.input.requiredString(
    'infrastructureConfigurationArn',
    'infrastructureConfigurationArn'
  )
  const found = context.world.imagebuilder.resources.infrastructureConfigurations.get(arn)
  return { infrastructureConfiguration: inRegion(found, arn, context.region) }
}

function getDistributionConfiguration(context: OperationContext): Record<string, unknown> {
  const arn = context.input.requiredString(
    'distributionConfigurationArn',
    'distributionConfigurationArn'
  )
  const found = context.world.imagebuilder.resources.distributionConfigurations.get(arn)
  return { distributionConfiguration: inRegion(found, arn, context.region) }
}
