/**
 * Content fingerprints: what makes two versions of a resource the same. Kept on each resource as a
 * tag, so a later run can tell "unchanged, reuse it" from "changed, make a new version" without
 * diffing every field Image Builder returns.
 */
import { createHash } from 'node:crypto'

export { FINGERPRINT_TAG } from '../domain/action-tags.js'

/** sha256 of the value as JSON with object keys sorted, so key order never changes it. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex')
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`
  }
  // undefined only reaches here as a top-level value; members that are undefined are dropped above.
  return value === undefined ? 'null' : JSON.stringify(value)
}
