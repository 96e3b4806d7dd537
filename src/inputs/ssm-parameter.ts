/**
 * The `ssm-parameter` input: a Parameter Store name that Image Builder points at the new AMI in
 * every distribution region. Checked against the SSM naming rules (Systems Manager user guide,
 * "parameter name requirements"), so a bad name fails before anything is created rather than at
 * distribution, after a build of half an hour.
 */
import { partitionOf } from '../domain/arns.js'
import { InputError } from '../domain/errors.js'

const NAME_CHARACTERS = /^[a-zA-Z0-9_.\-/]+$/
const RESERVED_PREFIX = /^(aws|ssm)/i
const MAX_LEVELS = 15
/** SSM's limit on the parameter's full ARN; its documented 2048 includes 1037 reserved characters. */
const MAX_ARN_LENGTH = 1011

/**
 * Image Builder's service-linked role may write parameters only under this path (AWS managed policy
 * AWSServiceRoleForImageBuilder); anywhere else needs an execution role with ssm:PutParameter.
 */
const SERVICE_LINKED_ROLE_PATH = '/imagebuilder/'

export function parseSsmParameter(
  raw: string,
  regions: readonly string[],
  executionRole: string | undefined
): string | undefined {
  if (raw === '') return undefined
  const problem = nameProblem(raw) ?? lengthProblem(raw, regions) ?? roleProblem(raw, executionRole)
  if (problem !== undefined) throw new InputError('ssm-parameter', `'${raw}' ${problem}`)
  return raw
}

function roleProblem(name: string, executionRole: string | undefined): string | undefined {
  if (executionRole !== undefined || name.startsWith(SERVICE_LINKED_ROLE_PATH)) return undefined
  return `is outside ${SERVICE_LINKED_ROLE_PATH}, where Image Builder's service-linked role cannot write: name it ${SERVICE_LINKED_ROLE_PATH}${name.replace(/^\//, '')} or give an execution-role that may call ssm:PutParameter on it`
}

function nameProblem(name: string): string | undefined {
  if (!NAME_CHARACTERS.test(name)) {
    return 'may hold only letters, digits and _ . - / (no spaces)'
  }
  const hierarchical = name.includes('/')
  if (hierarchical && !name.startsWith('/')) {
    return 'is a path and must start with / (like /golden/al2023/latest)'
  }
  const levels = hierarchical ? name.slice(1).split('/') : [name]
  if (levels.some((level) => level === '')) return 'has an empty level (// or a trailing /)'
  if (levels.length > MAX_LEVELS) return `has more than ${MAX_LEVELS} levels`
  if (RESERVED_PREFIX.test(levels[0] ?? '')) {
    return 'must not begin with aws or ssm (in any case): those names are reserved'
  }
  return undefined
}

/** The limit counts the ARN (`arn:aws:ssm:<region>:<account>:parameter/`), so it depends on the region. */
function lengthProblem(name: string, regions: readonly string[]): string | undefined {
  const longest = Math.max(...regions.map((region) => parameterArn(region, name).length))
  return longest > MAX_ARN_LENGTH
    ? `is too long: its ARN would be ${longest} characters, SSM allows ${MAX_ARN_LENGTH}`
    : undefined
}

function parameterArn(region: string, name: string): string {
  // A path's leading slash is the one after "parameter", not a second one.
  const path = name.startsWith('/') ? name.slice(1) : name
  return `arn:${partitionOf(region)}:ssm:${region}:${'0'.repeat(12)}:parameter/${path}`
}
