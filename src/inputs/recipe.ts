/** Recipe mode: the recipe, its components and the configurations the action creates or reuses. */
import { partitionOf, regionProblem } from '../domain/arns.js'
import type { Platform } from '../domain/plan.js'
import type { RecipeInputs } from './action-inputs.js'
import { InputError } from '../domain/errors.js'
import {
  AMI_NAME_MAX_LENGTH,
  AMI_NAME_MIN_LENGTH,
  AMI_NAME_PATTERN,
  modelPattern,
  RESOURCE_NAME_MAX_LENGTH,
  RESOURCE_NAME_MIN_LENGTH,
  RESOURCE_NAME_PATTERN,
  VERSION_NUMBER_PATTERN
} from './aws-constraints.js'
import { parseCommon } from './common.js'
import { parseComponents, type YamlParser } from './components.js'
import {
  parseContainer,
  parseContainerParent,
  parseImageType,
  refuseOtherImageTypeInputs
} from './container.js'
import type { InputName } from './defaults.js'
import { parseBoolean, parseList, parseNumber, requireEach } from './fields.js'
import { parseDeprecateAfter } from './deprecate-after.js'
import { parseKmsKeys } from './kms-key.js'
import { parseLicenseConfigurations } from './license-configurations.js'
import { parseLaunchTemplates } from './launch-templates.js'
import { requireRecipePartition, requireRegion } from './partitions.js'
import type { InputReader } from './reader.js'
import { parseShareWith } from './share-with.js'
import { parseSsmParameter } from './ssm-parameter.js'
import { parseTargetAccounts } from './target-accounts.js'

const RESOURCE_NAME = modelPattern(RESOURCE_NAME_PATTERN)
const SEMANTIC_VERSION = modelPattern(VERSION_NUMBER_PATTERN)
const PARENT_IMAGE =
  /^(ami-[0-9a-f]{8,17}|ssm:\S+|arn:aws(?:-[a-z]+)*:imagebuilder:[a-z0-9-]+:(?:\d{12}|aws):image\/[a-z0-9-_]+\/(?:\d+|x)\.(?:\d+|x)\.(?:\d+|x)(?:\/\d+)?)$/
const PLATFORMS: readonly Platform[] = ['Linux', 'Windows', 'macOS']
const INSTANCE_TYPE = /^[a-z0-9-]+\.[a-z0-9-]+$/
const INSTANCE_PROFILE = /^[\w+=,.@-]{1,128}$/
const SUBNET_ID = /^subnet-[0-9a-f]{8,17}$/
const SECURITY_GROUP_ID = /^sg-[0-9a-f]{8,17}$/
export const EXECUTION_ROLE =
  /^([\w+=,.@-]{1,64}|arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512})$/
/** As AWS's model for Image Builder's SnsTopicArn says. */
const SNS_TOPIC_ARN = /^arn:aws[^:]*:sns:[^:]+:[0-9]{12}:[a-zA-Z0-9-_]{1,256}$/
/** EC2 key pair names: up to 255 ASCII characters, none of them a control character. */
const KEY_PAIR = /^[\x20-\x7e]{1,255}$/
const AMI_NAME = modelPattern(AMI_NAME_PATTERN)

export function parseRecipe(
  read: InputReader,
  given: (name: InputName) => boolean,
  env: NodeJS.ProcessEnv,
  parseYaml?: YamlParser
): RecipeInputs {
  for (const name of ['name', 'parent-image', 'components'] as const) {
    if (!given(name))
      throw new InputError(name, 'is required in recipe mode (name, parent-image, components)')
  }
  const name = read('name')
  if (!RESOURCE_NAME.test(name)) {
    throw new InputError(
      'name',
      `'${name}' must be ${RESOURCE_NAME_MIN_LENGTH}–${RESOURCE_NAME_MAX_LENGTH} letters, digits, spaces, hyphens or underscores`
    )
  }
  const imageType = parseImageType(read('image-type'))
  refuseOtherImageTypeInputs(imageType, given)
  const region = buildRegion(read('region'), env)
  const distributionRegions = unique(parseList(read('distribution-regions')))
  for (const distributionRegion of distributionRegions) {
    requireRegion('distribution-regions', distributionRegion, partitionOf(region))
  }
  const distributedTo = distributionRegions.length > 0 ? distributionRegions : [region]
  const executionRole = optional(
    read('execution-role'),
    'execution-role',
    EXECUTION_ROLE,
    'an IAM role name or role ARN'
  )
  const inputs: RecipeInputs = {
    mode: 'recipe',
    ...parseCommon(read, region),
    ...(imageType === 'container'
      ? { container: parseContainer(read, given, distributedTo, env) }
      : {}),
    name,
    version: optional(read('version'), 'version', SEMANTIC_VERSION, 'a version x.y.z') ?? '',
    parentImage:
      imageType === 'container'
        ? parseContainerParent(read('parent-image'))
        : (requireEach(
            'parent-image',
            [read('parent-image')],
            PARENT_IMAGE,
            'an AMI ID, an image ARN or ssm:<parameter>'
          )[0] ?? ''),
    components: parseComponents(read('components'), parseYaml),
    platform: parsePlatform(read('platform')),
    instanceTypes: requireEach(
      'instance-types',
      parseList(read('instance-types')),
      INSTANCE_TYPE,
      'an instance type'
    ),
    instanceProfile:
      requireEach(
        'instance-profile',
        [read('instance-profile')],
        INSTANCE_PROFILE,
        'an instance profile name'
      )[0] ?? '',
    subnetId: optional(read('subnet-id'), 'subnet-id', SUBNET_ID, 'a subnet ID'),
    securityGroupIds: requireEach(
      'security-group-ids',
      parseList(read('security-group-ids')),
      SECURITY_GROUP_ID,
      'a security group ID'
    ),
    instanceMetadataTokens: parseMetadataTokens(read('instance-metadata-tokens')),
    snsTopicArn: optional(read('sns-topic'), 'sns-topic', SNS_TOPIC_ARN, 'an SNS topic ARN'),
    keepInstanceOnFailure: parseBoolean(
      'keep-instance-on-failure',
      read('keep-instance-on-failure')
    ),
    keyPair: optional(read('key-pair'), 'key-pair', KEY_PAIR, 'an EC2 key pair name'),
    rootVolumeSize: given('root-volume-size')
      ? parseNumber('root-volume-size', read('root-volume-size'), {
          min: 1,
          max: 16384,
          integer: true
        })
      : undefined,
    distributionRegions: distributedTo,
    amiName: parseAmiName(read('ami-name'), name),
    shareWith: parseShareWith(read, partitionOf(region)),
    kmsKeys: parseKmsKeys(read('kms-key'), distributedTo),
    licenseConfigurationArns: parseLicenseConfigurations(read('license-configurations'), region),
    deprecateAfter: parseDeprecateAfter(read('deprecate-after')),
    targetAccounts: parseTargetAccounts(read('target-accounts')),
    imageTests: parseBoolean('image-tests', read('image-tests')),
    imageScanning: parseBoolean('image-scanning', read('image-scanning')),
    skipIfUnchanged: parseBoolean('skip-if-unchanged', read('skip-if-unchanged')),
    retryOnRerun: parseBoolean('retry-on-rerun', read('retry-on-rerun')),
    dryRun: parseBoolean('dry-run', read('dry-run')),
    ssmParameter: parseSsmParameter(read('ssm-parameter'), distributedTo, executionRole),
    executionRole,
    launchTemplates: parseLaunchTemplates(read('launch-templates'), region, distributedTo)
  }
  requireRecipePartition(inputs)
  return inputs
}

function buildRegion(regionInput: string, env: NodeJS.ProcessEnv): string {
  const { region, from } = chosenRegion(regionInput, env)
  if (region === '') {
    throw new InputError(
      'region',
      'no build region: set region, or AWS_REGION (configure-aws-credentials sets it)'
    )
  }
  const problem = regionProblem(region)
  if (problem !== undefined) throw new InputError('region', `${problem}${from}`)
  return region
}

/** The build region and, when the environment chose it, which variable did (for the error). */
function chosenRegion(
  regionInput: string,
  env: NodeJS.ProcessEnv
): { region: string; from: string } {
  if (regionInput) return { region: regionInput, from: '' }
  if (env.AWS_REGION) return { region: env.AWS_REGION, from: ' (from AWS_REGION)' }
  return { region: env.AWS_DEFAULT_REGION ?? '', from: ' (from AWS_DEFAULT_REGION)' }
}

function optional(
  value: string,
  input: InputName,
  pattern: RegExp,
  expected: string
): string | undefined {
  return value === '' ? undefined : requireEach(input, [value], pattern, expected)[0]
}

function parseMetadataTokens(value: string): RecipeInputs['instanceMetadataTokens'] {
  if (value === 'required' || value === 'optional') return value
  throw new InputError(
    'instance-metadata-tokens',
    `expected required (IMDSv2 only) or optional, got '${value}'`
  )
}

function parsePlatform(value: string): Platform | undefined {
  if (value === '') return undefined
  const platform = PLATFORMS.find((candidate) => candidate === value)
  if (!platform)
    throw new InputError('platform', `expected Linux, Windows or macOS, got '${value}'`)
  return platform
}

function parseAmiName(value: string, recipeName: string): string {
  const template = value || `${recipeName}-{{imagebuilder:buildDate}}`
  if (value === '' && template.length > AMI_NAME_MAX_LENGTH) {
    // The user set name, not ami-name: the error points at what they wrote.
    throw new InputError(
      'name',
      `'${recipeName}' makes the default AMI name (<name>-{{imagebuilder:buildDate}}) longer than AWS's ${AMI_NAME_MAX_LENGTH} characters; shorten name or set ami-name`
    )
  }
  if (
    template.length < AMI_NAME_MIN_LENGTH ||
    template.length > AMI_NAME_MAX_LENGTH ||
    !AMI_NAME.test(template)
  ) {
    throw new InputError(
      'ami-name',
      `'${template}' must be 3–${AMI_NAME_MAX_LENGTH} letters, digits, spaces and - _ : . { } (with {{imagebuilder:buildDate}})`
    )
  }
  return template
}

/** Where Image Builder's service-linked role may read `ssm:` parents (its AWS managed policy). */
const READABLE_PARENT_PARAMETERS = ['/imagebuilder/', '/aws/service/']

/** Items in their first order, each once. */
export function unique(items: readonly string[]): string[] {
  return [...new Set(items)]
}

/** Entries of list inputs given more than once: dropped (AWS refuses a repeated region). */
export function duplicateWarnings(read: InputReader): string[] {
  const warnings: string[] = []
  for (const input of ['distribution-regions', 'share-with', 'target-accounts'] as const) {
    const items = parseList(read(input))
    const repeated = unique(items.filter((item, index) => items.indexOf(item) !== index))
    if (repeated.length > 0) {
      warnings.push(
        `Input '${input}': ${repeated.join(', ')} ${repeated.length === 1 ? 'is' : 'are'} given more than once; each is used once.`
      )
    }
  }
  return warnings
}

/** What is allowed but likely to fail later in the build, said before anything is created. */
export function recipeWarnings(inputs: RecipeInputs): string[] {
  return [...amiNameWarnings(inputs), ...parentParameterWarnings(inputs)]
}

/** An AMI name without the build date is the same on every build: EC2 refuses the second. */
function amiNameWarnings(inputs: RecipeInputs): string[] {
  if (inputs.container || inputs.amiName.includes('{{imagebuilder:buildDate}}')) return []
  return [
    `Input 'ami-name': '${inputs.amiName}' has no {{imagebuilder:buildDate}}, so every build names its AMI the same and EC2 refuses the name from the second build on; add {{imagebuilder:buildDate}} to keep it unique.`
  ]
}

function parentParameterWarnings(inputs: RecipeInputs): string[] {
  const parameter = inputs.parentImage.startsWith('ssm:') ? inputs.parentImage.slice(4) : undefined
  if (parameter === undefined || inputs.executionRole !== undefined) return []
  const name = parameter.replace(/^arn:[^:]+:ssm:[^:]*:[^:]*:parameter/, '')
  if (READABLE_PARENT_PARAMETERS.some((prefix) => name.startsWith(prefix))) return []
  return [
    `Input 'parent-image': Image Builder resolves ssm:${name} again when the build starts, with its service-linked role, which may read only parameters under ${READABLE_PARENT_PARAMETERS.join(' and ')}; if the build fails to resolve it, move the parameter there or give an execution-role that may read it.`
  ]
}
