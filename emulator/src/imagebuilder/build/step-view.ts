/**
 * Workflow executions and their steps as the workflow APIs show them at a given time (§3.2, §3.7).
 */
import { isoTime } from '../time.js'
import type {
  WorkflowExecutionMetadata,
  WorkflowExecutionStatus,
  WorkflowStepMetadata,
  WorkflowStepStatus
} from '../shapes.js'
import { stepJson } from './step-io.js'
import type { Build, PlannedStep, PlannedWorkflow } from './types.js'

/** Workflows that have started by `now`; one that has not started yet does not exist. */
export function startedWorkflows(build: Build, now: number): PlannedWorkflow[] {
  return build.plan.workflows.filter((workflow) => workflow.start <= now)
}

export function workflowStatusAt(workflow: PlannedWorkflow, now: number): WorkflowExecutionStatus {
  return now < workflow.end ? 'RUNNING' : workflow.outcome
}

export function stepStatusAt(step: PlannedStep, now: number): WorkflowStepStatus {
  if (
    step.outcome === 'PENDING' ||
    step.start === undefined ||
    step.end === undefined ||
    now < step.start
  )
    return 'PENDING'
  if (step.outcome === 'SKIPPED') return 'SKIPPED'
  return now < step.end ? 'RUNNING' : step.outcome
}

/**
 * While a workflow runs, `totalStepCount` is the document's step count; once it has ended it is the
 * number of steps that succeeded, failed or were skipped, so the counters add up (§3.2).
 */
export function workflowMetadataAt(
  workflow: PlannedWorkflow,
  now: number
): WorkflowExecutionMetadata {
  const statuses = workflow.steps.map((step) => stepStatusAt(step, now))
  const count = (status: WorkflowStepStatus): number =>
    statuses.filter((candidate) => candidate === status).length
  const status = workflowStatusAt(workflow, now)
  const [succeeded, failed, skipped] = [count('COMPLETED'), count('FAILED'), count('SKIPPED')]
  const ended = status !== 'RUNNING'
  return {
    workflowBuildVersionArn: workflow.arn,
    workflowExecutionId: workflow.id,
    type: workflow.type,
    status,
    ...(ended && workflow.message !== undefined ? { message: workflow.message } : {}),
    totalStepCount: ended ? succeeded + failed + skipped : workflow.steps.length,
    totalStepsSucceeded: succeeded,
    totalStepsFailed: failed,
    totalStepsSkipped: skipped,
    startTime: isoTime(workflow.start),
    ...(ended ? { endTime: isoTime(workflow.end) } : {}),
    retried: workflow.retried ?? false
  }
}

export function stepMetadataAt(step: PlannedStep, now: number): WorkflowStepMetadata {
  const status = stepStatusAt(step, now)
  const started = status !== 'PENDING' && status !== 'SKIPPED'
  const finished = status !== 'PENDING' && status !== 'RUNNING'
  const inputs = started ? step.inputs : step.pendingInputs
  return {
    stepExecutionId: step.id,
    name: step.name,
    action: step.action,
    status,
    ...(finished && step.message !== undefined ? { message: step.message } : {}),
    ...(inputs === undefined ? {} : { inputs: stepJson(inputs) }),
    ...(finished && step.outputs !== undefined ? { outputs: stepJson(step.outputs) } : {}),
    ...(status !== 'PENDING' && step.start !== undefined ? { startTime: isoTime(step.start) } : {}),
    ...(finished && step.end !== undefined ? { endTime: isoTime(step.end) } : {})
  }
}

/** Finds a step of any build by its ID, with the workflow it belongs to. */
export function findStep(
  builds: Iterable<Build>,
  stepExecutionId: string,
  now: number
): { build: Build; workflow: PlannedWorkflow; step: PlannedStep } | undefined {
  for (const build of builds) {
    for (const workflow of startedWorkflows(build, now)) {
      const step = workflow.steps.find((candidate) => candidate.id === stepExecutionId)
      if (step !== undefined) return { build, workflow, step }
    }
  }
  return undefined
}
