/**
 * Seeds a ready-made pipeline: build and test components, recipe, infrastructure configuration,
 * distribution configuration and pipeline, shaped as the Get* operations return them.
 */
import { isKnownRegion } from '../regions.js'
import type { ImagePlatform, ScenarioOverrides } from '../scenario.js'
import type { World } from '../world.js'
import { resourceArn } from './arns.js'
import type { ParentImages } from './parent-images.js'
import {
  seededComponent,
  seededDistribution,
  seededInfrastructure,
  seededPipeline,
  seededRecipe,
  type SeedContext
} from './seed-resources.js'
import type { TagMap } from './shapes.js'
import { isoTime } from './time.js'

export interface SeedPipelineOptions {
  /** Names the pipeline, recipe and configurations; components are `<name>-build` and `<name>-test`. */
  name: string
  /** Default `us-east-1`. */
  region?: string
  /** Default: the emulator scenario's platform. */
  platform?: ImagePlatform
  /** Default: the build region only. */
  distributionRegions?: string[]
  /** Distribute to these accounts instead of the own account. */
  targetAccountIds?: string[]
  launchPermissionUserIds?: string[]
  /** Default `<name>-{{imagebuilder:buildDate}}`. */
  amiName?: string
  amiTags?: TagMap
  /** Default true. */
  testsEnabled?: boolean
  /** Default false. */
  scanningEnabled?: boolean
  /** Default true. */
  enhancedImageMetadataEnabled?: boolean
  /** Default `1.0.0`. */
  recipeVersion?: string
  instanceTypes?: string[]
  s3Logs?: { s3BucketName: string; s3KeyPrefix?: string }
  /** Sets the pipeline's `loggingConfiguration.imageLogGroupName`. */
  imageLogGroupName?: string
  status?: 'ENABLED' | 'DISABLED'
  tags?: TagMap
  /** How this pipeline's builds go, over the emulator's default scenario. */
  scenario?: ScenarioOverrides
}

export interface SeededPipeline {
  region: string
  pipelineArn: string
  imageRecipeArn: string
  infrastructureConfigurationArn: string
  distributionConfigurationArn: string
  buildComponentArn: string
  testComponentArn: string
  parentImageId: string
}

const RESOURCE_NAME = /^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$/

export function seedPipeline(
  world: World,
  parents: ParentImages,
  options: SeedPipelineOptions,
  now: number
): SeededPipeline {
  const region = options.region ?? 'us-east-1'
  checkOptions(world, options, region)
  const { resources, scenarios } = world.imagebuilder
  const platform = options.platform ?? scenarios.peek().platform
  const seed: SeedContext = {
    options,
    region,
    account: world.accountId,
    platform,
    created: isoTime(now)
  }
  const build = resources.components.put(seededComponent(seed, 'BUILD'))
  const test = resources.components.put(seededComponent(seed, 'TEST'))
  const parentImageId = parents.idFor(region, platform)
  const recipe = resources.recipes.put(seededRecipe(seed, [build.arn, test.arn], parentImageId))
  const infrastructure = resources.infrastructureConfigurations.put(seededInfrastructure(seed))
  const distribution = resources.distributionConfigurations.put(seededDistribution(seed))
  const pipeline = resources.pipelines.put(
    seededPipeline(seed, {
      imageRecipeArn: recipe.arn,
      infrastructureConfigurationArn: infrastructure.arn,
      distributionConfigurationArn: distribution.arn
    })
  )
  if (options.scenario !== undefined) scenarios.setForPipeline(pipeline.arn, options.scenario)
  return {
    region,
    pipelineArn: pipeline.arn,
    imageRecipeArn: recipe.arn,
    infrastructureConfigurationArn: infrastructure.arn,
    distributionConfigurationArn: distribution.arn,
    buildComponentArn: build.arn,
    testComponentArn: test.arn,
    parentImageId
  }
}

function checkOptions(world: World, options: SeedPipelineOptions, region: string): void {
  if (!RESOURCE_NAME.test(options.name)) {
    throw new Error(`'${options.name}' is not a valid Image Builder resource name`)
  }
  const regions = [region, ...(options.distributionRegions ?? [])]
  const unknown = regions.find((candidate) => !isKnownRegion(candidate))
  if (unknown !== undefined) throw new Error(`The emulator serves no region ${unknown}`)
  const failure = options.scenario?.failure
  if (
    failure?.kind === 'distribution' &&
    !(options.distributionRegions ?? [region]).includes(failure.region)
  ) {
    throw new Error(
      `The scenario fails distribution to ${failure.region}, which the pipeline does not distribute to`
    )
  }
  const arn = resourceArn(region, world.accountId, 'image-pipeline', options.name)
  if (world.imagebuilder.resources.pipelines.get(arn) !== undefined) {
    throw new Error(`A pipeline named ${options.name} already exists in ${region}`)
  }
}
