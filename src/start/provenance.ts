/**
 * Where a build came from, as tags on the image and its AMIs: the repository, the commit and the
 * workflow run, so an AMI found in an account months later leads back to what made it. Read through
 * @actions/github, loaded only here: most of it (octokit) is never needed by the action.
 */

/** Empty outside a workflow run (a hand run or the demo), where there is nothing to point at. */
export async function provenanceTags(): Promise<Record<string, string>> {
  if (!process.env.GITHUB_REPOSITORY || !process.env.GITHUB_RUN_ID) return {}
  const { context } = await import('@actions/github')
  const { owner, repo } = context.repo
  const attempt = Number.isNaN(context.runAttempt) ? '' : `/attempts/${context.runAttempt}`
  const tags: Record<string, string> = {
    'github:repository': `${owner}/${repo}`,
    'github:run-url': `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}${attempt}`
  }
  if (context.sha) tags['github:sha'] = context.sha
  return tags
}
