/** The inputs every mode shares: waiting, reporting, tags. */
import type { CommonInputs } from './action-inputs.js'
import { parseBoolean, parseNumber, parseTags } from './fields.js'
import type { InputReader } from './reader.js'

export function parseCommon(read: InputReader, region: string): CommonInputs {
  return {
    region,
    wait: parseBoolean('wait', read('wait')),
    timeoutMinutes: parseNumber('timeout-minutes', read('timeout-minutes'), { min: 0 }),
    cancelOnAbort: parseBoolean('cancel-on-abort', read('cancel-on-abort')),
    pollIntervalSeconds: parseNumber('poll-interval-seconds', read('poll-interval-seconds'), {
      min: 0,
      minExclusive: true
    }),
    streamLogs: parseBoolean('stream-logs', read('stream-logs')),
    summary: parseBoolean('summary', read('summary')),
    amiTags: parseTags('ami-tags', read('ami-tags')),
    tags: parseTags('tags', read('tags'))
  }
}
