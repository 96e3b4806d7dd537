/** Reading components: GetComponent, ListComponents, ListComponentBuildVersions. */
import { compareVersions, latestVersionReferencesOf, parseVersionedArn } from '../arns.js'
import { matchesFilters, readFilters } from '../filters.js'
import { arnOwner, isListed, newestPerKey, ownerSegment, pageOf } from '../listing.js'
import { inRegion } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'
import type { Component } from '../shapes.js'
import { definedOnly, without } from '../without.js'

export const componentOperations: OperationTable = {
  GetComponent: getComponent,
  ListComponents: listComponents,
  ListComponentBuildVersions: listComponentBuildVersions
}

/** A build-version ARN, or a version or wildcard ARN for the newest build that matches. */
function getComponent(context: OperationContext): Record<string, unknown> {
  const arn = context.input.requiredString(
    'componentBuildVersionArn',
    'componentVersionArnOrBuildVersionArn'
  )
  const component = inRegion(
    context.world.imagebuilder.resources.components.resolve(arn),
    arn,
    context.region
  )
  return { component, ...latestVersionReferencesOf(component.arn) }
}

const COMPONENT_FILTERS = [
  'description',
  'name',
  'platform',
  'supportedOsVersion',
  'type',
  'version'
]

/**
 * One entry per component version (name and x.y.z), its ARN without the build number. Without
 * `byName` only each name's newest version is listed; with it, every version of the names asked for.
 */
function listComponents(context: OperationContext): Record<string, unknown> {
  const { input } = context
  const owner = ownerSegment(context)
  const byName = input.optionalBoolean('byName') ?? false
  const filters = readFilters(input, COMPONENT_FILTERS)
  const matching = visibleComponents(context, owner).filter((component) =>
    matchesFilters(filters, (name) => componentFilterValue(component, name))
  )
  const baseOf = (component: Component) => parseVersionedArn(component.arn)?.base ?? component.arn
  const versions = newestPerKey(
    matching,
    (component) => `${baseOf(component)}/${component.version}`,
    (component) => parseVersionedArn(component.arn)?.build ?? 0
  )
  const listed = byName
    ? versions
    : newestPerKey(versions, baseOf, (component) => component.version, compareVersions)
  return pageOf(
    'componentVersionList',
    listed.map(componentVersionView),
    input,
    `ListComponents|${context.region}|${owner ?? ''}|${String(byName)}|${JSON.stringify(filters)}`
  )
}

function listComponentBuildVersions(context: OperationContext): Record<string, unknown> {
  const { input, region, world } = context
  const versionArn = input.optionalString('componentVersionArn', 'componentVersionArn')
  const builds = visibleComponents(context, world.accountId).filter(
    (component) => versionArn === undefined || component.arn.startsWith(`${versionArn}/`)
  )
  return pageOf(
    'componentSummaryList',
    builds.map((component) => without(component, 'data', 'parameters', 'kmsKeyId', 'encrypted')),
    input,
    `ListComponentBuildVersions|${region}|${versionArn ?? ''}`
  )
}

/** The region's components of one owner that lists show by now. */
function visibleComponents(context: OperationContext, owner: string | undefined): Component[] {
  if (owner === undefined) return []
  return context.world.imagebuilder.resources.components
    .all()
    .filter((component) => parseVersionedArn(component.arn)?.region === context.region)
    .filter((component) => arnOwner(component.arn) === owner)
    .filter((component) => isListed(context, component.dateCreated))
}

function componentFilterValue(component: Component, name: string): string | undefined {
  if (name === 'supportedOsVersion') return component.supportedOsVersions?.[0]
  const value: unknown = component[name as keyof Component]
  return typeof value === 'string' ? value : undefined
}

function componentVersionView(component: Component): Record<string, unknown> {
  const parsed = parseVersionedArn(component.arn)
  return {
    arn: `${parsed?.base ?? component.arn}/${component.version}`,
    ...definedOnly({
      name: component.name,
      version: component.version,
      description: component.description,
      platform: component.platform,
      supportedOsVersions: component.supportedOsVersions,
      type: component.type,
      owner: component.owner,
      dateCreated: component.dateCreated,
      status: component.state.status
    })
  }
}
