/**
 * Runs the bundled action once against the emulator with the probe loaded, and keeps what the
 * bench needs: when each job-log line reached the runner, the run's outcome, and what the probe
 * recorded (CPU, peak RSS, heap samples).
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../emulator/src/index.js'
import { type ActionRun, runAction } from '../scripts/github-runner.js'

const PROBE = join(import.meta.dirname, 'probe.mjs')

export interface ProbeRecord {
  cpuMs: number
  /** CPU spent up to the line that announces the build (start-up and the start request). */
  startUpCpuMs?: number
  maxRssKb: number
  heap: { lines: number; heapUsedBytes: number; pendingStdoutBytes: number }[]
}

export interface TimedLine {
  /** Wall-clock time the runner read the line. */
  wallTime: number
  text: string
}

export interface ProbedRun {
  run: ActionRun
  lines: TimedLine[]
  probe: ProbeRecord
  wallMs: number
}

export interface ProbedRunOptions {
  inputs: Record<string, string>
  /** Takes a heap sample after every this many streamed build-log lines. */
  heapEvery?: number
}

export async function probedRun(emu: Emulator, options: ProbedRunOptions): Promise<ProbedRun> {
  const probeOut = join(mkdtempSync(join(tmpdir(), 'bench-probe-')), 'probe.json')
  const lines: TimedLine[] = []
  const started = performance.now()
  const run = await runAction({
    endpoint: emu.url,
    inputs: options.inputs,
    env: {
      NODE_OPTIONS: `--import=${PROBE}${options.heapEvery ? ' --expose-gc' : ''}`,
      BENCH_PROBE_OUT: probeOut,
      BENCH_PROBE_HEAP_EVERY: String(options.heapEvery ?? 0)
    },
    onLine: (line) => {
      // A stage opens a folded group: the runner shows its title as the line of the log.
      const text = line.kind === 'log' ? line.text : line.name === 'group' ? line.value : undefined
      if (text !== undefined) lines.push({ wallTime: Date.now(), text })
    },
    timeoutMs: 180_000
  })
  const wallMs = performance.now() - started
  const probe = JSON.parse(readFileSync(probeOut, 'utf8')) as ProbeRecord
  return { run, lines, probe, wallMs }
}

/** A run counts as green when the step succeeded with the build AVAILABLE. */
export function isGreen(run: ActionRun): boolean {
  return run.exitCode === 0 && run.outputs.status === 'AVAILABLE'
}
