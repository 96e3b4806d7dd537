/** Image Builder ARNs: building them from names and versions, reading them back (§2.4). */
import { invalidVersionNumber } from './errors.js'

/** `MyBasicRecipe` → `mybasicrecipe`; names differing only in case, spaces or underscores collide. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[ _]/g, '-')
}

export type ResourceType =
  | 'component'
  | 'image-recipe'
  | 'container-recipe'
  | 'infrastructure-configuration'
  | 'distribution-configuration'
  | 'image-pipeline'
  | 'image'

export function resourceArn(
  region: string,
  owner: string,
  type: ResourceType,
  name: string,
  ...version: string[]
): string {
  return [
    `arn:aws:imagebuilder:${region}:${owner}:${type}/${normalizeName(name)}`,
    ...version
  ].join('/')
}

/**
 * The AWS-managed workflows that builds run when no custom workflows are given (§3.3): AMI builds
 * `build-image`/`test-image`, container builds `build-container`/`test-container`.
 */
export function managedWorkflowArn(
  region: string,
  type: 'build' | 'test',
  version = '1.0.3/1',
  output: 'image' | 'container' = 'image'
): string {
  return `arn:aws:imagebuilder:${region}:aws:workflow/${type}/${type}-${output}/${version}`
}

export interface VersionedArn {
  /** Everything before the version: `arn:aws:imagebuilder:<region>:<owner>:<type>/<name>`. */
  base: string
  region: string
  /** `1.0.0`, or with `x` wildcards (`1.x.x`). */
  version: string
  build?: number
}

/** Splits a versioned ARN (`…/name/1.0.0` or `…/name/1.0.0/3`); undefined when it has no version. */
export function parseVersionedArn(arn: string): VersionedArn | undefined {
  const match =
    /^(arn:aws[^:]*:imagebuilder:([^:]+):[^:]+:[a-z-]+\/[^/]+)\/((?:[0-9]+|x)\.(?:[0-9]+|x)\.(?:[0-9]+|x))(?:\/([0-9]+))?$/.exec(
      arn
    )
  if (match === null) return undefined
  const [, base = '', region = '', version = '', build] = match
  return { base, region, version, ...(build === undefined ? {} : { build: Number(build) }) }
}

/** The region field of any ARN. */
export function arnRegion(arn: string): string | undefined {
  return arn.split(':')[3]
}

/** True when a concrete `x.y.z` satisfies a pattern that may hold `x` wildcards. */
export function versionMatches(pattern: string, version: string): boolean {
  const wanted = pattern.split('.')
  return version.split('.').every((node, index) => wanted[index] === 'x' || wanted[index] === node)
}

const MAX_VERSION_NODE = 1073741823

/**
 * Refuses versions that the model's pattern lets through but the service does not: a node above
 * 2^30-1, or a number right of an `x` wildcard (`1.x.8`, §9b).
 */
export function assertUsableVersion(parameter: string, version: string): void {
  const nodes = version.split('.')
  const firstWildcard = nodes.indexOf('x')
  if (firstWildcard !== -1 && nodes.slice(firstWildcard).some((node) => node !== 'x')) {
    throw invalidVersionNumber(
      `The ${parameter} '${version}' is not valid: every node right of a wildcard (x) must also be a wildcard.`
    )
  }
  if (nodes.some((node) => node !== 'x' && Number(node) > MAX_VERSION_NODE)) {
    throw invalidVersionNumber(
      `The ${parameter} '${version}' is not valid: each node must be at most ${MAX_VERSION_NODE}.`
    )
  }
}

/** Orders `x.y.z` versions numerically. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number)
  const right = b.split('.').map(Number)
  for (let index = 0; index < 3; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}

/** The wildcard variants of a versioned resource (`latestVersionReferences`). */
export function latestVersionReferences(base: string, version: string): Record<string, string> {
  const [major = '0', minor = '0'] = version.split('.')
  return {
    latestVersionArn: `${base}/x.x.x`,
    latestMajorVersionArn: `${base}/${major}.x.x`,
    latestMinorVersionArn: `${base}/${major}.${minor}.x`,
    latestPatchVersionArn: `${base}/${version}`
  }
}

/** `latestVersionReferences` for a versioned resource's ARN, spread into a Get* answer. */
export function latestVersionReferencesOf(arn: string): {
  latestVersionReferences?: Record<string, string>
} {
  const parsed = parseVersionedArn(arn)
  return parsed === undefined
    ? {}
    : { latestVersionReferences: latestVersionReferences(parsed.base, parsed.version) }
}
