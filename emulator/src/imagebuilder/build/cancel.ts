/**
 * Cancellation (§2.1): the plan is cut at the moment the cancel takes effect. The running workflow
 * and step become CANCELLED, nothing later starts, and the image ends CANCELLED. AMIs already being
 * made are not removed (AWS leaves output resources that exist in place), so they still settle.
 */
import { without } from '../without.js'
import type { BuildPlan, PlannedStep, PlannedWorkflow } from './types.js'

export function cancelPlan(plan: BuildPlan, cancelAt: number): BuildPlan {
  const terminal = plan.statuses.at(-1)
  if (terminal === undefined || terminal.at <= cancelAt) return plan
  const listed = plan.amisListedAt !== undefined && plan.amisListedAt <= cancelAt
  return {
    ...without(plan, 'reason', 'failureContext', 'amisListedAt', 'scan', 'integration'),
    statuses: [
      ...plan.statuses.filter((change) => change.at < cancelAt),
      { status: 'CANCELLED', at: cancelAt }
    ],
    workflows: plan.workflows
      .filter((workflow) => workflow.start < cancelAt)
      .map((workflow) => cancelWorkflow(workflow, cancelAt)),
    amis: plan.amis
      .filter((ami) => ami.registerAt < cancelAt)
      .map((ami) => ({ ...ami, listed: ami.listed && listed })),
    ...(listed ? { amisListedAt: plan.amisListedAt } : {}),
    ...(plan.scan !== undefined && plan.scan.end <= cancelAt ? { scan: plan.scan } : {}),
    // Integration happens when INTEGRATING begins; a cancel after that does not undo it.
    ...(plan.integration !== undefined && plan.integration.start <= cancelAt
      ? { integration: plan.integration }
      : {}),
    // Events up to the cancel stay as they are: the world may already have written them.
    logEvents: [
      ...plan.logEvents.filter((event) => event.timestamp <= cancelAt),
      { timestamp: cancelAt, message: 'Image status: CANCELLED - the build was cancelled' }
    ]
  }
}

function cancelWorkflow(workflow: PlannedWorkflow, cancelAt: number): PlannedWorkflow {
  if (workflow.end <= cancelAt) return workflow
  return {
    ...without(workflow, 'message'),
    outcome: 'CANCELLED',
    end: cancelAt,
    steps: workflow.steps.map((step) => cancelStep(step, cancelAt))
  }
}

function cancelStep(step: PlannedStep, cancelAt: number): PlannedStep {
  if (step.start === undefined || step.end === undefined || step.end <= cancelAt) return step
  const waiting = without(step, 'start', 'end', 'inputs', 'outputs', 'message')
  if (step.start >= cancelAt) return { ...waiting, outcome: 'PENDING' }
  return {
    ...waiting,
    ...(step.inputs === undefined ? {} : { inputs: step.inputs }),
    outcome: 'CANCELLED',
    start: step.start,
    end: cancelAt
  }
}
