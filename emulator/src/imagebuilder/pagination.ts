/**
 * `maxResults` (1–25, default 25) and opaque `nextToken`s. A token records the query it belongs to,
 * so a token replayed against another query, or one that was never issued, is refused with
 * InvalidPaginationTokenException as the service does.
 */
import { invalidPaginationToken, invalidParameterValue } from './errors.js'
import type { OperationInput } from './input.js'

const MAX_RESULTS = 25

export interface Page<T> {
  items: T[]
  nextToken?: string
}

/** `scope` names the query (operation and its key parameters). */
export function paginate<T>(items: readonly T[], input: OperationInput, scope: string): Page<T> {
  const maxResults = input.optionalInteger('maxResults', 1, MAX_RESULTS) ?? MAX_RESULTS
  const token = input.optionalString('nextToken')
  const offset = token === undefined ? 0 : readToken(token, scope)
  const end = offset + maxResults
  return {
    items: items.slice(offset, end),
    ...(end < items.length ? { nextToken: writeToken(scope, end) } : {})
  }
}

interface TokenContent {
  scope: string
  offset: number
}

function writeToken(scope: string, offset: number): string {
  const content: TokenContent = { scope, offset }
  return Buffer.from(JSON.stringify(content)).toString('base64url')
}

function readToken(token: string, scope: string): number {
  if (token.length < 1 || token.length > 65535) {
    throw invalidParameterValue('nextToken', "'nextToken' must have length between 1 and 65535.")
  }
  let content: unknown
  try {
    content = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
  } catch {
    throw invalidPaginationToken()
  }
  if (!isTokenContent(content) || content.scope !== scope) throw invalidPaginationToken()
  return content.offset
}

function isTokenContent(value: unknown): value is TokenContent {
  if (typeof value !== 'object' || value === null) return false
  const { scope, offset } = value as Record<string, unknown>
  return (
    typeof scope === 'string' &&
    typeof offset === 'number' &&
    Number.isInteger(offset) &&
    offset >= 0
  )
}
