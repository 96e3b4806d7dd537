/**
 * Why a build did not end AVAILABLE, in one message for the error annotation and the summary: the
 * service's reason, the step that failed and, where the reason names it, the failed component.
 */
import type { BuildSnapshot, WorkflowExecution, WorkflowStep } from '../watch/model.js'
import type { BuildRecord } from './build-record.js'

export interface FailedStep {
  workflow: WorkflowExecution
  step: WorkflowStep
}

export interface FailureDetails {
  status: string
  /** The stage the build was in when it stopped, as the action saw it. */
  stage?: string
  reason?: string
  failedStep?: FailedStep
  componentArn?: string
}

const COMPONENT_IN_REASON =
  /Document (arn:aws[^\s:]*:imagebuilder:[^\s]+:component\/[^\s!]+) failed/

export function failureDetails(record: BuildRecord, snapshot: BuildSnapshot): FailureDetails {
  const { image } = snapshot
  return {
    status: image.status,
    stage: record.stages.filter((stage) => stage.status !== image.status).at(-1)?.status,
    reason: image.reason,
    failedStep: findFailedStep(snapshot),
    componentArn: image.reason ? COMPONENT_IN_REASON.exec(image.reason)?.[1] : undefined
  }
}

/** The first failed step of a failed workflow, else of any workflow. */
export function findFailedStep(snapshot: BuildSnapshot): FailedStep | undefined {
  const ordered = [
    ...snapshot.workflows.filter((workflow) => workflow.status === 'FAILED'),
    ...snapshot.workflows.filter((workflow) => workflow.status !== 'FAILED')
  ]
  for (const workflow of ordered) {
    const step = workflow.steps.find((candidate) => candidate.status === 'FAILED')
    if (step) return { workflow, step }
  }
  return undefined
}

export function failureMessage(details: FailureDetails): string {
  const stage = details.stage ? ` during ${details.stage}` : ''
  const lines = [
    `The image build ended ${details.status}${stage}: ${details.reason ?? 'Image Builder gave no reason.'}`
  ]
  if (details.failedStep) {
    const { workflow, step } = details.failedStep
    const action = step.action ? ` (${step.action})` : ''
    const message = step.message ? `: ${step.message}` : ''
    lines.push(`Failed step: ${workflow.name} › ${step.name}${action}${message}`)
  }
  if (details.componentArn) lines.push(`Failed component: ${details.componentArn}`)
  return lines.join('\n')
}

/** The error annotation for the step, or undefined when the step succeeds. */
export function failureOf(record: BuildRecord): string | undefined {
  const ending = record.ending
  switch (ending?.kind) {
    case undefined:
    case 'started':
      return undefined
    case 'ended': {
      const snapshot = record.snapshot
      if (!snapshot || snapshot.image.status === 'AVAILABLE') return undefined
      return failureMessage(failureDetails(record, snapshot))
    }
    case 'aborted': {
      const why =
        ending.by === 'timeout'
          ? 'The timeout passed before the build ended'
          : 'The workflow run was cancelled'
      const build = record.imageArn ?? 'the build'
      const cancel = {
        confirmed: `${build} was cancelled.`,
        unconfirmed: `${build} was asked to cancel; Image Builder had not confirmed it yet (status ${record.snapshot?.image.status ?? 'unknown'}).`,
        'not-requested': `${build} keeps running (cancel-on-abort is false).`
      }[ending.cancel]
      return `${why}: ${cancel}`
    }
    case 'credentials-expired':
      return ending.error
    case 'error':
      return ending.message
  }
}
