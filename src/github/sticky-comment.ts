/**
 * One comment per build on a pull request, kept current: found again by its marker, updated in
 * place, created only when absent. Comments of anyone else (and ones that merely quote the marker)
 * are never touched: only a body whose first line is exactly the marker counts.
 */
import { isCommentFor } from '../report/pr-comment.js'

export interface IssueComment {
  id: number
  body?: string | null
}

/** The three REST calls on one pull request's conversation. */
export interface PullRequestComments {
  /** Every comment, all pages, oldest first. */
  list(): Promise<IssueComment[]>
  create(body: string): Promise<IssueComment>
  update(id: number, body: string): Promise<IssueComment>
}

export type StickyResult = { kind: 'created'; id: number } | { kind: 'updated'; id: number }

export async function upsertStickyComment(
  comments: PullRequestComments,
  key: string,
  body: string
): Promise<StickyResult> {
  const existing = (await comments.list()).find((comment) => isCommentFor(comment.body ?? '', key))
  if (existing) {
    await comments.update(existing.id, body)
    return { kind: 'updated', id: existing.id }
  }
  const created = await comments.create(body)
  return { kind: 'created', id: created.id }
}

/**
 * What to tell the user when GitHub refuses: the token's missing permission for 401, 403 and 404
 * (GitHub answers 404 to a token that may not see a private repository's pull request), and the
 * error otherwise. Never a reason to fail the step.
 */
export function commentFailureMessage(error: unknown, pullRequest: number): string {
  const status = statusOf(error)
  const what = `The pull-request comment on #${pullRequest} was not written`
  if (status === 401 || status === 403 || status === 404) {
    return `${what}: GitHub answered HTTP ${status}. The token needs permission to write pull requests: add \`permissions: pull-requests: write\` to the job (a pull request from a fork gets a read-only token; there, leave pr-comment off). The build itself is unaffected.`
  }
  const reason = error instanceof Error ? error.message : String(error)
  return `${what} (the build itself is unaffected): ${status ? `HTTP ${status}: ` : ''}${reason}`
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined
  return typeof error.status === 'number' ? error.status : undefined
}
