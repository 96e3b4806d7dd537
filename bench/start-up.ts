/**
 * Start-up, measured side by side in one loop so that the machine's noise hits every variant
 * alike: bare `node -e 0`, a bundle that only imports @actions/core and reads one input (the
 * toolkit's floor, built with ncc here and now), the action rejecting an invalid input, the post
 * step after a finished main step, and the action reaching its first AWS request (pipeline mode,
 * against the emulator).
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator } from '../emulator/src/index.js'
import { actionDefaults, runAction } from '../scripts/github-runner.js'
import { median } from './stats.js'

const ROOT = join(import.meta.dirname, '..')
const ACTION = join(ROOT, 'dist', 'index.js')
const POST = join(ROOT, 'dist', 'post', 'index.js')

/** Builds bench/core-only.mjs with the action's own ncc options; returns the bundle's entry. */
function buildCoreOnlyBundle(out: string): string {
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'ncc'),
    [
      'build',
      join(import.meta.dirname, 'core-only.mjs'),
      '-o',
      out,
      '--no-source-map-register',
      '--target',
      'es2022',
      '--quiet'
    ],
    { cwd: ROOT, stdio: 'inherit' }
  )
  // A .mjs entry comes out as index.mjs. Run it once: a baseline that fails fast would flatter it.
  const bundle = join(out, 'index.mjs')
  execFileSync(process.execPath, [bundle], { stdio: 'ignore' })
  return bundle
}

export interface StartUpFigures {
  rounds: number
  bareNodeMs: number
  /** The bundle that only imports @actions/core and reads one input. */
  coreOnlyMs: number
  rejectInputMs: number
  /** dist/post/index.js after a main step that finished (STATE_finished=true). */
  postFinishedMs: number
  firstRequestMs: number
  firstRequestOperation: string
}

/** Wall time from spawn to exit. */
async function timeToExit(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now()
  const child = spawn(process.execPath, args, { env, stdio: 'ignore' })
  await new Promise((resolve) => child.on('exit', resolve))
  return performance.now() - started
}

function invalidInputEnv(): NodeJS.ProcessEnv {
  const inputs = {
    ...actionDefaults(),
    'pipeline-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image-pipeline/golden',
    wait: 'maybe'
  }
  return {
    PATH: process.env.PATH,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    )
  }
}

export async function measureStartUp(rounds: number): Promise<StartUpFigures> {
  const emu = await startEmulator({ port: 0 })
  const baselineDir = mkdtempSync(join(tmpdir(), 'core-only-'))
  const coreOnlyBundle = buildCoreOnlyBundle(baselineDir)
  const bare: number[] = []
  const coreOnly: number[] = []
  const reject: number[] = []
  const postFinished: number[] = []
  const firstRequest: number[] = []
  let firstRequestOperation = ''
  try {
    for (let round = 0; round < rounds; round += 1) {
      bare.push(await timeToExit(['-e', '0'], { PATH: process.env.PATH }))
      coreOnly.push(await timeToExit([coreOnlyBundle], invalidInputEnv()))
      reject.push(await timeToExit([ACTION], invalidInputEnv()))
      postFinished.push(
        await timeToExit([POST], { PATH: process.env.PATH, STATE_finished: 'true' })
      )
      const pipeline = emu.seedPipeline({ name: `start-up-${round}` })
      const before = emu.requests.length
      let spawnedAt = Number.NaN
      await runAction({
        endpoint: emu.url,
        onSpawn: () => (spawnedAt = Date.now()),
        inputs: { 'pipeline-arn': pipeline.pipelineArn },
        // The first request has been answered once the build's ARN is announced: stop there.
        onLine: (line, child) => {
          if (line.kind === 'log' && line.text.startsWith('Started image build')) child.kill()
        },
        timeoutMs: 30_000
      })
      const first = emu.requests[before]
      if (first === undefined) throw new Error('the action made no request')
      firstRequestOperation = first.operation
      firstRequest.push(first.time - spawnedAt)
    }
  } finally {
    await emu.close()
    rmSync(baselineDir, { recursive: true, force: true })
  }
  return {
    rounds,
    bareNodeMs: median(bare),
    coreOnlyMs: median(coreOnly),
    rejectInputMs: median(reject),
    postFinishedMs: median(postFinished),
    firstRequestMs: median(firstRequest),
    firstRequestOperation
  }
}
