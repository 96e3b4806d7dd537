/**
 * Step debug logging (RUNNER_DEBUG=1) end to end: every AWS call on a `::debug::` line with its
 * operation, request ID and attempts, each poll's decision and each log read; no secret anywhere
 * in what the step prints; and nothing of it without debug logging.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { startGitHubApiFake, type GitHubApiFake } from '../../scripts/github-api-fake.js'
import type { ActionRun } from '../../scripts/github-runner.js'
import { emulatorPerTest, runStep } from './helpers.js'

const startWorld = emulatorPerTest()

const SECRETS = {
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKENvalue0123456789',
  GITHUB_TOKEN: 'ghs_debugTestToken0123456789abcdefABCDEF'
}

const fakes: GitHubApiFake[] = []
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()))
})

/** `AWS <Operation> (<region>) ok|failed with …: HTTP …, request ID …, N attempts, …` */
const CALL =
  /^AWS (\w+) \(([a-z0-9-]+)\) (ok|failed with \w+): HTTP (\d+|none), request ID (\S+), (\d+) attempts?, retry delay (\d+) ms, latency (\d+) ms$/

function debugLines(run: ActionRun): string[] {
  return run.commands
    .filter((command) => command.startsWith('debug: '))
    .map((command) => command.slice(7))
}

/** Everything the step wrote to stdout and stderr, as the runner read it. */
function everything(run: ActionRun): string {
  return [
    ...run.log,
    ...run.commands,
    ...(run.post ? [...run.post.log, ...run.post.commands] : [])
  ].join('\n')
}

describe('step debug logging', () => {
  it('puts every AWS call, poll decision and log read on the debug channel, and no secret', async () => {
    const { emu, pipeline } = await startWorld()
    const fake = await startGitHubApiFake()
    fakes.push(fake)
    // A GetImage that is throttled once and answered on its second attempt.
    emu.injectFault({ kind: 'throttle', operation: 'GetImage', after: 2, times: 1 })

    const run = await runStep(
      emu,
      {
        'pipeline-arn': pipeline.pipelineArn,
        'pr-comment': 'true',
        'github-token': SECRETS.GITHUB_TOKEN
      },
      {
        env: { RUNNER_DEBUG: '1', ...SECRETS },
        github: {
          apiUrl: fake.url,
          eventName: 'pull_request',
          payload: { pull_request: { number: 3 } }
        }
      }
    )

    expect(run.exitCode).toBe(0)
    const calls = debugLines(run)
      .map((line) => CALL.exec(line))
      .filter((match) => match !== null)
    // Each call's attempts add up to the requests the emulator saw for its operation.
    const attempts = new Map<string, number>()
    for (const call of calls)
      attempts.set(call[1] ?? '', (attempts.get(call[1] ?? '') ?? 0) + Number(call[6]))
    const requests = new Map<string, number>()
    for (const request of emu.requests)
      requests.set(request.operation, (requests.get(request.operation) ?? 0) + 1)
    expect(Object.fromEntries(attempts)).toEqual(Object.fromEntries(requests))
    expect(calls.every((call) => /^[0-9a-f-]{36}$/.test(call[5] ?? ''))).toBe(true)
    expect(calls.every((call) => call[2] === 'us-east-1')).toBe(true)
    const retried = calls.filter((call) => call[1] === 'GetImage' && Number(call[6]) === 2)
    expect(retried).toHaveLength(1)
    expect(Number(retried[0]?.[7])).toBeGreaterThan(0)
    expect(
      calls.some((call) => call[1] === 'StartImagePipelineExecution' && call[4] === '200')
    ).toBe(true)
    expect(
      debugLines(run).some((line) =>
        /^Poll: image BUILDING, .*next poll in [\d.]+ m?s \(/.test(line)
      )
    ).toBe(true)
    expect(debugLines(run)).toContain('Poll: image AVAILABLE, a final status: polling ends')
    expect(debugLines(run).some((line) => line.startsWith('Log read: /aws/imagebuilder/'))).toBe(
      true
    )
    expect(debugLines(run).some((line) => line.startsWith('Log drain: '))).toBe(true)
    for (const secret of Object.values(SECRETS)) expect(everything(run)).not.toContain(secret)
    expect(everything(run)).not.toMatch(/Authorization|X-Amz-Security-Token|Signature=/i)
  })

  it('names the error of a call that failed for good', async () => {
    const { emu, pipeline } = await startWorld()
    emu.injectFault({
      kind: 'expired-credentials',
      operation: 'GetImage',
      after: 1,
      times: Infinity
    })

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn },
      { env: { RUNNER_DEBUG: '1' } }
    )

    expect(run.exitCode).toBe(1)
    expect(debugLines(run)).toContainEqual(
      expect.stringMatching(
        /^AWS GetImage \(us-east-1\) failed with ExpiredTokenException: HTTP 403, request ID [0-9a-f-]{36}, 1 attempt,/
      )
    )
  })

  it('writes nothing of it without debug logging', async () => {
    const { emu, pipeline } = await startWorld()

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(0)
    expect(debugLines(run)).toEqual([])
  })
})
