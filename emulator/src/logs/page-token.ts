/**
 * `limit` / `nextToken` paging for the Describe* listings. The token is opaque to clients; it
 * carries the offset and the listing it was issued for, so it cannot be replayed elsewhere.
 */
import { invalidNextToken } from './errors.js'

export interface LogsPage<Item> {
  items: Item[]
  nextToken?: string
}

export function pageOf<Item>(
  items: Item[],
  limit: number,
  token: string | undefined,
  listing: string
): LogsPage<Item> {
  const offset = token === undefined ? 0 : offsetOf(token, listing)
  const end = offset + limit
  const page = items.slice(offset, end)
  return end < items.length ? { items: page, nextToken: tokenFor(listing, end) } : { items: page }
}

function tokenFor(listing: string, offset: number): string {
  return Buffer.from(JSON.stringify({ listing, offset }), 'utf8').toString('base64url')
}

function offsetOf(token: string, listing: string): number {
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
  } catch {
    throw invalidNextToken()
  }
  if (typeof decoded !== 'object' || decoded === null) throw invalidNextToken()
  const fields = decoded as Record<string, unknown>
  const offset = fields.offset
  if (
    fields.listing !== listing ||
    typeof offset !== 'number' ||
    !Number.isInteger(offset) ||
    offset < 0
  ) {
    throw invalidNextToken()
  }
  return offset
}
