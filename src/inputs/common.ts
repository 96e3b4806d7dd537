/** The inputs every mode shares: waiting, reporting, tags. */
import type { CommonInputs } from './action-inputs.js'
import { parseBoolean, parseNumber, parseTags } from './fields.js'
import type { InputReader } from './reader.js'

/**
 * A week: longer than any build (Image Builder's longest step timeouts add up to days, not weeks),
 * and small enough that the timer never overflows Node's 2^31 ms limit for timeouts.
 */
const MAX_TIMEOUT_MINUTES = 10_080
/** Faster than this only burns API quota; slower than an hour misses whole build stages. */
const MIN_POLL_SECONDS = 0.1
const MAX_POLL_SECONDS = 3_600

export function parseCommon(read: InputReader, region: string): CommonInputs {
  return {
    region,
    wait: parseBoolean('wait', read('wait')),
    timeoutMinutes: parseNumber('timeout-minutes', read('timeout-minutes'), {
      min: 0,
      max: MAX_TIMEOUT_MINUTES
    }),
    cancelOnAbort: parseBoolean('cancel-on-abort', read('cancel-on-abort')),
    pollIntervalSeconds: parseNumber('poll-interval-seconds', read('poll-interval-seconds'), {
      min: MIN_POLL_SECONDS,
      max: MAX_POLL_SECONDS
    }),
    streamLogs: parseBoolean('stream-logs', read('stream-logs')),
    summary: parseBoolean('summary', read('summary')),
    amiTags: parseTags('ami-tags', read('ami-tags')),
    tags: parseTags('tags', read('tags'))
  }
}
