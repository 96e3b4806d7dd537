/**
 * Carries out the plan: creates the components, recipe and configurations marked create, updates
 * the configurations marked update, and fills in every ARN. Never deletes anything.
 *
 * Two matrix legs with the same inputs apply the same plan at the same moment. Every create carries
 * a client token derived from the resource's content, so the second identical request gets the first
 * one's answer instead of a second resource; a create that still meets "already exists" (another
 * run with other content won the race) looks again and reuses what is there when it is equal.
 */
import {
  CreateComponentCommand,
  CreateContainerRecipeCommand,
  CreateDistributionConfigurationCommand,
  CreateImageRecipeCommand,
  CreateInfrastructureConfigurationCommand,
  type Distribution,
  type ImagebuilderClient,
  TagResourceCommand,
  UpdateDistributionConfigurationCommand,
  UpdateInfrastructureConfigurationCommand
} from '@aws-sdk/client-imagebuilder'
import { parseArn } from '../domain/arns.js'
import { errorName } from '../aws/errors.js'
import { tokenFrom } from '../client-token.js'
import { findDistribution, findInfrastructure } from '../plan/configurations.js'
import { FINGERPRINT_TAG } from '../plan/fingerprint.js'
import { existingVersions } from '../plan/recipe.js'
import { StartError } from '../domain/errors.js'
import type {
  PlannedComponent,
  PlannedDistribution,
  PlannedInfrastructure,
  PlannedRecipe,
  RecipePlan
} from '../domain/plan.js'
import { DESCRIPTION_MAX_LENGTH } from '../inputs/aws-constraints.js'

const DESCRIPTION = 'Managed by the EC2 Image Builder GitHub Action'

/** What creating or updating resources in the build region needs. */
export interface ConfigurationApplying {
  client: ImagebuilderClient
  region: string
  /** The workflow's `tags`, for every resource created. */
  tags: Record<string, string>
  /** Told of each resource as it is created or updated. */
  report: (line: string) => void
}

export interface Applying extends ConfigurationApplying {
  plan: RecipePlan
}

/**
 * Fills in `arn` on every resource of the plan, and `applied` on each one created or updated, as
 * it happens: the plan is the record of what was done, also when a later call fails.
 */
export async function applyPlan(applying: Applying): Promise<void> {
  const { plan } = applying
  for (const component of plan.components) {
    if (component.action === 'create')
      markApplied(component, await createComponent(applying, component))
  }
  const recipeArn = await applyRecipe(applying, plan.recipe)
  markApplied(plan.recipe, recipeArn)
  // Both run to their end, so a configuration created beside one that failed is recorded.
  const settled = await Promise.allSettled([
    applyInfrastructure(applying, plan.infrastructure).then((arn) => {
      markApplied(plan.infrastructure, arn)
    }),
    applyDistribution(applying, plan.distribution, parseArn(recipeArn)?.accountId).then((arn) => {
      markApplied(plan.distribution, arn)
    })
  ])
  for (const result of settled) if (result.status === 'rejected') throw result.reason
}

/** Records the resource's ARN, and that apply did what the plan said (nothing, for a reuse). */
export function markApplied(resource: { arn?: string; applied?: true }, arn: string): void {
  resource.arn = arn
  resource.applied = true
}

async function createComponent(applying: Applying, component: PlannedComponent): Promise<string> {
  const tags = tagsWith(applying, component.fingerprint)
  const { componentBuildVersionArn } = await applying.client.send(
    new CreateComponentCommand({
      name: component.name,
      semanticVersion: component.version,
      platform: component.platform,
      data: component.data,
      description: `${DESCRIPTION}, from ${component.source}`.slice(0, DESCRIPTION_MAX_LENGTH),
      tags,
      clientToken: contentToken(applying, 'component', component.name, component.version, tags)
    })
  )
  applying.report(`Created component ${component.name} ${component.version}`)
  return required(componentBuildVersionArn, 'CreateComponent')
}

async function applyRecipe(applying: Applying, recipe: PlannedRecipe): Promise<string> {
  if (recipe.action === 'reuse' && recipe.arn) return recipe.arn
  const tags = tagsWith(applying, recipe.fingerprint)
  const kind = recipe.container ? 'container' : 'image'
  try {
    const arn = await createRecipe(applying, recipe, tags)
    applying.report(`Created ${kind} recipe ${recipe.name} ${recipe.version}`)
    return arn
  } catch (error) {
    if (errorName(error) !== 'ResourceAlreadyExistsException') throw error
    const same = (await existingVersions(applying.client, recipe.name, kind)).find(
      (existing) => existing.version === recipe.version
    )
    if (same?.fingerprint !== recipe.fingerprint || !same.arn) {
      throw new StartError(
        `Another run created ${kind} recipe ${recipe.name} ${recipe.version} with other content at the same moment; run this step again to take the next version.`,
        { cause: error }
      )
    }
    recipe.action = 'reuse'
    return same.arn
  }
}

async function createRecipe(
  applying: Applying,
  recipe: PlannedRecipe,
  tags: Record<string, string>
): Promise<string> {
  const common = {
    name: recipe.name,
    semanticVersion: recipe.version,
    parentImage: recipe.parentImage,
    components: applying.plan.components.map((component) => ({
      componentArn: required(component.arn, `component ${component.source}`),
      parameters: component.parameters
    })),
    description: DESCRIPTION,
    tags,
    clientToken: contentToken(applying, 'recipe', recipe.name, recipe.version, tags)
  }
  if (recipe.container) {
    const { dockerfileTemplateData, repositoryName, platform } = recipe.container
    const { containerRecipeArn } = await applying.client.send(
      new CreateContainerRecipeCommand({
        ...common,
        containerType: 'DOCKER',
        dockerfileTemplateData,
        platformOverride: platform,
        targetRepository: { service: 'ECR', repositoryName }
      })
    )
    return required(containerRecipeArn, 'CreateContainerRecipe')
  }
  const { imageRecipeArn } = await applying.client.send(
    new CreateImageRecipeCommand({ ...common, blockDeviceMappings: recipe.blockDeviceMappings })
  )
  return required(imageRecipeArn, 'CreateImageRecipe')
}

async function applyInfrastructure(
  applying: Applying,
  infrastructure: PlannedInfrastructure
): Promise<string> {
  const { client } = applying
  const settings = { ...infrastructure.settings, description: DESCRIPTION }
  return applyConfiguration(applying, infrastructure, {
    kind: 'infrastructure configuration',
    find: () => findInfrastructure(client, infrastructure.name),
    create: async (tags, clientToken) =>
      (
        await client.send(
          new CreateInfrastructureConfigurationCommand({
            name: infrastructure.name,
            ...settings,
            tags,
            clientToken
          })
        )
      ).infrastructureConfigurationArn,
    update: async (arn, clientToken) => {
      await client.send(
        new UpdateInfrastructureConfigurationCommand({
          infrastructureConfigurationArn: arn,
          ...settings,
          clientToken
        })
      )
    }
  })
}

/**
 * Creates, updates or reuses the planned distribution configuration; its ARN. `buildAccount`: the
 * account the image is built in (read from an ARN the run already has), added to every region's
 * target accounts, since a region with target accounts gives no copy to any other account.
 */
export async function applyDistribution(
  applying: ConfigurationApplying,
  distribution: PlannedDistribution,
  buildAccount: string | undefined
): Promise<string> {
  const { client } = applying
  const content = {
    distributions: withBuildAccount(distribution.distributions, buildAccount),
    description: DESCRIPTION
  }
  return applyConfiguration(applying, distribution, {
    kind: 'distribution configuration',
    find: () => findDistribution(client, distribution.name),
    create: async (tags, clientToken) =>
      (
        await client.send(
          new CreateDistributionConfigurationCommand({
            name: distribution.name,
            ...content,
            tags,
            clientToken
          })
        )
      ).distributionConfigurationArn,
    update: async (arn, clientToken) => {
      await client.send(
        new UpdateDistributionConfigurationCommand({
          distributionConfigurationArn: arn,
          ...content,
          clientToken
        })
      )
    }
  })
}

/**
 * The content as planned keeps only the target accounts the inputs name, so that its fingerprint
 * does not depend on an account the plan may not know yet; the build account is constant for a
 * configuration of that name.
 */
function withBuildAccount(
  distributions: readonly Distribution[],
  buildAccount: string | undefined
): Distribution[] {
  return distributions.map((entry) => {
    const settings = entry.amiDistributionConfiguration
    const targets = settings?.targetAccountIds
    if (!settings || !targets || buildAccount === undefined || targets.includes(buildAccount))
      return entry
    return {
      ...entry,
      amiDistributionConfiguration: { ...settings, targetAccountIds: [buildAccount, ...targets] }
    }
  })
}

interface ConfigurationCalls {
  kind: string
  find(): Promise<{ arn: string; fingerprint?: string } | undefined>
  create(tags: Record<string, string>, clientToken: string): Promise<string | undefined>
  update(arn: string, clientToken: string): Promise<void>
}

/** Create, or update in place and move the fingerprint tag along with the content. */
async function applyConfiguration(
  applying: ConfigurationApplying,
  planned: PlannedInfrastructure | PlannedDistribution,
  calls: ConfigurationCalls
): Promise<string> {
  if (planned.action === 'reuse' && planned.arn) return planned.arn
  const tags = tagsWith(applying, planned.fingerprint)
  if (planned.action === 'create') {
    try {
      const arn = await calls.create(tags, contentToken(applying, calls.kind, planned.name, tags))
      applying.report(`Created ${calls.kind} ${planned.name}`)
      return required(arn, `Create ${calls.kind}`)
    } catch (error) {
      if (errorName(error) !== 'ResourceAlreadyExistsException') throw error
      const existing = await calls.find()
      if (!existing) throw error
      planned.arn = existing.arn
      planned.action = existing.fingerprint === planned.fingerprint ? 'reuse' : 'update'
      if (planned.action === 'reuse') return existing.arn
    }
  }
  const arn = required(planned.arn, calls.kind)
  await calls.update(arn, contentToken(applying, `update ${calls.kind}`, arn, tags))
  await applying.client.send(
    new TagResourceCommand({
      resourceArn: arn,
      tags: { [FINGERPRINT_TAG]: planned.fingerprint }
    })
  )
  applying.report(`Updated ${calls.kind} ${planned.name}`)
  return arn
}

function tagsWith(
  applying: ConfigurationApplying,
  contentFingerprint: string
): Record<string, string> {
  return { ...applying.tags, [FINGERPRINT_TAG]: contentFingerprint }
}

/** The same request from another leg or a retry carries the same token; other content, another. */
function contentToken(
  applying: ConfigurationApplying,
  ...parts: (string | undefined | object)[]
): string {
  return tokenFrom([
    applying.region,
    ...parts.map((part) => (typeof part === 'object' ? JSON.stringify(part) : (part ?? '')))
  ])
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new StartError(`Image Builder's answer to ${what} had no ARN.`)
  return value
}
