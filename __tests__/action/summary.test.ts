import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import type { StageSpan } from '../../src/report/build-record.js'
import { renderSummary } from '../../src/report/summary.js'
import type { WorkflowStep } from '../../src/watch/model.js'
import {
  anAmi,
  aRecord,
  aSnapshot,
  aStep,
  aWorkflow,
  at,
  COMPONENT_ARN,
  iso,
  OTHER_ACCOUNT
} from './factories.js'

const GOLDEN = new URL('./__golden__/', import.meta.url)

/** Compares with the stored summary; `UPDATE_GOLDEN=1` rewrites it instead (review the diff). */
function expectGolden(name: string, markdown: string): void {
  const file = new URL(`${name}.md`, GOLDEN)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true })
    writeFileSync(file, markdown)
    return
  }
  if (!existsSync(file)) throw new Error(`No golden file ${name}.md: run with UPDATE_GOLDEN=1`)
  expect(markdown).toBe(readFileSync(file, 'utf8'))
}

/** Stage spans as the watcher records them: each ends when the next is seen. */
function stages(...seen: [status: string, clock: string][]): StageSpan[] {
  return seen.map(([status, clock], index) => {
    const next = seen[index + 1]
    return { status, seenAt: at(clock), ...(next ? { endedAt: at(next[1]) } : {}) }
  })
}

function step(
  name: string,
  action: string,
  status: string,
  from?: string,
  to?: string,
  message?: string
): WorkflowStep {
  return aStep({
    name,
    action,
    status,
    ...(from ? { startTime: iso(from) } : {}),
    ...(to ? { endTime: iso(to) } : {}),
    ...(message ? { message } : {})
  })
}

const buildImage = aWorkflow({
  name: 'build-image',
  startTime: iso('19:12:23'),
  endTime: iso('19:19:06'),
  steps: [
    step('LaunchBuildInstance', 'LaunchInstance', 'COMPLETED', '19:12:23', '19:13:28'),
    step('ApplyBuildComponents', 'ExecuteComponents', 'COMPLETED', '19:13:28', '19:16:40'),
    step('InventoryCollection', 'CollectImageMetadata', 'SKIPPED'),
    step('RunSanitizeScript', 'SanitizeInstance', 'COMPLETED', '19:16:40', '19:16:52'),
    step('RunSysPrepScript', 'RunSysPrep', 'SKIPPED'),
    step('CreateOutputAMI', 'CreateImage', 'COMPLETED', '19:16:52', '19:18:30'),
    step('TerminateBuildInstance', 'TerminateInstance', 'COMPLETED', '19:18:30', '19:19:06')
  ]
})

const launchTest = step('LaunchTestInstance', 'LaunchInstance', 'COMPLETED', '19:19:11', '19:20:02')
const scanSkipped = step('CollectImageScanFindings', 'CollectImageScanFindings', 'SKIPPED')
const terminateTest = step(
  'TerminateTestInstance',
  'TerminateInstance',
  'COMPLETED',
  '19:21:20',
  '19:21:47'
)

describe('renderSummary', () => {
  it('summarises an AVAILABLE build distributed to three regions, with its tests', () => {
    const record = aRecord({
      stages: stages(
        ['PENDING', '19:12:02'],
        ['BUILDING', '19:12:23'],
        ['TESTING', '19:19:06'],
        ['DISTRIBUTING', '19:21:47'],
        ['INTEGRATING', '19:24:10'],
        ['AVAILABLE', '19:24:40']
      ),
      snapshot: aSnapshot({
        status: 'AVAILABLE',
        image: {
          amis: [
            anAmi({ region: 'eu-west-1', imageId: 'ami-0a1b2c3d4e5f60718' }),
            anAmi({ region: 'us-east-1', imageId: 'ami-0b2c3d4e5f6071829' }),
            anAmi({ region: 'eu-central-1', imageId: 'ami-0c3d4e5f607182930' })
          ]
        },
        workflows: [
          buildImage,
          aWorkflow({
            name: 'test-image',
            startTime: iso('19:19:11'),
            endTime: iso('19:21:47'),
            steps: [
              launchTest,
              scanSkipped,
              step('ApplyTestComponents', 'ExecuteComponents', 'COMPLETED', '19:20:02', '19:21:20'),
              terminateTest
            ]
          })
        ]
      }),
      ending: { kind: 'ended' },
      endedAt: at('19:24:41')
    })

    expectGolden('available-three-regions', renderSummary(record, at('19:24:41')))
  })

  it('summarises a build that FAILED in its test stage', () => {
    const reason = `Workflow Execution ID: 'wf-0a1b2c3d' failed with reason: Document ${COMPONENT_ARN} failed!`
    const record = aRecord({
      stages: stages(
        ['PENDING', '19:12:02'],
        ['BUILDING', '19:12:23'],
        ['TESTING', '19:19:06'],
        ['FAILED', '19:21:52']
      ),
      snapshot: aSnapshot({
        status: 'FAILED',
        image: { reason },
        workflows: [
          buildImage,
          aWorkflow({
            name: 'test-image',
            status: 'FAILED',
            message: 'Step ApplyTestComponents failed',
            startTime: iso('19:19:11'),
            endTime: iso('19:21:47'),
            steps: [
              launchTest,
              scanSkipped,
              step(
                'ApplyTestComponents',
                'ExecuteComponents',
                'FAILED',
                '19:20:02',
                '19:21:20',
                'ssm:ListCommandInvocations returned terminal state Failed'
              ),
              terminateTest
            ]
          })
        ]
      }),
      ending: { kind: 'ended' },
      endedAt: at('19:21:53')
    })

    expectGolden('failed-test-stage', renderSummary(record, at('19:21:53')))
  })

  it('summarises a build started with wait: false', () => {
    const record = aRecord({
      stages: stages(['PENDING', '19:12:02']),
      snapshot: aSnapshot({ status: 'PENDING' }),
      ending: { kind: 'started' },
      endedAt: at('19:12:03')
    })

    expectGolden('started-without-waiting', renderSummary(record, at('19:12:03')))
  })

  describe('text from AWS', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '| pipes |',
      '[link](http://evil)',
      'line one\nline two\r\n## heading'
    ].join(' ')

    const summary = renderSummary(
      aRecord({
        stages: stages(['BUILDING', '19:12:23'], ['FAILED', '19:14:00']),
        snapshot: aSnapshot({
          status: 'FAILED',
          image: {
            name: hostile,
            version: hostile,
            reason: hostile,
            amis: [anAmi({ name: hostile, accountId: OTHER_ACCOUNT })]
          },
          workflows: [
            aWorkflow({
              name: hostile,
              type: hostile,
              status: 'FAILED',
              message: hostile,
              steps: [aStep({ name: hostile, action: hostile, status: 'FAILED', message: hostile })]
            }),
            aWorkflow({
              name: 'test-image',
              steps: [aStep({ name: hostile, action: hostile, status: 'FAILED', message: hostile })]
            })
          ]
        }),
        scanFindings: { [hostile]: 1 },
        notices: [hostile],
        ending: { kind: 'ended' }
      }),
      at('19:14:01')
    )

    it('cannot become HTML other than the summary’s own line breaks and code spans', () => {
      expect(summary).not.toContain('<img')
      expect(summary).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;')
      const tags = summary.match(/<[^>]*>/g) ?? []
      expect(new Set(tags)).toEqual(new Set(['<br>', '<code>', '</code>']))
    })

    it('cannot become a link', () => {
      expect(summary).not.toMatch(/\]\(/)
      expect(summary).not.toContain('http://')
      expect(summary).toContain('&#91;link&#93;&#40;http&#58;//evil&#41;')
    })

    it('cannot add table columns', () => {
      const tableRows = summary.split('\n').filter((line) => line.startsWith('|'))
      const columns = (line: string): number => line.split('|').length
      const tables = summary.split('\n\n').filter((block) => block.includes('\n| --- |'))
      expect(tables.length).toBeGreaterThan(0)
      for (const table of tables) {
        const rows = table.split('\n').filter((line) => line.startsWith('|'))
        expect(new Set(rows.map(columns)).size).toBe(1)
      }
      expect(tableRows.join('\n')).toContain('&#124; pipes &#124;')
    })

    it('cannot start a new line, heading or block', () => {
      expect(summary).not.toMatch(/^line two/m)
      expect(summary).not.toMatch(/^#+ heading/m)
      expect(summary).toContain('line one<br>line two<br>&#35;&#35; heading')
    })
  })
})
