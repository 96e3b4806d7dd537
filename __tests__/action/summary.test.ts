import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import type { BuildLogLine, StageSpan, TestComponent } from '../../src/domain/record.js'
import { renderSummary } from '../../src/report/summary.js'
import type { WorkflowStep } from '../../src/domain/build.js'
import {
  anAmi,
  aRecord,
  aSnapshot,
  aStep,
  aTimedStep,
  aWorkflow,
  at,
  COMPONENT_ARN,
  iso,
  OTHER_ACCOUNT,
  REGION
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
  return aTimedStep(name, action, status, from, to, message ? { message } : {})
}

const BUILD_COMPONENT = `arn:aws:imagebuilder:${REGION}:111122223333:component/golden-al2023-nginx/1.0.0/1`
const SMOKE_TEST = COMPONENT_ARN
const TLS_TEST = `arn:aws:imagebuilder:${REGION}:111122223333:component/golden-al2023-tls/2.1.0/1`
const RECIPE = [BUILD_COMPONENT, SMOKE_TEST, TLS_TEST]
const TESTS: TestComponent[] = [
  { arn: SMOKE_TEST, name: 'golden-al2023-smoke', buildVersionArn: SMOKE_TEST },
  { arn: TLS_TEST, name: 'golden-al2023-tls', buildVersionArn: TLS_TEST }
]

/** Build log lines one second apart from `clock`. */
function logFrom(clock: string, ...messages: string[]): BuildLogLine[] {
  return messages.map((message, index) => ({
    timestamp: at(clock).getTime() + index * 1000,
    message
  }))
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
          componentArns: RECIPE,
          scanningEnabled: true,
          instanceTypes: ['m5.large'],
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
      amiVolumes: [
        { region: 'eu-west-1', imageId: 'ami-0a1b2c3d4e5f60718', snapshotGiB: 8 },
        { region: 'us-east-1', imageId: 'ami-0b2c3d4e5f6071829', snapshotGiB: 8 },
        { region: 'eu-central-1', imageId: 'ami-0c3d4e5f607182930', snapshotGiB: 8 }
      ],
      testComponents: TESTS,
      scanFindings: { MEDIUM: 4, HIGH: 2, LOW: 7 },
      worstFindings: [
        {
          severity: 'HIGH',
          vulnerabilityId: 'CVE-2025-38064',
          title: 'CVE-2025-38064 - kernel',
          packageName: 'kernel',
          fixedInVersion: '0:6.1.141-155.222.amzn2023'
        },
        {
          severity: 'HIGH',
          vulnerabilityId: 'CVE-2025-1234',
          title: 'CVE-2025-1234 - openssl',
          packageName: 'openssl-libs'
        }
      ],
      ending: { kind: 'ended' },
      endedAt: at('19:24:41')
    })

    expectGolden('available-three-regions', renderSummary(record, at('19:24:41')))
  })

  it('summarises a build whose test component FAILED, cause first', () => {
    const record = aRecord({
      stages: stages(
        ['PENDING', '19:12:02'],
        ['BUILDING', '19:12:23'],
        ['TESTING', '19:19:06'],
        ['FAILED', '19:21:52']
      ),
      snapshot: aSnapshot({
        status: 'FAILED',
        image: {
          componentArns: RECIPE,
          reason: `Workflow Execution ID: 'wf-0a1b2c3d' failed with reason: Document ${SMOKE_TEST} failed!`,
          failureContext: {
            imageStatus: 'TESTING',
            workflowExecutionId: 'wf-test-image',
            stepExecutionId: 'step-ApplyTestComponents',
            failedStep: 'ApplyTestComponents',
            componentFailure: {
              componentArn: SMOKE_TEST,
              phaseName: 'test',
              stepName: 'CurlHomePage',
              action: 'ExecuteBash',
              errorMessage: 'exit status 22'
            }
          }
        },
        workflows: [
          buildImage,
          aWorkflow({
            name: 'test-image',
            status: 'FAILED',
            message: `Document ${SMOKE_TEST} failed!`,
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
                `Document ${SMOKE_TEST} failed!`
              ),
              terminateTest
            ]
          })
        ]
      }),
      testComponents: TESTS,
      buildLog: logFrom(
        '19:20:10',
        `Executing document ${SMOKE_TEST}`,
        'CmdExecution: Stdout: GET http://localhost/ (see www.example.com, ops@example.com)',
        'CmdExecution: Stderr: curl: (22) The requested URL returned error: 502',
        'CmdExecution: ExitCode 22',
        'Document: golden-al2023-smoke',
        `ComponentArn: ${SMOKE_TEST}`,
        'ErrorMessage: exit status 22'
      ),
      ending: { kind: 'ended' },
      endedAt: at('19:21:53')
    })

    expectGolden('failed-test-component', renderSummary(record, at('19:21:53')))
  })

  it('summarises a build whose build component FAILED, with what it printed', () => {
    const record = aRecord({
      stages: stages(['PENDING', '19:12:02'], ['BUILDING', '19:12:23'], ['FAILED', '19:16:02']),
      snapshot: aSnapshot({
        status: 'FAILED',
        image: {
          componentArns: RECIPE,
          reason: `Workflow Execution ID: 'wf-0a1b2c3d' failed with reason: Document ${BUILD_COMPONENT} failed!`,
          failureContext: {
            imageStatus: 'BUILDING',
            workflowExecutionId: 'wf-build-image',
            failedStep: 'ApplyBuildComponents',
            componentFailure: {
              componentArn: BUILD_COMPONENT,
              phaseName: 'build',
              stepName: 'InstallNginx',
              action: 'ExecuteBash',
              errorMessage: 'exit status 1'
            }
          }
        },
        workflows: [
          aWorkflow({
            name: 'build-image',
            status: 'FAILED',
            message: `Document ${BUILD_COMPONENT} failed!`,
            startTime: iso('19:12:23'),
            endTime: iso('19:16:00'),
            steps: [
              step('LaunchBuildInstance', 'LaunchInstance', 'COMPLETED', '19:12:23', '19:13:28'),
              step(
                'ApplyBuildComponents',
                'ExecuteComponents',
                'FAILED',
                '19:13:28',
                '19:15:40',
                `Document ${BUILD_COMPONENT} failed!`
              ),
              step('InventoryCollection', 'CollectImageMetadata', 'PENDING'),
              step('RunSanitizeScript', 'SanitizeInstance', 'PENDING'),
              step('RunSysPrepScript', 'RunSysPrep', 'PENDING'),
              step('CreateOutputAMI', 'CreateImage', 'PENDING'),
              step(
                'TerminateBuildInstance',
                'TerminateInstance',
                'COMPLETED',
                '19:15:40',
                '19:16:00'
              )
            ]
          })
        ]
      }),
      testComponents: TESTS,
      buildLog: logFrom(
        '19:13:30',
        `Executing document ${BUILD_COMPONENT}`,
        'CmdExecution: Stdout: Loaded plugins: priorities, update-motd',
        'CmdExecution: Stderr: No package nginx available.',
        'CmdExecution: Stderr: Error: Nothing to do',
        'CmdExecution: ExitCode 1',
        'Document: golden-al2023-nginx',
        `ComponentArn: ${BUILD_COMPONENT}`,
        'ErrorMessage: exit status 1'
      ),
      ending: { kind: 'ended' },
      endedAt: at('19:16:03')
    })

    expectGolden('failed-build-component', renderSummary(record, at('19:16:03')))
  })

  it('summarises a build cancelled by the run, with no step left RUNNING', () => {
    const record = aRecord({
      stages: stages(['PENDING', '19:12:02'], ['BUILDING', '19:12:23'], ['CANCELLED', '19:14:05']),
      snapshot: aSnapshot({
        status: 'CANCELLED',
        image: { componentArns: RECIPE },
        workflows: [
          aWorkflow({
            name: 'build-image',
            status: 'CANCELLED',
            startTime: iso('19:12:23'),
            endTime: iso('19:14:04'),
            steps: [
              step('LaunchBuildInstance', 'LaunchInstance', 'COMPLETED', '19:12:23', '19:13:28'),
              step(
                'ApplyBuildComponents',
                'ExecuteComponents',
                'CANCELLED',
                '19:13:28',
                '19:14:04'
              ),
              step('InventoryCollection', 'CollectImageMetadata', 'PENDING'),
              step('CreateOutputAMI', 'CreateImage', 'RUNNING', '19:14:00')
            ]
          })
        ]
      }),
      testComponents: TESTS,
      ending: { kind: 'aborted', by: 'run-cancelled', cancel: 'confirmed' },
      endedAt: at('19:14:06')
    })

    const summary = renderSummary(record, at('19:14:06'))

    expect(summary).not.toContain('RUNNING')
    expectGolden('cancelled', summary)
  })

  it('summarises a build started with wait: false', () => {
    const record = aRecord({
      stages: stages(['PENDING', '19:12:02']),
      snapshot: aSnapshot({ status: 'PENDING' }),
      ending: { kind: 'not-waited' },
      endedAt: at('19:12:03')
    })

    expectGolden('started-without-waiting', renderSummary(record, at('19:12:03')))
  })

  it.each([
    [
      'before anything started',
      { imageArn: undefined, snapshot: undefined },
      '## ❌ The action stopped with an error before any image build started'
    ],
    [
      'while the build ran',
      { snapshot: aSnapshot({ status: 'BUILDING' }) },
      '## ❌ The action stopped with an error while the image build was BUILDING'
    ]
  ])('heads an error %s with a sentence', (_when, given, heading) => {
    const record = aRecord({
      ...given,
      ending: { kind: 'error', message: 'AccessDeniedException: not allowed' }
    })

    expect(renderSummary(record, at('19:12:03'))).toContain(heading)
  })

  describe('size', () => {
    const MiB = 1024 * 1024

    it('stays under 1 MiB with a 3 MB failure reason', () => {
      const huge = 'No space left on device: '.repeat(120_000)
      const summary = renderSummary(
        aRecord({
          stages: stages(['BUILDING', '19:12:23'], ['FAILED', '19:14:00']),
          snapshot: aSnapshot({
            status: 'FAILED',
            image: { reason: huge },
            workflows: [
              aWorkflow({
                status: 'FAILED',
                message: huge,
                steps: [aStep({ status: 'FAILED', message: huge })]
              })
            ]
          }),
          ending: { kind: 'ended' }
        }),
        at('19:14:01')
      )

      expect(Buffer.byteLength(summary)).toBeLessThan(MiB)
      expect(summary).toContain('… &#40;cut&#41;')
    })

    it('leaves out whole sections at the end when they do not fit, and says so', () => {
      const notices = Array.from({ length: 3_000 }, (_, n) => `${n}: ${'::'.repeat(400)}`)
      const summary = renderSummary(
        aRecord({
          snapshot: aSnapshot({ status: 'AVAILABLE' }),
          notices,
          ending: { kind: 'ended' }
        }),
        at('19:14:01')
      )

      expect(Buffer.byteLength(summary)).toBeLessThan(MiB)
      expect(summary).toMatch(/^## ✅ The image build succeeded, and the image is AVAILABLE$/m)
      expect(summary).not.toContain('### Notices')
      expect(summary).toContain('left out to stay under GitHub’s 1 MiB limit')
    })
  })

  it('shows when each AMI is deprecated, for those deprecate-after set', () => {
    const deprecated = anAmi({ region: 'eu-west-1', imageId: 'ami-0a1b2c3d4e5f60718' })
    const shared = anAmi({
      region: 'eu-west-1',
      imageId: 'ami-0f1e2d3c4b5a69788',
      accountId: OTHER_ACCOUNT
    })
    const summary = renderSummary(
      aRecord({
        snapshot: aSnapshot({ status: 'AVAILABLE', image: { amis: [deprecated, shared] } }),
        amiDeprecations: [
          {
            region: 'eu-west-1',
            imageId: deprecated.imageId,
            deprecateAt: new Date('2027-02-21T10:21:00Z')
          }
        ]
      }),
      at('19:30:00')
    )

    expect(summary).toContain('| Region | AMI | Account | State | Name | Deprecated from |')
    expect(summary).toMatch(/ami-0a1b2c3d4e5f60718.*\| 2027-02-21 10&#58;21 UTC \|$/m)
    expect(summary).toMatch(/ami-0f1e2d3c4b5a69788.*\| {2}\|$/m)
  })

  it('has no deprecation column without deprecate-after', () => {
    const summary = renderSummary(
      aRecord({ snapshot: aSnapshot({ status: 'AVAILABLE', image: { amis: [anAmi()] } }) }),
      at('19:30:00')
    )

    expect(summary).not.toContain('Deprecated from')
  })

  describe('a container build', () => {
    const digest = `sha256:${'e'.repeat(64)}`
    const registry = '111122223333.dkr.ecr.eu-west-1.amazonaws.com'
    const hostile = '<img src=x onerror=alert(1)> | [link](http://evil) @octocat'
    const summary = renderSummary(
      aRecord({
        snapshot: aSnapshot({
          status: 'AVAILABLE',
          image: {
            imageType: 'DOCKER',
            outputResources: {
              amis: [],
              containers: [{ region: hostile, imageUris: [`${registry}/app:1.0.0-1`] }]
            }
          }
        }),
        containerImages: [
          {
            region: 'eu-west-1',
            uri: `${registry}/app:1.0.0-1`,
            registry,
            repositoryName: 'app',
            tag: '1.0.0-1',
            digest
          },
          {
            region: hostile,
            uri: hostile,
            registry: hostile,
            repositoryName: hostile,
            tag: hostile
          }
        ],
        ending: { kind: 'ended' }
      }),
      at('19:14:01')
    )

    it('shows repository, tag and digest per region instead of AMIs', () => {
      expect(summary).not.toContain('### AMIs')
      expect(summary).toContain(
        `| eu-west-1 | <code>${registry.replace(/:/g, '&#58;')}/app</code> | <code>1.0.0-1</code> | <code>sha256&#58;${'e'.repeat(64)}</code> |`
      )
    })

    it('escapes what the image URIs carry', () => {
      expect(summary).not.toContain('<img')
      expect(summary).not.toContain('](http://evil')
      const rows = summary
        .split('### Container images\n')[1]
        ?.split('\n\n')[0]
        ?.split('\n')
        .filter((line) => line.startsWith('|'))
      expect(new Set(rows?.map((line) => line.split('|').length)).size).toBe(1)
    })
  })

  describe('text from AWS', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '| pipes |',
      '[link](http://evil)',
      '![x](http://evil/x.png)',
      'www.evil.example',
      'ops@evil.example',
      '@octocat',
      '::error::pwned ##[error]pwned',
      'line one\nline two\r\n## heading\n\n---'
    ].join(' ')
    const hostileArn = `arn:aws:imagebuilder:${REGION}:111122223333:component/evil/1.0.0/1`

    const summary = renderSummary(
      aRecord({
        stages: stages(['BUILDING', '19:12:23'], ['FAILED', '19:14:00']),
        snapshot: aSnapshot({
          status: 'FAILED',
          image: {
            name: hostile,
            version: hostile,
            reason: hostile,
            failureContext: {
              imageStatus: hostile,
              componentFailure: {
                componentArn: `${hostileArn} ${hostile}`,
                phaseName: hostile,
                stepName: hostile,
                action: hostile,
                errorMessage: hostile
              }
            },
            amis: [
              anAmi({ region: hostile, imageId: hostile, name: hostile, accountId: OTHER_ACCOUNT })
            ]
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
        testComponents: [{ arn: hostileArn, name: hostile }],
        buildLog: logFrom(
          '19:13:00',
          `CmdExecution: Stderr: ${hostile}`,
          'CmdExecution: Stderr: ',
          `CmdExecution: Stderr: </pre>${hostile}`,
          `ComponentArn: ${hostileArn}`
        ),
        scanFindings: { [hostile]: 1 },
        worstFindings: [{ severity: hostile, vulnerabilityId: hostile, title: hostile }],
        notices: [hostile],
        ending: { kind: 'ended' }
      }),
      at('19:14:01')
    )
    const decoded = summary.replace(/&#(\d+);/g, (_, code: string) =>
      String.fromCodePoint(Number(code))
    )

    it('cannot become HTML other than the summary’s own', () => {
      expect(summary).not.toContain('<img')
      expect(summary).not.toContain('<script')
      expect(summary).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;')
      const tags = summary.match(/<[^>]*>/g) ?? []
      expect(new Set(tags)).toEqual(
        new Set([
          '<br>',
          '<code>',
          '</code>',
          '<pre>',
          '</pre>',
          '<details open>',
          '<details>',
          '</details>',
          '<summary>',
          '</summary>'
        ])
      )
    })

    it('cannot become a link or an image: the only links are the console’s', () => {
      expect(summary).not.toContain('http://')
      expect(summary).toContain('&#91;link&#93;&#40;http&#58;⁠//evil&#41;')
      const targets = [...summary.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1])
      expect(targets).toEqual([
        expect.stringMatching(/^https:\/\/eu-west-1\.console\.aws\.amazon\.com\//)
      ])
    })

    it('cannot autolink an address or mention anyone, even once GitHub decodes the entities', () => {
      expect(decoded).toContain('evil.example')
      expect(decoded).not.toMatch(/www\./i)
      expect(decoded).not.toMatch(/@[\w.-]/)
      expect(decoded.replace(/\]\(https:\/\/[^)]*\)/g, '')).not.toMatch(/:\/\//)
    })

    it('cannot add table columns', () => {
      const tables = summary.split('\n\n').filter((block) => block.includes('\n| --- |'))
      expect(tables.length).toBeGreaterThan(0)
      for (const table of tables) {
        const rows = table.split('\n').filter((line) => line.startsWith('|'))
        expect(new Set(rows.map((line) => line.split('|').length)).size).toBe(1)
      }
      expect(summary).toContain('&#124; pipes &#124;')
    })

    it('cannot start a new line, heading or block', () => {
      expect(summary).not.toMatch(/^line two/m)
      expect(summary).not.toMatch(/^#+ heading/m)
      expect(summary).not.toMatch(/^---$/m)
      expect(summary).toContain('line one<br>line two<br>&#35;&#35; heading')
    })

    it('keeps printed lines inside one preformatted block of the alert, line breaks included', () => {
      const block = /<pre>([^]*?)<\/pre>/.exec(summary)?.[1] ?? ''
      const [first, ...rest] = block.split('\n')
      expect(first).not.toBe('')
      expect(rest.every((line) => line.startsWith('>'))).toBe(true)
      expect(block).toContain('&lt;/pre&gt;')
    })
  })
})
