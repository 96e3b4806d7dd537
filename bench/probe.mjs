/**
 * Loaded into the action's process by the bench (NODE_OPTIONS=--import): records at exit what the
 * process cost (CPU, peak RSS, the CPU spent until it announced the build) and, when asked, the heap
 * after a full collection each time another BENCH_PROBE_HEAP_EVERY streamed build-log lines have
 * been written. It watches only what the action writes to stdout.
 */
import { writeFileSync } from 'node:fs'

// The runner runs the post step (dist/post/) after the main step with the same environment: only
// the main step is measured, or the post step's exit would overwrite its record.
const isPostStep = /[\\/]post[\\/]index\.js$/.test(process.argv[1] ?? '')
const out = isPostStep ? undefined : process.env.BENCH_PROBE_OUT
const every = Number(process.env.BENCH_PROBE_HEAP_EVERY ?? '0')
/** The job log's mark for streamed build-log lines. */
const STREAMED = '  │ '

if (out) {
  const heap = []
  let lines = 0
  let nextSample = every
  let startUpCpuMs
  const cpuMs = () => {
    const usage = process.cpuUsage()
    return (usage.user + usage.system) / 1000
  }
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = (chunk, ...rest) => {
    const text = String(chunk)
    if (startUpCpuMs === undefined && / image build arn:/.test(text)) startUpCpuMs = cpuMs()
    if (every > 0 && text.startsWith(STREAMED)) lines += 1
    if (every > 0 && lines >= nextSample) {
      nextSample += every
      globalThis.gc?.()
      heap.push({
        lines,
        heapUsedBytes: process.memoryUsage().heapUsed,
        pendingStdoutBytes: process.stdout.writableLength
      })
    }
    return write(chunk, ...rest)
  }
  process.on('exit', () => {
    const { maxRSS } = process.resourceUsage()
    writeFileSync(out, JSON.stringify({ cpuMs: cpuMs(), startUpCpuMs, maxRssKb: maxRSS, heap }))
  })
}
