/**
 * A container recipe's inputs (`image-type: container`): the parent container image, the ECR
 * repository of every distribution region, an optional Dockerfile template and the image tags.
 * AMI-only inputs have no meaning for a container image and are refused rather than ignored.
 */
import type { ContainerInputs, ContainerRepository } from './action-inputs.js'
import { InputError } from '../domain/errors.js'
import { AMI_ONLY_INPUTS, CONTAINER_ONLY_INPUTS, type InputName } from './defaults.js'
import { parseLines } from './fields.js'
import type { InputReader } from './reader.js'
import { pathInWorkspace, workspaceOf } from './workspace-paths.js'

export type ImageType = 'ami' | 'container'

/** ECR's RepositoryName: lower-case path components joined by `.`, `_`, `__` or dashes. */
const REPOSITORY_NAME =
  /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/
const MIN_REPOSITORY = 2
const MAX_REPOSITORY = 256
/** A Docker image tag (ECR allows up to 300 characters; Docker clients, 128). */
const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
/**
 * A container image reference: `[registry[:port]/]path[:tag][@sha256:digest]`, the forms
 * `amazonlinux:2023`, `public.ecr.aws/docker/library/python:3.12` and an ECR image URI take.
 */
const CONTAINER_REFERENCE =
  /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/
/** An Image Builder container image: `…:image/<name>/<x.y.z>[/<build>]`, own or AWS-managed. */
const CONTAINER_IMAGE_ARN =
  /^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z0-9-]+:(?:\d{12}|aws):image\/[a-z0-9-_]+\/(?:\d+|x)\.(?:\d+|x)\.(?:\d+|x)(?:\/\d+)?$/

export function parseImageType(raw: string): ImageType {
  if (raw === 'ami' || raw === 'container') return raw
  throw new InputError('image-type', `expected ami or container, got '${raw}'`)
}

/** Inputs of the other image type are errors, so a mistyped workflow never builds the wrong thing. */
export function refuseOtherImageTypeInputs(
  imageType: ImageType,
  given: (name: InputName) => boolean
): void {
  const foreign = imageType === 'container' ? AMI_ONLY_INPUTS : CONTAINER_ONLY_INPUTS
  const name = foreign.find(given)
  if (name === undefined) return
  throw new InputError(
    name,
    imageType === 'container'
      ? 'applies to AMIs and cannot be used with image-type: container'
      : 'applies to container images: set image-type: container to build one'
  )
}

export function parseContainerParent(value: string): string {
  if (/^ami-[0-9a-f]+$/.test(value) || value.startsWith('ssm:')) {
    throw new InputError(
      'parent-image',
      `'${value}' is an AMI; with image-type: container give a container image (amazonlinux:2023, an ECR image URI) or an Image Builder container image ARN`
    )
  }
  const fits =
    value.length <= 1024 && (CONTAINER_REFERENCE.test(value) || CONTAINER_IMAGE_ARN.test(value))
  if (!fits) {
    throw new InputError(
      'parent-image',
      `'${value}' is not a container image reference ([registry/]name[:tag][@sha256:digest]) or an Image Builder container image ARN`
    )
  }
  return value
}

export function parseContainer(
  read: InputReader,
  given: (name: InputName) => boolean,
  distributionRegions: readonly string[],
  env: NodeJS.ProcessEnv
): ContainerInputs {
  if (!given('container-repository')) {
    throw new InputError(
      'container-repository',
      'is required with image-type: container (the ECR repository to push the image to)'
    )
  }
  return {
    repositories: parseRepositories(read('container-repository'), distributionRegions),
    ...(given('dockerfile')
      ? {
          dockerfile: {
            path: read('dockerfile'),
            realPath: pathInWorkspace('dockerfile', read('dockerfile'), workspaceOf(env))
          }
        }
      : {}),
    tags: parseContainerTags(read('container-tags'))
  }
}

/** One name for every region, or `region=repository` lines; a bare line covers the regions not named. */
function parseRepositories(
  raw: string,
  distributionRegions: readonly string[]
): ContainerRepository[] {
  const named = new Map<string, string>()
  let everywhere: string | undefined
  for (const line of parseLines(raw)) {
    const separator = line.indexOf('=')
    const repositoryName = requireRepositoryName(
      separator < 0 ? line : line.slice(separator + 1).trim()
    )
    if (separator < 0) {
      if (everywhere !== undefined)
        throw new InputError(
          'container-repository',
          `two repositories without a region ('${everywhere}', '${repositoryName}'): give region=repository lines`
        )
      everywhere = repositoryName
      continue
    }
    const region = line.slice(0, separator).trim()
    if (named.has(region))
      throw new InputError('container-repository', `region ${region} is given twice`)
    if (!distributionRegions.includes(region)) {
      throw new InputError(
        'container-repository',
        `${region} is not a distribution region (${distributionRegions.join(', ')}); add it to distribution-regions`
      )
    }
    named.set(region, repositoryName)
  }
  return distributionRegions.map((region) => {
    const repositoryName = named.get(region) ?? everywhere
    if (repositoryName === undefined) {
      throw new InputError(
        'container-repository',
        `no repository for distribution region ${region}: add ${region}=<repository>`
      )
    }
    return { region, repositoryName }
  })
}

function requireRepositoryName(name: string): string {
  const fits =
    name.length >= MIN_REPOSITORY && name.length <= MAX_REPOSITORY && REPOSITORY_NAME.test(name)
  if (!fits) {
    throw new InputError(
      'container-repository',
      `'${name}' is not an ECR repository name (2–256 lower-case letters and digits in path parts separated by /, joined by . _ __ or -)`
    )
  }
  return name
}

function parseContainerTags(raw: string): string[] {
  const tags = parseLines(raw)
  for (const tag of tags) {
    if (!IMAGE_TAG.test(tag)) {
      throw new InputError(
        'container-tags',
        `'${tag}' is not an image tag (1–128 letters, digits, _ . -, not starting with . or -)`
      )
    }
  }
  const repeated = tags.find((tag, index) => tags.indexOf(tag) !== index)
  if (repeated !== undefined)
    throw new InputError('container-tags', `tag '${repeated}' is given twice`)
  return tags
}
