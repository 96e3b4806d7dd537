/**
 * `MaxResults` / `NextToken` paging for Describe* calls. The token is opaque to clients; it carries
 * the offset and the listing it belongs to, so a token from another operation is rejected.
 */
import { clientError, invalidParameterValue } from './errors.js'
import type { QueryParams } from './query-params.js'
import { element, type XmlElement } from './xml.js'

const MIN_PAGE = 5
const MAX_PAGE = 1000

export interface PageRequest {
  maxResults: number | undefined
  nextToken: string | undefined
}

export interface Page<Item> {
  items: Item[]
  /** The element to add to the response when more items follow. */
  nextToken: XmlElement[]
}

/** Reads MaxResults/NextToken; `idsParameter` names the ID list that EC2 forbids them with. */
export function pageRequestOf(
  params: QueryParams,
  ids: string[],
  idsParameter: string
): PageRequest {
  const maxResults = params.integer('MaxResults')
  if (maxResults !== undefined && ids.length > 0) {
    throw clientError(
      'InvalidParameterCombination',
      `The parameter ${idsParameter} cannot be used with the parameter maxResults`
    )
  }
  if (maxResults !== undefined && (maxResults < MIN_PAGE || maxResults > MAX_PAGE)) {
    throw invalidParameterValue(
      `Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value between ${MIN_PAGE} and ${MAX_PAGE}.`
    )
  }
  return { maxResults, nextToken: params.string('NextToken') }
}

export function paginate<Item>(items: Item[], request: PageRequest, listing: string): Page<Item> {
  const offset = request.nextToken === undefined ? 0 : offsetOf(request.nextToken, listing)
  const size = request.maxResults ?? MAX_PAGE
  const end = offset + size
  const nextToken = end < items.length ? [element('nextToken', tokenFor(listing, end))] : []
  return { items: items.slice(offset, end), nextToken }
}

function tokenFor(listing: string, offset: number): string {
  return Buffer.from(JSON.stringify({ listing, offset }), 'utf8').toString('base64url')
}

function offsetOf(token: string, listing: string): number {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
    if (isToken(decoded) && decoded.listing === listing) return decoded.offset
  } catch {
    // Not JSON: reported below like any other foreign token.
  }
  throw clientError('InvalidPaginationToken', `Invalid pagination token: ${token}`)
}

function isToken(value: unknown): value is { listing: string; offset: number } {
  if (typeof value !== 'object' || value === null) return false
  const { listing, offset } = value as Record<string, unknown>
  return typeof listing === 'string' && Number.isInteger(offset) && (offset as number) >= 0
}
