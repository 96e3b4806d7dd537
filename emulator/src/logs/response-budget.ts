/**
 * How many events fit in one read: at most `limit`, and at most 1 MB, counting each event as its
 * UTF-8 message plus 26 bytes of overhead (the accounting PutLogEvents uses).
 */
import type { StoredLogEvent } from './store.js'

const MAX_RESPONSE_BYTES = 1_048_576
const EVENT_OVERHEAD_BYTES = 26

/** The number of events, taken in the given order, that fit; always at least one if any exist. */
export function countWithinBudget(events: readonly StoredLogEvent[], limit: number): number {
  let bytes = 0
  let count = 0
  for (const event of events) {
    if (count === limit) break
    bytes += Buffer.byteLength(event.message, 'utf8') + EVENT_OVERHEAD_BYTES
    if (bytes > MAX_RESPONSE_BYTES && count > 0) break
    count += 1
  }
  return count
}
