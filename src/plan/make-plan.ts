/**
 * The plan stage of recipe mode: everything resolved with read-only calls before anything is
 * created, so bad input (a missing parent, a malformed component file, a version that exists with
 * other content) fails with nothing created, and a dry run can stop here.
 */
import type { RunContext } from '../context.js'
import type { RecipeInputs } from '../inputs/action-inputs.js'
import { InputError } from '../domain/errors.js'
import { planComponents } from './components.js'
import { containerParent, planContainerRecipe, requireRepositories } from './container-recipe.js'
import { planDistribution, planInfrastructure } from './configurations.js'
import { checkLaunchTemplates } from './launch-templates.js'
import { withoutOwnAccount } from './own-account.js'
import { checkPublicSharing } from './public-sharing.js'
import { resolveParentImage } from './parent-image.js'
import { planRecipe } from './recipe.js'
import type { ParentImage, Platform, RecipePlan } from '../domain/plan.js'

export async function makePlan(context: RunContext<RecipeInputs>): Promise<RecipePlan> {
  const { inputs, clients, env } = context
  const client = clients.imagebuilder
  const { container } = inputs
  if (container) await requireRepositories(clients, container)
  const parent = container
    ? containerParent(inputs)
    : await resolveParentImage(clients, inputs.region, inputs.parentImage)
  if (!container) requireParentPlatform(inputs.platform, parent)
  const components = await planComponents({
    client,
    inputs,
    platform: inputs.platform ?? parent.platform,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd()
  })
  const { shareWith, targetAccounts } = await withoutOwnAccount(context, inputs)
  await checkPublicSharing(context, shareWith, inputs.distributionRegions)
  const [recipe, infrastructure, distribution, launchTemplates] = await Promise.all([
    container
      ? planContainerRecipe(client, inputs, container, components)
      : planRecipe(client, inputs, parent, components),
    planInfrastructure(client, inputs),
    planDistribution(client, inputs.name, { ...inputs, shareWith, targetAccounts }),
    checkLaunchTemplates(clients, inputs.launchTemplates, context.stop.signal)
  ])
  return {
    region: inputs.region,
    parent,
    components,
    recipe,
    infrastructure,
    distribution: { ...distribution, launchTemplates, deprecateAfter: inputs.deprecateAfter }
  }
}

/**
 * A `platform` the parent AMI does not have: Image Builder would accept the new components of that
 * platform and then refuse the recipe that puts them on this parent, with the components made.
 */
function requireParentPlatform(platform: Platform | undefined, parent: ParentImage): void {
  if (platform === undefined || platform === parent.platform) return
  throw new InputError(
    'platform',
    `is ${platform}, but the parent image ${parent.amiId} is ${parent.platform}: leave platform out to use the parent's, or pick a ${platform} parent image`
  )
}

/** Nothing to create or update: with skip-if-unchanged, an earlier build may stand in. */
export function changesNothing(plan: RecipePlan): boolean {
  return [...plan.components, plan.recipe, plan.infrastructure, plan.distribution].every(
    (resource) => resource.action === 'reuse'
  )
}
