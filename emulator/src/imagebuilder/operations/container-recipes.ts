/**
 * Container recipes: CreateContainerRecipe, GetContainerRecipe, ListContainerRecipes and
 * DeleteContainerRecipe. Like image recipes they are immutable and versioned by name; a container
 * recipe names its parent as a container image (Docker Hub, ECR, or an Image Builder image ARN), its
 * Dockerfile template, and the ECR repository the build region's image goes to.
 */
import {
  assertUsableVersion,
  latestVersionReferences,
  latestVersionReferencesOf,
  parseVersionedArn,
  resourceArn
} from '../arns.js'
import {
  invalidParameterValue,
  invalidRequest,
  resourceAlreadyExists,
  resourceNotFound
} from '../errors.js'
import { oncePerClientToken } from '../idempotency.js'
import type { OperationInput } from '../input.js'
import { pageOf } from '../listing.js'
import { inRegion } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'
import { readRecipeComponents } from '../recipe-components.js'
import type { ContainerRecipe, TargetContainerRepository } from '../shapes.js'
import { isoTime } from '../time.js'
import { definedOnly } from '../without.js'
import { blockDeviceMappings, concreteVersion, listedRecipes } from './recipes.js'

export const containerRecipeOperations: OperationTable = {
  CreateContainerRecipe: createContainerRecipe,
  GetContainerRecipe: getContainerRecipe,
  ListContainerRecipes: listContainerRecipes,
  DeleteContainerRecipe: deleteContainerRecipe
}

const PLATFORMS = ['Windows', 'Linux', 'macOS'] as const
/** InlineDockerFileTemplate: 1–16000 characters, no NUL. */
const MAX_TEMPLATE_CHARS = 16_000

function createContainerRecipe(context: OperationContext): Record<string, unknown> {
  const { input, world, region, now } = context
  input.requiredEnum('containerType', ['DOCKER'] as const)
  const name = input.requiredString('name', 'resourceName')
  const semanticVersion = input.requiredString('semanticVersion', 'wildcardVersionNumber')
  assertUsableVersion('semanticVersion', semanticVersion)
  const parentImage = input.requiredString('parentImage')
  if (parentImage.length > 1024)
    throw invalidParameterValue('parentImage', "'parentImage' must have at most 1024 characters.")
  const targetRepository = readTargetRepository(input.optionalObject('targetRepository'))
  const dockerfileTemplateData = readTemplate(input)
  const platform = input.optionalEnum('platformOverride', PLATFORMS) ?? 'Linux'
  const clientToken = input.clientToken()
  return oncePerClientToken(context, clientToken, () => {
    const { resources } = world.imagebuilder
    const components = readRecipeComponents(input, { resources, region, platform })
    const base = resourceArn(region, world.accountId, 'container-recipe', name)
    const version = concreteVersion(resources.containerRecipes.all(), base, semanticVersion)
    const arn = `${base}/${version}`
    if (resources.containerRecipes.get(arn) !== undefined)
      throw resourceAlreadyExists('ContainerRecipe', arn)
    const instance = input.optionalObject('instanceConfiguration')
    const kmsKeyId = input.optionalText('kmsKeyId')
    const recipe: ContainerRecipe = {
      arn,
      containerType: 'DOCKER',
      name,
      ...definedOnly({ description: input.optionalText('description') }),
      platform,
      owner: world.accountId,
      version,
      components,
      ...definedOnly({
        instanceConfiguration:
          instance === undefined
            ? undefined
            : definedOnly({
                image: instance.optionalText('image'),
                blockDeviceMappings: blockDeviceMappings(instance)
              })
      }),
      dockerfileTemplateData,
      ...definedOnly({ kmsKeyId }),
      encrypted: true,
      parentImage,
      dateCreated: isoTime(now),
      tags: input.optionalTags() ?? {},
      ...definedOnly({ workingDirectory: input.optionalText('workingDirectory') }),
      targetRepository
    }
    resources.containerRecipes.put(recipe)
    return {
      containerRecipeArn: arn,
      latestVersionReferences: latestVersionReferences(base, version)
    }
  })
}

/** TargetContainerRepository: `service` (ECR) and `repositoryName` are both required. */
export function readTargetRepository(
  target: OperationInput | undefined,
  member = 'targetRepository'
): TargetContainerRepository {
  if (target === undefined)
    throw invalidRequest(`The request is missing required parameter '${member}'.`)
  target.requiredEnum('service', ['ECR'] as const)
  const repositoryName = target.requiredString('repositoryName')
  if (repositoryName.length > 1024)
    throw invalidParameterValue(
      `${member}.repositoryName`,
      "'repositoryName' must have at most 1024 characters."
    )
  return { service: 'ECR', repositoryName }
}

/** Exactly one of the inline template and an S3 URI; the emulator holds no S3 objects. */
function readTemplate(input: OperationInput): string {
  const data = input.optionalString('dockerfileTemplateData')
  const uri = input.optionalString('dockerfileTemplateUri')
  if (data !== undefined && uri !== undefined)
    throw invalidRequest(
      'Specify either dockerfileTemplateData or dockerfileTemplateUri, not both.'
    )
  if (uri !== undefined)
    throw invalidRequest(
      `The emulator holds no S3 objects; give the Dockerfile template inline (dockerfileTemplateUri ${uri}).`
    )
  if (data === undefined)
    throw invalidRequest('You must specify either dockerfileTemplateData or dockerfileTemplateUri.')
  if (data.length < 1 || data.length > MAX_TEMPLATE_CHARS || data.includes('\0'))
    throw invalidParameterValue(
      'dockerfileTemplateData',
      `'dockerfileTemplateData' must be 1 to ${MAX_TEMPLATE_CHARS} characters without NUL.`
    )
  return data
}

function getContainerRecipe(context: OperationContext): Record<string, unknown> {
  const arn = context.input.requiredString('containerRecipeArn', 'containerRecipeArn')
  const recipe = inRegion(
    context.world.imagebuilder.resources.containerRecipes.resolve(arn),
    arn,
    context.region
  )
  return { containerRecipe: recipe, ...latestVersionReferencesOf(recipe.arn) }
}

function listContainerRecipes(context: OperationContext): Record<string, unknown> {
  const { recipes, scope } = listedRecipes(
    context,
    context.world.imagebuilder.resources.containerRecipes.all(),
    ['containerType', 'name', 'parentImage', 'platform']
  )
  return pageOf(
    'containerRecipeSummaryList',
    recipes.map((recipe) => ({
      arn: recipe.arn,
      containerType: recipe.containerType,
      name: recipe.name,
      platform: recipe.platform,
      owner: recipe.owner,
      parentImage: recipe.parentImage,
      dateCreated: recipe.dateCreated,
      ...definedOnly({ instanceImage: recipe.instanceConfiguration?.image }),
      tags: recipe.tags
    })),
    context.input,
    `ListContainerRecipes|${scope}`
  )
}

function deleteContainerRecipe(context: OperationContext): Record<string, unknown> {
  const arn = context.input.requiredString('containerRecipeArn', 'containerRecipeArn')
  const { containerRecipes } = context.world.imagebuilder.resources
  const recipe = containerRecipes.get(arn)
  if (recipe === undefined || parseVersionedArn(arn)?.region !== context.region)
    throw resourceNotFound(arn)
  containerRecipes.delete(arn)
  return { containerRecipeArn: arn }
}
