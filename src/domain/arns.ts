/**
 * ARNs and regions the action reads: the common `arn:partition:service:region:account:resource`
 * prefix once, then the Image Builder resource paths, and which partition a region belongs to.
 */

/** The partitions Image Builder runs in that the action supports. */
export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov'

const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d{1,2}'

/** A well-formed region name (`eu-west-1`, `us-gov-west-1`, `cn-north-1`); says nothing of its partition. */
export const REGION_NAME = new RegExp(`^${REGION}$`)

/** ISO and sovereign-cloud regions (`us-iso-east-1`, `us-isob-east-1`) are outside the three. */
const ISOLATED_REGION = /^[a-z]{2}-iso[a-z]?-/

/** The partition of a well-formed region, or undefined when it is malformed or in another partition. */
export function knownPartitionOf(region: string): Partition | undefined {
  if (!REGION_NAME.test(region) || ISOLATED_REGION.test(region)) return undefined
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

/** The partition of a region that the inputs have already accepted. */
export function partitionOf(region: string): Partition {
  const partition = knownPartitionOf(region)
  if (partition === undefined) {
    throw new Error(`'${region}' is not a region of the aws, aws-cn or aws-us-gov partition`)
  }
  return partition
}

/** Why a region cannot be used, or undefined when it can. */
export function regionProblem(region: string): string | undefined {
  if (!REGION_NAME.test(region)) return `'${region}' is not a region name (like eu-west-1)`
  if (knownPartitionOf(region) === undefined) {
    return `'${region}' is not in a partition this action supports (aws, aws-cn, aws-us-gov)`
  }
  return undefined
}

export interface Arn {
  partition: string
  service: string
  /** Empty for global services (Organizations). */
  region: string
  accountId: string
  resource: string
}

/** The common prefix of any ARN; undefined when the text is not shaped like one. */
export function parseArn(text: string): Arn | undefined {
  const match = /^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$/.exec(text)
  if (!match) return undefined
  const [, partition = '', service = '', region = '', accountId = '', resource = ''] = match
  return { partition, service, region, accountId, resource }
}

/**
 * Why an ARN's partition and region do not fit together (or do not fit the build's partition), or
 * undefined when they do: a request that mixes them would fail at AWS, after the action has
 * already created things.
 */
export function arnPartitionProblem(arn: Arn, buildPartition?: Partition): string | undefined {
  if (!isPartition(arn.partition)) {
    return `'${arn.partition}' is not a known partition (aws, aws-cn, aws-us-gov)`
  }
  if (arn.region !== '') {
    const problem = regionProblem(arn.region)
    if (problem !== undefined) return problem
    const regionPartition = partitionOf(arn.region)
    if (regionPartition !== arn.partition) {
      return `partition ${arn.partition} does not match region ${arn.region} (a region of ${regionPartition})`
    }
  }
  if (buildPartition !== undefined && arn.partition !== buildPartition) {
    return `partition ${arn.partition} differs from the build region's partition (${buildPartition})`
  }
  return undefined
}

function isPartition(text: string): text is Partition {
  return text === 'aws' || text === 'aws-cn' || text === 'aws-us-gov'
}

const PIPELINE_PATH = /^image-pipeline\/[a-z0-9-_]+$/
const IMAGE_BUILD_VERSION_PATH = /^image\/([a-z0-9-_]+)\/(\d+\.\d+\.\d+)\/(\d+)$/

export interface ImageBuildVersion {
  partition: string
  region: string
  accountId: string
  /** The normalised recipe name in the ARN. */
  name: string
  /** `x.y.z` */
  semanticVersion: string
  buildNumber: number
}

/** An Image Builder ARN whose account is 12 digits (or `aws` for AWS-owned resources). */
function imagebuilderArn(text: string): Arn | undefined {
  const arn = parseArn(text)
  const accountOk = arn !== undefined && (/^\d{12}$/.test(arn.accountId) || arn.accountId === 'aws')
  return arn?.service === 'imagebuilder' && REGION_NAME.test(arn.region) && accountOk
    ? arn
    : undefined
}

export function parseImageBuildVersionArn(text: string): ImageBuildVersion | undefined {
  const arn = imagebuilderArn(text)
  const match = arn && IMAGE_BUILD_VERSION_PATH.exec(arn.resource)
  if (!arn || !match) return undefined
  const [, name = '', semanticVersion = '', build = ''] = match
  return {
    partition: arn.partition,
    region: arn.region,
    accountId: arn.accountId,
    name,
    semanticVersion,
    buildNumber: Number(build)
  }
}

/** The region of a pipeline ARN, or undefined when it is not one. */
export function pipelineArnRegion(text: string): string | undefined {
  const arn = imagebuilderArn(text)
  return arn && arn.accountId !== 'aws' && PIPELINE_PATH.test(arn.resource) ? arn.region : undefined
}

/** `1.4.2`, or with wildcards where every node right of the first `x` is `x` too (`1.x.x`). */
const VERSION_OR_WILDCARD = /^(?:\d+\.\d+\.\d+|\d+\.\d+\.x|\d+\.x\.x|x\.x\.x)$/
const IMAGE_VERSION_PATH = /^image\/([a-z0-9-_]+)\/([^/]+)(?:\/(\d+))?$/

/**
 * The region of an image ARN that names an existing image: a build version (`…/1.4.2/3`), or a
 * version or wildcard (`…/1.4.x`) that GetImage resolves to its newest AVAILABLE build.
 */
export function imageVersionArnRegion(text: string): string | undefined {
  const arn = imagebuilderArn(text)
  const match = arn && IMAGE_VERSION_PATH.exec(arn.resource)
  if (!arn || !match) return undefined
  const [, , version = '', build] = match
  const fits =
    build === undefined ? VERSION_OR_WILDCARD.test(version) : /^\d+\.\d+\.\d+$/.test(version)
  return fits ? arn.region : undefined
}

/** `golden-smoke` from `…:component/golden-smoke/1.0.0/1`; anything else as it is. */
export function componentNameOfArn(componentArn: string): string {
  return /:component\/([^/]+)/.exec(componentArn)?.[1] ?? componentArn
}

const COMPONENT_BUILD_VERSION = /:component\/[^/]+\/(\d+\.\d+\.\d+\/\d+)$/

/** `1.0.2/1` from `…:component/update-linux/1.0.2/1`; undefined for a version or wildcard ARN. */
export function componentBuildVersionOf(componentArn: string): string | undefined {
  return COMPONENT_BUILD_VERSION.exec(componentArn)?.[1]
}

/**
 * True for a component version or wildcard ARN (`…/1.0.2`, `…/1.x.x`, `…/x.x.x`): Image Builder
 * resolves it to the newest matching build each time a build starts, so what it names can change
 * while the recipe that holds it cannot.
 */
export function namesNoBuild(componentArn: string): boolean {
  return /:component\/[^/]+\/[^/]+$/.test(componentArn)
}
