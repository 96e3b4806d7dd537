/**
 * What the post step says about a build that the main step left behind: one message for the log
 * and the annotation, and a short job summary. Pure functions, like the main step's reports.
 */
import type { CancelOutcome } from '../domain/record.js'
import { cancelSentence } from '../report/failure.js'
import { code, table, text } from '../report/markdown.js'
import type { ImageView } from '../domain/build.js'

export interface OrphanReport {
  imageArn: string
  region: string
  outcome: CancelOutcome
  /** The build as last seen by the post step. */
  image?: ImageView
}

const HEADLINES: Record<CancelOutcome['cancel'], string> = {
  confirmed: '🚫 Image build cancelled by the post step: the main step did not finish',
  unconfirmed: '⏳ Image build cancel accepted, not yet confirmed: the main step did not finish',
  failed: '⚠️ The image build could not be cancelled: the main step did not finish',
  'not-requested': '🔄 The image build keeps running: the main step did not finish'
}

export function orphanMessage(report: OrphanReport): string {
  const snapshot = report.image && { image: report.image, workflows: [] }
  const sentence = cancelSentence({ imageArn: report.imageArn, snapshot }, report.outcome)
  return `The main step did not finish (the run was cancelled or the step was killed): ${sentence}`
}

export function orphanSummary(report: OrphanReport): string {
  const facts = table(
    ['Status', text(report.image?.status ?? 'unknown')],
    [
      ['Image ARN', code(report.imageArn)],
      ['Region', text(report.region)]
    ]
  )
  return `${[`## ${HEADLINES[report.outcome.cancel]}`, facts, text(orphanMessage(report))].join('\n\n')}\n`
}
