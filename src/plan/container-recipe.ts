/**
 * The container recipe `<name>` (`image-type: container`): like an image recipe it is immutable,
 * so its content (parent image, components, Dockerfile template, target repository, platform)
 * decides whether a version is reused or the next one created. Before anything is planned, each
 * distribution region's ECR repository must exist: Image Builder would only find out after the
 * whole build, when it pushes.
 */
import { readFile } from 'node:fs/promises'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { AwsClients } from '../aws/clients.js'
import { errorName } from '../aws/errors.js'
import type { ContainerInputs, RecipeInputs } from '../inputs/action-inputs.js'
import { InputError } from '../domain/errors.js'
import { fingerprint } from './fingerprint.js'
import { chooseVersion, existingVersions } from './recipe.js'
import type { ParentImage, PlannedComponent, PlannedRecipe } from '../domain/plan.js'

/**
 * The template Image Builder documents for a container recipe: the parent image, the environment
 * Image Builder sets up for AWSTOE, and the recipe's components run as RUN instructions.
 */
export const DEFAULT_DOCKERFILE_TEMPLATE = [
  'FROM {{{ imagebuilder:parentImage }}}',
  '{{{ imagebuilder:environments }}}',
  '{{{ imagebuilder:components }}}',
  ''
].join('\n')

/** CreateContainerRecipe's limit on `dockerfileTemplateData`. */
const MAX_TEMPLATE_CHARS = 16_000

/** A container image has no AMI to resolve: Image Builder pulls the parent when the build starts. */
export function containerParent(inputs: RecipeInputs): ParentImage {
  return {
    input: inputs.parentImage,
    amiId: inputs.parentImage,
    platform: inputs.platform ?? 'Linux'
  }
}

export async function planContainerRecipe(
  client: ImagebuilderClient,
  inputs: RecipeInputs,
  container: ContainerInputs,
  components: readonly PlannedComponent[]
): Promise<PlannedRecipe> {
  const content = {
    dockerfileTemplateData: await dockerfileTemplate(container),
    repositoryName: buildRegionRepository(inputs, container),
    platform: inputs.platform
  }
  const recipeFingerprint = fingerprint({
    parentImage: inputs.parentImage,
    components: components.map((component) => ({
      component: component.fingerprint,
      parameters: component.parameters
    })),
    ...content
  })
  const existing = await existingVersions(client, inputs.name, 'container')
  return chooseVersion(inputs, existing, {
    name: inputs.name,
    fingerprint: recipeFingerprint,
    parentImage: inputs.parentImage,
    container: content
  })
}

async function dockerfileTemplate(container: ContainerInputs): Promise<string> {
  if (container.dockerfile === undefined) return DEFAULT_DOCKERFILE_TEMPLATE
  const { path, realPath } = container.dockerfile
  let data: string
  try {
    data = await readFile(realPath, 'utf8')
  } catch (error) {
    const code = (error as { code?: unknown }).code
    throw new InputError(
      'dockerfile',
      `cannot read ${path}: ${code === 'EISDIR' ? 'it is a directory' : String(error)}`
    )
  }
  if (data.trim() === '') throw new InputError('dockerfile', `${path} is empty`)
  if (data.includes('\0')) throw new InputError('dockerfile', `${path} is not a text file`)
  if (data.length > MAX_TEMPLATE_CHARS) {
    throw new InputError(
      'dockerfile',
      `${path} has ${data.length} characters; Image Builder takes at most ${MAX_TEMPLATE_CHARS}`
    )
  }
  return data
}

/** The recipe's target repository is the build region's; distribution names every region's. */
function buildRegionRepository(inputs: RecipeInputs, container: ContainerInputs): string {
  const own = container.repositories.find((entry) => entry.region === inputs.region)
  const first = container.repositories[0]
  const chosen = own ?? first
  if (chosen === undefined) throw new InputError('container-repository', 'no repository given')
  return chosen.repositoryName
}

/** Refuses a repository that does not exist in its region, naming both; reads only. */
export async function requireRepositories(
  clients: AwsClients,
  container: ContainerInputs
): Promise<void> {
  const { DescribeRepositoriesCommand } = await import('../aws/ecr.js')
  await Promise.all(
    container.repositories.map(async ({ region, repositoryName }) => {
      const ecr = await clients.ecr(region)
      try {
        await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [repositoryName] }))
      } catch (error) {
        if (errorName(error) !== 'RepositoryNotFoundException') throw error
        throw new InputError(
          'container-repository',
          `ECR repository ${repositoryName} does not exist in ${region}; create it (aws ecr create-repository --region ${region} --repository-name ${repositoryName}) or name another`
        )
      }
    })
  )
}
