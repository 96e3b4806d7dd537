/** The operations that start a build: StartImagePipelineExecution and CreateImage. */
import { parseVersionedArn, latestVersionReferences } from '../arns.js'
import { invalidRequest } from '../errors.js'
import type { OperationInput } from '../input.js'
import { inRegion, optionalDistribution, parametersWithoutToken } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'
import type {
  ImageLoggingConfiguration,
  ImageScanningConfiguration,
  ImageTestsConfiguration
} from '../shapes.js'
import { startBuild, startPipelineBuild } from '../start-build.js'

export const startBuildOperations: OperationTable = {
  StartImagePipelineExecution: startImagePipelineExecution,
  CreateImage: createImage
}

function startImagePipelineExecution(context: OperationContext): Record<string, unknown> {
  const { world, region, input, operation, now } = context
  const imagePipelineArn = input.requiredString('imagePipelineArn', 'imagePipelineArn')
  const clientToken = input.clientToken()
  const tags = input.optionalTags()
  const { resources, clientTokens, scenarios } = world.imagebuilder
  return clientTokens.once(
    { region, operation, clientToken },
    parametersWithoutToken(context),
    () => {
      // A disabled pipeline can still be started by hand (§2.1).
      const pipeline = inRegion(resources.pipelines.get(imagePipelineArn), imagePipelineArn, region)
      const build = startPipelineBuild(world, pipeline, {
        tags: tags ?? {},
        scenario: scenarios.takeForBuild(pipeline.arn),
        startedAt: now
      })
      return { clientToken, imageBuildVersionArn: build.spec.arn }
    }
  )
}

function createImage(context: OperationContext): Record<string, unknown> {
  const { world, region, input, operation, now } = context
  const imageRecipeArn = input.optionalString('imageRecipeArn', 'imageRecipeArn')
  const containerRecipeArn = input.optionalString('containerRecipeArn', 'containerRecipeArn')
  if ((imageRecipeArn === undefined) === (containerRecipeArn === undefined)) {
    throw invalidRequest('You must specify exactly one of imageRecipeArn and containerRecipeArn.')
  }
  const infrastructureConfigurationArn = input.requiredString(
    'infrastructureConfigurationArn',
    'infrastructureConfigurationArn'
  )
  const distributionConfigurationArn = input.optionalString(
    'distributionConfigurationArn',
    'distributionConfigurationArn'
  )
  const clientToken = input.clientToken()
  const settings = {
    imageTests: imageTestsConfiguration(input),
    imageScanning: imageScanningConfiguration(input),
    enhancedImageMetadataEnabled: input.optionalBoolean('enhancedImageMetadataEnabled') ?? true,
    tags: input.optionalTags() ?? {},
    ...loggingConfiguration(input),
    ...executionRole(input)
  }
  if (input.optionalList('workflows') !== undefined)
    throw invalidRequest('The emulator runs only the default build and test workflows.')
  const { resources, clientTokens, scenarios } = world.imagebuilder
  return clientTokens.once(
    { region, operation, clientToken },
    parametersWithoutToken(context),
    () => {
      const recipe =
        imageRecipeArn !== undefined
          ? inRegion(resources.recipes.resolve(imageRecipeArn), imageRecipeArn, region)
          : inRegion(
              resources.containerRecipes.resolve(containerRecipeArn ?? ''),
              containerRecipeArn ?? '',
              region
            )
      const build = startBuild(world, {
        region,
        recipe,
        infrastructure: inRegion(
          resources.infrastructureConfigurations.get(infrastructureConfigurationArn),
          infrastructureConfigurationArn,
          region
        ),
        ...optionalDistribution(resources, region, distributionConfigurationArn),
        ...settings,
        scenario: scenarios.takeForBuild(),
        startedAt: now
      })
      const parsed = parseVersionedArn(build.spec.arn)
      return {
        clientToken,
        imageBuildVersionArn: build.spec.arn,
        ...(parsed === undefined
          ? {}
          : { latestVersionReferences: latestVersionReferences(parsed.base, parsed.version) })
      }
    }
  )
}

function imageTestsConfiguration(input: OperationInput): ImageTestsConfiguration {
  const tests = input.optionalObject('imageTestsConfiguration')
  return {
    imageTestsEnabled: tests?.optionalBoolean('imageTestsEnabled') ?? true,
    timeoutMinutes: tests?.optionalInteger('timeoutMinutes', 60, 1440) ?? 720
  }
}

function imageScanningConfiguration(input: OperationInput): ImageScanningConfiguration {
  const scanning = input.optionalObject('imageScanningConfiguration')
  const ecr = scanning?.optionalObject('ecrConfiguration')
  return {
    imageScanningEnabled: scanning?.optionalBoolean('imageScanningEnabled') ?? false,
    ...(ecr === undefined ? {} : { ecrConfiguration: ecr.values })
  }
}

function executionRole(input: OperationInput): { executionRole?: string } {
  const role = input.optionalString('executionRole', 'roleNameOrArn')
  return role === undefined ? {} : { executionRole: role }
}

function loggingConfiguration(input: OperationInput): {
  loggingConfiguration?: ImageLoggingConfiguration
} {
  const logGroupName = input
    .optionalObject('loggingConfiguration')
    ?.optionalString('logGroupName', 'logGroupName')
  return logGroupName === undefined ? {} : { loggingConfiguration: { logGroupName } }
}
