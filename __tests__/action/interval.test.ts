import { describe, expect, it } from '@jest/globals'
import { PollInterval } from '../../src/watch/interval.js'

const BASE = 30_000
const FIVE_MINUTES = 300_000

describe('PollInterval', () => {
  it('waits the base interval while the build changes', () => {
    const interval = new PollInterval(BASE)
    expect([true, true, true].map((changed) => interval.afterPoll(changed))).toEqual([
      BASE,
      BASE,
      BASE
    ])
  })

  it('grows ×1.5 while idle, capped at twice the base', () => {
    const interval = new PollInterval(BASE)
    expect([false, false, false, false].map((changed) => interval.afterPoll(changed))).toEqual([
      45_000, 60_000, 60_000, 60_000
    ])
  })

  it('goes back to the base interval as soon as something changes', () => {
    const interval = new PollInterval(BASE)
    interval.afterPoll(false)
    interval.afterPoll(false)
    expect(interval.afterPoll(true)).toBe(BASE)
    expect(interval.afterPoll(false)).toBe(45_000)
  })

  it('backs off after failures between half and all of a doubling ceiling', () => {
    const low = new PollInterval(BASE, () => 0)
    const high = new PollInterval(BASE, () => 0.999999)
    expect([1, 2, 3].map((n) => low.afterFailure(n))).toEqual([30_000, 60_000, 120_000])
    expect([1, 2, 3].map((n) => Math.round(high.afterFailure(n)))).toEqual([
      60_000, 120_000, 240_000
    ])
  })

  it('never backs off for longer than five minutes', () => {
    const interval = new PollInterval(BASE, () => 0.999999)
    expect(interval.afterFailure(20)).toBeLessThanOrEqual(FIVE_MINUTES)
    expect(interval.afterFailure(20)).toBeGreaterThan(FIVE_MINUTES / 2)
  })

  it('never backs off for less than the base when the base exceeds five minutes', () => {
    const tenMinutes = 600_000
    const interval = new PollInterval(tenMinutes, () => 0)
    expect(interval.afterFailure(1)).toBe(tenMinutes / 2)
    expect(new PollInterval(tenMinutes, () => 0.999999).afterFailure(5)).toBeLessThanOrEqual(
      tenMinutes
    )
  })

  it('keeps the idle interval apart from the failure backoff', () => {
    const interval = new PollInterval(BASE, () => 0.5)
    interval.afterFailure(3)
    expect(interval.afterPoll(false)).toBe(45_000)
  })
})
