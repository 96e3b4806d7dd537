/**
 * Writes the build's comment on the pull request that triggered the run, when `pr-comment` is on
 * and the event is a pull request. Nothing here runs, and @actions/github is never loaded, on any
 * other event. A comment that cannot be written is one warning: it never fails the step and never
 * hides the build's own result, which is reported before this runs.
 */
import * as core from '@actions/core'
import type { PullRequestCommentSettings } from '../inputs/action-inputs.js'
import type { BuildRecord } from '../domain/record.js'
import { commentKey, renderPullRequestComment } from '../report/pr-comment.js'
import {
  commentFailureMessage,
  type PullRequestComments,
  upsertStickyComment
} from './sticky-comment.js'

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

export async function commentOnPullRequest(
  record: BuildRecord,
  settings: PullRequestCommentSettings | undefined,
  env: NodeJS.ProcessEnv
): Promise<void> {
  // The event's name alone decides, so other events never load the GitHub client.
  if (!settings || !PULL_REQUEST_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '')) return
  const github = await import('@actions/github')
  const { context } = github
  const pullRequest = context.payload.pull_request?.number
  if (typeof pullRequest !== 'number') {
    core.warning(
      `No pull-request comment: the ${context.eventName} event's payload names no pull request.`
    )
    return
  }
  const octokit = github.getOctokit(settings.token)
  const target = { ...context.repo, issue_number: pullRequest }
  const comments: PullRequestComments = {
    list: () => octokit.paginate(octokit.rest.issues.listComments, { ...target, per_page: 100 }),
    create: async (body) => (await octokit.rest.issues.createComment({ ...target, body })).data,
    update: async (id, body) =>
      (await octokit.rest.issues.updateComment({ ...context.repo, comment_id: id, body })).data
  }
  try {
    const body = renderPullRequestComment(record, runUrl(context))
    const result = await upsertStickyComment(comments, commentKey(record), body)
    core.info(
      `${result.kind === 'created' ? 'Commented on' : 'Updated the comment on'} pull request #${pullRequest}.`
    )
  } catch (error) {
    core.warning(commentFailureMessage(error, pullRequest))
  }
}

/** The run's page, only from values of the expected shape: the comment's one link of its own. */
function runUrl(context: {
  serverUrl: string
  repo: { owner: string; repo: string }
  runId: number
}): string | undefined {
  const { serverUrl, repo, runId } = context
  const wellFormed =
    /^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(serverUrl) &&
    /^[A-Za-z0-9_.-]+$/.test(repo.owner) &&
    /^[A-Za-z0-9_.-]+$/.test(repo.repo) &&
    Number.isSafeInteger(runId) &&
    runId > 0
  return wellFormed ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined
}
