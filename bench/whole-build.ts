/**
 * A whole build of realistic length (21.5 minutes of emulator time at the action's default 30 s
 * poll interval, run 100 times faster than wall time): the requests it costs per status poll, the
 * CPU it costs, and how late each stage and step change reached the job log.
 */
import { type Emulator, type StageDurations, startEmulator } from '../emulator/src/index.js'
import { isGreen, type ProbedRun, probedRun } from './action-run.js'
import { median } from './stats.js'

export const TIME_SCALE = 100
/** The action's default poll interval, in emulator time. */
export const POLL_INTERVAL_MS = 30_000

export const REALISTIC_BUILD: StageDurations = {
  PENDING: 30_000,
  CREATING: 90_000,
  BUILDING: 600_000,
  TESTING: 300_000,
  DISTRIBUTING: 240_000,
  INTEGRATING: 30_000
}

const REGION = 'us-east-1'

/** What status polling asks: GetImage is the poll, the rest is detail. */
const POLLING_OPERATIONS = [
  'GetImage',
  'ListWorkflowExecutions',
  'ListWorkflowStepExecutions',
  'GetLogEvents'
] as const

export interface BuildFigures {
  green: boolean
  wallMs: number
  polls: number
  requests: Record<(typeof POLLING_OPERATIONS)[number], number>
  cpuMs: number
  startUpCpuMs: number
  /** Emulator ms from each change to its job-log line. */
  stageLatencies: Latencies
  stepLatencies: Latencies
}

export interface Latencies {
  seen: number[]
  /** Changes the job log never showed. */
  missed: string[]
}

export function buildInputs(pipelineArn: string): Record<string, string> {
  return {
    'pipeline-arn': pipelineArn,
    'poll-interval-seconds': String(POLL_INTERVAL_MS / 1000 / TIME_SCALE)
  }
}

export async function startBuildEmulator(): Promise<Emulator> {
  return startEmulator({
    port: 0,
    timeScale: TIME_SCALE,
    scenario: { durations: REALISTIC_BUILD }
  })
}

export async function measureWholeBuild(): Promise<BuildFigures> {
  const emu = await startBuildEmulator()
  try {
    const pipeline = emu.seedPipeline({ name: 'golden', region: REGION })
    const probed = await probedRun(emu, { inputs: buildInputs(pipeline.pipelineArn) })
    return figures(emu, probed)
  } finally {
    await emu.close()
  }
}

function figures(emu: Emulator, probed: ProbedRun): BuildFigures {
  const count = (operation: string): number => emu.requestsFor(operation).length
  const requests = Object.fromEntries(POLLING_OPERATIONS.map((name) => [name, count(name)]))
  const changes = timelineOf(emu, probed.run.outputs['image-arn'] ?? '')
  const shown = probed.lines.map(({ wallTime, text }) => ({ at: emu.timeAt(wallTime), text }))
  return {
    green: isGreen(probed.run),
    wallMs: probed.wallMs,
    polls: count('GetImage'),
    requests: requests as BuildFigures['requests'],
    cpuMs: probed.probe.cpuMs,
    startUpCpuMs: probed.probe.startUpCpuMs ?? Number.NaN,
    stageLatencies: latencies(changes.stages, shown, stageShown),
    stepLatencies: latencies(changes.steps, shown, stepShown)
  }
}

interface Change {
  /** `BUILDING`, or `LaunchBuildInstance RUNNING`. */
  key: string
  at: number
}

/**
 * When each change happened, from the build's own log, where the emulator stamps every status and
 * step change with its moment. The first status (PENDING) is left out: it is seen at the start.
 */
function timelineOf(emu: Emulator, imageArn: string): { stages: Change[]; steps: Change[] } {
  const [, name = '', version = '', build = ''] =
    /image\/([^/]+)\/([^/]+)\/(\d+)$/.exec(imageArn) ?? []
  const stream = emu.logStore
    .getLogGroup(REGION, `/aws/imagebuilder/${name}`)
    ?.streams.get(`${version}/${build}`)
  const stages: Change[] = []
  const steps: Change[] = []
  for (const { message, timestamp: at } of stream?.events ?? []) {
    const stage = /^Image status: ([A-Z]+)/.exec(message)?.[1]
    if (stage !== undefined && stage !== 'PENDING') stages.push({ key: stage, at })
    const started = /^Step (\w+) \([^)]*\) started/.exec(message)?.[1]
    if (started !== undefined) steps.push({ key: `${started} RUNNING`, at })
    const ended = /^Step (\w+) (COMPLETED|SKIPPED|FAILED)/.exec(message)
    if (ended) steps.push({ key: `${ended[1] ?? ''} ${ended[2] ?? ''}`, at })
  }
  return { stages, steps }
}

function stageShown(text: string): string | undefined {
  return /^\[[\d:]+\] Image ([A-Z]+)/.exec(text)?.[1]
}

function stepShown(text: string): string | undefined {
  const match = /› (\w+) (?:\([^)]*\) )?(RUNNING|COMPLETED|SKIPPED|FAILED)/.exec(text)
  return match ? `${match[1] ?? ''} ${match[2] ?? ''}` : undefined
}

/**
 * For every change, the emulator time from the change to the first job-log line that shows it; a
 * change that passed between two polls (a stage shorter than the wait) is counted as missed.
 */
function latencies(
  changes: readonly Change[],
  shown: readonly { at: number; text: string }[],
  keyOf: (text: string) => string | undefined
): Latencies {
  const seen: number[] = []
  const missed: string[] = []
  for (const change of changes) {
    const line = shown.find((candidate) => keyOf(candidate.text) === change.key)
    if (line === undefined) missed.push(change.key)
    else seen.push(Math.max(0, line.at - change.at))
  }
  return { seen, missed }
}

/** Medians over several builds, field by field. */
export function medianBuild(builds: readonly BuildFigures[]): BuildFigures {
  const of = (read: (build: BuildFigures) => number): number => median(builds.map(read))
  return {
    green: builds.every((build) => build.green),
    wallMs: of((build) => build.wallMs),
    polls: of((build) => build.polls),
    requests: {
      GetImage: of((build) => build.requests.GetImage),
      ListWorkflowExecutions: of((build) => build.requests.ListWorkflowExecutions),
      ListWorkflowStepExecutions: of((build) => build.requests.ListWorkflowStepExecutions),
      GetLogEvents: of((build) => build.requests.GetLogEvents)
    },
    cpuMs: of((build) => build.cpuMs),
    startUpCpuMs: of((build) => build.startUpCpuMs),
    stageLatencies: pooled(builds.map((build) => build.stageLatencies)),
    stepLatencies: pooled(builds.map((build) => build.stepLatencies))
  }
}

function pooled(all: readonly Latencies[]): Latencies {
  return { seen: all.flatMap(({ seen }) => seen), missed: all.flatMap(({ missed }) => missed) }
}
