/**
 * Why a build did not end AVAILABLE, as parts the summary's alert and the error annotation both
 * say: where it broke (stage, workflow step, component, phase, step), the error, what the failing
 * step printed, and what to do next where that is known. Image Builder's `failureContext` says
 * where it broke; without it the failed step comes from the workflow steps and the component from
 * the reason's text or AWSTOE's failure block in the build log.
 */
import type { ComponentFailure, FailureContext } from '../domain/build.js'
import {
  type BuildSnapshot,
  launchedInstanceId,
  type WorkflowExecution,
  type WorkflowStep
} from '../domain/build.js'
import type { BuildRecord } from '../domain/record.js'
import { clip } from './clip.js'
import { nextStep } from './next-steps.js'
import { failedComponentInLog, printedLines } from './printed-lines.js'

export interface FailedStep {
  workflow: WorkflowExecution
  step: WorkflowStep
}

export interface Cause {
  status: string
  /** The stage the build was in when it stopped. */
  stage?: string
  failedStep?: FailedStep
  component?: ComponentFailure
  /** The error in Image Builder's words: the component's, else the step's, else the reason's. */
  error?: string
  /** The reason, when it says more than the parts above. */
  reason?: string
  distribution?: FailureContext['distributionFailure']
  /** The last lines the failing step printed, oldest first. */
  printed: string[]
  next?: string
  /** keep-instance-on-failure: the instance the failed workflow left standing. */
  keptInstance?: KeptInstance
}

export interface KeptInstance {
  instanceId: string
  region: string
}

const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/

/** Lines of the failing step read back from the log: the end of its output is where the error is. */
const PRINTED_LINES_READ = 20
/**
 * What the summary's alert and the error annotation both show of them, so both name the same
 * lines: the last ones, at most this many, each clipped, and within a total that leaves the
 * annotation room for the rest of the cause.
 */
export const PRINTED_LINES_SHOWN = 10
export const PRINTED_LINE_CHARS = 200
const PRINTED_CHARS_SHOWN = 1_000

const COMPONENT_IN_REASON =
  /Document (arn:aws[^\s:]*:imagebuilder:[^\s]+:component\/[^\s!]+) failed/
/** A few words in front of an error that add nothing to it. */
const ERROR_WRAPPER = /^[\w ]*failed(?: with reason)?: ?$/i
/** The service's wrapper around the error; it repeats what the other parts say. */
const REASON_WRAPPER = /^Workflow Execution ID: '[^']*' failed with reason: /

/** The cause of a build that ended FAILED or CANCELLED on its own; undefined otherwise. */
export function causeOf(record: BuildRecord): Cause | undefined {
  const snapshot = record.snapshot
  if (record.ending?.kind !== 'ended' || !snapshot) return undefined
  const { image } = snapshot
  if (image.status === 'AVAILABLE') return undefined
  const context = image.failureContext
  const failedStep = findFailedStep(snapshot, context)
  const component = failedComponent(record, snapshot)
  const read =
    component || failedStep
      ? printedLines(
          record.buildLog,
          component?.componentArn,
          PRINTED_LINES_READ,
          failedStep?.step.name
        )
      : []
  const distribution = context?.distributionFailure
  const error = component?.errorMessage ?? failedStep?.step.message ?? distribution?.errorMessage
  const reason = sayingMore(image.reason, component, error)
  return {
    status: image.status,
    stage:
      context?.imageStatus ??
      record.stages.filter((stage) => stage.status !== image.status).at(-1)?.status,
    failedStep,
    component,
    error: error ?? reason,
    reason: error === undefined ? undefined : reason,
    distribution,
    printed: shownLines(read),
    keptInstance: keptInstance(record, failedStep),
    next: nextStep(
      [image.reason, failedStep?.step.message, component?.errorMessage, ...read],
      component !== undefined
    )
  }
}

/** `The step printed (last 3 lines):`, the label the summary and the annotation share. */
export function printedLabel(printed: readonly string[], lead: string): string {
  return `${lead} (last ${printed.length} ${printed.length === 1 ? 'line' : 'lines'}):`
}

/** The last of `lines` that fit PRINTED_LINES_SHOWN, PRINTED_LINE_CHARS and PRINTED_CHARS_SHOWN. */
function shownLines(lines: readonly string[]): string[] {
  const shown: string[] = []
  let chars = 0
  for (const line of lines.toReversed()) {
    const clipped = clip(line, PRINTED_LINE_CHARS)
    if (shown.length === PRINTED_LINES_SHOWN || chars + clipped.length > PRINTED_CHARS_SHOWN) break
    shown.unshift(clipped)
    chars += clipped.length
  }
  return shown
}

/**
 * With terminateInstanceOnFailure false, the failed workflow's instance is the one its
 * LaunchInstance step started (`{"instanceId": "i-…"}`), unless a TerminateInstance step ran.
 */
function keptInstance(record: BuildRecord, failedStep?: FailedStep): KeptInstance | undefined {
  if (record.plan?.infrastructure.settings.terminateInstanceOnFailure !== false) return undefined
  const workflow =
    failedStep?.workflow ??
    record.snapshot?.workflows.find((candidate) => candidate.status === 'FAILED')
  if (!workflow) return undefined
  const terminated = workflow.steps.some(
    (step) => step.action === 'TerminateInstance' && step.status === 'COMPLETED'
  )
  const launch = workflow.steps.find((step) => step.action === 'LaunchInstance')
  const instanceId = launch && launchedInstanceId(launch)
  // Text from AWS: only an instance ID is put into a command for the reader to run.
  return terminated || instanceId === undefined || !INSTANCE_ID.test(instanceId)
    ? undefined
    : { instanceId, region: record.plan.region }
}

/** What the reader needs about a kept instance: where it is, how to reach it, that it costs. */
export function keptInstanceSentence({ instanceId, region }: KeptInstance): string {
  return `The instance ${instanceId} in ${region} was kept (keep-instance-on-failure) and costs money until terminated: connect with aws ssm start-session --target ${instanceId} --region ${region}, then terminate it with aws ec2 terminate-instances --instance-ids ${instanceId} --region ${region}.`
}

function failedComponent(
  record: BuildRecord,
  snapshot: BuildSnapshot
): ComponentFailure | undefined {
  const { image } = snapshot
  if (image.failureContext?.componentFailure) return image.failureContext.componentFailure
  const named = image.reason ? COMPONENT_IN_REASON.exec(image.reason)?.[1] : undefined
  const componentArn =
    named ?? (image.status === 'FAILED' ? failedComponentInLog(record.buildLog) : undefined)
  return componentArn ? { componentArn } : undefined
}

/** The reason without the service's wrapper, unless the error and component say it all. */
function sayingMore(
  reason: string | undefined,
  component: ComponentFailure | undefined,
  error: string | undefined
): string | undefined {
  const unwrapped = reason?.replace(REASON_WRAPPER, '').trim()
  if (!unwrapped || unwrapped === error) return undefined
  // `Distribution failed with reason: <error>` repeats the error with a wrapper of its own.
  if (error && unwrapped.endsWith(error) && ERROR_WRAPPER.test(unwrapped.slice(0, -error.length)))
    return undefined
  const componentArn = component?.componentArn
  if (componentArn && unwrapped === `Document ${componentArn} failed!`) return undefined
  return unwrapped
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
