/**
 * The result of each test component: passed, failed (where, the error, what it printed) or not
 * run (and why). Image Builder has no per-test API: the test stage's ExecuteComponents step runs
 * the test components in recipe order and stops at the first that fails, and the failure context
 * (or AWSTOE's failure block in the build log) names that one.
 */
import type { ComponentFailure } from '../domain/build.js'
import { currentWorkflows, type WorkflowStep } from '../domain/build.js'
import type { BuildRecord, TestComponent } from '../domain/record.js'
import { type Cause, causeOf } from './cause.js'
import { sameComponent } from './printed-lines.js'

export type TestOutcome =
  | { component: TestComponent; result: 'passed'; step: WorkflowStep }
  | {
      component: TestComponent
      result: 'failed'
      /** Where and how it failed; only the error when Image Builder did not say which test. */
      failure: ComponentFailure
      printed: string[]
    }
  | { component: TestComponent; result: 'not-run'; why: string }

/** One outcome per test component; undefined while the test components are not known. */
export function testOutcomes(record: BuildRecord): TestOutcome[] | undefined {
  const components = record.testComponents
  const snapshot = record.snapshot
  if (!components || !snapshot) return undefined
  const step = testStep(record)
  if (step?.status === 'COMPLETED')
    return components.map((component) => ({ component, result: 'passed', step }))
  if (step?.status === 'FAILED') return afterFailure(components, step, causeOf(record))
  const why = notRunBecause(record, step)
  return components.map((component) => ({ component, result: 'not-run', why }))
}

/** The test stage's ExecuteComponents step (`ApplyTestComponents` in the managed workflow). */
function testStep(record: BuildRecord): WorkflowStep | undefined {
  const steps = currentWorkflows(record.snapshot?.workflows ?? [])
    .filter((workflow) => workflow.type === 'TEST')
    .flatMap((workflow) => workflow.steps)
    .filter((step) => step.action === 'ExecuteComponents')
  return steps.find((step) => step.status === 'FAILED') ?? steps[0]
}

function afterFailure(
  components: readonly TestComponent[],
  step: WorkflowStep,
  cause: Cause | undefined
): TestOutcome[] {
  const failedArn = cause?.component?.componentArn
  const failedAt = failedArn
    ? components.findIndex((component) => matches(component, failedArn))
    : -1
  if (failedAt === -1) {
    // Image Builder did not say which test failed: none of them can be called passed.
    const failure = { errorMessage: cause?.error ?? step.message ?? 'The test stage failed.' }
    return components.map((component) => ({
      component,
      result: 'failed',
      failure,
      printed: cause?.printed ?? []
    }))
  }
  return components.map((component, index): TestOutcome => {
    if (index < failedAt) return { component, result: 'passed', step }
    if (index > failedAt)
      return { component, result: 'not-run', why: 'an earlier test component failed' }
    return {
      component,
      result: 'failed',
      failure: cause?.component ?? { componentArn: failedArn },
      printed: cause?.printed ?? []
    }
  })
}

function matches(component: TestComponent, arn: string): boolean {
  return (
    sameComponent(component.arn, arn) ||
    (component.buildVersionArn !== undefined && sameComponent(component.buildVersionArn, arn))
  )
}

function notRunBecause(record: BuildRecord, step: WorkflowStep | undefined): string {
  const image = record.snapshot?.image
  if (record.mode === 'promote')
    return 'a promotion runs no tests: they ran, if enabled, in the build that made the image'
  if (image && !image.testsEnabled) return 'image tests are turned off'
  if (step?.status === 'CANCELLED' || image?.status === 'CANCELLED')
    return 'the build was cancelled'
  if (step?.status === 'RUNNING') return 'the test stage had not finished'
  if (image?.status === 'FAILED') return 'the build failed before the tests ran'
  return 'the test stage did not run'
}
