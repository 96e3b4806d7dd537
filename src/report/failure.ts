/**
 * The error annotation: why the step failed, in one short paragraph that a reader of the run's
 * page understands without opening the log. The job summary says the same at length.
 */
import type { CancelFailure } from '../domain/record.js'
import type { ComponentFailure, RegionFailure } from '../domain/build.js'
import { isFinal } from '../domain/build.js'
import type { BuildRecord, CancelOutcome } from '../domain/record.js'
import { type Cause, causeOf, keptInstanceSentence, printedLabel } from './cause.js'
import { clip } from './clip.js'
import { CANCEL_NOT_REQUESTED, stoppedAnnotation } from './stop-wording.js'

/** GitHub shows an annotation in a narrow box; the summary holds the rest. */
export const ANNOTATION_MAX_CHARS = 2_000
/** The error in the annotation's first sentence; the summary gives it at length. */
const ERROR_CHARS = 400
const CUT_NOTE = ' … (cut; the job summary has the rest)'

/** The error annotation for the step, or undefined when the step succeeds. */
export function failureOf(record: BuildRecord): string | undefined {
  const message = unboundedFailure(record)
  return message === undefined ? undefined : clip(message, ANNOTATION_MAX_CHARS, CUT_NOTE)
}

function unboundedFailure(record: BuildRecord): string | undefined {
  const ending = record.ending
  switch (ending?.kind) {
    case undefined:
    case 'not-waited':
    case 'planned':
    case 'reused':
      return undefined
    case 'ended': {
      const cause = causeOf(record)
      return cause ? causeParagraph(cause) : undefined
    }
    case 'aborted':
      return `${stoppedAnnotation(ending.by)}: ${cancelSentence(record, ending)}`
    case 'credentials-expired':
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
    case 'not-requested': {
      const image = record.snapshot?.image
      if (image && isFinal(image.status))
        return `${build} was left alone (${CANCEL_NOT_REQUESTED}); it had ended (${status}).`
      return `${build} keeps running (${CANCEL_NOT_REQUESTED}).`
    }
    case 'failed': {
      const cancel = `the cancel of ${build} ${cancelFailed(ending.failure)}`
      const image = record.snapshot?.image
      if (image && isFinal(image.status))
        return `${cancel}; the build had already ended (${status}).`
      return `${cancel}, and the build was not seen stopping (${status}). It may still be running: cancel it in the Image Builder console or with aws imagebuilder cancel-image-creation --image-build-version-arn ${build}`
    }
  }
}

/** `was sent but got no answer within 3 s`, `failed (…)`: what became of a cancel call. */
export function cancelFailed(failure: CancelFailure): string {
  switch (failure.why) {
    case 'timed-out':
      return `was sent but got no answer within ${Math.round(failure.waitedMs / 1000)} s`
    case 'credentials-expired':
      return `failed because the AWS credentials expired (${failure.error})`
    case 'error':
      return `failed (${failure.error})`
  }
}

/** `Image build FAILED during TESTING at test-image › ApplyTestComponents (…): component …`. */
function causeParagraph(cause: Cause): string {
  const sentences = [
    sentence(
      `${whereItFailed(cause)}${cause.error ? `: ${clip(oneLine(cause.error), ERROR_CHARS)}` : ''}`
    )
  ]
  // What costs money, then the step's own lines (the same ones the summary shows), come before
  // anything the limit could cut.
  if (cause.keptInstance) sentences.push(keptInstanceSentence(cause.keptInstance))
  if (cause.printed.length > 0)
    sentences.push(
      sentence(
        `${printedLabel(cause.printed, 'The step printed')} ${cause.printed.map(oneLine).join(' ⏎ ')}`
      )
    )
  if (cause.reason) sentences.push(sentence(`Image Builder says: ${oneLine(cause.reason)}`))
  if (cause.distribution) {
    const { errorMessage, regionFailures } = cause.distribution
    if (errorMessage && errorMessage !== cause.error)
      sentences.push(sentence(`Distribution failed: ${oneLine(errorMessage)}`))
    const regions = regionFailures.map((failure) => regionFailure(failure, cause.error))
    if (regions.length > 0) sentences.push(sentence(`Failed regions: ${regions.join('; ')}`))
  }
  if (cause.next) sentences.push(`Next: ${cause.next}`)
  return sentences.join(' ')
}

/** Stage, workflow step and component: the path to where the build broke. */
export function whereItFailed(cause: Cause): string {
  const stage = cause.stage ? ` during ${cause.stage}` : ''
  const step = cause.failedStep
    ? ` at ${cause.failedStep.workflow.name} › ${cause.failedStep.step.name}${inParentheses(cause.failedStep.step.action)}`
    : ''
  const component = cause.component ? `, component ${componentPlace(cause.component)}` : ''
  return `Image build ${cause.status}${stage}${step}${component}`
}

/** `arn…, phase build, step InstallNginx (ExecuteBash)`. */
export function componentPlace(component: ComponentFailure): string {
  const where = [
    component.phaseName && `phase ${component.phaseName}`,
    component.stepName && `step ${component.stepName}${inParentheses(component.action)}`
  ].filter(Boolean)
  return [component.componentArn ?? 'unnamed', ...where].join(', ')
}

/** `eu-west-2 (account …): TIMED_OUT at EXPORT_AMI: …`, without an error already said. */
export function regionFailure(failure: RegionFailure, saidError?: string): string {
  const account = failure.targetAccountId ? ` (account ${failure.targetAccountId})` : ''
  const step = failure.imageConfigurationStep ? ` at ${failure.imageConfigurationStep}` : ''
  const error =
    failure.errorMessage && failure.errorMessage !== saidError
      ? `: ${oneLine(failure.errorMessage)}`
      : ''
  return `${failure.region ?? 'a region'}${account}: ${failure.status ?? 'FAILED'}${step}${error}`
}

function inParentheses(value: string | undefined): string {
  return value ? ` (${value})` : ''
}

/** Ends with a full stop unless it already ends a sentence. */
function sentence(value: string): string {
  return /[.!?]$/.test(value) ? value : `${value}.`
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}
