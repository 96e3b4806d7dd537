/**
 * Image recipes: CreateImageRecipe, GetImageRecipe, ListImageRecipes. Recipes are immutable; a name
 * and version that exist already are ResourceAlreadyExistsException (§9b).
 *
 * A `semanticVersion` with `x` wildcards (`1.0.x`) is the emulator's reading of the unverified
 * auto-versioning (§9b): the first wildcard node counts up from the highest version that matches
 * (`1.0.0`, then `1.0.1`, …), later nodes are 0, and a first recipe starts at `1.0.0`/`x.0.0`.
 */
import {
  assertUsableVersion,
  compareVersions,
  latestVersionReferences,
  latestVersionReferencesOf,
  parseVersionedArn,
  resourceArn,
  versionMatches
} from '../arns.js'
import { invalidParameterValue, resourceAlreadyExists } from '../errors.js'
import { oncePerClientToken } from '../idempotency.js'
import type { OperationInput } from '../input.js'
import { matchesFilters, readFilters } from '../filters.js'
import { arnOwner, isListed, ownerSegment, pageOf } from '../listing.js'
import { inRegion } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'
import { readRecipeComponents } from '../recipe-components.js'
import { resolveParentImage } from '../recipe-parent.js'
import type { ImageRecipe, InstanceBlockDeviceMapping } from '../shapes.js'
import { isoTime } from '../time.js'
import { definedOnly } from '../without.js'

export const recipeOperations: OperationTable = {
  CreateImageRecipe: createImageRecipe,
  GetImageRecipe: getImageRecipe,
  ListImageRecipes: listImageRecipes
}

function createImageRecipe(context: OperationContext): Record<string, unknown> {
  const { input, world, region, now } = context
  const name = input.requiredString('name', 'resourceName')
  const semanticVersion = input.requiredString('semanticVersion', 'wildcardVersionNumber')
  assertUsableVersion('semanticVersion', semanticVersion)
  const parentImage = input.requiredString('parentImage')
  if (parentImage.length > 1024)
    throw invalidParameterValue('parentImage', "'parentImage' must have at most 1024 characters.")
  const clientToken = input.clientToken()
  return oncePerClientToken(context, clientToken, () => {
    const { resources } = world.imagebuilder
    const { platform } = resolveParentImage(world, region, parentImage, now)
    const components = readRecipeComponents(input, { resources, region, platform })
    const base = resourceArn(region, world.accountId, 'image-recipe', name)
    const version = concreteVersion(resources.recipes.all(), base, semanticVersion)
    const arn = `${base}/${version}`
    if (resources.recipes.get(arn) !== undefined) throw resourceAlreadyExists('ImageRecipe', arn)
    const recipe: ImageRecipe = {
      arn,
      type: 'AMI',
      name,
      ...definedOnly({ description: input.optionalText('description') }),
      platform,
      owner: world.accountId,
      version,
      components,
      parentImage,
      ...definedOnly({ blockDeviceMappings: blockDeviceMappings(input) }),
      dateCreated: isoTime(now),
      tags: input.optionalTags() ?? {},
      ...definedOnly({
        workingDirectory: input.optionalText('workingDirectory'),
        additionalInstanceConfiguration: input.optionalObject('additionalInstanceConfiguration')
          ?.values,
        amiTags: input.optionalTags('amiTags')
      })
    }
    resources.recipes.put(recipe)
    return { imageRecipeArn: arn, latestVersionReferences: latestVersionReferences(base, version) }
  })
}

/** The version a (possibly wildcard) `semanticVersion` creates among the recipes of `base`. */
export function concreteVersion(
  recipes: readonly { arn: string }[],
  base: string,
  wanted: string
): string {
  const nodes = wanted.split('.')
  const first = nodes.indexOf('x')
  if (first === -1) return wanted
  const highest = recipes
    .map((recipe) => parseVersionedArn(recipe.arn))
    .filter((parsed) => parsed?.base === base && versionMatches(wanted, parsed.version))
    .map((parsed) => parsed?.version ?? '0.0.0')
    .sort(compareVersions)
    .at(-1)
  if (highest === undefined)
    return nodes.map((node, index) => (node !== 'x' ? node : index === 0 ? '1' : '0')).join('.')
  return highest
    .split('.')
    .map((node, index) => (index < first ? node : index === first ? String(Number(node) + 1) : '0'))
    .join('.')
}

const VOLUME_TYPES = ['standard', 'io1', 'io2', 'gp2', 'gp3', 'sc1', 'st1'] as const

export function blockDeviceMappings(
  input: OperationInput
): InstanceBlockDeviceMapping[] | undefined {
  return input.optionalObjectList('blockDeviceMappings')?.map((mapping) => {
    const ebs = mapping.optionalObject('ebs')
    return definedOnly({
      deviceName: mapping.optionalText('deviceName'),
      virtualName: mapping.optionalText('virtualName'),
      noDevice: mapping.optionalString('noDevice'),
      ebs:
        ebs === undefined
          ? undefined
          : definedOnly({
              encrypted: ebs.optionalBoolean('encrypted'),
              deleteOnTermination: ebs.optionalBoolean('deleteOnTermination'),
              iops: ebs.optionalInteger('iops', 100, 64000),
              kmsKeyId: ebs.optionalText('kmsKeyId'),
              snapshotId: ebs.optionalText('snapshotId'),
              volumeSize: ebs.optionalInteger('volumeSize', 1, 16000),
              volumeType: ebs.optionalEnum('volumeType', VOLUME_TYPES),
              throughput: ebs.optionalInteger('throughput', 125, 1000)
            })
    })
  })
}

function getImageRecipe(context: OperationContext): Record<string, unknown> {
  const arn = context.input.requiredString('imageRecipeArn', 'imageRecipeArn')
  const recipe = inRegion(
    context.world.imagebuilder.resources.recipes.resolve(arn),
    arn,
    context.region
  )
  return { imageRecipe: recipe, ...latestVersionReferencesOf(recipe.arn) }
}

/**
 * The recipes (image or container) a List call answers: the `owner`'s, in the region, past the
 * list lag, matching the `filters` (string members of the recipe named by `filterNames`).
 */
export function listedRecipes<Recipe extends { arn: string; dateCreated: string }>(
  context: OperationContext,
  recipes: readonly Recipe[],
  filterNames: readonly string[]
): { recipes: Recipe[]; scope: string } {
  const { input, region } = context
  const owner = ownerSegment(context)
  const filters = readFilters(input, [...filterNames])
  const listed = recipes
    .filter((recipe) => owner !== undefined && arnOwner(recipe.arn) === owner)
    .filter((recipe) => parseVersionedArn(recipe.arn)?.region === region)
    .filter((recipe) => isListed(context, recipe.dateCreated))
    .filter((recipe) =>
      matchesFilters(filters, (name) => {
        const value: unknown = recipe[name as keyof Recipe]
        return typeof value === 'string' ? value : undefined
      })
    )
  return { recipes: listed, scope: `${region}|${owner ?? ''}|${JSON.stringify(filters)}` }
}

function listImageRecipes(context: OperationContext): Record<string, unknown> {
  const { recipes, scope } = listedRecipes(
    context,
    context.world.imagebuilder.resources.recipes.all(),
    ['name', 'parentImage', 'platform']
  )
  return pageOf(
    'imageRecipeSummaryList',
    recipes.map((recipe) => ({
      arn: recipe.arn,
      name: recipe.name,
      platform: recipe.platform,
      owner: recipe.owner,
      parentImage: recipe.parentImage,
      dateCreated: recipe.dateCreated,
      tags: recipe.tags
    })),
    context.input,
    `ListImageRecipes|${scope}`
  )
}
