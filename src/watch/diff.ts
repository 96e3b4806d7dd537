/**
 * The changes between two snapshots of a build, as events in the order a reader expects: a stage
 * or workflow that starts comes before its steps, one that ends comes after them.
 */
import type { BuildEvent, StageChanged } from '../domain/events.js'
import {
  type BuildSnapshot,
  isActiveWorkflow,
  isFinal,
  type WorkflowExecution
} from '../domain/build.js'

export function diffSnapshots(
  previous: BuildSnapshot | undefined,
  next: BuildSnapshot,
  at: Date
): BuildEvent[] {
  const stage: StageChanged[] =
    previous?.image.status === next.image.status
      ? []
      : [{ type: 'stage-changed', at, status: next.image.status, previous: previous?.image.status }]
  const workflows = next.workflows.flatMap((workflow) =>
    workflowEvents(
      previous?.workflows.find((known) => known.id === workflow.id),
      workflow,
      at
    )
  )
  return isFinal(next.image.status) ? [...workflows, ...stage] : [...stage, ...workflows]
}

function workflowEvents(
  before: WorkflowExecution | undefined,
  workflow: WorkflowExecution,
  at: Date
): BuildEvent[] {
  const steps: BuildEvent[] = workflow.steps
    .map((step) => ({
      step,
      previous: before?.steps.find((known) => known.id === step.id)?.status
    }))
    .filter(({ step, previous }) => previous !== step.status)
    .map(({ step, previous }) => ({ type: 'step-changed', at, workflow, step, previous }))
  if (before?.status === workflow.status) return steps
  const changed: BuildEvent = { type: 'workflow-changed', at, workflow, previous: before?.status }
  return isActiveWorkflow(workflow.status) ? [changed, ...steps] : [...steps, changed]
}
