/**
 * Idempotency (§1.4): a request repeated with the same client token and the same parameters gets the
 * original response without running again; the same token with other parameters is refused.
 */
import { idempotentParameterMismatch } from './errors.js'

interface RememberedCall {
  fingerprint: string
  response: Record<string, unknown>
}

export class ClientTokenStore {
  private readonly calls = new Map<string, RememberedCall>()

  /**
   * Returns the remembered response for a repeated call, or runs `perform` once and remembers it.
   * `parameters` are the request's parameters other than the token.
   */
  once(
    scope: { region: string; operation: string; clientToken: string },
    parameters: Record<string, unknown>,
    perform: () => Record<string, unknown>
  ): Record<string, unknown> {
    const key = `${scope.region}|${scope.operation}|${scope.clientToken}`
    const fingerprint = canonicalJson(parameters)
    const remembered = this.calls.get(key)
    if (remembered !== undefined) {
      if (remembered.fingerprint !== fingerprint)
        throw idempotentParameterMismatch(scope.clientToken)
      return remembered.response
    }
    const response = perform()
    this.calls.set(key, { fingerprint, response })
    return response
  }
}

/** JSON with object keys sorted, so that member order does not change the fingerprint. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) =>
    typeof member === 'object' && member !== null && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => a.localeCompare(b)))
      : member
  )
}
