/**
 * `npm run demo`: the action's main job, as GitHub's runner would run it, against the embedded
 * emulator. Starts the emulator with a pipeline that distributes to three regions, runs the bundled
 * dist/index.js, and prints the job log, the step outputs and the job summary.
 */
import { startEmulator } from '../emulator/src/index.js'
import { type RunnerLine, runAction } from './github-runner.js'

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2']

function show(line: RunnerLine): void {
  if (line.kind === 'log') console.log(`  ${line.text}`)
  else if (line.name === 'error' || line.name === 'warning')
    console.log(`  ${line.name.toUpperCase()}: ${line.value}`)
}

const emulator = await startEmulator({ port: 0 })
try {
  const { pipelineArn } = emulator.seedPipeline({
    name: 'golden-al2023',
    region: 'us-east-1',
    distributionRegions: REGIONS,
    scenario: {
      buildLogLines: ['Installing nginx 1.26', 'nginx installed', 'Hardening sshd_config'],
      testLogLines: [
        'curl -sf http://localhost/ → 200',
        'sshd: PasswordAuthentication no ✓',
        '2 tests passed'
      ]
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
  console.log('\n── Job summary (Markdown, as GITHUB_STEP_SUMMARY received it) ──\n')
  console.log(run.summary)
  console.log(
    `── The step ${run.exitCode === 0 ? 'succeeded' : `failed (exit code ${String(run.exitCode)})`} ──`
  )
  process.exitCode = run.exitCode ?? 1
} finally {
  await emulator.close()
}
