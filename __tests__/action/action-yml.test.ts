import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { INPUT_DEFAULTS } from '../../src/inputs/defaults.js'
import { buildOutputs } from '../../src/report/outputs.js'
import { aRecord } from './factories.js'

interface ActionYml {
  inputs: Record<string, { description?: string; default?: unknown; required?: boolean }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string; post?: string; 'post-if'?: string }
}

const action = parse(
  readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
) as ActionYml

/** The outputs the contract promises users. */
const CONTRACT_OUTPUTS = [
  'image-arn',
  'image-version',
  'status',
  'ami-id',
  'amis',
  'output-resources',
  'test-results',
  'scan-findings',
  'test-report',
  'plan'
]

/**
 * Outputs that their own stages set (the JUnit report, recipe mode's plan), not buildOutputs;
 * remove a name here once buildOutputs sets it.
 */
const SET_BY_THEIR_STAGES = ['test-report', 'plan']

describe('action.yml', () => {
  it('declares exactly the inputs and defaults the parser treats as "not given"', () => {
    const declared = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [name, input.default])
    )
    expect(declared).toEqual(INPUT_DEFAULTS)
  })

  it('makes no input required, so the parser can name what is missing', () => {
    const required = Object.entries(action.inputs).filter(([, input]) => input.required === true)
    expect(required).toEqual([])
  })

  it('describes every input and output', () => {
    const undescribed = [...Object.entries(action.inputs), ...Object.entries(action.outputs)]
      .filter(([, entry]) => !entry.description)
      .map(([name]) => name)
    expect(undescribed).toEqual([])
  })

  it('declares every output of the contract', () => {
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(CONTRACT_OUTPUTS))
  })

  it('declares exactly the outputs the action sets', () => {
    const set = [...Object.keys(buildOutputs(aRecord())), ...SET_BY_THEIR_STAGES]
    expect(Object.keys(action.outputs).sort()).toEqual([...new Set(set)].sort())
  })

  it('runs the bundle on node24, with a post step that runs however the main step ended', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/post/index.js',
      'post-if': 'always()'
    })
  })
})
