/**
 * How a failure reads: the failed step's message, the image's `reason` and `failureContext` (§2.2).
 */
import type { BuildFailure } from '../../scenario.js'
import type { ComponentFailure, ImageFailureContext, ImageStatus } from '../shapes.js'
import type { StepDefinition, WorkflowDefinition } from './managed-workflows.js'
import type { BuildSpec, PlannedStep, PlannedWorkflow, ResolvedComponent } from './types.js'

export type StepFailureScenario = Extract<BuildFailure, { kind: 'step' }>
export type DistributionFailureScenario = Extract<BuildFailure, { kind: 'distribution' }>

export interface StepFailure {
  /** The step's `message` and the text after "failed with reason:". */
  errorMessage: string
  /** Set when an ExecuteComponents step fails: a component document failed. */
  component?: {
    resolved: ResolvedComponent
    failure: ComponentFailure
    stderr: string[]
    /** Whether AWSTOE writes its failure block to the console log. */
    failureBlock: boolean
  }
  reasonOverride?: string
}

export function describeStepFailure(
  scenario: StepFailureScenario,
  definition: StepDefinition,
  workflow: WorkflowDefinition,
  spec: BuildSpec
): StepFailure {
  const base = scenario.reason === undefined ? {} : { reasonOverride: scenario.reason }
  if (definition.action !== 'ExecuteComponents') {
    return { ...base, errorMessage: scenario.errorMessage ?? defaultStepError(definition, spec) }
  }
  const resolved = failingComponent(scenario, workflow, spec)
  const detail = scenario.component ?? {}
  const failure: ComponentFailure = {
    componentArn: resolved.arn,
    phaseName: detail.phaseName ?? (workflow.type === 'TEST' ? 'test' : 'build'),
    stepName: detail.stepName ?? (workflow.type === 'TEST' ? 'RunTests' : 'InstallPackages'),
    action:
      detail.action ?? (spec.recipe.platform === 'Windows' ? 'ExecutePowerShell' : 'ExecuteBash'),
    errorMessage: detail.errorMessage ?? 'exit status 1'
  }
  return {
    ...base,
    errorMessage: scenario.errorMessage ?? `Document ${resolved.arn} failed!`,
    component: {
      resolved,
      failure,
      stderr: detail.stderr ?? [],
      failureBlock: detail.failureBlock ?? true
    }
  }
}

function failingComponent(
  scenario: StepFailureScenario,
  workflow: WorkflowDefinition,
  spec: BuildSpec
): ResolvedComponent {
  const wanted = scenario.component?.componentArn
  const wantedName = scenario.component?.name
  const type = workflow.type === 'TEST' ? 'TEST' : 'BUILD'
  if (wantedName !== undefined) return componentNamed(spec, wantedName)
  const match =
    spec.components.find((component) => component.arn === wanted) ??
    spec.components.find((component) => component.type === type) ??
    spec.components[0]
  if (wanted !== undefined && match?.arn !== wanted) {
    return { arn: wanted, name: wanted.split('/')[1] ?? wanted, type }
  }
  if (match === undefined) throw new Error(`Recipe ${spec.recipe.arn} has no component to fail`)
  return match
}

function componentNamed(spec: BuildSpec, name: string): ResolvedComponent {
  const match = spec.components.find((component) => component.name === name)
  if (match === undefined) {
    throw new Error(
      `The scenario fails component ${name}, which recipe ${spec.recipe.arn} does not run (it runs ${spec.components.map((component) => component.name).join(', ')})`
    )
  }
  return match
}

function defaultStepError(definition: StepDefinition, spec: BuildSpec): string {
  if (definition.action === 'LaunchInstance') {
    const instanceType = spec.infrastructure.instanceTypes?.[0] ?? 'm5.large'
    return `An error occurred (InsufficientInstanceCapacity) when calling the RunInstances operation: We currently do not have sufficient ${instanceType} capacity in the Availability Zone you requested.`
  }
  return 'ExpectationNotMet. ssm:ListCommandInvocations returned terminal state Failed'
}

/** The image's state after a workflow step failed. */
export function stepFailureState(
  failure: StepFailure,
  workflow: PlannedWorkflow,
  step: PlannedStep,
  imageStatus: ImageStatus,
  region: string
): { reason: string; failureContext: ImageFailureContext } {
  const cause =
    failure.component === undefined
      ? `${failure.errorMessage} in workflow step ${step.name}`
      : failure.errorMessage
  return {
    reason:
      failure.reasonOverride ??
      `Workflow Execution ID: '${workflow.id}' failed with reason: ${cause}`,
    failureContext: {
      imageStatus,
      workflowExecutionId: workflow.id,
      // The published example names the workflow by its wildcard ARN, not the build version that ran.
      workflowArn: `arn:aws:imagebuilder:${region}:aws:workflow/${workflow.type.toLowerCase()}/${workflow.type.toLowerCase()}-image/x.x.x/x`,
      stepExecutionId: step.id,
      failedStep: step.name,
      ...(failure.component === undefined ? {} : { componentFailure: failure.component.failure })
    }
  }
}

/** The image's state after distribution to a region failed. */
export function distributionFailureState(
  scenario: DistributionFailureScenario,
  errorMessage: string
): { reason: string; failureContext: ImageFailureContext } {
  return {
    reason: scenario.reason ?? `Distribution failed with reason: ${errorMessage}`,
    failureContext: {
      imageStatus: 'DISTRIBUTING',
      distributionFailure: {
        errorMessage,
        regionFailures: [{ region: scenario.region, status: 'FAILED', errorMessage }]
      }
    }
  }
}

export function distributionErrorMessage(scenario: DistributionFailureScenario): string {
  return (
    scenario.errorMessage ??
    `Copying the AMI to ${scenario.region} failed: the copy did not complete.`
  )
}
