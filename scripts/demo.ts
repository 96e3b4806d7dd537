/**
 * `npm run demo`: the action's main job, as GitHub's runner would run it, against the embedded
 * emulator. Starts the emulator with a pipeline that distributes to three regions, runs the bundled
 * dist/index.js, and prints the job log, the step outputs, the JUnit test report and the job summary.
 *
 *   npm run demo                          a build that succeeds
 *   npm run demo -- --fail                a test component that fails, its log arriving late
 *   npm run demo -- --summary-file x.md   also writes the summary's Markdown to x.md
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startEmulator } from '../emulator/src/index.js'
import type { ScenarioOverrides } from '../emulator/src/scenario.js'
import { type RunnerLine, runAction } from './github-runner.js'

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2']

const { values: options } = parseArgs({
  options: { fail: { type: 'boolean', default: false }, 'summary-file': { type: 'string' } }
})

/** A smoke test that finds nginx not serving; CloudWatch gets the output a second late. */
const FAILING_TEST: ScenarioOverrides = {
  logDelayMs: 1_000,
  failure: {
    kind: 'step',
    step: 'ApplyTestComponents',
    component: {
      stepName: 'CurlHomePage',
      errorMessage: 'exit status 22',
      stderr: [
        'curl: (22) The requested URL returned error: 502',
        'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)'
      ]
    }
  }
}

function show(line: RunnerLine): void {
  if (line.kind === 'log') console.log(`  ${line.text}`)
  else if (line.name === 'group') console.log(`  ▸ ${line.value}`)
  else if (line.name === 'error' || line.name === 'warning')
    console.log(`  ${line.name.toUpperCase()}: ${line.value}`)
}

const emulator = await startEmulator({ port: 0 })
try {
  const { pipelineArn } = emulator.seedPipeline({
    name: 'golden-al2023',
    region: 'us-east-1',
    distributionRegions: REGIONS,
    scanningEnabled: !options.fail,
    scenario: {
      buildLogLines: ['Installing nginx 1.26', 'nginx installed', 'Hardening sshd_config'],
      testLogLines: [
        'curl -sf http://localhost/ → 200',
        'sshd: PasswordAuthentication no ✓',
        '2 tests passed'
      ],
      scanFindings: [
        { vulnerabilityId: 'CVE-2025-38064', severity: 'HIGH', packageName: 'kernel' },
        { vulnerabilityId: 'CVE-2025-21501', severity: 'MEDIUM', packageName: 'openssl-libs' }
      ],
      ...(options.fail ? FAILING_TEST : {})
    }
  })
  console.log(
    `Emulator on ${emulator.url}; running dist/index.js with pipeline-arn ${pipelineArn}\n`
  )
  console.log('── Job log ──')
  const run = await runAction({
    endpoint: emulator.url,
    inputs: {
      'pipeline-arn': pipelineArn,
      'poll-interval-seconds': '0.5',
      'ami-tags': 'purpose=demo'
    },
    onLine: show
  })
  console.log('\n── Outputs ──')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`  ${name} = ${value}`)
  const report = run.outputs['test-report']
  if (report) {
    console.log('\n── Test report (JUnit XML) ──\n')
    console.log(readFileSync(report, 'utf8'))
  }
  console.log('── Job summary (Markdown, as GITHUB_STEP_SUMMARY received it) ──\n')
  console.log(run.summary)
  const summaryFile = options['summary-file']
  if (summaryFile) writeFileSync(summaryFile, run.summary)
  console.log(
    `── The step ${run.exitCode === 0 ? 'succeeded' : `failed (exit code ${String(run.exitCode)})`} ──`
  )
  process.exitCode = options.fail ? (run.exitCode === 1 ? 0 : 1) : (run.exitCode ?? 1)
} finally {
  await emulator.close()
}
