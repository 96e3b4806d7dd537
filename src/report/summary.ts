/**
 * The job summary: a pure function from the build record to Markdown, so a golden-file test can
 * pin it and it can be written on every way out. The cause of a failure comes first; the whole
 * stays under GitHub's 1 MiB limit, and says so where it had to leave something out.
 */
import { type BuildRecord, type Ending, reportedStatus } from '../domain/record.js'
import { boundedSections } from './bounded.js'
import { amiConsoleUrl, imageConsoleUrl } from './console-links.js'
import { formatClock, formatDuration } from './format.js'
import { code, link, table, text } from './markdown.js'
import { alertSection } from './summary/alert.js'
import { amiSection } from './summary/amis.js'
import { containerSection } from './summary/containers.js'
import { passedOverSection } from './passed-over.js'
import { planSection } from './plan-report.js'
import { promotionSection } from './promotion-report.js'
import type { ActionTense } from './resource-action.js'
import { publishedSection } from './published.js'
import { stoppedHeading } from './stop-wording.js'
import { findingsSection } from './summary/findings.js'
import { icon } from './summary/icons.js'
import { NAME_CHARS, NOTICE_CHARS, SUMMARY_BYTES } from './summary/limits.js'
import { retrySection } from './summary/retry.js'
import { stageSection } from './summary/stages.js'
import { testSection } from './summary/tests.js'
import { usageSection } from './summary/usage.js'
import { workflowSection } from './summary/workflows.js'

export function renderSummary(record: BuildRecord, now: Date): string {
  const snapshot = record.snapshot
  const sections = [
    alertSection(record),
    `## ${headline(record)}`,
    facts(record, now),
    record.plan ? planSection(record.plan, tenseOf(record)) : '',
    passedOverSection(record),
    record.promotion ? promotionSection(record.promotion, tenseOf(record)) : '',
    retrySection(record),
    record.ending?.kind === 'not-waited' || record.ending?.kind === 'planned'
      ? ''
      : testSection(record),
    record.snapshot?.image.imageType === 'DOCKER' ? containerSection(record) : amiSection(record),
    publishedSection(record),
    usageSection(record),
    stageSection(record, now),
    snapshot ? workflowSection(snapshot) : '',
    findingsSection(record),
    noticeSection(record)
  ]
  return boundedSections(
    sections.filter((section) => section !== ''),
    SUMMARY_BYTES,
    CUT_NOTE
  )
}

/** A dry run's plan is what would be done; any other ending's, what was (and was not) done. */
export function tenseOf(record: BuildRecord): ActionTense {
  return record.ending?.kind === 'planned' ? 'planned' : 'outcome'
}

/** The summary's heading: one sentence that says how the step ended, on every ending. */
export function headline(record: BuildRecord): string {
  const status = reportedStatus(record)
  const ending: Ending | undefined = record.ending
  switch (ending?.kind) {
    case 'not-waited':
      return `⏳ The image build started (${text(status)}); this step does not wait for it`
    case 'planned':
      return '📝 Dry run: nothing was created or started, and the plan is below'
    case 'reused':
      return `♻️ Nothing changed, so the last image build (${text(status)}) is reused`
    case 'aborted':
      return `${icon(status)} ${stoppedHeading(ending.by)}, and the image build is ${text(status)}`
    case 'credentials-expired':
      return `⚠️ The AWS credentials expired while the image build was ${text(status)}, so the action stopped following it`
    case 'error':
      if (status)
        return `❌ The action stopped with an error while the image build was ${text(status)}`
      return record.imageArn
        ? "❌ The action stopped with an error, and the image build's status is unknown"
        : '❌ The action stopped with an error before any image build started'
    default:
      return `${icon(status)} ${endedSentence(status)}`
  }
}

/** How a build that ran to its end ended, as Image Builder reports it. */
function endedSentence(status: string): string {
  switch (status) {
    case 'AVAILABLE':
      return 'The image build succeeded, and the image is AVAILABLE'
    case 'FAILED':
      return 'The image build FAILED'
    case 'CANCELLED':
      return 'The image build was CANCELLED'
    case '':
      return "The image build's status is unknown"
    default:
      return `The image build is ${text(status)}`
  }
}

function facts(record: BuildRecord, now: Date): string {
  const image = record.snapshot?.image
  const status = reportedStatus(record)
  const header = ['Status', `${icon(status)} ${text(status || 'not started')}`]
  const rows: string[][] = []
  if (image?.name)
    rows.push(['Image', `${text(image.name, NAME_CHARS)} ${text(image.version ?? '', NAME_CHARS)}`])
  if (record.imageArn) rows.push(['Image ARN', code(record.imageArn, NAME_CHARS)])
  if (record.mode === 'pipeline') rows.push(['Pipeline', code(record.source, NAME_CHARS)])
  if (record.mode === 'promote') rows.push(['Promoted from', code(record.source, NAME_CHARS)])
  rows.push(['Region', text(record.region, NAME_CHARS)])
  const end = record.endedAt ?? now
  rows.push([
    'Duration',
    `${formatDuration(end.getTime() - record.stepStartedAt.getTime())} (step started ${formatClock(record.stepStartedAt)} UTC)`
  ])
  const console = consoleLinks(record)
  if (console) rows.push(['Console', console])
  return table(header, rows)
}

/** The image's page and each AMI's, in the console of the partition they live in. */
function consoleLinks(record: BuildRecord): string {
  const imageUrl = record.imageArn ? imageConsoleUrl(record.imageArn) : undefined
  const links = imageUrl ? [link('image', imageUrl)] : []
  for (const ami of record.snapshot?.image.amis ?? []) {
    const url = amiConsoleUrl(ami.region, ami.imageId)
    if (url) links.push(link(`${ami.imageId} (${ami.region})`, url))
  }
  return links.join(' · ')
}

function noticeSection(record: BuildRecord): string {
  if (record.notices.length === 0) return ''
  return ['### Notices', ...record.notices.map((notice) => `- ${text(notice, NOTICE_CHARS)}`)].join(
    '\n'
  )
}

const CUT_NOTE =
  '> [!NOTE]\n> The rest of this summary was left out to stay under GitHub’s 1 MiB limit for a job summary; the job log has the details.'
