import { describe, expect, it } from '@jest/globals'
import {
  stoppedAnnotation,
  stoppedClause,
  stoppedHeading,
  stoppedSentence
} from '../../src/report/stop-wording.js'

describe('the words for why the action stopped waiting', () => {
  it('names the workflow run in full where a reader sees the sentence on its own', () => {
    expect(stoppedSentence('run-cancelled')).toBe('The workflow run was cancelled')
    expect(stoppedAnnotation('run-cancelled')).toBe('The workflow run was cancelled')
    expect(stoppedHeading('run-cancelled')).toBe('The run was cancelled')
  })

  it('says what a timeout came before in the annotation only', () => {
    expect(stoppedSentence('timeout')).toBe('The timeout passed')
    expect(stoppedAnnotation('timeout')).toBe('The timeout passed before the build ended')
  })

  it.each(['timeout', 'run-cancelled'] as const)(
    'says the same for %s in the heading and mid-sentence in the job log',
    (reason) => {
      const heading = stoppedHeading(reason)
      expect(stoppedClause(reason)).toBe(heading.charAt(0).toLowerCase() + heading.slice(1))
    }
  )
})
