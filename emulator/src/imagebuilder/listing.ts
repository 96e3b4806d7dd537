/**
 * What the List* operations share: the `owner` member, list lag (a new resource shows in lists only
 * `listLagMs` after it was made, §9b), and the page with its `nextToken`.
 */
import { matchesFilters, readFilters } from './filters.js'
import type { OperationInput } from './input.js'
import type { OperationContext } from './operation.js'
import { paginate } from './pagination.js'
import type { ResourceCollection } from './resources.js'
import type { TagMap } from './shapes.js'

const OWNERSHIPS = ['Self', 'Shared', 'Amazon', 'ThirdParty', 'AWSMarketplace'] as const

/**
 * The ARN account segment that the request's `owner` (default Self) lists. Nothing is shared with
 * the emulated account and it holds no third-party or Marketplace resources, so those list nothing.
 */
export function ownerSegment(context: OperationContext): string | undefined {
  const owner = context.input.optionalEnum('owner', OWNERSHIPS) ?? 'Self'
  if (owner === 'Self') return context.world.accountId
  return owner === 'Amazon' ? 'aws' : undefined
}

export function arnOwner(arn: string): string | undefined {
  return arn.split(':')[4]
}

/** False while a resource made at `created` (ms, or an ISO `dateCreated`) is still lagging. */
export function isListed(context: OperationContext, created: number | string): boolean {
  const at = typeof created === 'number' ? created : Date.parse(created)
  return context.now - at >= context.world.imagebuilder.listLagMs
}

/** One page of `items` under the response member `member`. */
export function pageOf(
  member: string,
  items: readonly unknown[],
  input: OperationInput,
  scope: string
): Record<string, unknown> {
  const page = paginate(items, input, scope)
  return {
    [member]: page.items,
    ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken })
  }
}

/** List* of the configurations: the region's, filtered by `name`, as summaries under `member`. */
export function listConfigurations<
  T extends { arn: string; name: string; dateCreated: string; tags: TagMap }
>(
  context: OperationContext,
  collection: ResourceCollection<T>,
  member: string,
  summaryOf: (configuration: T) => Record<string, unknown>
): Record<string, unknown> {
  const { input, region, operation } = context
  const filters = readFilters(input, ['name'])
  const configurations = collection
    .all()
    .filter((configuration) => configuration.arn.split(':')[3] === region)
    .filter((configuration) => isListed(context, configuration.dateCreated))
    .filter((configuration) => matchesFilters(filters, () => configuration.name))
  return pageOf(
    member,
    configurations.map(summaryOf),
    input,
    `${operation}|${region}|${JSON.stringify(filters)}`
  )
}

/**
 * Per key, the item that ranks highest (e.g. the newest build of each version), in the order the
 * keys first appear.
 */
export function newestPerKey<Item, Rank extends number | string>(
  items: readonly Item[],
  keyOf: (item: Item) => string,
  rankOf: (item: Item) => Rank,
  compare: (a: Rank, b: Rank) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
): Item[] {
  const kept = new Map<string, Item>()
  for (const item of items) {
    const key = keyOf(item)
    const held = kept.get(key)
    if (held === undefined || compare(rankOf(held), rankOf(item)) < 0) kept.set(key, item)
  }
  return [...kept.values()]
}
