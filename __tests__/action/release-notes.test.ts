import { describe, expect, it } from '@jest/globals'
import { releaseNotes } from '../../src/report/release-notes.js'
import { keptPhases, stoppedIn } from '../../src/start/retry.js'
import { currentWorkflows } from '../../src/domain/build.js'
import { ACCOUNT, anAmi, aRecord, aSnapshot, aStep, aWorkflow } from './factories.js'

const COMPONENT = `arn:aws:imagebuilder:eu-west-1:${ACCOUNT}:component/golden-al2023-smoke/1.0.0/1`

describe('release-notes', () => {
  it('is empty while no build is known', () => {
    expect(releaseNotes(aRecord({ imageArn: undefined }), {})).toBe('')
  })

  it('gives the image, the commit, the recipe and components, the tests and the AMIs', () => {
    const record = aRecord({
      snapshot: aSnapshot({
        status: 'AVAILABLE',
        image: {
          recipe: { name: 'golden-al2023', version: '1.4.0' },
          componentArns: [COMPONENT],
          amis: [anAmi({ region: 'eu-west-1', imageId: 'ami-0123456789abcdef0', name: 'golden' })]
        }
      }),
      testComponents: []
    })
    const notes = releaseNotes(record, { GITHUB_SHA: 'abc123' })
    expect(notes).toContain('## golden-al2023 1.4.0/3')
    expect(notes).toContain('| Source commit | <code>abc123</code> |')
    expect(notes).toContain('| Recipe | golden-al2023 1.4.0 |')
    expect(notes).toContain('golden-al2023-smoke 1.0.0/1')
    expect(notes).toContain('| Tests | the recipe has no test components |')
    expect(notes).toMatch(/\| Account \| Region \| AMI ID \| Name \|/)
    expect(notes).toContain('| eu-west-1 | <code>ami-0123456789abcdef0</code> | golden |')
  })

  it('escapes what AWS reports, as the summary does', () => {
    const record = aRecord({
      snapshot: aSnapshot({
        status: 'AVAILABLE',
        image: {
          name: 'x](https://evil.example)<img src=x>',
          amis: [anAmi({ name: '@team ![x](y) | z' })]
        }
      })
    })
    const notes = releaseNotes(record, {})
    expect(notes).not.toMatch(/\]\(|<img|!\[|@team/)
    expect(notes).toContain('&lt;img')
  })
})

describe('retry bookkeeping', () => {
  const build = aWorkflow({ name: 'build-image', status: 'COMPLETED' })
  const failedTest = aWorkflow({
    id: 'wf-test-1',
    name: 'test-image',
    status: 'FAILED',
    steps: [aStep({ name: 'ApplyTestComponents', status: 'FAILED' })]
  })
  const retriedTest = aWorkflow({ id: 'wf-test-2', name: 'test-image', retried: true })

  it('says a build stopped in TESTING when its build phase completed and its tests did not', () => {
    const snapshot = aSnapshot({ status: 'CANCELLED', workflows: [build, failedTest] })
    expect(stoppedIn(snapshot)).toBe('TESTING')
    expect(keptPhases(snapshot)).toEqual(['build'])
  })

  it("takes Image Builder's failure context over the workflows", () => {
    const snapshot = aSnapshot({
      status: 'FAILED',
      image: { failureContext: { imageStatus: 'DISTRIBUTING' } },
      workflows: [build]
    })
    expect(stoppedIn(snapshot)).toBe('DISTRIBUTING')
  })

  it('counts only the retried run of a stage, once there is one', () => {
    expect(currentWorkflows([build, failedTest, retriedTest]).map((w) => w.id)).toEqual([
      build.id,
      retriedTest.id
    ])
    expect(keptPhases(aSnapshot({ workflows: [build, failedTest, retriedTest] }))).toEqual([
      'build',
      'test'
    ])
  })
})
