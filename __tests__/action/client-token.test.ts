import { describe, expect, it } from '@jest/globals'
import { clientToken } from '../../src/client-token.js'

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

describe('clientToken', () => {
  it('is 1–64 characters', () => {
    const token = clientToken('start', RUN)
    expect(token.length).toBeGreaterThanOrEqual(1)
    expect(token.length).toBeLessThanOrEqual(64)
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

  it('ignores environment variables that are not inputs', () => {
    expect(clientToken('start', { ...RUN, PATH: '/opt/bin' })).toBe(clientToken('start', RUN))
  })

  it('is random outside a workflow run (no GITHUB_RUN_ID)', () => {
    const local = { ...RUN, GITHUB_RUN_ID: undefined }
    expect(clientToken('start', local)).not.toBe(clientToken('start', local))
  })
})
