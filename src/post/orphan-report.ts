/**
 * What the post step says about a build that the main step left behind: one message for the log
 * and the annotation, and a short job summary. Both claim no more than Image Builder confirmed:
 * the build's status as last read, and when. Pure functions, like the main step's reports.
 */
import type { CancelOutcome } from '../domain/record.js'
import { cancelFailed, cancelSentence } from '../report/failure.js'
import { formatClock } from '../report/format.js'
import { code, table, text } from '../report/markdown.js'
import { icon } from '../report/summary/icons.js'
import { CANCEL_NOT_REQUESTED, STOPPED_UNSEEN } from '../report/stop-wording.js'
import { type ImageView, isFinal } from '../domain/build.js'

export interface OrphanReport {
  imageArn: string
  region: string
  outcome: CancelOutcome
  /** The build as last read by the post step; absent when no read answered. */
  image?: ImageView
  /** When `image` was read. */
  seenAt?: Date
  /** How long the post step read the build after its cancel. */
  confirmMs?: number
}

export function orphanMessage(report: OrphanReport): string {
  const snapshot = report.image && { image: report.image, workflows: [] }
  const sentence = cancelSentence({ imageArn: report.imageArn, snapshot }, report.outcome)
  return `The main step did not finish (${STOPPED_UNSEEN}): ${sentence}`
}

/** Whether the build may still be running: the reader has to look, or act. */
export function mayStillRun(report: OrphanReport): boolean {
  return !(report.image && isFinal(report.image.status))
}

export function orphanSummary(report: OrphanReport): string {
  const rows = [
    ['Cancel', text(cancelRow(report))],
    ['Image ARN', code(report.imageArn)],
    ['Region', text(report.region)]
  ]
  const facts = table(['Status', statusCell(report)], rows)
  const parts = [`## ${headline(report)}`, facts, text(orphanMessage(report))]
  if (report.outcome.cancel !== 'confirmed' && mayStillRun(report))
    parts.push(
      `Check it with ${code(`aws imagebuilder get-image --image-build-version-arn ${report.imageArn} --region ${report.region} --query image.state`)}`
    )
  return `${parts.join('\n\n')}\n`
}

function headline(report: OrphanReport): string {
  const status = report.image?.status
  const shown = text(status ?? 'unknown')
  const ended = status !== undefined && isFinal(status)
  switch (report.outcome.cancel) {
    case 'confirmed':
      return '🚫 The post step cancelled the image build, and Image Builder confirmed it: CANCELLED'
    case 'unconfirmed':
      return `⏳ Image Builder accepted the post step's cancel but had not confirmed it yet (${shown})`
    case 'failed':
      return ended
        ? `${icon(status)} The image build had already ended (${shown}) when the post step tried to cancel it`
        : `⚠️ The post step could not cancel the image build, and it may still be running (${shown})`
    case 'not-requested':
      return ended
        ? `${icon(status)} The image build had ended (${shown}); ${CANCEL_NOT_REQUESTED}, so the post step left it alone`
        : `🔄 The image build keeps running (${shown}), because ${CANCEL_NOT_REQUESTED}`
  }
}

function statusCell(report: OrphanReport): string {
  if (!report.image) return 'unknown: Image Builder did not answer the post step'
  const seen = report.seenAt ? ` (read ${formatClock(report.seenAt)} UTC)` : ''
  return `${icon(report.image.status)} ${text(report.image.status)}${seen}`
}

function cancelRow(report: OrphanReport): string {
  const { outcome } = report
  switch (outcome.cancel) {
    case 'confirmed':
      return 'sent by the post step; Image Builder shows the build CANCELLED'
    case 'unconfirmed': {
      const within =
        report.confirmMs === undefined ? '' : ` within ${Math.round(report.confirmMs / 1000)} s`
      return `accepted by Image Builder; not seen CANCELLED${within}`
    }
    case 'failed':
      return `not accepted: the cancel ${cancelFailed(outcome.failure)}`
    case 'not-requested':
      return `not sent (${CANCEL_NOT_REQUESTED})`
  }
}
