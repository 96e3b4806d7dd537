import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GetComponentCommand, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { mockClient } from 'aws-sdk-client-mock'
import { XMLParser } from 'fast-xml-parser'
import { learnTestComponents, RecipeComponents } from '../../src/finish/test-components.js'
import type { BuildRecord, TestComponent } from '../../src/domain/record.js'
import { junitReport } from '../../src/report/junit.js'
import { testOutcomes } from '../../src/report/test-outcomes.js'
import {
  anAwsError,
  aRecord,
  aRecording,
  aSnapshot,
  aStep,
  aWorkflow,
  at,
  REGION
} from './factories.js'

const imagebuilder = mockClient(ImagebuilderClient)
const client = new ImagebuilderClient({ region: REGION })

afterAll(() => {
  imagebuilder.restore()
})

const componentArn = (name: string, version = '1.0.0') =>
  `arn:aws:imagebuilder:${REGION}:111122223333:component/${name}/${version}`
const NGINX = componentArn('nginx')
const SMOKE = componentArn('smoke')
const TLS = componentArn('tls', 'x.x.x')

describe('RecipeComponents', () => {
  beforeEach(() => {
    imagebuilder.reset()
    imagebuilder
      .on(GetComponentCommand)
      .callsFake((input: { componentBuildVersionArn: string }) => {
        const arn = input.componentBuildVersionArn
        const name = /component\/([^/]+)/.exec(arn)?.[1] ?? ''
        return {
          component: {
            arn: `${arn.replace('x.x.x', '2.1.0')}/1`,
            name,
            type: name === 'nginx' ? 'BUILD' : 'TEST'
          }
        }
      })
  })

  it('finds the test components in recipe order, with the build version each resolved to', async () => {
    const recipe = new RecipeComponents(client, new AbortController().signal)

    const found = await recipe.testComponents([NGINX, SMOKE, TLS])

    expect(found).toEqual({
      components: [
        { arn: SMOKE, name: 'smoke', buildVersionArn: `${SMOKE}/1` },
        { arn: TLS, name: 'tls', buildVersionArn: componentArn('tls', '2.1.0/1') }
      ],
      unknown: []
    })
  })

  it('counts a BUILD component read by ARN as a test when its document has a test phase', async () => {
    const HARDENING = componentArn('hardening')
    const document = (phases: string[]) =>
      `name: x\nschemaVersion: 1.0\nphases:\n${phases.map((name) => `  - name: ${name}\n    steps: []\n`).join('')}`
    imagebuilder.on(GetComponentCommand, { componentBuildVersionArn: HARDENING }).resolves({
      component: {
        arn: `${HARDENING}/1`,
        name: 'hardening',
        type: 'BUILD',
        data: document(['build', 'validate', 'test'])
      }
    })
    imagebuilder.on(GetComponentCommand, { componentBuildVersionArn: NGINX }).resolves({
      component: {
        arn: `${NGINX}/1`,
        name: 'nginx',
        type: 'BUILD',
        data: document(['build', 'validate'])
      }
    })
    const recipe = new RecipeComponents(client, new AbortController().signal)

    const found = await recipe.testComponents([NGINX, HARDENING])

    expect(found.components).toEqual([
      { arn: HARDENING, name: 'hardening', buildVersionArn: `${HARDENING}/1` }
    ])
  })

  it('counts a component the plan knows runs tests without reading it', async () => {
    const HARDENING = componentArn('hardening', '1.0.0/1')
    const recipe = new RecipeComponents(client, new AbortController().signal)

    recipe.know([{ arn: HARDENING, type: 'BUILD', runsTests: true, name: 'hardening' }])
    const found = await recipe.testComponents([HARDENING])

    expect(found.components).toEqual([
      { arn: HARDENING, name: 'hardening', buildVersionArn: HARDENING }
    ])
    expect(imagebuilder.commandCalls(GetComponentCommand)).toHaveLength(0)
  })

  it('reads each component once, also when asked again after preparing', async () => {
    const recipe = new RecipeComponents(client, new AbortController().signal)

    recipe.prepare([NGINX, SMOKE])
    recipe.prepare([NGINX, SMOKE])
    await recipe.testComponents([NGINX, SMOKE])

    expect(imagebuilder.commandCalls(GetComponentCommand)).toHaveLength(2)
  })

  it('leaves out a component whose type cannot be read, and tells the reader', async () => {
    imagebuilder
      .on(GetComponentCommand, { componentBuildVersionArn: TLS })
      .rejects(anAwsError('AccessDeniedException', { message: 'no imagebuilder:GetComponent' }))
    const recipe = new RecipeComponents(client, new AbortController().signal)
    const { record, learn } = aRecording()

    await learnTestComponents(recipe, [NGINX, SMOKE, TLS], learn)

    expect(record.testComponents?.map((component) => component.name)).toEqual(['smoke'])
    expect(record.notices).toEqual([
      `The type of this component could not be read, so the test report leaves it out: ${TLS} (AccessDeniedException: no imagebuilder:GetComponent)`
    ])
  })
})

const SMOKE_TEST: TestComponent = { arn: SMOKE, name: 'smoke', buildVersionArn: `${SMOKE}/1` }
const TLS_TEST: TestComponent = { arn: TLS, name: 'tls' }

function testStage(status: string, message?: string) {
  return aWorkflow({
    name: 'test-image',
    status,
    steps: [
      aStep({ name: 'LaunchTestInstance' }),
      aStep({ name: 'ApplyTestComponents', action: 'ExecuteComponents', status, message })
    ]
  })
}

function recordOf(overrides: Partial<BuildRecord> & { status?: string } = {}): BuildRecord {
  const { status = 'AVAILABLE', ...rest } = overrides
  return aRecord({
    snapshot: aSnapshot({ status, workflows: [testStage('COMPLETED')] }),
    testComponents: [SMOKE_TEST, TLS_TEST],
    ending: { kind: 'ended' },
    ...rest
  })
}

function failedOnSmoke(): BuildRecord {
  return recordOf({
    snapshot: aSnapshot({
      status: 'FAILED',
      image: {
        failureContext: {
          componentFailure: {
            componentArn: `${SMOKE}/1`,
            phaseName: 'test',
            stepName: 'CurlHomePage',
            action: 'ExecuteBash',
            errorMessage: 'exit status 22'
          }
        }
      },
      workflows: [testStage('FAILED', `Document ${SMOKE}/1 failed!`)]
    }),
    buildLog: [
      'CmdExecution: Stderr: curl: (22) 502 <Bad & "Gateway">',
      'CmdExecution: Stderr: bad\u0000byte',
      `ComponentArn: ${SMOKE}/1`
    ].map((message, index) => ({ timestamp: at('19:20:00').getTime() + index, message }))
  })
}

describe('testOutcomes', () => {
  it('passes every test component when the test stage completed', () => {
    expect(testOutcomes(recordOf())?.map((outcome) => outcome.result)).toEqual(['passed', 'passed'])
  })

  it('fails the component Image Builder names, with what it printed; later ones did not run', () => {
    const [smoke, tls] = testOutcomes(failedOnSmoke()) ?? []

    expect(smoke).toMatchObject({
      result: 'failed',
      failure: { phaseName: 'test', stepName: 'CurlHomePage', errorMessage: 'exit status 22' },
      printed: ['Stderr: curl: (22) 502 <Bad & "Gateway">', 'Stderr: bad\u0000byte']
    })
    expect(tls).toEqual({
      component: TLS_TEST,
      result: 'not-run',
      why: 'an earlier test component failed'
    })
  })

  it('fails every test component when Image Builder did not say which one failed', () => {
    const record = recordOf({
      status: 'FAILED',
      snapshot: aSnapshot({ status: 'FAILED', workflows: [testStage('FAILED', 'step failed')] })
    })

    expect(testOutcomes(record)?.map((outcome) => outcome.result)).toEqual(['failed', 'failed'])
  })

  it.each([
    ['the build failed before the tests ran', { status: 'FAILED', workflows: [] }],
    ['image tests are turned off', { status: 'AVAILABLE', workflows: [], testsEnabled: false }],
    ['the build was cancelled', { status: 'CANCELLED', workflows: [testStage('CANCELLED')] }]
  ] as const)('reports tests as not run when %s', (why, build) => {
    const record = recordOf({
      snapshot: aSnapshot({
        status: build.status,
        image: { testsEnabled: 'testsEnabled' in build ? build.testsEnabled : true },
        workflows: [...build.workflows]
      })
    })

    expect(
      testOutcomes(record)?.map((outcome) => outcome.result === 'not-run' && outcome.why)
    ).toEqual([why, why])
  })

  it('knows nothing while the test components are not known', () => {
    expect(testOutcomes(recordOf({ testComponents: undefined }))).toBeUndefined()
  })
})

describe('junitReport', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' })

  it('lists one test case per test component, the failed one with its cause, escaped', () => {
    const record = failedOnSmoke()
    const xml = junitReport(record, testOutcomes(record) ?? [])
    const parsed = parser.parse(xml) as {
      testsuites: {
        tests: string
        failures: string
        skipped: string
        testsuite: { testcase: Record<string, unknown>[] }
      }
    }

    expect(parsed.testsuites).toMatchObject({ tests: '2', failures: '1', skipped: '1' })
    const [smoke, tls] = parsed.testsuites.testsuite.testcase
    expect(smoke).toMatchObject({
      name: 'smoke',
      classname: SMOKE,
      failure: {
        message: 'exit status 22',
        type: 'ExecuteBash',
        '#text': expect.stringContaining('Stderr: curl: (22) 502 <Bad & "Gateway">')
      }
    })
    expect(JSON.stringify(smoke)).toContain('phase test, step CurlHomePage (ExecuteBash)')
    expect(xml).toContain('bad\uFFFDbyte')
    expect(tls).toMatchObject({
      name: 'tls',
      skipped: { message: 'Not run: an earlier test component failed' }
    })
  })
})
