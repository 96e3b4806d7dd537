/** GetImagePipeline: a pipeline with the status of its newest image. */
import { imageStatusAt } from '../build/image-view.js'
import { inRegion } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'
import type { ImagePipeline } from '../shapes.js'

export const pipelineOperations: OperationTable = {
  GetImagePipeline: getImagePipeline
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
