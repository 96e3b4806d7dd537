/**
 * The parent image as the workflow names it (AMI ID, Image Builder image ARN, `ssm:<parameter>`),
 * resolved with read-only calls to the AMI it stands for now, and that AMI's platform and root
 * device, which the recipe needs for the platform of new components and the root volume size.
 */
import { DescribeImagesCommand, type Image as Ec2Image } from '@aws-sdk/client-ec2'
import { GetImageCommand } from '@aws-sdk/client-imagebuilder'
import { GetParameterCommand } from '@aws-sdk/client-ssm'
import type { AwsClients } from '../aws/clients.js'
import { errorName } from '../aws/errors.js'
import type { Platform } from '../domain/plan.js'
import { InputError } from '../domain/errors.js'
import type { ParentImage } from '../domain/plan.js'

const NOT_FOUND = new Set([
  'ResourceNotFoundException',
  'ParameterNotFound',
  'InvalidAMIID.NotFound'
])

export async function resolveParentImage(
  clients: AwsClients,
  region: string,
  input: string
): Promise<ParentImage> {
  const amiId = await amiOf(clients, region, input)
  const ec2 = await clients.ec2(region)
  const { Images } = await ec2
    .send(new DescribeImagesCommand({ ImageIds: [amiId] }))
    .catch((error: unknown) => {
      if (NOT_FOUND.has(errorName(error))) return { Images: [] }
      throw error
    })
  const image = Images?.[0]
  if (!image) {
    throw new InputError(
      'parent-image',
      `${describe(input, amiId)} is not an AMI in ${region} that this account can use`
    )
  }
  const rootDeviceName = image.RootDeviceName
  const root = image.BlockDeviceMappings?.find((mapping) => mapping.DeviceName === rootDeviceName)
  return {
    input,
    amiId,
    platform: platformOf(image),
    rootDeviceName,
    rootVolumeSize: root?.Ebs?.VolumeSize
  }
}

async function amiOf(clients: AwsClients, region: string, input: string): Promise<string> {
  if (input.startsWith('ami-')) return input
  if (input.startsWith('ssm:')) return amiInParameter(clients, region, input.slice('ssm:'.length))
  return amiOfImage(clients, region, input)
}

async function amiInParameter(clients: AwsClients, region: string, name: string): Promise<string> {
  const ssm = await clients.ssm(region)
  try {
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: name }))
    const value = Parameter?.Value?.trim() ?? ''
    if (!/^ami-[0-9a-f]{8,17}$/.test(value)) {
      throw new InputError(
        'parent-image',
        `SSM parameter ${name} in ${region} holds '${value}', not an AMI ID`
      )
    }
    return value
  } catch (error) {
    if (!NOT_FOUND.has(errorName(error))) throw error
    throw new InputError('parent-image', `SSM parameter ${name} does not exist in ${region}`)
  }
}

/** An image ARN (with `x.x.x` wildcards: the newest AVAILABLE build) → its AMI in the build region. */
async function amiOfImage(clients: AwsClients, region: string, arn: string): Promise<string> {
  try {
    const { image } = await clients.imagebuilder.send(
      new GetImageCommand({ imageBuildVersionArn: arn })
    )
    const ami = image?.outputResources?.amis?.find((candidate) => candidate.region === region)
    if (!ami?.image) {
      throw new InputError('parent-image', `image ${arn} has no AMI in ${region}`)
    }
    return ami.image
  } catch (error) {
    if (!NOT_FOUND.has(errorName(error))) throw error
    throw new InputError('parent-image', `image ${arn} does not exist or has no AVAILABLE build`)
  }
}

function platformOf(image: Ec2Image): Platform {
  if (/windows/i.test(`${image.Platform ?? ''} ${image.PlatformDetails ?? ''}`)) return 'Windows'
  if (image.Architecture?.endsWith('_mac')) return 'macOS'
  return 'Linux'
}

function describe(input: string, amiId: string): string {
  return input === amiId ? amiId : `${amiId} (from ${input})`
}
