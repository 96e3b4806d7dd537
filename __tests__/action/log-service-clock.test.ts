/**
 * The drain's quiet window runs on the service's clock, read from the `Date` of CloudWatch's
 * answers: here the emulator's clock runs five times faster than the action's, as a time-scaled
 * emulator or a slow runner would.
 */
import { afterEach, expect, it } from '@jest/globals'
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { type Emulator, startEmulator } from '../../emulator/src/index.js'
import { LogTail } from '../../src/watch/log-tail.js'
import { aSnapshot, REGION } from './factories.js'
import { FakeClock } from './fakes.js'

let emu: Emulator | undefined
let client: CloudWatchLogsClient | undefined

afterEach(async () => {
  client?.destroy()
  await emu?.close()
})

it("measures the quiet window by the service's clock, not the action's", async () => {
  let serviceTime = Date.UTC(2026, 11, 5, 12, 0, 0)
  emu = await startEmulator({ port: 0, clock: () => serviceTime })
  const logs = new CloudWatchLogsClient({
    region: REGION,
    endpoint: emu.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }
  })
  client = logs
  const clock = new FakeClock()
  // Each second of the action's is five of the service's.
  clock.onSleep = (ms) => {
    serviceTime += ms * 5
  }
  const debug: string[] = []
  const tail = new LogTail(
    () => Promise.resolve(logs),
    () => undefined,
    (line) => debug.push(line)
  )

  // No stream yet: every read answers ResourceNotFoundException, dated by the service.
  const result = await tail.drain(aSnapshot({ status: 'AVAILABLE' }), {
    clock,
    signal: new AbortController().signal,
    gapMs: 1_000,
    quietMs: 10_000,
    maxMs: 60_000,
    onLines: () => undefined
  })

  expect(result).toBe('drained')
  // 10 s of the service's time are 2 s of the action's: three reads, two sleeps (not ten).
  expect(clock.sleeps).toEqual([1_000, 1_000])
  expect(debug.filter((line) => line.startsWith('Log drain:')).at(-1)).toContain(
    "quiet for 10s of the service's time"
  )
})
