import { describe, expect, it } from '@jest/globals'
import { environmentReader, summaryRequested } from '../../src/inputs/parse.js'
import { renderInputErrorSummary } from '../../src/report/input-error.js'

describe('the job summary of a step refused at its inputs', () => {
  it('gives the error and says that nothing was started', () => {
    const summary = renderInputErrorSummary("Input 'wait': expected true or false, got 'maybe'")
    expect(summary).toMatch(/^## ❌ No image build started: an input was refused\n\n/)
    expect(summary).toContain('expected true or false, got &#39;maybe&#39;')
    expect(summary).toContain('nothing was started or created')
  })

  it('lets no markup that a workflow passed in through', () => {
    const hostile = "Input 'name': '[x](https://evil.example) <img src=x> ![i](y)\n# h' is bad"
    const summary = renderInputErrorSummary(hostile)
    expect(summary).not.toMatch(/<img|\]\(|\n# h/)
  })
})

describe('summaryRequested', () => {
  it.each([
    [{}, true],
    [{ INPUT_SUMMARY: 'true' }, true],
    [{ INPUT_SUMMARY: '' }, true],
    [{ INPUT_SUMMARY: 'nonsense' }, true],
    [{ INPUT_SUMMARY: 'false' }, false],
    [{ INPUT_SUMMARY: ' FALSE ' }, false]
  ])('reads %o as %s, even when other inputs are invalid', (env, expected) => {
    expect(summaryRequested(environmentReader(env))).toBe(expected)
  })
})
