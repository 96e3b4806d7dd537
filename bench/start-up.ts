/**
 * Start-up, measured side by side in one loop so that the machine's noise hits every variant
 * alike: bare `node -e 0`, the action rejecting an invalid input, and the action reaching its first
 * AWS request (pipeline mode, against the emulator).
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { startEmulator } from '../emulator/src/index.js'
import { actionDefaults, runAction } from '../scripts/github-runner.js'
import { median } from './stats.js'

const ACTION = join(import.meta.dirname, '..', 'dist', 'index.js')

export interface StartUpFigures {
  rounds: number
  bareNodeMs: number
  rejectInputMs: number
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
  const bare: number[] = []
  const reject: number[] = []
  const firstRequest: number[] = []
  let firstRequestOperation = ''
  try {
    for (let round = 0; round < rounds; round += 1) {
      bare.push(await timeToExit(['-e', '0'], { PATH: process.env.PATH }))
      reject.push(await timeToExit([ACTION], invalidInputEnv()))
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
  }
  return {
    rounds,
    bareNodeMs: median(bare),
    rejectInputMs: median(reject),
    firstRequestMs: median(firstRequest),
    firstRequestOperation
  }
}
