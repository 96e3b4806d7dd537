import { describe, expect, it } from '@jest/globals'
import { clientToken, tokenFrom } from '../../src/client-token.js'
import { INPUT_DEFAULTS } from '../../src/inputs/defaults.js'

const UUID_V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const RUN: NodeJS.ProcessEnv = {
  GITHUB_REPOSITORY: 'octo-org/golden-amis',
  GITHUB_RUN_ID: '11223344556',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_JOB: 'build',
  GITHUB_ACTION: 'ami',
  'INPUT_PIPELINE-ARN': 'arn:aws:imagebuilder:eu-west-1:111122223333:image-pipeline/golden',
  INPUT_WAIT: 'true',
  PATH: '/usr/bin'
}

/** The same step as GitHub's runner starts it: every input present, defaults filled in. */
function withEveryDefault(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const defaults = Object.entries(INPUT_DEFAULTS).map(([name, value]): [string, string] => [
    `INPUT_${name.toUpperCase()}`,
    value
  ])
  return { ...Object.fromEntries(defaults), ...env }
}

describe('clientToken', () => {
  it('is a 36-character UUID, within the strictest documented limit', () => {
    const token = clientToken('start', RUN)
    expect(token).toHaveLength(36)
    expect(token).toMatch(UUID_V8)
  })

  it('is the same for the same run context and inputs, so a retried start starts nothing new', () => {
    expect(clientToken('start', { ...RUN })).toBe(clientToken('start', RUN))
  })

  it.each([
    ['another attempt', { GITHUB_RUN_ATTEMPT: '2' }],
    ['another step', { GITHUB_ACTION: '__run_2' }],
    ['another job', { GITHUB_JOB: 'release' }],
    ['another run', { GITHUB_RUN_ID: '11223344557' }],
    ['another repository', { GITHUB_REPOSITORY: 'octo-org/other' }],
    [
      'other inputs (a matrix leg)',
      { 'INPUT_PIPELINE-ARN': 'arn:aws:imagebuilder:eu-west-1:111122223333:image-pipeline/ubuntu' }
    ],
    ['an input only one leg sets', { INPUT_TAGS: 'os=windows' }]
  ])('differs for %s', (_case, change) => {
    expect(clientToken('start', { ...RUN, ...change })).not.toBe(clientToken('start', RUN))
  })

  it('differs between the start and the cancel of one invocation', () => {
    expect(clientToken('cancel', RUN)).not.toBe(clientToken('start', RUN))
  })

  it('ignores environment variables that are not inputs of the action', () => {
    const noise = { PATH: '/opt/bin', INPUT_SOMETHING_ELSE: 'x' }
    expect(clientToken('start', { ...RUN, ...noise })).toBe(clientToken('start', RUN))
  })

  it('is the same whether the runner passes every default or only the given inputs', () => {
    expect(clientToken('start', withEveryDefault(RUN))).toBe(clientToken('start', RUN))
  })

  it('ignores surrounding whitespace in inputs, as the parser does', () => {
    const padded = { ...RUN, 'INPUT_PIPELINE-ARN': ` ${RUN['INPUT_PIPELINE-ARN'] ?? ''}\n` }
    expect(clientToken('start', padded)).toBe(clientToken('start', RUN))
  })

  it('is random outside a workflow run (no GITHUB_RUN_ID)', () => {
    const local = { ...RUN, GITHUB_RUN_ID: undefined }
    expect(clientToken('start', local)).toMatch(UUID_V8)
    expect(clientToken('start', local)).not.toBe(clientToken('start', local))
  })
})

describe('tokenFrom', () => {
  it('digests any parts into the same 36-character form', () => {
    expect(tokenFrom(['component', 'golden-harden', 'sha256:abc'])).toMatch(UUID_V8)
    expect(tokenFrom([])).toMatch(UUID_V8)
  })

  it('is stable for equal parts and differs for different ones', () => {
    expect(tokenFrom(['a', 'b'])).toBe(tokenFrom(['a', 'b']))
    expect(tokenFrom(['a', 'b'])).not.toBe(tokenFrom(['a', 'c']))
  })

  it('keeps the parts apart: joined and split parts do not collide', () => {
    expect(tokenFrom(['a,b'])).not.toBe(tokenFrom(['a', 'b']))
    expect(tokenFrom(['ab', ''])).not.toBe(tokenFrom(['a', 'b']))
  })
})
