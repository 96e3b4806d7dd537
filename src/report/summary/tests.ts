/** The recipe's test components, each passed, failed (where and why) or not run (and why). */
import type { BuildRecord } from '../../domain/record.js'
import { table, text } from '../markdown.js'
import { type TestOutcome, testOutcomes } from '../test-outcomes.js'
import { CELL_CHARS, NAME_CHARS } from './limits.js'

export function testSection(record: BuildRecord): string {
  const outcomes = testOutcomes(record)
  if (!outcomes) return ''
  if (outcomes.length === 0) return '### Tests\nThe recipe has no test components.'
  const count = (result: TestOutcome['result']): number =>
    outcomes.filter((outcome) => outcome.result === result).length
  const tally = [
    `${count('passed')} passed`,
    `${count('failed')} failed`,
    `${count('not-run')} not run`
  ].join(', ')
  const rows = outcomes.map((outcome) => [
    text(outcome.component.name, NAME_CHARS),
    result(outcome),
    details(outcome)
  ])
  return `### Tests\n${outcomes.length} test ${outcomes.length === 1 ? 'component' : 'components'}: ${tally}.\n\n${table(['Test component', 'Result', 'Details'], rows)}`
}

function result(outcome: TestOutcome): string {
  return { passed: '✅ passed', failed: '❌ failed', 'not-run': '⏭️ not run' }[outcome.result]
}

function details(outcome: TestOutcome): string {
  switch (outcome.result) {
    case 'passed':
      return ''
    case 'not-run':
      return text(outcome.why)
    case 'failed': {
      const { failure } = outcome
      const place = [
        failure.phaseName && `phase ${failure.phaseName}`,
        failure.stepName &&
          `step ${failure.stepName}${failure.action ? ` (${failure.action})` : ''}`
      ].filter(Boolean)
      const where = place.length > 0 ? `${place.join(', ')}: ` : ''
      return text(`${where}${failure.errorMessage ?? 'failed'}`, CELL_CHARS)
    }
  }
}
