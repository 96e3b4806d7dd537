/**
 * Where a build came from, as tags on the image and its AMIs: the repository, the commit and the
 * workflow run, so an AMI found in an account months later leads back to what made it. Read from
 * the runner's default variables (GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_RUN_ID, ...), the same
 * ones @actions/github's context reads.
 */
import { invocationId } from '../client-token.js'
import { INVOCATION_TAG } from '../domain/action-tags.js'

/** Empty outside a workflow run (a hand run or the demo), where there is nothing to point at. */
export function provenanceTags(env: NodeJS.ProcessEnv): Record<string, string> {
  const repository = env.GITHUB_REPOSITORY
  const runId = env.GITHUB_RUN_ID
  if (!repository || !runId) return {}
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  const runAttempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '', 10)
  const attempt = Number.isNaN(runAttempt) ? '' : `/attempts/${String(runAttempt)}`
  const tags: Record<string, string> = {
    'github:repository': repository,
    'github:run-url': `${serverUrl}/${repository}/actions/runs/${runId}${attempt}`
  }
  if (env.GITHUB_SHA) tags['github:sha'] = env.GITHUB_SHA
  return tags
}

/** Names the invocation on the image, so that a re-run attempt can find it (retry-on-rerun). */
export function invocationTag(env: NodeJS.ProcessEnv): Record<string, string> {
  const id = invocationId(env)
  return id === undefined ? {} : { [INVOCATION_TAG]: id }
}
