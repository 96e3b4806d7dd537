/**
 * A small stand-in for the GitHub REST API calls the action makes for its pull-request comment:
 * list a pull request's issue comments (paginated, with a `Link` header as GitHub sends it),
 * create one, update one. It holds comments per repository and pull request, records every
 * request, and can refuse as a read-only token is refused (HTTP 403). Point the action at it with
 * GITHUB_API_URL.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
  /** Who wrote it: the action's token writes as `github-actions[bot]`. */
  user: string
  issue: number
}

export interface RecordedRequest {
  method: string
  /** Path and query, as sent. */
  url: string
  authorization: string
  body?: unknown
}

export interface GitHubApiFake {
  url: string
  comments: FakeComment[]
  requests: RecordedRequest[]
  /** 'forbidden': every call answers 403, as for a token without pull-requests: write. */
  mode: 'normal' | 'forbidden'
  /** A comment written by someone else. */
  seedComment(issue: number, body: string, user?: string): FakeComment
  close(): Promise<void>
}

const PAGE_SIZE_MAX = 100
const BOT = 'github-actions[bot]'

export async function startGitHubApiFake(
  options: { perPageCap?: number } = {}
): Promise<GitHubApiFake> {
  let nextId = 1000
  const fake: GitHubApiFake = {
    url: '',
    comments: [],
    requests: [],
    mode: 'normal',
    seedComment: (issue, body, user = 'octocat') => {
      const comment = { id: (nextId += 1), body, user, issue }
      fake.comments.push(comment)
      return comment
    },
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
  const perPageCap = options.perPageCap ?? PAGE_SIZE_MAX
  const server: Server = createServer((request, response) => {
    void readBody(request).then((text) => {
      const body = text ? (JSON.parse(text) as unknown) : undefined
      fake.requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        authorization: request.headers.authorization ?? '',
        ...(body === undefined ? {} : { body })
      })
      if (!request.headers.authorization)
        return send(response, 401, { message: 'Requires authentication' })
      if (fake.mode === 'forbidden')
        return send(response, 403, { message: 'Resource not accessible by integration' })
      route(fake, request, response, body, perPageCap, () => (nextId += 1))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return fake
}

function route(
  fake: GitHubApiFake,
  request: IncomingMessage,
  response: ServerResponse,
  body: unknown,
  perPageCap: number,
  newId: () => number
): void {
  const url = new URL(request.url ?? '/', fake.url)
  const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname)
  const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
  const text = (body as { body?: unknown } | undefined)?.body
  if (list && request.method === 'GET') {
    const issue = Number(list[1])
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), perPageCap)
    const page = Number(url.searchParams.get('page') ?? 1)
    const all = fake.comments.filter((comment) => comment.issue === issue)
    const pages = Math.max(1, Math.ceil(all.length / perPage))
    const headers: Record<string, string> = {}
    if (page < pages) {
      const next = new URL(url)
      next.searchParams.set('page', String(page + 1))
      headers.link = `<${next.toString()}>; rel="next"`
    }
    const slice = all.slice((page - 1) * perPage, page * perPage)
    return send(response, 200, slice.map(view), headers)
  }
  if (list && request.method === 'POST' && typeof text === 'string') {
    const comment = { id: newId(), body: text, user: BOT, issue: Number(list[1]) }
    fake.comments.push(comment)
    return send(response, 201, view(comment))
  }
  if (one && request.method === 'PATCH' && typeof text === 'string') {
    const comment = fake.comments.find((candidate) => candidate.id === Number(one[1]))
    if (!comment) return send(response, 404, { message: 'Not Found' })
    comment.body = text
    return send(response, 200, view(comment))
  }
  send(response, 404, { message: 'Not Found' })
}

function view(comment: FakeComment): object {
  return { id: comment.id, body: comment.body, user: { login: comment.user, type: 'Bot' } }
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  response.end(JSON.stringify(body))
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (text += chunk))
    request.on('end', () => resolve(text))
    request.on('error', reject)
  })
}
