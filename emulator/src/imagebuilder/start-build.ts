/**
 * Starts an image build (StartImagePipelineExecution, CreateImage, seeding): fixes what it builds
 * from, numbers it, and computes its plan.
 */
import { readComponentDocument } from './component-document.js'
import { AwsError } from '../protocol.js'
import type { BuildScenario } from '../scenario.js'
import type { World } from '../world.js'
import { parseVersionedArn, resourceArn } from './arns.js'
import { defaultLogGroupName } from './build/build-log.js'
import { planBuild } from './build/plan.js'
import { amiTemplate } from './build/platform.js'
import type {
  Build,
  BuildRequest,
  BuildSpec,
  ContainerTarget,
  ResolvedComponent
} from './build/types.js'
import { inRegion, optionalDistribution } from './lookup.js'
import { resolveParentImage, type ResolvedParent } from './recipe-parent.js'
import type { ResourceStore } from './resources.js'
import {
  type AnyRecipe,
  type ContainerRecipe,
  type ImagePipeline,
  isContainerRecipe,
  type TagMap
} from './shapes.js'
import { without } from './without.js'

export function startBuild(world: World, request: BuildRequest): Build {
  const { resources } = world.imagebuilder
  const { recipe } = request
  const container = isContainerRecipe(recipe) ? recipe : undefined
  // A container's parent is pulled by Docker on the build instance; there is no AMI to resolve.
  const parent = container === undefined ? parentAtStart(world, request) : { request: {} }
  const numbers = numbered(world, request)
  return addBuild(world, {
    ...request,
    ...parent.request,
    ...numbers,
    amiTemplate: amiTemplate(
      container === undefined
        ? recipe
        : {
            platform: recipe.platform,
            blockDeviceMappings: container.instanceConfiguration?.blockDeviceMappings
          },
      parent.resolved?.image
    ),
    components: resolveComponents(recipe, resources),
    ...(parent.resolved === undefined ? {} : { parentAmiId: parent.resolved.imageId }),
    ...(container === undefined
      ? {}
      : {
          containerTargets: containerTargets(
            world,
            request,
            container,
            `${recipe.version}-${numbers.buildNumber}`
          )
        })
  })
}

/**
 * DistributeImage: a new build version of the source image that copies its AMI to the
 * distribution's targets. It keeps the source's recipe and AMI make-up, and runs no build or test.
 */
export function startDistribution(
  world: World,
  source: Build,
  request: Pick<
    BuildRequest,
    'distribution' | 'executionRole' | 'tags' | 'loggingConfiguration' | 'scenario' | 'startedAt'
  >
): Build {
  const amiId = source.plan.amis.find(
    (ami) => ami.region === source.spec.region && ami.accountId === source.spec.accountId
  )?.imageId
  const spec = {
    ...without(source.spec, 'pipeline', 'loggingConfiguration', 'distributedFrom'),
    ...request,
    imageTests: { ...source.spec.imageTests, imageTestsEnabled: false },
    imageScanning: { imageScanningEnabled: false }
  }
  return addBuild(world, {
    ...spec,
    ...numbered(world, spec),
    distributedFrom: { arn: source.spec.arn, amiId: amiId ?? '' }
  })
}

/** The build's ARN, number and log group: build numbers count up per recipe version. */
function numbered(
  world: World,
  request: BuildRequest
): Pick<BuildSpec, 'arn' | 'accountId' | 'name' | 'version' | 'buildNumber' | 'logGroupName'> {
  const { recipe, region } = request
  const buildNumber = world.imagebuilder.builds.nextBuildNumber(recipe.arn)
  return {
    arn: resourceArn(
      region,
      world.accountId,
      'image',
      recipe.name,
      recipe.version,
      String(buildNumber)
    ),
    accountId: world.accountId,
    name: recipe.name,
    version: recipe.version,
    buildNumber,
    logGroupName:
      request.loggingConfiguration?.logGroupName ??
      request.pipeline?.loggingConfiguration?.imageLogGroupName ??
      defaultLogGroupName(recipe.name)
  }
}

function addBuild(world: World, request: BuildSpec): Build {
  const spec = { ...request, publicSharingBlocked: publicSharingBlocked(world, request) }
  const build: Build = {
    spec,
    plan: planBuild(spec),
    applied: {
      integrated: false,
      logEvents: 0,
      registeredAmis: new Set(),
      settledAmis: new Set(),
      pushedImages: new Set()
    }
  }
  world.imagebuilder.builds.add(build)
  return build
}

/** The distribution regions where the account blocks public AMIs, as EC2 has it now. */
function publicSharingBlocked(world: World, spec: BuildSpec): string[] {
  return (spec.distribution?.distributions ?? [])
    .map((distribution) => distribution.region)
    .filter((region) => world.ec2.imageBlockPublicAccessState(region) === 'block-new-sharing')
}

/**
 * The parent image as it resolves now. One that no longer resolves (an `ssm:` parameter deleted or
 * pointing at an unknown AMI) fails the build where AWS would notice: launching the build instance.
 */
function parentAtStart(
  world: World,
  request: BuildRequest
): { resolved?: ResolvedParent; request: Partial<BuildRequest> } {
  try {
    return {
      resolved: resolveParentImage(
        world,
        request.region,
        request.recipe.parentImage,
        request.startedAt
      ),
      request: {}
    }
  } catch (error) {
    if (!(error instanceof AwsError)) throw error
    const failure = {
      kind: 'step',
      step: 'LaunchBuildInstance',
      errorMessage: error.message
    } as const
    return { request: { scenario: { ...request.scenario, failure } } }
  }
}

/** A run of a pipeline: its recipe, configurations and settings as they are now. */
export function startPipelineBuild(
  world: World,
  pipeline: ImagePipeline,
  run: { tags: TagMap; scenario: BuildScenario; startedAt: number }
): Build {
  const { resources } = world.imagebuilder
  const region = pipeline.arn.split(':')[3] ?? ''
  const imageLogGroupName = pipeline.loggingConfiguration?.imageLogGroupName
  return startBuild(world, {
    region,
    recipe: inRegion(
      resources.recipes.resolve(pipeline.imageRecipeArn),
      pipeline.imageRecipeArn,
      region
    ),
    infrastructure: inRegion(
      resources.infrastructureConfigurations.get(pipeline.infrastructureConfigurationArn),
      pipeline.infrastructureConfigurationArn,
      region
    ),
    ...optionalDistribution(resources, region, pipeline.distributionConfigurationArn),
    pipeline,
    imageTests: pipeline.imageTestsConfiguration,
    imageScanning: pipeline.imageScanningConfiguration,
    enhancedImageMetadataEnabled: pipeline.enhancedImageMetadataEnabled,
    tags: { ...pipeline.imageTags, ...run.tags },
    ...(imageLogGroupName === undefined
      ? {}
      : { loggingConfiguration: { logGroupName: imageLogGroupName } }),
    scenario: run.scenario,
    startedAt: run.startedAt
  })
}

/** Components as AWSTOE runs them: wildcard versions resolved to the latest build version. */
/**
 * Where a container build pushes: each distribution region's repository (the recipe's own in the
 * build region when there is no container distribution), tagged with the image version.
 */
function containerTargets(
  world: World,
  request: BuildRequest,
  recipe: ContainerRecipe,
  versionTag: string
): ContainerTarget[] {
  const distributions = (request.distribution?.distributions ?? []).filter(
    (distribution) => distribution.containerDistributionConfiguration !== undefined
  )
  const targets =
    distributions.length === 0
      ? [
          {
            region: request.region,
            repositoryName: recipe.targetRepository.repositoryName,
            tags: []
          }
        ]
      : distributions.map((distribution) => ({
          region: distribution.region,
          repositoryName:
            distribution.containerDistributionConfiguration?.targetRepository.repositoryName ?? '',
          tags: distribution.containerDistributionConfiguration?.containerTags ?? []
        }))
  return targets.map((target) => ({
    ...target,
    tags: [versionTag, ...target.tags.filter((tag) => tag !== versionTag)],
    repositoryExists: world.ecr.getRepository(target.region, target.repositoryName) !== undefined
  }))
}

function resolveComponents(recipe: AnyRecipe, resources: ResourceStore): ResolvedComponent[] {
  return recipe.components.map(({ componentArn }) => {
    const known = resources.components.resolve(componentArn)
    if (known !== undefined) {
      const runsTests = known.type === 'TEST' || readComponentDocument(known.data).runsTests
      return { arn: known.arn, name: known.name, type: known.type, runsTests }
    }
    // Components the emulator does not hold (e.g. AWS-managed ones) run as build components.
    const parsed = parseVersionedArn(componentArn)
    const version = parsed?.version.replace(/x/g, '0') ?? '1.0.0'
    const base = parsed?.base ?? componentArn
    return {
      arn: `${base}/${version}/${String(parsed?.build ?? 1)}`,
      name: base.split('/').at(-1) ?? base,
      type: 'BUILD'
    }
  })
}
