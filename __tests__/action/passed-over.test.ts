/** Why skip-if-unchanged built again: one sentence in the job log, escaped in the summary. */
import { describe, expect, it } from '@jest/globals'
import type { PassedOverImage } from '../../src/domain/record.js'
import { passedOverLine, passedOverSection } from '../../src/report/passed-over.js'
import { renderSummary } from '../../src/report/summary.js'
import { aRecipePlan, aRecord, at, IMAGE_ARN } from './factories.js'

const moved: PassedOverImage = {
  imageArn: IMAGE_ARN,
  recorded: 'versions',
  moved: [{ name: 'update-linux', from: '1.0.2/1', to: '1.0.3/1' }]
}

describe('why the last image was not reused', () => {
  it('says which component moved, from which build to which, in the job log', () => {
    expect(passedOverLine(moved)).toBe(
      `update-linux moved from 1.0.2/1 to 1.0.3/1 since the last image (${IMAGE_ARN}), so the image is built again.`
    )
  })

  it('says so in the summary, under the plan', () => {
    const summary = renderSummary(
      aRecord({ mode: 'recipe', plan: aRecipePlan(), passedOver: moved }),
      at('19:30:00')
    )
    const section = summary.indexOf('### Why the last image was not reused')
    expect(section).toBeGreaterThan(summary.indexOf('### Plan'))
    expect(summary).toContain(
      'update-linux moved from <code>1.0.2/1</code> to <code>1.0.3/1</code> since the last image'
    )
  })

  it('escapes the names that AWS returned', () => {
    const hostile = passedOverSection(
      aRecord({
        passedOver: { ...moved, moved: [{ name: '[x](https://evil)', to: '1.0.3/1' }] }
      })
    )
    expect(hostile).not.toContain('[x](')
    expect(hostile).toContain('&#91;x&#93;&#40;https&#58;')
    expect(hostile).toContain('now resolves to <code>1.0.3/1</code>')
  })

  it('says when the last image kept no record of its component builds', () => {
    expect(
      passedOverLine({
        ...moved,
        recorded: 'nothing',
        moved: [{ name: 'update-linux', to: '1.0.3/1' }]
      })
    ).toBe(
      `The last image (${IMAGE_ARN}) does not record what its components named by version or wildcard resolved to (it was made before the action kept that; now update-linux 1.0.3/1), so the image is built again.`
    )
  })

  it('is left out when nothing was passed over', () => {
    expect(passedOverSection(aRecord())).toBe('')
  })
})
