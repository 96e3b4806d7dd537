/**
 * Parameter names and ARNs. A request may name a parameter by its name (`/golden/al2023`) or its ARN
 * (`arn:aws:ssm:eu-west-1:123456789012:parameter/golden/al2023`); both resolve to the name.
 */
import { validationError } from './errors.js'

const NAME = /^[a-zA-Z0-9_.\-/]+$/
const MAX_NAME_LENGTH = 2048
const MAX_HIERARCHY_LEVELS = 15
const ARN = /^arn:aws[^:]*:ssm:([^:]+):([0-9]{12}):parameter(\/.+)$/

/**
 * The parameter names a request can mean, in the order to try them; an ARN must be for this region
 * and account. `parameter/name` is the ARN of both `name` and `/name`.
 */
export function candidateNames(nameOrArn: string, region: string, accountId: string): string[] {
  const arn = ARN.exec(nameOrArn)
  if (arn === null) return [nameOrArn]
  const [, arnRegion, arnAccount, path = ''] = arn
  if (arnRegion !== region || arnAccount !== accountId) {
    throw validationError(`The parameter ARN ${nameOrArn} is not in ${region} of this account.`)
  }
  return path.split('/').length === 2 ? [path.slice(1), path] : [path]
}

/** The rules PutParameter applies to a new name. */
export function assertValidName(name: string): void {
  if (name.length > MAX_NAME_LENGTH || !NAME.test(name)) {
    throw validationError(
      `Parameter name must be at most ${MAX_NAME_LENGTH} characters of a-z, A-Z, 0-9, _ . - and /.`
    )
  }
  if (/^\/?(aws|ssm)/i.test(name)) {
    throw validationError(
      'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path, it can consist of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_'
    )
  }
  if (name.includes('/') && !name.startsWith('/')) {
    throw validationError('Parameter name must be a fully qualified name: it must begin with /.')
  }
  if (name.split('/').length - 1 > MAX_HIERARCHY_LEVELS) {
    throw validationError(
      `Parameter name has more than ${MAX_HIERARCHY_LEVELS} levels in its hierarchy.`
    )
  }
}

export function parameterArn(region: string, accountId: string, name: string): string {
  return `arn:aws:ssm:${region}:${accountId}:parameter${name.startsWith('/') ? name : `/${name}`}`
}
