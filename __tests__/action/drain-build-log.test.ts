import { describe, expect, it } from '@jest/globals'
import type { RunContext } from '../../src/context.js'
import { drainBuildLog } from '../../src/watch/drain-build-log.js'
import type { DrainOptions, LogTail } from '../../src/watch/log-tail.js'
import { aRecording, aSnapshot } from './factories.js'
import { FakeClock } from './fakes.js'

/** A tail whose drain ends as given, recording the options it was asked with. */
function aTail(result: 'drained' | 'cut') {
  const asked: DrainOptions[] = []
  const tail = {
    drain: (_snapshot: unknown, options: DrainOptions) => {
      asked.push(options)
      return Promise.resolve(result)
    }
  } as unknown as LogTail
  return { tail, asked }
}

function aContext(pollIntervalSeconds: number) {
  return {
    clock: new FakeClock(),
    stop: new AbortController(),
    inputs: { pollIntervalSeconds },
    ...aRecording()
  } as unknown as RunContext & { record: { notices: string[] } }
}

describe('drainBuildLog', () => {
  it('waits for 10 s of quiet within 60 s in all, whatever the poll interval', async () => {
    for (const poll of [0.2, 30]) {
      const { tail, asked } = aTail('drained')
      await drainBuildLog(
        aContext(poll),
        tail,
        aSnapshot({ status: 'AVAILABLE' }),
        () => {},
        () => {}
      )
      expect(asked[0]).toMatchObject({ quietMs: 10_000, maxMs: 60_000, gapMs: 1_000 })
    }
  })

  it('says in the log and the notices that it stopped at 60 s, and where the rest is', async () => {
    const { tail } = aTail('cut')
    const context = aContext(0.2)
    const warnings: string[] = []

    await drainBuildLog(
      context,
      tail,
      aSnapshot({ status: 'AVAILABLE' }),
      () => {},
      (message) => warnings.push(message)
    )

    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^Stopped reading the build log 60s after the build ended/)
    expect(warnings[0]).toContain('the rest is in CloudWatch Logs')
    expect(context.record.notices).toEqual(warnings)
  })

  it('says nothing when the log was drained', async () => {
    const { tail } = aTail('drained')
    const warnings: string[] = []
    const context = aContext(0.2)

    await drainBuildLog(
      context,
      tail,
      aSnapshot({ status: 'AVAILABLE' }),
      () => {},
      (message) => warnings.push(message)
    )

    expect(warnings).toEqual([])
    expect(context.record.notices).toEqual([])
  })
})
