/**
 * Create, Update, Get and List for the two configurations (infrastructure and distribution), which
 * behave alike: named once per region (a repeat is ResourceAlreadyExistsException), tags only on
 * create, an update replaces every member but the name, tags and creation date (§9b).
 */
import { resourceArn } from '../arns.js'
import { resourceAlreadyExists } from '../errors.js'
import { oncePerClientToken } from '../idempotency.js'
import { listConfigurations } from '../listing.js'
import { inRegion } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'
import type { PatternName } from '../patterns.js'
import type { ResourceCollection } from '../resources.js'
import type { TagMap } from '../shapes.js'
import { isoTime } from '../time.js'
import type { World } from '../../world.js'

/** What every configuration record has besides its settings. */
export interface ConfigurationIdentity {
  arn: string
  name: string
  dateCreated: string
  dateUpdated?: string
  tags: TagMap
}

export interface ConfigurationKind<T extends ConfigurationIdentity, Settings> {
  /** `InfrastructureConfiguration`: the operations' stem and the already-exists message's kind. */
  kind: 'InfrastructureConfiguration' | 'DistributionConfiguration'
  resourceType: 'infrastructure-configuration' | 'distribution-configuration'
  /** The ARN member of Update and Get, which is also its pattern's name. */
  arnMember: PatternName & ('infrastructureConfigurationArn' | 'distributionConfigurationArn')
  /** Get's response member. */
  member: string
  /** List's response member. */
  listMember: string
  collection: (world: World) => ResourceCollection<T>
  /** The members of Create and Update, validated. */
  readSettings: (context: OperationContext) => Settings
  /** The record from its identity and settings; `current` is the record an update replaces. */
  record: (identity: ConfigurationIdentity, settings: Settings, current?: T) => T
  summary: (configuration: T) => Record<string, unknown>
}

export function configurationOperations<T extends ConfigurationIdentity, Settings>(
  kind: ConfigurationKind<T, Settings>
): OperationTable {
  return {
    [`Create${kind.kind}`]: (context) => create(kind, context),
    [`Update${kind.kind}`]: (context) => update(kind, context),
    [`Get${kind.kind}`]: (context) => {
      const arn = context.input.requiredString(kind.arnMember, kind.arnMember)
      const found = kind.collection(context.world).get(arn)
      return { [kind.member]: inRegion(found, arn, context.region) }
    },
    [`List${kind.kind}s`]: (context) =>
      listConfigurations(context, kind.collection(context.world), kind.listMember, kind.summary)
  }
}

function create<T extends ConfigurationIdentity, Settings>(
  kind: ConfigurationKind<T, Settings>,
  context: OperationContext
): Record<string, unknown> {
  const { input, world, region, now } = context
  const name = input.requiredString('name', 'resourceName')
  const settings = kind.readSettings(context)
  const tags = input.optionalTags() ?? {}
  const clientToken = input.clientToken()
  return oncePerClientToken(context, clientToken, () => {
    const arn = resourceArn(region, world.accountId, kind.resourceType, name)
    const configurations = kind.collection(world)
    if (configurations.get(arn) !== undefined) throw resourceAlreadyExists(kind.kind, arn)
    configurations.put(kind.record({ arn, name, dateCreated: isoTime(now), tags }, settings))
    return { [kind.arnMember]: arn }
  })
}

function update<T extends ConfigurationIdentity, Settings>(
  kind: ConfigurationKind<T, Settings>,
  context: OperationContext
): Record<string, unknown> {
  const { input, world, region, now } = context
  const arn = input.requiredString(kind.arnMember, kind.arnMember)
  const settings = kind.readSettings(context)
  const clientToken = input.clientToken()
  return oncePerClientToken(context, clientToken, () => {
    const configurations = kind.collection(world)
    const current = inRegion(configurations.get(arn), arn, region)
    const identity = {
      arn,
      name: current.name,
      dateCreated: current.dateCreated,
      dateUpdated: isoTime(now),
      tags: current.tags
    }
    configurations.put(kind.record(identity, settings, current))
    return { [kind.arnMember]: arn }
  })
}
