/**
 * What each recipe component named by version or wildcard resolved to when a build started, kept
 * on the image as one tag: the recipe keeps `update-linux/x.x.x` and its ARN stays the same when
 * AWS publishes a new update-linux, so only this tells skip-if-unchanged that an image was built
 * with 1.0.2/1 while a build now would get 1.0.3/1.
 *
 * The value lists `<name>=<version>/<build>` in the recipe's order, space-separated: readable in the
 * console, and for the few such components a recipe holds, far inside a tag value's 256
 * characters. Where it would not fit, a sha256 digest of it stands in: as exact to compare, though
 * it cannot say which component moved.
 */
import { createHash } from 'node:crypto'
import { componentBuildVersionOf, componentNameOfArn } from '../domain/arns.js'
import { COMPONENT_VERSIONS_TAG } from '../domain/action-tags.js'
import type { RecipePlan } from '../domain/plan.js'
import type { ComponentMove, PassedOverImage } from '../domain/record.js'
import { TAG_VALUE_MAX_LENGTH } from '../inputs/aws-constraints.js'

interface ResolvedComponent {
  name: string
  /** `1.0.2/1` */
  version: string
}

const DIGEST_PREFIX = 'sha256:'

/** The image tag for the plan's version and wildcard components; none when it has none. */
export function componentVersionsTag(plan: RecipePlan): Record<string, string> {
  const resolved = resolvedComponents(plan)
  return resolved.length === 0 ? {} : { [COMPONENT_VERSIONS_TAG]: encode(resolved) }
}

export type ComponentVersionsCheck =
  { kind: 'same' } | ({ kind: 'differs' } & Omit<PassedOverImage, 'imageArn'>)

/**
 * Whether an image's recorded versions (its tag's value) are what the plan's components resolve
 * to now. No record while some resolve is a difference: at worst one build more, never a reuse of
 * an image built with an older component.
 */
export function checkComponentVersions(
  plan: RecipePlan,
  recorded: string | undefined
): ComponentVersionsCheck {
  const now = resolvedComponents(plan)
  if (now.length === 0 || recorded === encode(now)) return { kind: 'same' }
  const unknown = now.map(({ name, version }) => ({ name, to: version }))
  if (recorded === undefined) return { kind: 'differs', recorded: 'nothing', moved: unknown }
  if (recorded.startsWith(DIGEST_PREFIX)) {
    return { kind: 'differs', recorded: 'digest', moved: unknown }
  }
  const then = decode(recorded)
  const moved = now.flatMap((component, index): ComponentMove[] => {
    const before = then[index]
    if (before?.name === component.name && before.version === component.version) return []
    return [
      {
        name: component.name,
        ...(before?.name === component.name ? { from: before.version } : {}),
        to: component.version
      }
    ]
  })
  return { kind: 'differs', recorded: 'versions', moved: moved.length > 0 ? moved : unknown }
}

/** The components whose ARN has no build number, with the build GetComponent resolved it to. */
function resolvedComponents(plan: RecipePlan): ResolvedComponent[] {
  return plan.components.flatMap((component) => {
    const version = component.resolvedArn && componentBuildVersionOf(component.resolvedArn)
    return version && component.arn ? [{ name: componentNameOfArn(component.arn), version }] : []
  })
}

function encode(components: readonly ResolvedComponent[]): string {
  const list = components.map(({ name, version }) => `${name}=${version}`).join(' ')
  if (list.length <= TAG_VALUE_MAX_LENGTH) return list
  return `${DIGEST_PREFIX}${createHash('sha256').update(list).digest('hex')}`
}

function decode(value: string): ResolvedComponent[] {
  return value
    .split(' ')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const at = entry.lastIndexOf('=')
      return { name: entry.slice(0, at), version: entry.slice(at + 1) }
    })
}
