/**
 * A recipe's `parentImage` (§2.4, §9b) as the AMI a build starts from: an AMI ID in the region, an
 * Image Builder image ARN (own images with `x` wildcards, or the AWS-managed base images), or
 * `ssm:<parameter name or ARN>` read from Parameter Store. Checked when the recipe is made, and
 * resolved again when a build starts, since an `ssm:` parameter or a wildcard may move.
 */
import { isVisibleTo } from '../ec2/image-access.js'
import type { ImagePlatform } from '../scenario.js'
import type { Ec2ImageRecord } from '../stores.js'
import type { World } from '../world.js'
import { parseVersionedArn } from './arns.js'
import { outputAmisAt } from './build/image-view.js'
import { invalidParameterValue, invalidRequest } from './errors.js'
import { latestAvailableBuild } from './image-versions.js'

export interface ResolvedParent {
  imageId: string
  platform: ImagePlatform
  image: Ec2ImageRecord
}

/** AWS-managed images by name (`arn:aws:imagebuilder:<region>:aws:image/<name>/x.x.x`). */
const MANAGED_IMAGES: Record<string, ImagePlatform> = {
  'amazon-linux-2023-x86': 'Linux',
  'amazon-linux-2-x86': 'Linux',
  'windows-server-2022-english-full-base-x86': 'Windows'
}

const IMAGE_ARN = /^arn:aws[^:]*:imagebuilder:([^:]+):([^:]+):image\//

export function resolveParentImage(
  world: World,
  region: string,
  parentImage: string,
  now: number
): ResolvedParent {
  if (parentImage.startsWith('ami-')) return amiInRegion(world, region, parentImage, parentImage)
  if (parentImage.startsWith('ssm:')) return fromParameter(world, region, parentImage.slice(4))
  if (IMAGE_ARN.test(parentImage)) return fromImageArn(world, region, parentImage, now)
  throw invalidParameterValue(
    'parentImage',
    `'${parentImage}' is not an AMI ID, an Image Builder image ARN or ssm:<parameter>. (The emulator holds no AWS Marketplace products.)`
  )
}

function amiInRegion(world: World, region: string, imageId: string, named: string): ResolvedParent {
  const image = world.ec2.getImage(region, imageId)
  if (image === undefined || !isVisibleTo(image, world.accountId) || image.state !== 'available') {
    throw invalidRequest(
      `The parent image ${named} resolves to ${imageId}, which is not an available AMI in ${region} that this account can use.`
    )
  }
  return { imageId, platform: image.platform === 'windows' ? 'Windows' : 'Linux', image }
}

function fromParameter(world: World, region: string, nameOrArn: string): ResolvedParent {
  const name =
    /^arn:aws[^:]*:ssm:[^:]+:[0-9]{12}:parameter(\/.*)$/.exec(nameOrArn)?.[1] ?? nameOrArn
  const parameter =
    world.ssm.getParameter(region, name) ?? world.ssm.getParameter(region, name.replace(/^\//, ''))
  if (parameter === undefined) {
    throw invalidRequest(
      `The SSM parameter ${nameOrArn} of the parent image does not exist in ${region}.`
    )
  }
  return amiInRegion(world, region, parameter.value, `ssm:${nameOrArn}`)
}

function fromImageArn(world: World, region: string, arn: string, now: number): ResolvedParent {
  const parsed = parseVersionedArn(arn)
  if (parsed === undefined || parsed.region !== region) {
    throw invalidRequest(`The parent image ${arn} is not an image version in ${region}.`)
  }
  const owner = arn.split(':')[4]
  if (owner === 'aws') {
    const name = parsed.base.split('/').at(-1) ?? ''
    const platform = MANAGED_IMAGES[name]
    if (platform === undefined) {
      throw invalidRequest(
        `The emulator knows no AWS-managed image ${name}. Known: ${Object.keys(MANAGED_IMAGES).join(', ')}.`
      )
    }
    return amiInRegion(world, region, world.parents.idFor(region, platform), arn)
  }
  const build =
    parsed.build === undefined
      ? latestAvailableBuild(world, region, parsed, now)
      : world.imagebuilder.builds.get(arn)
  const ami =
    build === undefined
      ? undefined
      : outputAmisAt(build.plan, now).find((output) => output.region === region)
  if (ami === undefined) {
    throw invalidRequest(`The parent image ${arn} has no available AMI in ${region}.`)
  }
  return amiInRegion(world, region, ami.image, arn)
}
