/**
 * Why a build did not end AVAILABLE, in one message for the error annotation and the summary: the
 * service's reason, the step that failed, the failed component (phase, step, action, error) and the
 * regions a distribution failed in. Image Builder's `failureContext` says where it broke; without
 * it the failed step comes from the workflow steps and the component from the reason's text.
 */
import type { CancelFailure } from '../watch/cancel.js'
import type { ComponentFailure, FailureContext, RegionFailure } from '../watch/failure-context.js'
import {
  type BuildSnapshot,
  isFinal,
  type WorkflowExecution,
  type WorkflowStep
} from '../watch/model.js'
import type { BuildRecord, CancelOutcome } from './build-record.js'

export interface FailedStep {
  workflow: WorkflowExecution
  step: WorkflowStep
}

export interface FailureDetails {
  status: string
  /** The stage the build was in when it stopped. */
  stage?: string
  reason?: string
  failedStep?: FailedStep
  component?: ComponentFailure
  distribution?: FailureContext['distributionFailure']
}

const COMPONENT_IN_REASON =
  /Document (arn:aws[^\s:]*:imagebuilder:[^\s]+:component\/[^\s!]+) failed/

export function failureDetails(record: BuildRecord, snapshot: BuildSnapshot): FailureDetails {
  const { image } = snapshot
  const context = image.failureContext
  const componentInReason = image.reason ? COMPONENT_IN_REASON.exec(image.reason)?.[1] : undefined
  return {
    status: image.status,
    stage:
      context?.imageStatus ??
      record.stages.filter((stage) => stage.status !== image.status).at(-1)?.status,
    reason: image.reason,
    failedStep: findFailedStep(snapshot, context),
    component:
      context?.componentFailure ??
      (componentInReason ? { componentArn: componentInReason } : undefined),
    distribution: context?.distributionFailure
  }
}

/** The step the failure context names, else the first failed step of a failed workflow, else of any. */
export function findFailedStep(
  snapshot: BuildSnapshot,
  context?: FailureContext
): FailedStep | undefined {
  const steps = snapshot.workflows.flatMap((workflow) =>
    workflow.steps.map((step) => ({ workflow, step }))
  )
  const named =
    steps.find(
      ({ step }) => context?.stepExecutionId !== undefined && step.id === context.stepExecutionId
    ) ??
    steps.find(
      ({ workflow, step }) =>
        step.name === context?.failedStep &&
        (context.workflowExecutionId === undefined || workflow.id === context.workflowExecutionId)
    )
  if (named) return named
  const failed = steps.filter(({ step }) => step.status === 'FAILED')
  return failed.find(({ workflow }) => workflow.status === 'FAILED') ?? failed[0]
}

export function failureMessage(details: FailureDetails): string {
  const stage = details.stage ? ` during ${details.stage}` : ''
  const lines = [
    `The image build ended ${details.status}${stage}: ${details.reason ?? 'Image Builder gave no reason.'}`
  ]
  if (details.failedStep) {
    const { workflow, step } = details.failedStep
    lines.push(
      `Failed step: ${workflow.name} › ${step.name}${inParentheses(step.action)}${after(step.message)}`
    )
  }
  if (details.component) lines.push(componentLine(details.component))
  if (details.distribution) {
    lines.push(`Distribution failed${after(details.distribution.errorMessage)}`)
    lines.push(...details.distribution.regionFailures.map(regionLine))
  }
  return lines.join('\n')
}

function componentLine(component: ComponentFailure): string {
  const where = [
    component.phaseName && `phase ${component.phaseName}`,
    component.stepName && `step ${component.stepName}${inParentheses(component.action)}`
  ].filter(Boolean)
  const place = where.length > 0 ? `, ${where.join(', ')}` : ''
  return `Failed component: ${component.componentArn ?? 'unnamed'}${place}${after(component.errorMessage)}`
}

function regionLine(failure: RegionFailure): string {
  const account = failure.targetAccountId ? ` (account ${failure.targetAccountId})` : ''
  const step = failure.imageConfigurationStep ? ` at ${failure.imageConfigurationStep}` : ''
  return `- ${failure.region ?? 'a region'}${account}: ${failure.status ?? 'FAILED'}${step}${after(failure.errorMessage)}`
}

function inParentheses(value: string | undefined): string {
  return value ? ` (${value})` : ''
}

function after(value: string | undefined): string {
  return value ? `: ${value}` : ''
}

/** The error annotation for the step, or undefined when the step succeeds. */
export function failureOf(record: BuildRecord): string | undefined {
  const ending = record.ending
  switch (ending?.kind) {
    case undefined:
    case 'started':
    case 'planned':
    case 'reused':
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
      return `${why}: ${cancelSentence(record, ending)}`
    }
    case 'credentials-expired':
      return ending.error
    case 'error':
      return ending.message
  }
}

/** What became of the cancel, claiming no more than Image Builder said and showed. */
export function cancelSentence(
  record: Pick<BuildRecord, 'imageArn' | 'snapshot'>,
  ending: CancelOutcome
): string {
  const build = record.imageArn ?? 'the build'
  const status = `status ${record.snapshot?.image.status ?? 'unknown'}`
  switch (ending.cancel) {
    case 'confirmed':
      return `${build} was cancelled.`
    case 'unconfirmed':
      return `Image Builder accepted the cancel of ${build} but had not confirmed it yet (${status}).`
    case 'not-requested':
      return `${build} keeps running (cancel-on-abort is false).`
    case 'failed': {
      const cancel = `the cancel of ${build} ${cancelFailed(ending.failure)}`
      const image = record.snapshot?.image
      if (image && isFinal(image.status))
        return `${cancel}; the build had already ended (${status}).`
      return `${cancel}, and the build was not seen stopping (${status}). It may still be running: cancel it in the Image Builder console or with aws imagebuilder cancel-image-creation --image-build-version-arn ${build}`
    }
  }
}

function cancelFailed(failure: CancelFailure): string {
  switch (failure.why) {
    case 'timed-out':
      return `was sent but got no answer within ${Math.round(failure.waitedMs / 1000)} s`
    case 'credentials-expired':
      return `failed because the AWS credentials expired (${failure.error})`
    case 'error':
      return `failed (${failure.error})`
  }
}
