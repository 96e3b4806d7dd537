/**
 * The image recipe `<name>`: recipes are immutable, so a change of content (parent, components,
 * their parameters, root volume) is a new version. Without an explicit version the action reuses
 * the version whose content is identical, else takes the next patch version; an explicit version
 * that exists with other content is an input error.
 */
import {
  type ImagebuilderClient,
  type InstanceBlockDeviceMapping,
  paginateListContainerRecipes,
  paginateListImageRecipes
} from '@aws-sdk/client-imagebuilder'
import type { RecipeInputs } from '../inputs/action-inputs.js'
import { InputError } from '../domain/errors.js'
import { FINGERPRINT_TAG, fingerprint } from './fingerprint.js'
import type { ParentImage, PlannedComponent, PlannedRecipe } from '../domain/plan.js'
import { compareVersions, highestVersion, nextPatchVersion } from './versions.js'

export async function planRecipe(
  client: ImagebuilderClient,
  inputs: RecipeInputs,
  parent: ParentImage,
  components: readonly PlannedComponent[]
): Promise<PlannedRecipe> {
  const blockDeviceMappings = rootVolume(inputs, parent)
  const recipeFingerprint = fingerprint({
    parentImage: parent.input,
    // A component the action owns is named by its content, so a recipe is the same recipe
    // whatever build number its component got.
    components: components.map((component) => ({
      component: component.fingerprint,
      parameters: component.parameters
    })),
    blockDeviceMappings
  })
  const existing = await existingVersions(client, inputs.name)
  return chooseVersion(inputs, existing, {
    name: inputs.name,
    fingerprint: recipeFingerprint,
    parentImage: parent.input,
    blockDeviceMappings
  })
}

/**
 * Reuse the version whose content is identical, else create the next patch version; an explicit
 * `version` is reused when identical and refused when it exists with other content.
 */
export function chooseVersion(
  inputs: RecipeInputs,
  existing: readonly ExistingRecipe[],
  base: Omit<PlannedRecipe, 'action' | 'version' | 'arn'>
): PlannedRecipe {
  const recipeFingerprint = base.fingerprint
  if (inputs.version !== '') {
    const same = existing.find((recipe) => recipe.version === inputs.version)
    if (!same) return { ...base, action: 'create', version: inputs.version }
    if (same.fingerprint !== recipeFingerprint) {
      throw new InputError(
        'version',
        `recipe ${inputs.name} ${inputs.version} already exists with other content (recipes cannot change); give a new version or leave version empty`
      )
    }
    return { ...base, action: 'reuse', version: same.version, arn: same.arn }
  }
  const identical = existing
    .filter((recipe) => recipe.fingerprint === recipeFingerprint)
    .sort((a, b) => compareVersions(a.version, b.version))
    .at(-1)
  if (identical) return { ...base, action: 'reuse', version: identical.version, arn: identical.arn }
  const latest = highestVersion(existing.map((recipe) => recipe.version))
  return { ...base, action: 'create', version: nextPatchVersion(latest) }
}

function rootVolume(
  inputs: RecipeInputs,
  parent: ParentImage
): InstanceBlockDeviceMapping[] | undefined {
  if (inputs.rootVolumeSize === undefined) return undefined
  if (!parent.rootDeviceName) {
    throw new InputError(
      'root-volume-size',
      `the parent image ${parent.amiId} names no root device to resize`
    )
  }
  if (parent.rootVolumeSize !== undefined && inputs.rootVolumeSize < parent.rootVolumeSize) {
    throw new InputError(
      'root-volume-size',
      `${inputs.rootVolumeSize} GiB is smaller than the parent image's root volume (${parent.rootVolumeSize} GiB)`
    )
  }
  return [
    {
      deviceName: parent.rootDeviceName,
      ebs: { volumeSize: inputs.rootVolumeSize, volumeType: 'gp3', deleteOnTermination: true }
    }
  ]
}

interface ExistingRecipe {
  arn: string
  version: string
  fingerprint?: string
}

/** The versions of the image recipe (or, with `kind: 'container'`, the container recipe) `name`. */
export async function existingVersions(
  client: ImagebuilderClient,
  name: string,
  kind: 'image' | 'container' = 'image'
): Promise<ExistingRecipe[]> {
  const recipes: ExistingRecipe[] = []
  const filters = [{ name: 'name', values: [name] }]
  const request = { owner: 'Self' as const, filters }
  const pages =
    kind === 'image'
      ? mapPages(
          paginateListImageRecipes({ client }, request),
          (page) => page.imageRecipeSummaryList
        )
      : mapPages(
          paginateListContainerRecipes({ client }, request),
          (page) => page.containerRecipeSummaryList
        )
  for await (const summaries of pages) {
    for (const summary of summaries ?? []) {
      const version = summary.arn?.split('/').at(-1)
      if (!summary.arn || !version) continue
      recipes.push({ arn: summary.arn, version, fingerprint: summary.tags?.[FINGERPRINT_TAG] })
    }
  }
  return recipes
}

async function* mapPages<Page, Item>(
  pages: AsyncIterable<Page>,
  items: (page: Page) => Item[] | undefined
): AsyncIterable<Item[] | undefined> {
  for await (const page of pages) yield items(page)
}
