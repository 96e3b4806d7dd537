/**
 * Turns the workflow's inputs into one validated ActionInputs value. Runs before any AWS client
 * exists, so bad input fails fast and nothing is created.
 */
import { parseImageBuildVersionArn, pipelineArnRegion, REGION_NAME } from '../arns.js'
import {
  type ActionInputs,
  type CommonInputs,
  InputError,
  type Platform,
  type RecipeInputs
} from './action-inputs.js'
import { parseComponents } from './components.js'
import {
  INPUT_DEFAULTS,
  type InputName,
  RECIPE_ONLY_INPUTS,
  RECIPE_SETTINGS_IGNORED_ELSEWHERE
} from './defaults.js'
import {
  parseBoolean,
  parseList,
  parseLines,
  parseNumber,
  parseTags,
  requireEach
} from './fields.js'

/** Reads one raw input value; '' when the runner passed nothing. */
export type InputReader = (name: InputName) => string

export interface ParsedInputs {
  inputs: ActionInputs
  /** Inputs that were given but do not apply to the chosen mode. */
  warnings: string[]
}

/** Reads `INPUT_<NAME>` as the runner sets it (the name upper-cased, hyphens kept). */
export function environmentReader(env: NodeJS.ProcessEnv): InputReader {
  return (name) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim()
}

export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv): ParsedInputs {
  const given = (name: InputName): boolean => read(name) !== INPUT_DEFAULTS[name]
  const mode = selectMode(given)
  if (mode === 'recipe') {
    return { inputs: parseRecipe(read, given, env), warnings: [] }
  }
  const arnInput = mode === 'pipeline' ? 'pipeline-arn' : 'image-arn'
  for (const name of RECIPE_ONLY_INPUTS) {
    if (given(name)) {
      throw new InputError(name, `is a recipe-mode input and cannot be used with ${arnInput}`)
    }
  }
  const arn = read(arnInput)
  const region = regionOfArn(mode, arn, read('region'))
  const common = parseCommon(read, region)
  const inputs: ActionInputs =
    mode === 'pipeline' ? { mode, pipelineArn: arn, ...common } : { mode, imageArn: arn, ...common }
  return { inputs, warnings: ignoredSettings(given, mode, arnInput, common.wait) }
}

function selectMode(given: (name: InputName) => boolean): ActionInputs['mode'] {
  const chosen = (['pipeline-arn', 'image-arn', 'name'] as const).filter(given)
  if (chosen.length === 0 && (given('parent-image') || given('components'))) return 'recipe'
  if (chosen.length !== 1) {
    const what = chosen.length === 0 ? 'none was given' : `got ${chosen.join(' and ')}`
    throw new InputError(
      chosen.join(', ') || 'pipeline-arn, image-arn, name',
      'give exactly one of pipeline-arn (run a pipeline), image-arn (follow a build) or ' +
        `name with parent-image and components (build a recipe); ${what}`
    )
  }
  if (chosen[0] === 'pipeline-arn') return 'pipeline'
  return chosen[0] === 'image-arn' ? 'attach' : 'recipe'
}

function regionOfArn(mode: 'pipeline' | 'attach', arn: string, regionInput: string): string {
  const region =
    mode === 'pipeline' ? pipelineArnRegion(arn) : parseImageBuildVersionArn(arn)?.region
  if (region === undefined) {
    throw mode === 'pipeline'
      ? new InputError(
          'pipeline-arn',
          `'${arn}' is not an image pipeline ARN (arn:aws:imagebuilder:<region>:<account>:image-pipeline/<name>)`
        )
      : new InputError(
          'image-arn',
          `'${arn}' is not an image build version ARN (arn:aws:imagebuilder:<region>:<account>:image/<name>/<x.y.z>/<build>)`
        )
  }
  if (regionInput !== '' && regionInput !== region) {
    const arnInput = mode === 'pipeline' ? 'pipeline-arn' : 'image-arn'
    throw new InputError(
      'region',
      `'${regionInput}' differs from the region of ${arnInput} (${region})`
    )
  }
  return region
}

function parseCommon(read: InputReader, region: string): CommonInputs {
  return {
    region,
    wait: parseBoolean('wait', read('wait')),
    timeoutMinutes: parseNumber('timeout-minutes', read('timeout-minutes'), { min: 0 }),
    cancelOnAbort: parseBoolean('cancel-on-abort', read('cancel-on-abort')),
    pollIntervalSeconds: parseNumber('poll-interval-seconds', read('poll-interval-seconds'), {
      min: 0,
      minExclusive: true
    }),
    streamLogs: parseBoolean('stream-logs', read('stream-logs')),
    summary: parseBoolean('summary', read('summary')),
    amiTags: parseTags('ami-tags', read('ami-tags')),
    tags: parseTags('tags', read('tags'))
  }
}

function ignoredSettings(
  given: (name: InputName) => boolean,
  mode: 'pipeline' | 'attach',
  arnInput: string,
  wait: boolean
): string[] {
  const decidedBy = mode === 'pipeline' ? "the pipeline's own configuration" : 'the existing build'
  const ignored = RECIPE_SETTINGS_IGNORED_ELSEWHERE.filter(given).map(
    (name) =>
      `Input '${name}' applies to recipe mode and is ignored with ${arnInput}: ${decidedBy} decides.`
  )
  if (!wait && given('ami-tags')) {
    ignored.push(
      "Input 'ami-tags' is ignored with wait: false: the AMIs are tagged once the build has made them."
    )
  }
  if (mode === 'attach' && given('tags')) {
    ignored.push("Input 'tags' is ignored with image-arn: the action starts nothing to tag.")
  }
  return ignored
}

const RESOURCE_NAME = /^[-_A-Za-z0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z0-9]$/
const SEMANTIC_VERSION = /^\d+\.\d+\.\d+$/
const PARENT_IMAGE =
  /^(ami-[0-9a-f]{8,17}|ssm:\S+|arn:aws(?:-[a-z]+)*:imagebuilder:[a-z0-9-]+:(?:\d{12}|aws):image\/[a-z0-9-_]+\/(?:\d+|x)\.(?:\d+|x)\.(?:\d+|x)(?:\/\d+)?)$/
const PLATFORMS: readonly Platform[] = ['Linux', 'Windows', 'macOS']
const INSTANCE_TYPE = /^[a-z0-9-]+\.[a-z0-9-]+$/
const INSTANCE_PROFILE = /^[\w+=,.@-]{1,128}$/
const SUBNET_ID = /^subnet-[0-9a-f]{8,17}$/
const SECURITY_GROUP_ID = /^sg-[0-9a-f]{8,17}$/
const SHARE_TARGET =
  /^(\d{12}|arn:aws(?:-[a-z]+)*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}|arn:aws(?:-[a-z]+)*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32})$/
const AMI_NAME = /^[-_A-Za-z0-9{][-_A-Za-z0-9\s:{}.]+[-_A-Za-z0-9}]$/

function parseRecipe(
  read: InputReader,
  given: (name: InputName) => boolean,
  env: NodeJS.ProcessEnv
): RecipeInputs {
  for (const name of ['name', 'parent-image', 'components'] as const) {
    if (!given(name))
      throw new InputError(name, 'is required in recipe mode (name, parent-image, components)')
  }
  const name = read('name')
  if (!RESOURCE_NAME.test(name)) {
    throw new InputError(
      'name',
      `'${name}' must be 3–128 letters, digits, spaces, hyphens or underscores`
    )
  }
  const region = buildRegion(read('region'), env)
  return {
    mode: 'recipe',
    ...parseCommon(read, region),
    name,
    version: optional(read('version'), 'version', SEMANTIC_VERSION, 'a version x.y.z') ?? '',
    parentImage:
      requireEach(
        'parent-image',
        [read('parent-image')],
        PARENT_IMAGE,
        'an AMI ID, an image ARN or ssm:<parameter>'
      )[0] ?? '',
    components: parseComponents(read('components')),
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
    rootVolumeSize: given('root-volume-size')
      ? parseNumber('root-volume-size', read('root-volume-size'), {
          min: 1,
          max: 16384,
          integer: true
        })
      : undefined,
    distributionRegions: requireEach(
      'distribution-regions',
      parseList(read('distribution-regions')),
      REGION_NAME,
      'a region name'
    ),
    amiName: parseAmiName(read('ami-name'), name),
    shareWith: requireEach(
      'share-with',
      parseLines(read('share-with')),
      SHARE_TARGET,
      'an account ID, organization ARN or OU ARN'
    ),
    imageTests: parseBoolean('image-tests', read('image-tests')),
    imageScanning: parseBoolean('image-scanning', read('image-scanning')),
    skipIfUnchanged: parseBoolean('skip-if-unchanged', read('skip-if-unchanged'))
  }
}

function buildRegion(regionInput: string, env: NodeJS.ProcessEnv): string {
  const region = regionInput || env.AWS_REGION || env.AWS_DEFAULT_REGION || ''
  if (region === '') {
    throw new InputError(
      'region',
      'no build region: set region, or AWS_REGION (configure-aws-credentials sets it)'
    )
  }
  if (!REGION_NAME.test(region)) throw new InputError('region', `'${region}' is not a region name`)
  return region
}

function optional(
  value: string,
  input: InputName,
  pattern: RegExp,
  expected: string
): string | undefined {
  return value === '' ? undefined : requireEach(input, [value], pattern, expected)[0]
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
  if (template.length > 127 || !AMI_NAME.test(template)) {
    throw new InputError(
      'ami-name',
      `'${template}' must be 3–127 letters, digits, spaces and - _ : . { } (with {{imagebuilder:buildDate}})`
    )
  }
  return template
}
