/** Image Builder ARNs that the action reads: what they look like and what they carry. */

const PARTITION = 'arn:aws(?:-[a-z]+)*'
const REGION = '([a-z]{2}(?:-[a-z]+)+-\\d{1,2})'

const PIPELINE_ARN = new RegExp(
  `^${PARTITION}:imagebuilder:${REGION}:(\\d{12}):image-pipeline/[a-z0-9-_]+$`
)
const IMAGE_BUILD_VERSION_ARN = new RegExp(
  `^${PARTITION}:imagebuilder:${REGION}:(\\d{12}|aws):image/([a-z0-9-_]+)/(\\d+\\.\\d+\\.\\d+)/(\\d+)$`
)

export const REGION_NAME = new RegExp(`^${REGION}$`)

export interface ImageBuildVersion {
  region: string
  accountId: string
  /** The normalised recipe name in the ARN. */
  name: string
  /** `x.y.z` */
  semanticVersion: string
  buildNumber: number
}

export function parseImageBuildVersionArn(arn: string): ImageBuildVersion | undefined {
  const match = IMAGE_BUILD_VERSION_ARN.exec(arn)
  if (!match) return undefined
  const [, region, accountId, name, semanticVersion, build] = match
  if (!region || !accountId || !name || !semanticVersion || !build) return undefined
  return { region, accountId, name, semanticVersion, buildNumber: Number(build) }
}

/** The region of a pipeline ARN, or undefined when it is not one. */
export function pipelineArnRegion(arn: string): string | undefined {
  return PIPELINE_ARN.exec(arn)?.[1]
}

/** The AWS partition a region belongs to. */
export function partitionOf(region: string): 'aws' | 'aws-cn' | 'aws-us-gov' {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}
