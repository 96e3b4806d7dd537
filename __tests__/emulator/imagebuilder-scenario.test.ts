import { describe, expect, it } from '@jest/globals'
import { DEFAULT_SCENARIO, resolveScenario } from '../../emulator/src/index.js'
import { parseScenarioJson } from '../../emulator/src/scenario-file.js'

describe('scenario layers', () => {
  it('merges durations member by member and lets a later layer win', () => {
    const scenario = resolveScenario(
      { durations: { BUILDING: 60_000 }, cancelDelayMs: 10 },
      { durations: { TESTING: 1 }, cancelDelayMs: 20 }
    )
    expect(scenario.durations).toEqual({
      ...DEFAULT_SCENARIO.durations,
      BUILDING: 60_000,
      TESTING: 1
    })
    expect(scenario.cancelDelayMs).toBe(20)
  })

  it('removes an inherited failure with failure: null', () => {
    const failing = { failure: { kind: 'step', step: 'ApplyBuildComponents' } } as const
    expect(resolveScenario(failing).failure).toEqual(failing.failure)
    expect(resolveScenario(failing, { failure: null }).failure).toBeUndefined()
    expect(resolveScenario(failing, {}).failure).toEqual(failing.failure)
  })
})

describe('scenario files', () => {
  it('reads a partial scenario', () => {
    const text = JSON.stringify({
      durations: { BUILDING: 2000 },
      failure: { kind: 'distribution', region: 'eu-west-1' }
    })
    expect(parseScenarioJson(text, 'scenario.json')).toEqual({
      durations: { BUILDING: 2000 },
      failure: { kind: 'distribution', region: 'eu-west-1' }
    })
  })

  it('names what is wrong', () => {
    expect(() => parseScenarioJson('{"duration": {}}', 'a.json')).toThrow(
      "a.json: unknown member 'duration'"
    )
    expect(() => parseScenarioJson('{"durations": {"BAKING": 1}}', 'a.json')).toThrow(
      'durations.BAKING is not a build status'
    )
    expect(() => parseScenarioJson('{"durations": {"BUILDING": "1s"}}', 'a.json')).toThrow(
      'durations.BUILDING must be a number of milliseconds'
    )
    expect(() => parseScenarioJson('{"failure": {"kind": "step"}}', 'a.json')).toThrow(
      'failure must be'
    )
    expect(() => parseScenarioJson('[', 'a.json')).toThrow('a.json is not valid JSON')
  })
})
