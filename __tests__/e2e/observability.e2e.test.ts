/**
 * What a reader of the run sees: test components as tests (summary and JUnit report), the cause of
 * a failure with what the failing step printed (also when that log reaches CloudWatch late), every
 * build log line exactly once, groups that pair up, a bounded summary, and AWS text that neither
 * commands the runner nor forms markup.
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import type { ActionRun } from '../../scripts/github-runner.js'
import { type Emulator, startEmulator } from '../../emulator/src/index.js'
import { BUILD_REGION, emulatorPerTest, plainText, runStep } from './helpers.js'

const startWorld = emulatorPerTest()

/** Less than the drain's one-second gap, more than the 0.2 s poll: the log trails the status. */
/**
 * The build's log reaches CloudWatch 8 s (emulator time; 0.8 s of wall time) after it was printed:
 * later than the rest of the build after a failing step, so what that step printed can only arrive
 * once the end is seen, even when a loaded machine stretches a poll's requests apart. The drain's
 * second read, a second of wall time after the end, finds it.
 */
const LATE_LOG = { logDelayMs: 8_000 }

const STDERR = ['No package nginx available.', 'Error: Nothing to do']

/** Groups open and close in pairs, never nested, and none is left open. */
function expectGroupsInPairs(run: ActionRun): void {
  let open = 0
  for (const command of run.commands) {
    if (command.startsWith('group: ')) {
      expect(open).toBe(0)
      open += 1
    } else if (command.startsWith('endgroup: ')) {
      expect(open).toBe(1)
      open -= 1
    }
  }
  expect(open).toBe(0)
  expect(run.commands.filter((command) => command.startsWith('group: ')).length).toBeGreaterThan(0)
}

interface JUnitCase {
  name: string
  classname: string
  failure?: { message: string; '#text': string }
  skipped?: { message: string }
}

function readJUnit(path: string): JUnitCase[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => name === 'testcase'
  })
  const parsed = parser.parse(readFileSync(path, 'utf8')) as {
    testsuites: { testsuite: { testcase: JUnitCase[] } }
  }
  return parsed.testsuites.testsuite.testcase
}

describe('test components', () => {
  it('are reported as tests: the JUnit report lists exactly them, the failed one with its cause', async () => {
    const { emu, pipeline } = await startWorld({
      scenario: {
        failure: {
          kind: 'step',
          step: 'ApplyTestComponents',
          component: {
            stepName: 'CurlHomePage',
            errorMessage: 'exit status 22',
            stderr: ['curl: (22) 502']
          }
        }
      }
    })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(1)
    const report = run.outputs['test-report'] ?? ''
    expect(report).toMatch(/imagebuilder-test-report-image\.xml$/)
    const cases = readJUnit(report)
    expect(cases.map((testCase) => testCase.classname)).toEqual([pipeline.testComponentArn])
    expect(cases[0]?.failure?.message).toBe('exit status 22')
    expect(cases[0]?.failure?.['#text']).toContain('step CurlHomePage')
    expect(cases[0]?.failure?.['#text']).toContain('Stderr: curl: (22) 502')
    expect(plainText(run.summary)).toContain(
      '| golden-test | ❌ failed | phase test, step CurlHomePage'
    )
    const testResults = JSON.parse(run.outputs['test-results'] ?? '') as { step: string }[]
    expect(testResults.map((result) => result.step)).toContain('ApplyTestComponents')
    expectGroupsInPairs(run)
  })

  it('quote what the failed test printed when AWSTOE writes no failure block to the log', async () => {
    const { emu, pipeline } = await startWorld({
      scenario: {
        testLogLines: Array.from({ length: 30 }, (_, index) => `check ${String(index)}`),
        failure: {
          kind: 'step',
          step: 'ApplyTestComponents',
          component: {
            stepName: 'CurlHomePage',
            errorMessage: 'exit status 22',
            stderr: ['curl: (22) 502 <b>down</b>'],
            failureBlock: false
          }
        }
      }
    })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(1)
    expect(run.log.some((line) => line.includes('ComponentArn: '))).toBe(false)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      `The step printed (last 10 lines): ${Array.from({ length: 9 }, (_, index) => `Stdout: check ${String(21 + index)}`).join(' ⏎ ')} ⏎ Stderr: curl: (22) 502 <b>down</b>.`
    )
    const summary = plainText(run.summary)
    expect(summary).toContain('The failing step printed (last 10 lines):')
    expect(summary).toContain('> Stdout: check 29\n> Stderr: curl: (22) 502 <b>down</b></pre>')
    expect(summary).not.toContain('check 20\n')
    expect(run.summary).not.toContain('<b>down</b>')
    const failed = readJUnit(run.outputs['test-report'] ?? '')[0]
    expect(failed?.failure?.['#text']).toContain('The step printed:')
    expect(failed?.failure?.['#text']).toContain('Stderr: curl: (22) 502 <b>down</b>')
    expect(failed?.failure?.['#text']).not.toContain('Stdout: check 10\n')
  })

  it('pass when the test stage completes', async () => {
    const { emu, pipeline } = await startWorld()

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(0)
    const cases = readJUnit(run.outputs['test-report'] ?? '')
    expect(cases).toEqual([{ name: 'golden-test', classname: pipeline.testComponentArn }])
    expect(plainText(run.summary)).toContain('1 test component: 1 passed, 0 failed, 0 not run.')
  })
})

describe('a failed build', () => {
  async function buildFailingWithStderr(
    scenario: { logDelayMs?: number } = {}
  ): Promise<ActionRun> {
    const { emu, pipeline } = await startWorld({
      scenario: {
        ...scenario,
        failure: {
          kind: 'step',
          step: 'ApplyBuildComponents',
          component: { stepName: 'InstallNginx', stderr: STDERR }
        }
      }
    })
    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })
    expect(run.exitCode).toBe(1)
    return run
  }

  function expectCauseFirst(run: ActionRun): void {
    const summary = plainText(run.summary)
    expect(summary.startsWith('> [!CAUTION]\n> **The image build FAILED during BUILDING.**')).toBe(
      true
    )
    expect(summary).toMatch(/- \*\*Component:\*\* golden-build arn:\S+:component\/golden-build\//)
    expect(summary).toContain('- **Phase › step:** build › InstallNginx (ExecuteBash)')
    expect(summary).toContain(
      '> Stderr: No package nginx available.\n> Stderr: Error: Nothing to do</pre>'
    )
    expect(summary).toContain('None: the build failed before it distributed an AMI.')
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      '⏎ Stderr: No package nginx available. ⏎ Stderr: Error: Nothing to do. Next: Reproduce it with AWSTOE'
    )
    expectGroupsInPairs(run)
  }

  it('opens its summary with the cause and what the failing step printed', async () => {
    expectCauseFirst(await buildFailingWithStderr())
  })

  it('quotes what the failing step printed also when that log arrives after the failure is seen', async () => {
    const run = await buildFailingWithStderr(LATE_LOG)

    expectCauseFirst(run)
    const afterEnd = run.log.slice(
      run.log.indexOf('Build log lines that arrived after the build ended')
    )
    expect(afterEnd.some((line) => line.endsWith('Stderr: No package nginx available.'))).toBe(true)
  })

  it('keeps its summary under 1 MiB and its annotation short when the reason is 3 MB', async () => {
    const reason = `Build failed: ${'disk full; '.repeat(300_000)}`
    const { emu, pipeline } = await startWorld({
      scenario: { failure: { kind: 'step', step: 'ApplyBuildComponents', reason } }
    })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(1)
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024)
    expect(plainText(run.summary)).toContain('Image Builder says:** Build failed: disk full;')
    expect(run.errors[0]?.length).toBeLessThanOrEqual(2_000)
    expect(run.errors[0]).toMatch(/\(cut; the job summary has the rest\)$/)
  })
})

describe('the build log', () => {
  it('streams lines that arrive after the final status, each exactly once', async () => {
    const lines = ['installing nginx 1.26', 'hardening sshd_config', 'done']
    const { emu, pipeline } = await startWorld({ scenario: { ...LATE_LOG, buildLogLines: lines } })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(0)
    for (const line of [...lines, 'Running tests', 'All tests passed']) {
      expect(run.log.filter((logged) => logged.endsWith(`Stdout: ${line}`))).toHaveLength(1)
    }
    expect(run.log).toContain('Build log lines that arrived after the build ended')
    const late = run.log.slice(
      run.log.indexOf('Build log lines that arrived after the build ended')
    )
    expect(late.some((logged) => / \d\d:\d\d:\d\d Distribution complete$/.test(logged))).toBe(true)
    // The service's progress lines would repeat the action's own: they are left out.
    expect(run.log.some((logged) => logged.includes('Image status: AVAILABLE'))).toBe(false)
    expect(run.log.at(-2)).toMatch(
      /^Image build AVAILABLE after \d+s; AMIs: us-east-1 ami-[0-9a-f]{17}\.$/
    )
    expect(run.log.at(-1)).toMatch(/^Usage: build instance .+ min, test instance .+ min; EBS /)
    expectGroupsInPairs(run)
  })
})

describe('a log that reaches CloudWatch after the build ended', () => {
  let emu: Emulator | undefined
  afterEach(async () => {
    await emu?.close()
  })

  it('is streamed whole, each line once, 1.5 s late at a 0.2 s poll interval', async () => {
    // Real time (no scaling): the shipper's delay is the action's, as against CloudWatch. The
    // build takes 0.9 s and prints from 0.2 s on; 2.4 s late, no line reaches CloudWatch before
    // 1.5 s after AVAILABLE.
    const lines = ['installing nginx 1.26', 'hardening sshd_config', 'done']
    emu = await startEmulator({
      port: 0,
      scenario: {
        durations: {
          PENDING: 100,
          CREATING: 100,
          BUILDING: 300,
          TESTING: 200,
          DISTRIBUTING: 100,
          INTEGRATING: 100
        },
        buildLogLines: lines,
        logDelayMs: 2_400
      }
    })
    const pipeline = emu.seedPipeline({
      name: 'golden',
      region: BUILD_REGION,
      distributionRegions: [BUILD_REGION]
    })

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn, 'poll-interval-seconds': '0.2' },
      { timeoutMs: 40_000 }
    )

    expect(run.exitCode).toBe(0)
    for (const line of [...lines, 'Running tests', 'All tests passed']) {
      expect(run.log.filter((logged) => logged.endsWith(`Stdout: ${line}`))).toHaveLength(1)
    }
    const late = run.log.slice(
      run.log.indexOf('Build log lines that arrived after the build ended')
    )
    expect(late.some((logged) => logged.endsWith('Stdout: done'))).toBe(true)
    expect(run.warnings.join('\n')).not.toContain('Stopped reading the build log')
  }, 45_000)
})

describe('a cancelled build', () => {
  it('shows no step as RUNNING, and its stages end in CANCELLED', async () => {
    const { emu, pipeline } = await startWorld({ scenario: { durations: { BUILDING: 60_000 } } })

    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn },
      {
        onLine: (line, child) => {
          if (
            line.kind === 'command' &&
            line.name === 'group' &&
            / Image BUILDING/.test(line.value)
          )
            setTimeout(() => child.kill('SIGINT'), 500)
        }
      }
    )

    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('CANCELLED')
    expect(run.summary).not.toContain('RUNNING')
    expect(plainText(run.summary)).toMatch(
      /\| 🚫 CANCELLED \| \d\d:\d\d:\d\d \| {2}\|\n\n### Workflows/
    )
    expect(plainText(run.summary)).toContain(
      '| golden-test | ⏭️ not run | the build was cancelled |'
    )
    expectGroupsInPairs(run)
  })
})

describe('text from AWS and the build', () => {
  const hostile =
    '::error::pwned ##[error]pwned <script>alert(1)</script> ![x](http://evil.example/x.png) www.evil.example ops@evil.example | cell'

  it('honours no command and forms no markup, in the log or the summary', async () => {
    const { emu, pipeline } = await startWorld({
      scenario: {
        buildLogLines: [hostile, `line break\n${hostile}`],
        failure: {
          kind: 'step',
          step: 'ApplyTestComponents',
          reason: hostile,
          errorMessage: hostile,
          component: { errorMessage: hostile, stderr: [hostile] }
        }
      }
    })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    const allowed = ['group', 'endgroup', 'stop-commands', 'resume-commands', 'error']
    expect(
      run.commands
        .map((command) => command.split(':')[0])
        .filter((name) => !allowed.includes(name ?? ''))
    ).toEqual([])
    expect(run.commands.some((command) => /^(error|warning): pwned/.test(command))).toBe(false)
    expect(run.log.some((line) => line.includes(hostile))).toBe(true)

    expect(run.summary).not.toMatch(/<script|!\[|\]\(http:/)
    const withoutOwnLinks = run.summary.replace(
      /\]\(https:\/\/[a-z0-9-]+\.console\.aws\.amazon\.com\/[^)]*\)/g,
      ''
    )
    expect(withoutOwnLinks).not.toContain('](')
    // Decoded as GitHub's filters see the text, word joiners kept.
    const decoded = run.summary.replace(/&#(\d+);/g, (_, code: string) =>
      String.fromCodePoint(Number(code))
    )
    expect(decoded).toContain('evil.example')
    expect(decoded).not.toMatch(/www\.|@[\w.-]|:\/\/evil/)
    for (const table of run.summary.split('\n\n').filter((block) => block.includes('\n| --- |'))) {
      const rows = table.split('\n').filter((line) => line.startsWith('|'))
      expect(new Set(rows.map((row) => row.split('|').length)).size).toBe(1)
    }
  })
})
