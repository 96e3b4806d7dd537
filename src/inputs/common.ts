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
    tags: parseTags('tags', read('tags')),
    ...pullRequestComment(read)
  }
}

function pullRequestComment(read: InputReader): Pick<CommonInputs, 'pullRequestComment'> {
  if (!parseBoolean('pr-comment', read('pr-comment'))) return {}
  const token = githubToken(read)
  return token ? { pullRequestComment: { token } } : {}
}

/**
 * The `github-token` input, or empty when none was passed: a hand run passes nothing, and then the
 * default is the unexpanded `${{ github.token }}` of action.yml.
 */
export function githubToken(read: InputReader): string {
  const token = read('github-token')
  return token.startsWith('${{') ? '' : token
}

/** Said when `pr-comment: true` has no token to write with: the build goes on without a comment. */
export function pullRequestCommentWarnings(read: InputReader): string[] {
  if (!parseBoolean('pr-comment', read('pr-comment')) || githubToken(read) !== '') return []
  return [
    "Input 'pr-comment' is true but 'github-token' is empty: no pull-request comment is written. Pass github-token: ${{ github.token }} (the default) or a token that may write pull requests."
  ]
}
