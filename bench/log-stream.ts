/**
 * 100,000 build-log lines streamed into the job log: the action attaches to a build whose
 * components have already printed them, so the rate is the action's own (reading pages, writing
 * lines), not the build's. The probe samples the heap after a full collection every 20,000 lines.
 */
import { startEmulator } from '../emulator/src/index.js'
import { probedRun } from './action-run.js'

export const LOG_LINES = 100_000
const SAMPLE_EVERY = 20_000
const MARK = '  │ '

/** A build whose BUILDING has passed when the action attaches, then ends a few seconds later. */
const DURATIONS = {
  PENDING: 100,
  CREATING: 100,
  BUILDING: 2_000,
  TESTING: 4_000,
  DISTRIBUTING: 500,
  INTEGRATING: 500
}

export interface LogStreamFigures {
  streamed: number
  linesPerSecond: number
  peakRssMb: number
  /** Heap after a full collection at 20k lines and at 100k lines. */
  heapAt20kMb: number
  heapAt100kMb: number
  green: boolean
  /** Job-log bytes written but not yet taken by the runner, at 100k lines. */
  pendingStdoutMbAt100k: number
}

export async function measureLogStream(): Promise<LogStreamFigures> {
  const buildLogLines = Array.from(
    { length: LOG_LINES },
    (_, index) => `[${String(index).padStart(6, '0')}] compiling module ${index % 977} with -O2`
  )
  const emu = await startEmulator({ port: 0, scenario: { durations: DURATIONS, buildLogLines } })
  try {
    const pipeline = emu.seedPipeline({ name: 'chatty' })
    const startedAt = emu.now() - DURATIONS.PENDING - DURATIONS.CREATING - DURATIONS.BUILDING - 100
    const imageArn = emu.seedImage({ pipelineArn: pipeline.pipelineArn, startedAt })
    const probed = await probedRun(emu, {
      inputs: { 'image-arn': imageArn, 'poll-interval-seconds': '0.1' },
      heapEvery: SAMPLE_EVERY
    })
    const streamed = probed.lines.filter(
      (line) => line.text.startsWith(MARK) && line.text.includes(' compiling module ')
    )
    const first = streamed.at(0)?.wallTime ?? 0
    const last = streamed.at(-1)?.wallTime ?? 0
    const sampleAt = (lines: number) => probed.probe.heap.find((sample) => sample.lines >= lines)
    const heapAt = (lines: number): number =>
      (sampleAt(lines)?.heapUsedBytes ?? Number.NaN) / 2 ** 20
    return {
      streamed: streamed.length,
      linesPerSecond: (streamed.length / Math.max(1, last - first)) * 1000,
      peakRssMb: probed.probe.maxRssKb / 1024,
      heapAt20kMb: heapAt(SAMPLE_EVERY),
      heapAt100kMb: heapAt(LOG_LINES),
      green: probed.run.exitCode === 0,
      pendingStdoutMbAt100k: (sampleAt(LOG_LINES)?.pendingStdoutBytes ?? Number.NaN) / 2 ** 20
    }
  } finally {
    await emu.close()
  }
}
