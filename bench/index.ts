/**
 * `npm run bench`: runs the bundled action (dist/index.js) against the emulator and prints one
 * table of figures, each beside its target and the way it was measured. Timings that are compared
 * are measured in the same run, interleaved, and summarised by medians: these machines are noisy.
 * `npm run bench -- --record` also writes the table to bench/RESULTS.md.
 */
import { writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { type LogStreamFigures, LOG_LINES, measureLogStream } from './log-stream.js'
import { LEGS, type MatrixFigures, measureMatrix } from './matrix.js'
import { measureStartUp, type StartUpFigures } from './start-up.js'
import { median, ms, percentile, ratio } from './stats.js'
import { type BenchRow, renderTable } from './table.js'
import {
  type BuildFigures,
  measureWholeBuild,
  medianBuild,
  POLL_INTERVAL_MS,
  TIME_SCALE
} from './whole-build.js'

const START_UP_ROUNDS = 15
const WHOLE_BUILDS = 3
/** A naive poller: GetImage, ListWorkflowExecutions and the running workflow's steps, every poll. */
const NAIVE_REQUESTS_PER_POLL = 3
const BUILD = `a 21.5-minute build (${POLL_INTERVAL_MS / 1000} s poll interval) on the emulator at ${TIME_SCALE}× speed`

function startUpRows(figures: StartUpFigures): BenchRow[] {
  const cold = figures.rejectInputMs / figures.coreOnlyMs
  const post = figures.postFinishedMs / figures.bareNodeMs
  const first = figures.firstRequestMs / figures.coreOnlyMs
  const rounds = `${figures.rounds} rounds interleaved (bare node, core-only bundle, rejected input, finished post step, first request), medians`
  return [
    {
      measure: 'Cold start to rejecting an invalid input',
      figure: `${ms(figures.rejectInputMs)} vs ${ms(figures.coreOnlyMs)} for a core-only bundle: ${ratio(cold)} (bare \`node -e 0\`: ${ms(figures.bareNodeMs)})`,
      target: '≤ 1.25× the core-only bundle',
      met: cold <= 1.25,
      how: `spawn to exit of dist/index.js with \`wait: maybe\`, against bench/core-only.mjs (imports @actions/core, reads one input) bundled by ncc with the action's options in the same run; ${rounds}`
    },
    {
      measure: 'Post step after a finished main step',
      figure: `${ms(figures.postFinishedMs)} vs ${ms(figures.bareNodeMs)} for \`node -e 0\`: ${ratio(post)}`,
      target: '≤ 1.25× bare node',
      met: post <= 1.25,
      how: `spawn to exit of dist/post/index.js with STATE_finished=true; ${rounds}`
    },
    {
      measure: 'Time to first AWS request',
      figure: `${ms(figures.firstRequestMs)} (${figures.firstRequestOperation}): ${ratio(first)} the core-only bundle`,
      target: '≤ 3.0× the core-only bundle',
      met: first <= 3,
      how: `spawn of dist/index.js (pipeline-arn) to the emulator receiving its first request (the runner emulation's set-up is done before the spawn); ${rounds}`
    }
  ]
}

function buildRows(build: BuildFigures): BenchRow[] {
  const { requests, polls } = build
  const imagebuilder =
    requests.GetImage + requests.ListWorkflowExecutions + requests.ListWorkflowStepExecutions
  const total = imagebuilder + requests.GetLogEvents
  const perPoll = total / polls
  const how = `${BUILD}; medians of ${WHOLE_BUILDS} builds`
  const interval = (value: number): string => `${(value / POLL_INTERVAL_MS).toFixed(2)}×`
  const latency = (
    name: string,
    values: BuildFigures['stageLatencies'],
    bound: number
  ): BenchRow => ({
    measure: `Detection latency, ${name}`,
    figure:
      `median ${interval(median(values.seen))}, max ${interval(Math.max(...values.seen))} the poll interval` +
      (values.missed.length > 0 ? `; never shown: ${values.missed.join(', ')}` : ''),
    target: `max ≤ ${bound}× the interval`,
    met: Math.max(...values.seen) <= bound * POLL_INTERVAL_MS,
    how: `emulator time from each change (as the build's log stamps it) to its job-log line reaching the runner; ${values.seen.length} changes over ${WHOLE_BUILDS} builds of ${BUILD}`
  })
  return [
    {
      measure: 'Requests per status poll',
      figure: `${perPoll.toFixed(2)} (${total} requests / ${polls} GetImage): ${ratio(perPoll / NAIVE_REQUESTS_PER_POLL)} a naive poller's ${NAIVE_REQUESTS_PER_POLL}`,
      target: '≤ 2.0 (aim 1.5)',
      met: perPoll <= 2,
      how: `GetImage, ListWorkflowExecutions, ListWorkflowStepExecutions and GetLogEvents the emulator received; ${how}`
    },
    {
      measure: '… of them Image Builder / CloudWatch Logs',
      figure: `${(imagebuilder / polls).toFixed(2)} (${requests.ListWorkflowExecutions} workflow and ${requests.ListWorkflowStepExecutions} step listings) / ${(requests.GetLogEvents / polls).toFixed(2)} (${requests.GetLogEvents} GetLogEvents)`,
      target: 'status and detail ≤ 1.5',
      met: imagebuilder / polls <= 1.5,
      how: 'the same builds, split by service'
    },
    {
      measure: 'CPU over a whole build',
      figure: `${ms(build.cpuMs)} (${ms(build.startUpCpuMs)} of it until the build was announced, ${Math.round((100 * build.startUpCpuMs) / build.cpuMs)} %)`,
      target: 'no fixed target; the start-up share is the lever',
      met: undefined,
      how: `user + system CPU of the action's process (process.resourceUsage at exit, via a preloaded probe); ${how}`
    },
    latency('image status', build.stageLatencies, 2),
    latency('workflow steps', build.stepLatencies, 4)
  ]
}

function logRows(logs: LogStreamFigures): BenchRow[] {
  const growth = logs.heapAt100kMb - logs.heapAt20kMb
  const how = `${logs.streamed.toLocaleString('en')} of ${LOG_LINES.toLocaleString('en')} lines streamed by attaching (poll 0.1 s) to a build whose components already printed them`
  return [
    {
      measure: 'Streamed build-log lines',
      figure: `${Math.round(logs.linesPerSecond).toLocaleString('en')} lines/s; peak RSS ${logs.peakRssMb.toFixed(0)} MB`,
      target: 'peak RSS ≤ 150 MB',
      met: logs.green && logs.streamed === LOG_LINES && logs.peakRssMb <= 150,
      how: `${how}; first to last line as the runner read them; maxRSS at exit`
    },
    {
      measure: 'Heap while streaming',
      figure: `${logs.heapAt20kMb.toFixed(1)} MB at 20k lines, ${logs.heapAt100kMb.toFixed(1)} MB at 100k (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB); ${logs.pendingStdoutMbAt100k.toFixed(1)} MB of job log written but not yet read by the runner`,
      target: 'flat: ≤ 4 MB growth',
      met: growth <= 4,
      how: `${how}; heapUsed after a full GC, sampled by the probe as the 20,000th and 100,000th line was written`
    }
  ]
}

function matrixRow(matrix: MatrixFigures, unthrottled: MatrixFigures, oneLegMs: number): BenchRow {
  const slowdown = matrix.p95WallMs / oneLegMs
  return {
    measure: `${LEGS}-leg matrix under throttling`,
    figure:
      `${matrix.green}/${matrix.legs} green; p95 ${ms(matrix.p95WallMs)} vs one leg ${ms(oneLegMs)}: ${ratio(slowdown)}; ` +
      `${(100 * matrix.throttledShare).toFixed(1)} % of ${matrix.requests} requests throttled; median CPU per leg ${ms(median(matrix.cpuMs))}; ` +
      `the same ${LEGS} legs unthrottled: p95 ${ms(unthrottled.p95WallMs)}, ${ratio(unthrottled.p95WallMs / oneLegMs)}` +
      (matrix.failures.length > 0 ? `; failed: ${matrix.failures.join(' / ')}` : ''),
    target: 'all green, p95 ≤ 1.3× one leg',
    met: matrix.green === matrix.legs && slowdown <= 1.3,
    how: `${LEGS} runs of ${BUILD} started at once against one emulator that throttles every fifth request, then the same without throttling; all legs share this machine's cores; one leg = median wall time of the ${WHOLE_BUILDS} single builds`
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { record: { type: 'boolean', default: false } } })
  const started = performance.now()
  const startUp = await measureStartUp(START_UP_ROUNDS)
  const builds: BuildFigures[] = []
  for (let run = 0; run < WHOLE_BUILDS; run += 1) builds.push(await measureWholeBuild())
  const build = medianBuild(builds)
  const logs = await measureLogStream()
  const matrix = await measureMatrix()
  const unthrottled = await measureMatrix(false)
  const rows = [
    ...startUpRows(startUp),
    ...buildRows(build),
    ...logRows(logs),
    matrixRow(matrix, unthrottled, build.wallMs)
  ]
  const table = renderTable(rows)
  const context =
    `Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1) ?? '?'} at the end; ` +
    `bench took ${ms(performance.now() - started)}; ${builds.every((one) => one.green) ? 'every whole build green' : 'a whole build FAILED'}; p95 of single-build wall ${ms(
      percentile(
        builds.map((one) => one.wallMs),
        0.95
      )
    )}.`
  console.log(`${table}\n\n${context}`)
  if (values.record) {
    const results = `# Bench results\n\nRecorded with \`npm run bench -- --record\`.\n\n${table}\n\n${context}\n`
    writeFileSync(join(import.meta.dirname, 'RESULTS.md'), results)
  }
}

await main()
