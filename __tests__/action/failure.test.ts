import { describe, expect, it } from '@jest/globals'
import type { BuildRecord, StageSpan } from '../../src/domain/record.js'
import { ANNOTATION_MAX_CHARS, failureOf } from '../../src/report/failure.js'
import { aRecord, aSnapshot, aStep, aWorkflow, at, COMPONENT_ARN, IMAGE_ARN } from './factories.js'

const logOf = (...messages: string[]) =>
  messages.map((message, index) => ({ timestamp: at('19:20:00').getTime() + index, message }))

const stages = (...statuses: string[]): StageSpan[] =>
  statuses.map((status, minute) => ({ status, seenAt: at(`19:${String(12 + minute)}:00`) }))

const componentFailure = `Workflow Execution ID: 'wf-0a1b2c3d' failed with reason: Document ${COMPONENT_ARN} failed!`

const failedTests = () =>
  aWorkflow({
    name: 'test-image',
    status: 'FAILED',
    steps: [
      aStep({ name: 'LaunchTestInstance' }),
      aStep({
        name: 'ApplyTestComponents',
        action: 'ExecuteComponents',
        status: 'FAILED',
        message: 'ssm:ListCommandInvocations returned terminal state Failed'
      }),
      aStep({ name: 'TerminateTestInstance', action: 'TerminateInstance' })
    ]
  })

function ended(status: string, overrides: Partial<BuildRecord> = {}): BuildRecord {
  return aRecord({
    ending: { kind: 'ended' },
    stages: stages('BUILDING', 'TESTING', status),
    snapshot: aSnapshot({
      status,
      image: { reason: componentFailure },
      workflows: [aWorkflow({ steps: [aStep()] }), failedTests()]
    }),
    ...overrides
  })
}

describe('failureOf', () => {
  it('does not fail a build that ended AVAILABLE', () => {
    expect(
      failureOf(
        aRecord({ ending: { kind: 'ended' }, snapshot: aSnapshot({ status: 'AVAILABLE' }) })
      )
    ).toBeUndefined()
  })

  it('does not fail a build started with wait: false', () => {
    expect(
      failureOf(
        aRecord({ ending: { kind: 'not-waited' }, snapshot: aSnapshot({ status: 'PENDING' }) })
      )
    ).toBeUndefined()
  })

  it('says where the build broke, the error and what to do, without the reason’s boilerplate', () => {
    expect(failureOf(ended('FAILED'))).toBe(
      `Image build FAILED during TESTING at test-image › ApplyTestComponents (ExecuteComponents), component ${COMPONENT_ARN}: ssm:ListCommandInvocations returned terminal state Failed. Next: Reproduce it with AWSTOE on an instance from the same parent image (awstoe run --documents <document> --phases <phase>); then read what the failing step printed.`
    )
  })

  it('is one paragraph', () => {
    const record = ended('FAILED')
    const step = record.snapshot?.workflows[1]?.steps[1]
    if (step) step.message = 'line one\nline two'
    expect(failureOf(record)).not.toContain('\n')
    expect(failureOf(record)).toContain('line one line two')
  })

  it('quotes the last lines the failing step printed', () => {
    const record = ended('FAILED', {
      buildLog: logOf(
        'CmdExecution: Stdout: Running smoke tests',
        'CmdExecution: Stdout: GET / → 502',
        'CmdExecution: Stderr: curl: (22) The requested URL returned error: 502',
        'CmdExecution: Stderr: nginx is not serving',
        'CmdExecution: ExitCode 1',
        `ComponentArn: ${COMPONENT_ARN}`,
        'ErrorMessage: exit status 1'
      )
    })

    expect(failureOf(record)).toContain(
      'The step printed (last 4 lines): Stdout: Running smoke tests ⏎ Stdout: GET / → 502 ⏎ Stderr: curl: (22) The requested URL returned error: 502 ⏎ Stderr: nginx is not serving.'
    )
  })

  it('fails a build that ended CANCELLED outside the action, with the reason', () => {
    const record = ended('CANCELLED')
    if (record.snapshot) {
      record.snapshot.image.reason = 'Image creation was cancelled by a user'
      record.snapshot.workflows = []
    }
    expect(failureOf(record)).toBe(
      'Image build CANCELLED during TESTING: Image creation was cancelled by a user.'
    )
  })

  it('keeps a reason that says more than the error', () => {
    const record = ended('FAILED')
    if (record.snapshot) record.snapshot.image.reason = 'Build failed: quota exceeded'
    expect(failureOf(record)).toContain('Image Builder says: Build failed: quota exceeded.')
  })

  it('says where it failed when Image Builder gave no reason', () => {
    const record = ended('FAILED')
    if (record.snapshot) record.snapshot.image.reason = undefined
    expect(failureOf(record)).toMatch(
      /^Image build FAILED during TESTING at test-image › ApplyTestComponents \(ExecuteComponents\): ssm:ListCommandInvocations returned terminal state Failed\./
    )
  })

  it('names no component when neither the reason nor the log names one', () => {
    const record = ended('FAILED')
    if (record.snapshot)
      record.snapshot.image.reason = 'Encountered error in LaunchBuildInstance: RunInstances failed'
    expect(failureOf(record)).not.toContain('component')
  })

  it('takes the failed step of the failed workflow over a failed step elsewhere', () => {
    const record = ended('FAILED')
    record.snapshot?.workflows.unshift(
      aWorkflow({
        name: 'build-image',
        id: 'wf-other',
        status: 'COMPLETED',
        steps: [aStep({ name: 'RunSysPrepScript', status: 'FAILED' })]
      })
    )
    expect(failureOf(record)).toContain('at test-image › ApplyTestComponents')
  })

  it('leaves out the action of a step that has none', () => {
    const record = ended('FAILED')
    const step = record.snapshot?.workflows[1]?.steps[1]
    if (step) Object.assign(step, { action: undefined })
    expect(failureOf(record)).toContain('at test-image › ApplyTestComponents, component')
  })

  it('tells what to do when the SSM agent never registered', () => {
    const record = ended('FAILED')
    if (record.snapshot)
      record.snapshot.image.reason =
        'An error occurred (InvalidInstanceId) when calling the SendCommand operation: Instances not in a valid state for account in workflow step LaunchBuildInstance'
    expect(failureOf(record)).toContain('AmazonSSMManagedInstanceCore')
  })

  it('stays within the bound, saying it was cut', () => {
    const record = ended('FAILED')
    if (record.snapshot) record.snapshot.image.reason = 'x'.repeat(3_000_000)
    const message = failureOf(record) ?? ''
    expect(message.length).toBeLessThanOrEqual(ANNOTATION_MAX_CHARS)
    expect(message).toMatch(/… \(cut; the job summary has the rest\)$/)
  })

  it.each([
    ['confirmed', 'The workflow run was cancelled: ' + IMAGE_ARN + ' was cancelled.'],
    [
      'unconfirmed',
      `The workflow run was cancelled: Image Builder accepted the cancel of ${IMAGE_ARN} but had not confirmed it yet (status BUILDING).`
    ],
    [
      'not-requested',
      `The workflow run was cancelled: ${IMAGE_ARN} keeps running (cancel-on-abort is false).`
    ]
  ] as const)(
    'fails a cancelled run whose cancel was %s, saying what became of the build',
    (cancel, message) => {
      const record = aRecord({
        snapshot: aSnapshot({ status: 'BUILDING' }),
        ending: { kind: 'aborted', by: 'run-cancelled', cancel }
      })
      expect(failureOf(record)).toBe(message)
    }
  )

  it.each([
    [{ why: 'timed-out', waitedMs: 2_990 }, 'was sent but got no answer within 3 s'],
    [
      { why: 'credentials-expired', error: 'ExpiredTokenException: expired' },
      'failed because the AWS credentials expired (ExpiredTokenException: expired)'
    ],
    [{ why: 'error', error: 'AccessDeniedException: no' }, 'failed (AccessDeniedException: no)']
  ] as const)(
    'fails a run whose cancel failed (%o), saying the build may still run and how to stop it',
    (failure, what) => {
      const record = aRecord({
        snapshot: aSnapshot({ status: 'BUILDING' }),
        ending: { kind: 'aborted', by: 'timeout', cancel: 'failed', failure }
      })
      expect(failureOf(record)).toBe(
        `The timeout passed before the build ended: the cancel of ${IMAGE_ARN} ${what}, and the build was not seen stopping (status BUILDING). It may still be running: cancel it in the Image Builder console or with aws imagebuilder cancel-image-creation --image-build-version-arn ${IMAGE_ARN}`
      )
    }
  )

  it('does not call a build that ended before a failed cancel still running', () => {
    const record = aRecord({
      snapshot: aSnapshot({ status: 'AVAILABLE' }),
      ending: {
        kind: 'aborted',
        by: 'run-cancelled',
        cancel: 'failed',
        failure: { why: 'error', error: 'ResourceDependencyException: not running' }
      }
    })
    expect(failureOf(record)).toBe(
      `The workflow run was cancelled: the cancel of ${IMAGE_ARN} failed (ResourceDependencyException: not running); the build had already ended (status AVAILABLE).`
    )
  })

  it('fails a timeout, naming it', () => {
    const record = aRecord({ ending: { kind: 'aborted', by: 'timeout', cancel: 'confirmed' } })
    expect(failureOf(record)).toBe(
      `The timeout passed before the build ended: ${IMAGE_ARN} was cancelled.`
    )
  })

  it('fails with the expired-credentials explanation', () => {
    const error = `The AWS credentials expired (ExpiredTokenException: gone). The build ${IMAGE_ARN} keeps running`
    expect(failureOf(aRecord({ ending: { kind: 'credentials-expired', message: error } }))).toBe(
      error
    )
  })

  it('fails with the message of an error ending', () => {
    expect(
      failureOf(aRecord({ ending: { kind: 'error', message: 'Lost contact with Image Builder' } }))
    ).toBe('Lost contact with Image Builder')
  })
})

describe("failureOf with Image Builder's failure context", () => {
  const launchFailed = aWorkflow({
    id: 'wf-build',
    status: 'FAILED',
    steps: [
      aStep({
        id: 'step-1',
        name: 'LaunchBuildInstance',
        status: 'FAILED',
        message: 'first failure'
      }),
      aStep({
        id: 'step-2',
        name: 'ApplyBuildComponents',
        action: 'ExecuteComponents',
        status: 'FAILED'
      })
    ]
  })

  function failedWith(
    failureContext: NonNullable<Parameters<typeof aSnapshot>[0]>['image']
  ): BuildRecord {
    return aRecord({
      ending: { kind: 'ended' },
      stages: stages('BUILDING', 'FAILED'),
      snapshot: aSnapshot({ status: 'FAILED', image: failureContext, workflows: [launchFailed] })
    })
  }

  it('reports the step the context names, not merely the first failed one', () => {
    const message = failureOf(
      failedWith({ reason: 'Build failed.', failureContext: { stepExecutionId: 'step-2' } })
    )

    expect(message).toContain('at build-image › ApplyBuildComponents (ExecuteComponents)')
    expect(message).not.toContain('LaunchBuildInstance')
  })

  it("reports the component's phase, step, action and error", () => {
    const message = failureOf(
      failedWith({
        reason: 'Build failed.',
        failureContext: {
          imageStatus: 'BUILDING',
          stepExecutionId: 'step-2',
          componentFailure: {
            componentArn: COMPONENT_ARN,
            phaseName: 'build',
            stepName: 'InstallNginx',
            action: 'ExecuteBash',
            errorMessage: 'exit status 1'
          }
        }
      })
    )

    expect(message).toMatch(
      new RegExp(
        `^Image build FAILED during BUILDING at build-image › ApplyBuildComponents \\(ExecuteComponents\\), component ${COMPONENT_ARN}, phase build, step InstallNginx \\(ExecuteBash\\): exit status 1\\. Image Builder says: Build failed\\.`
      )
    )
  })

  it('takes the stage from the context, where the build really was', () => {
    const message = failureOf(
      failedWith({ reason: 'x', failureContext: { imageStatus: 'INTEGRATING' } })
    )

    expect(message).toMatch(/^Image build FAILED during INTEGRATING /)
  })

  it('lists every region a distribution failed in', () => {
    const message = failureOf(
      failedWith({
        reason: 'Distribution failed.',
        failureContext: {
          distributionFailure: {
            errorMessage: 'copy failed',
            regionFailures: [
              { region: 'eu-west-2', status: 'TIMED_OUT', targetAccountId: '444455556666' },
              {
                region: 'ap-south-1',
                status: 'FAILED',
                imageConfigurationStep: 'EXPORT_AMI',
                errorMessage: 'denied'
              }
            ]
          }
        }
      })
    )

    expect(message).toContain(
      'Distribution failed: copy failed. Failed regions: eu-west-2 (account 444455556666): TIMED_OUT; ap-south-1: FAILED at EXPORT_AMI: denied.'
    )
  })
})

describe('a kept instance (keep-instance-on-failure)', () => {
  const INSTANCE = 'i-0123456789abcdef0'
  const keptPlan = (terminate: boolean) =>
    ({
      region: 'eu-west-1',
      infrastructure: { settings: { terminateInstanceOnFailure: terminate } }
    }) as unknown as BuildRecord['plan']
  const failedWith = (terminate: boolean, terminateStatus: 'SKIPPED' | 'COMPLETED') =>
    ended('FAILED', {
      plan: keptPlan(terminate),
      snapshot: aSnapshot({
        status: 'FAILED',
        image: { reason: componentFailure },
        workflows: [
          aWorkflow({
            name: 'test-image',
            status: 'FAILED',
            steps: [
              aStep({
                name: 'LaunchTestInstance',
                action: 'LaunchInstance',
                outputs: `{"instanceId": "${INSTANCE}"}`
              }),
              aStep({ name: 'ApplyTestComponents', action: 'ExecuteComponents', status: 'FAILED' }),
              aStep({
                name: 'TerminateTestInstance',
                action: 'TerminateInstance',
                status: terminateStatus
              })
            ]
          })
        ]
      })
    })

  it('names the instance, its region, the session command and the cost', () => {
    const message = failureOf(failedWith(false, 'SKIPPED')) ?? ''
    expect(message).toContain(`The instance ${INSTANCE} in eu-west-1 was kept`)
    expect(message).toContain(`aws ssm start-session --target ${INSTANCE} --region eu-west-1`)
    expect(message).toContain('costs money until terminated')
  })

  it('says nothing of an instance the configuration terminates, or that was terminated', () => {
    expect(failureOf(failedWith(true, 'COMPLETED'))).not.toContain(INSTANCE)
    expect(failureOf(failedWith(false, 'COMPLETED'))).not.toContain(INSTANCE)
  })
})
