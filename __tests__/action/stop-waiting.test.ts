import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { systemClock } from '../../src/domain/clock.js'
import { StopWaiting } from '../../src/domain/stop-waiting.js'

const MINUTE = 60_000

let runner: EventEmitter
let stops: StopWaiting[]

beforeEach(() => {
  // Fake timers move Date too, so the system clock reads virtual time.
  jest.useFakeTimers({ now: new Date('2026-11-23T19:12:00Z') })
  runner = new EventEmitter()
  stops = []
})

afterEach(() => {
  stops.forEach((stop) => stop.dispose())
  jest.useRealTimers()
})

function stopAfterMinutes(timeoutMinutes: number, startedMsAgo = 0): StopWaiting {
  const stepStartedAt = new Date(Date.now() - startedMsAgo)
  const stop = new StopWaiting(runner, timeoutMinutes, stepStartedAt, systemClock)
  stops.push(stop)
  return stop
}

/** Moves time on and checks that the timeout stops the wait at `ms`, not a millisecond earlier. */
function expectTimeoutAfter(stop: StopWaiting, ms: number): void {
  jest.advanceTimersByTime(ms - 1)
  expect(stop.signal.aborted).toBe(false)
  jest.advanceTimersByTime(1)
  expect(stop.reason).toBe('timeout')
}

describe('StopWaiting', () => {
  it('stops when the runner sends SIGINT and records when', () => {
    const stop = stopAfterMinutes(0)
    jest.advanceTimersByTime(1_500)

    runner.emit('SIGINT')

    expect(stop.signal.aborted).toBe(true)
    expect(stop.reason).toBe('run-cancelled')
    expect(stop.stoppedAt).toEqual(new Date('2026-11-23T19:12:01.500Z'))
  })

  it('keeps the first reason when SIGTERM follows SIGINT', () => {
    const stop = stopAfterMinutes(0)
    runner.emit('SIGINT')
    const firstStop = stop.stoppedAt
    jest.advanceTimersByTime(7_500)

    runner.emit('SIGTERM')

    expect(stop.reason).toBe('run-cancelled')
    expect(stop.stoppedAt).toEqual(firstStop)
  })

  it('stops at timeout-minutes after the step started, not after the action started', () => {
    const stop = stopAfterMinutes(2, 30_000)

    expectTimeoutAfter(stop, 2 * MINUTE - 30_000)
  })

  it('does not stop early when timeout-minutes is beyond the longest Node timer (40000)', () => {
    const stop = stopAfterMinutes(40_000)

    jest.advanceTimersByTime(315)
    expect(stop.signal.aborted).toBe(false)

    expectTimeoutAfter(stop, 40_000 * MINUTE - 315)
  })

  it('waits the full week for the largest timeout-minutes an input may give (10080)', () => {
    const stop = stopAfterMinutes(10_080)

    expectTimeoutAfter(stop, 10_080 * MINUTE)
  })

  it('never stops on its own when timeout-minutes is 0', () => {
    const stop = stopAfterMinutes(0)

    jest.advanceTimersByTime(100 * 24 * 60 * MINUTE)

    expect(stop.signal.aborted).toBe(false)
  })

  it('stops at once when the timeout passed before the action could arm it', () => {
    const stop = stopAfterMinutes(1, 2 * MINUTE)

    expect(stop.reason).toBe('timeout')
  })

  it('no longer listens to the runner once disposed', () => {
    const stop = stopAfterMinutes(0)
    stop.dispose()

    runner.emit('SIGINT')

    expect(stop.signal.aborted).toBe(false)
    expect(runner.listenerCount('SIGINT') + runner.listenerCount('SIGTERM')).toBe(0)
  })
})
