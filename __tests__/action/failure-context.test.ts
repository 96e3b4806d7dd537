import { Readable } from 'node:stream'
import { describe, expect, it } from '@jest/globals'
import { GetImageCommand, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { parseFailureContext, readFailureContext } from '../../src/aws/failure-context.js'
import { causeOf, PRINTED_LINE_CHARS, PRINTED_LINES_SHOWN } from '../../src/report/cause.js'
import { preformatted } from '../../src/report/markdown.js'
import { failureOf } from '../../src/report/failure.js'
import { junitReport } from '../../src/report/junit.js'
import { alertSection } from '../../src/report/summary/alert.js'
import { testOutcomes } from '../../src/report/test-outcomes.js'
import { aRecord, aSnapshot, aStep, aWorkflow, at } from './factories.js'

const IMAGE_ARN = 'arn:aws:imagebuilder:eu-west-1:111122223333:image/golden/1.0.0/1'
const COMPONENT_ARN = 'arn:aws:imagebuilder:eu-west-1:111122223333:component/nginx/1.0.0/1'

function getImageBody(state: Record<string, unknown>): string {
  return JSON.stringify({ requestId: 'r-1', image: { arn: IMAGE_ARN, version: '1.0.0/1', state } })
}

/** A real SDK client whose transport answers every request with this JSON body. */
function clientAnswering(body: string): ImagebuilderClient {
  return new ImagebuilderClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
    requestHandler: {
      handle: () =>
        Promise.resolve({
          response: {
            statusCode: 200,
            headers: { 'content-type': 'application/json' },
            body: Readable.from([Buffer.from(body)])
          }
        })
    }
  })
}

const COMPONENT_FAILURE = {
  status: 'FAILED',
  reason: 'Build failed.',
  failureContext: {
    imageStatus: 'BUILDING',
    workflowExecutionId: 'wf-1',
    stepExecutionId: 'step-2',
    failedStep: 'ApplyBuildComponents',
    componentFailure: {
      componentArn: COMPONENT_ARN,
      phaseName: 'build',
      stepName: 'InstallNginx',
      action: 'ExecuteBash',
      errorMessage: 'exit status 1'
    }
  }
}

describe('readFailureContext', () => {
  it('reads the failure context that the SDK itself drops', async () => {
    const client = clientAnswering(getImageBody(COMPONENT_FAILURE))
    const command = new GetImageCommand({ imageBuildVersionArn: IMAGE_ARN })
    const failureContext = readFailureContext(command)

    const { image } = await client.send(command)

    expect(image?.state).toEqual({ status: 'FAILED', reason: 'Build failed.' })
    expect(failureContext()).toMatchObject({
      imageStatus: 'BUILDING',
      stepExecutionId: 'step-2',
      failedStep: 'ApplyBuildComponents',
      componentFailure: {
        componentArn: COMPONENT_ARN,
        stepName: 'InstallNginx',
        errorMessage: 'exit status 1'
      }
    })
  })

  it('leaves the rest of the response for the SDK to read as usual', async () => {
    const client = clientAnswering(getImageBody({ status: 'BUILDING' }))
    const command = new GetImageCommand({ imageBuildVersionArn: IMAGE_ARN })
    const failureContext = readFailureContext(command)

    const { image, requestId } = await client.send(command)

    expect(requestId).toBe('r-1')
    expect(image).toMatchObject({
      arn: IMAGE_ARN,
      version: '1.0.0/1',
      state: { status: 'BUILDING' }
    })
    expect(failureContext()).toBeUndefined()
  })
})

describe('parseFailureContext', () => {
  it('reads a distribution failure with its regions', () => {
    const context = parseFailureContext(
      getImageBody({
        status: 'FAILED',
        failureContext: {
          imageStatus: 'DISTRIBUTING',
          distributionFailure: {
            errorMessage: 'Distribution failed in 1 region',
            regionFailures: [
              {
                region: 'eu-west-2',
                status: 'FAILED',
                imageConfigurationStep: 'UPDATE_LAUNCH_TEMPLATES',
                errorMessage: 'denied'
              }
            ]
          }
        }
      })
    )

    expect(context?.distributionFailure).toEqual({
      errorMessage: 'Distribution failed in 1 region',
      regionFailures: [
        {
          region: 'eu-west-2',
          status: 'FAILED',
          imageConfigurationStep: 'UPDATE_LAUNCH_TEMPLATES',
          errorMessage: 'denied',
          targetAccountId: undefined
        }
      ]
    })
  })

  it('ignores members of the wrong type instead of trusting them', () => {
    const context = parseFailureContext(
      getImageBody({
        status: 'FAILED',
        failureContext: { failedStep: 42, componentFailure: 'oops' }
      })
    )

    expect(context).toEqual({
      imageStatus: undefined,
      workflowExecutionId: undefined,
      stepExecutionId: undefined,
      failedStep: undefined,
      componentFailure: undefined,
      distributionFailure: undefined
    })
  })

  it('finds nothing in a body that is not JSON', () => {
    expect(parseFailureContext('<html>')).toBeUndefined()
  })
})

describe('a failure context whose build log has no AWSTOE failure block', () => {
  const TEST_ARN = 'arn:aws:imagebuilder:eu-west-1:111122223333:component/smoke/1.0.0/1'
  const log = (...messages: string[]) =>
    messages.map((message, index) => ({ timestamp: at('19:20:00').getTime() + index, message }))

  function failedTests(buildLog: ReturnType<typeof log>, componentArn?: string) {
    return aRecord({
      ending: { kind: 'ended' },
      testComponents: [{ arn: TEST_ARN, name: 'smoke' }],
      buildLog,
      snapshot: aSnapshot({
        status: 'FAILED',
        image: {
          reason: 'Test failed.',
          failureContext: {
            imageStatus: 'TESTING',
            stepExecutionId: 'step-tests',
            failedStep: 'ApplyTestComponents',
            ...(componentArn === undefined
              ? {}
              : { componentFailure: { componentArn, errorMessage: 'exit status 22' } })
          }
        },
        workflows: [
          aWorkflow({
            name: 'test-image',
            status: 'FAILED',
            steps: [
              aStep({
                id: 'step-tests',
                name: 'ApplyTestComponents',
                action: 'ExecuteComponents',
                status: 'FAILED'
              })
            ]
          })
        ]
      })
    })
  }

  const hostile = '::error::pwned <b>x</b> ```'
  const output = log(
    'Step ApplyTestComponents (ExecuteComponents) started',
    ...Array.from({ length: 25 }, (_, index) => `CmdExecution: Stdout: check ${String(index)}`),
    `CmdExecution: Stderr: ${hostile}`,
    'CmdExecution: ExitCode 1',
    'Step ApplyTestComponents FAILED: ExpectationNotMet'
  )

  it('quotes the last output lines of the failed step in the cause', () => {
    const printed = causeOf(failedTests(output, TEST_ARN))?.printed ?? []
    expect(printed).toHaveLength(PRINTED_LINES_SHOWN)
    expect(printed[0]).toBe('Stdout: check 16')
    expect(printed.at(-1)).toBe(`Stderr: ${hostile}`)
  })

  it('shows the same lines in the annotation and the summary, and them in the JUnit report, escaped', () => {
    const record = failedTests(output, TEST_ARN)
    const printed = causeOf(record)?.printed ?? []

    const annotation = failureOf(record) ?? ''
    expect(annotation).toContain(`The step printed (last 10 lines): ${printed.join(' ⏎ ')}.`)
    const alert = alertSection(record)
    expect(alert).toContain('The failing step printed (last 10 lines):')
    const block = preformatted(printed, PRINTED_LINE_CHARS).split('\n')
    expect(alert).toContain(block.map((line) => `> ${line}`).join('\n'))
    expect(alert).not.toContain('check 15\n')
    expect(alert).toContain('&lt;b&gt;x&lt;/b&gt;')
    expect(alert).not.toContain('<b>x</b>')
    const junit = junitReport(record, testOutcomes(record) ?? [])
    expect(junit).toContain('The step printed:')
    expect(junit).toContain('Stdout: check 24')
    expect(junit).not.toContain('<b>')
  })

  it('keeps the lines it shows within bounds, the last ones first', () => {
    const long = log(
      'Step ApplyTestComponents (ExecuteComponents) started',
      ...Array.from(
        { length: 12 },
        (_, index) => `CmdExecution: Stdout: ${String(index).padStart(2, '0')}${'x'.repeat(400)}`
      ),
      'Step ApplyTestComponents FAILED: ExpectationNotMet'
    )
    const printed = causeOf(failedTests(long, TEST_ARN))?.printed ?? []

    expect(printed.every((line) => line.length <= PRINTED_LINE_CHARS)).toBe(true)
    expect(printed.join('').length).toBeLessThanOrEqual(1_000)
    expect(printed.at(-1)).toMatch(/^Stdout: 11x+ … \(cut\)$/)
    expect(printed.length).toBe(5)
  })

  it('quotes the step also when Image Builder names no component', () => {
    expect(causeOf(failedTests(output))?.printed.at(-1)).toBe(`Stderr: ${hostile}`)
  })

  it('quotes nothing when the failed step printed nothing', () => {
    const quiet = log(
      'Step ApplyTestComponents (ExecuteComponents) started',
      'Step ApplyTestComponents FAILED: ExpectationNotMet'
    )
    expect(causeOf(failedTests(quiet, TEST_ARN))?.printed).toEqual([])
    expect(failureOf(failedTests(quiet, TEST_ARN))).not.toContain('The step printed')
  })
})
