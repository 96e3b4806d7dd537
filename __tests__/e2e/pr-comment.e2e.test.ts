/**
 * The sticky pull-request comment, end to end: the bundled action on a pull_request event talks to
 * a fake of GitHub's REST API (GITHUB_API_URL) and keeps one comment per build on the pull request.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { type GitHubApiFake, startGitHubApiFake } from '../../scripts/github-api-fake.js'
import type { RunOptions } from '../../scripts/github-runner.js'
import { emulatorPerTest, runStep } from './helpers.js'
import { mutatingCalls, recipeWorldPerTest } from './recipe-helpers.js'

const PULL_REQUEST = 17
const TOKEN = 'ghs_fakeInstallationToken0123456789abcdef'
const COMMENTING = { 'pr-comment': 'true', 'github-token': TOKEN }

const startRecipeWorld = recipeWorldPerTest()
const startPipelineWorld = emulatorPerTest()

const fakes: GitHubApiFake[] = []
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()))
})

/** A fake GitHub whose list answers two comments a page, so that finding a comment needs paging. */
async function gitHub(): Promise<GitHubApiFake> {
  const fake = await startGitHubApiFake({ perPageCap: 2 })
  fakes.push(fake)
  return fake
}

function onPullRequest(
  fake: GitHubApiFake,
  eventName = 'pull_request'
): Pick<RunOptions, 'github'> {
  return {
    github: {
      apiUrl: fake.url,
      eventName,
      payload: {
        action: 'synchronize',
        number: PULL_REQUEST,
        pull_request: { number: PULL_REQUEST }
      }
    }
  }
}

function actionComments(fake: GitHubApiFake): { id: number; body: string }[] {
  return fake.comments.filter((comment) => comment.user === 'github-actions[bot]')
}

describe('the pull-request comment', () => {
  it('shows a dry run’s plan, then the build’s AMI in the same comment, one per build name', async () => {
    const { emu, run } = await startRecipeWorld()
    const fake = await gitHub()
    const theirs = [
      fake.seedComment(PULL_REQUEST, 'Looks good to me'),
      fake.seedComment(PULL_REQUEST, 'Why this base image?'),
      // Quoting the action's comment, marker and all, does not make it the action's.
      fake.seedComment(
        PULL_REQUEST,
        '> <!-- imagebuilder-action:pr-comment build=recipe%3Aus-east-1%3Agolden -->\n> quoted'
      )
    ].map((comment) => ({ ...comment }))

    const dry = await run({ ...COMMENTING, 'dry-run': 'true' }, {}, onPullRequest(fake))

    expect(dry.exitCode).toBe(0)
    expect(dry.warnings).toEqual([])
    expect(mutatingCalls(emu)).toEqual([])
    const [planned] = actionComments(fake)
    expect(actionComments(fake)).toHaveLength(1)
    expect(planned?.body).toMatch(
      /^<!-- imagebuilder-action:pr-comment build=recipe%3Aus-east-1%3Agolden -->\n/
    )
    expect(planned?.body).toContain('Dry run')
    expect(planned?.body).toContain('### Plan')
    expect(planned?.body).toContain('image recipe')
    expect(dry.log).toContain(`Commented on pull request #${PULL_REQUEST}.`)
    // Every call carried the token, and only to GitHub's API.
    expect(fake.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true)

    const built = await run(COMMENTING, { GITHUB_RUN_ID: '4243' }, onPullRequest(fake))

    expect(built.exitCode).toBe(0)
    expect(built.outputs.status).toBe('AVAILABLE')
    const ami = built.outputs['ami-id'] ?? ''
    expect(ami).toMatch(/^ami-/)
    expect(actionComments(fake)).toHaveLength(1)
    const [updated] = actionComments(fake)
    expect(updated?.id).toBe(planned?.id)
    expect(updated?.body).toContain(ami)
    expect(updated?.body).toContain('AVAILABLE')
    expect(updated?.body).toContain('https://github.com/octo-org/golden-images/actions/runs/4243')
    expect(updated?.body).not.toContain('### Plan')
    expect(built.log).toContain(`Updated the comment on pull request #${PULL_REQUEST}.`)
    const listed = fake.requests.filter((request) => request.method === 'GET')
    // Four comments at two a page: the action read both pages before it decided.
    expect(
      listed.map((request) => new URL(request.url, fake.url).searchParams.get('page') ?? '1')
    ).toContain('2')
    expect(fake.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1)
    expect(fake.requests.filter((request) => request.method === 'POST')).toHaveLength(1)

    const other = await run(
      { ...COMMENTING, name: 'golden-arm', 'dry-run': 'true' },
      { GITHUB_RUN_ID: '4244' },
      onPullRequest(fake, 'pull_request_target')
    )

    expect(other.exitCode).toBe(0)
    expect(actionComments(fake)).toHaveLength(2)
    expect(actionComments(fake)[0]?.body).toContain(ami)
    expect(actionComments(fake)[1]?.body).toContain('golden-arm')
    // Nobody else's comment was edited.
    for (const comment of theirs)
      expect(fake.comments.find((candidate) => candidate.id === comment.id)).toEqual(comment)
  })

  it('gives one warning naming the permission when GitHub refuses, and the step still succeeds', async () => {
    const { emu, pipeline } = await startPipelineWorld()
    const fake = await gitHub()
    fake.mode = 'forbidden'

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn, ...COMMENTING },
      onPullRequest(fake)
    )

    expect(run.exitCode).toBe(0)
    expect(run.errors).toEqual([])
    expect(run.outputs.status).toBe('AVAILABLE')
    expect(run.summary).toContain('AVAILABLE')
    expect(run.warnings).toHaveLength(1)
    expect(run.warnings[0]).toContain('HTTP 403')
    expect(run.warnings[0]).toContain('permissions: pull-requests: write')
    expect(fake.comments).toEqual([])
  })

  it('makes no GitHub call on a push event', async () => {
    const { emu, pipeline } = await startPipelineWorld()
    const fake = await gitHub()

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn, ...COMMENTING },
      {
        github: { apiUrl: fake.url, eventName: 'push', payload: { ref: 'refs/heads/main' } }
      }
    )

    expect(run.exitCode).toBe(0)
    expect(run.warnings).toEqual([])
    expect(fake.requests).toEqual([])
  })

  it('makes no GitHub call with pr-comment left at its default', async () => {
    const { emu, pipeline } = await startPipelineWorld()
    const fake = await gitHub()

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn, 'github-token': TOKEN },
      onPullRequest(fake)
    )

    expect(run.exitCode).toBe(0)
    expect(fake.requests).toEqual([])
  })

  it('warns once and builds without a comment when github-token is empty', async () => {
    const { emu, pipeline } = await startPipelineWorld()
    const fake = await gitHub()

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn, 'pr-comment': 'true', 'github-token': '' },
      onPullRequest(fake)
    )

    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('AVAILABLE')
    expect(run.warnings).toHaveLength(1)
    expect(run.warnings[0]).toContain("'github-token' is empty")
    expect(fake.requests).toEqual([])
  })

  it('refuses a pr-comment that is not a boolean before any call', async () => {
    const { emu, pipeline } = await startPipelineWorld()
    const fake = await gitHub()

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn, 'pr-comment': 'yes please', 'github-token': TOKEN },
      onPullRequest(fake)
    )

    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual(["Input 'pr-comment': expected true or false, got 'yes please'"])
    expect(emu.requests).toEqual([])
    expect(fake.requests).toEqual([])
  })
})
