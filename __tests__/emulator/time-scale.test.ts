import { setTimeout as delay } from 'node:timers/promises'
import { describe, expect, it } from '@jest/globals'
import { GetImageCommand, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { startEmulator } from '../../emulator/src/index.js'
import { scaledWallClock } from '../../emulator/src/time-scale.js'

/** A wall clock the test moves. */
function aWallClock(start: number): { now: () => number; pass: (ms: number) => void } {
  let time = start
  return { now: () => time, pass: (ms) => (time += ms) }
}

describe('scaledWallClock', () => {
  it('starts at the wall time and runs the given times faster from there', () => {
    const wall = aWallClock(1_700_000_000_000)
    const clock = scaledWallClock(60, wall.now)

    expect(clock()).toBe(1_700_000_000_000)
    wall.pass(500)
    expect(clock()).toBe(1_700_000_030_000)
    expect(clock.at(1_700_000_001_000)).toBe(1_700_000_060_000)
  })

  it('is the wall clock at scale 1', () => {
    const wall = aWallClock(42_000)
    const clock = scaledWallClock(1, wall.now)

    wall.pass(1234)
    expect(clock()).toBe(wall.now())
  })

  it.each([0, -2, Number.NaN, Number.POSITIVE_INFINITY])('refuses a scale of %p', (scale) => {
    expect(() => scaledWallClock(scale)).toThrow('timeScale must be a positive number')
  })
})

describe('an emulator with a time scale', () => {
  it('ends a build of realistic durations in a fraction of them', async () => {
    const emu = await startEmulator({ port: 0, timeScale: 1000 })
    const client = new ImagebuilderClient({
      region: 'us-east-1',
      endpoint: emu.url,
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }
    })
    try {
      const pipeline = emu.seedPipeline({ name: 'scaled' })
      const imageArn = emu.seedImage({ pipelineArn: pipeline.pipelineArn, startedAt: emu.now() })
      // The default scenario's 11 s pass in 11 ms of wall time.
      await delay(25)

      const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: imageArn }))

      expect(image?.state?.status).toBe('AVAILABLE')
      expect(emu.timeAt(Date.now() + 1000) - emu.timeAt(Date.now())).toBeGreaterThan(990_000)
    } finally {
      client.destroy()
      await emu.close()
    }
  })
})
