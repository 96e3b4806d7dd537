/**
 * The pull-request comment: like the job summary, a pure function of the build record, in the
 * summary's own sections and escaping, so text from AWS forms no markup, links or mentions. It
 * holds what a reviewer needs where reviewers look: a dry run's plan, or a build's status, image
 * version, AMI per region and test results, and a link to the run for everything else.
 */
import { boundedSections } from './bounded.js'
import { type BuildRecord, reportedStatus } from '../domain/record.js'
import { code, link, table, text } from './markdown.js'
import { planSection } from './plan-report.js'
import { headline } from './summary.js'
import { alertSection } from './summary/alert.js'
import { amiSection } from './summary/amis.js'
import { icon } from './summary/icons.js'
import { NAME_CHARS } from './summary/limits.js'
import { testSection } from './summary/tests.js'

/** GitHub refuses a comment over 65,536 characters; bytes are at least as many, with room to spare. */
export const COMMENT_BYTES = 60_000

const MARKER_PREFIX = '<!-- imagebuilder-action:pr-comment build='

const CUT_NOTE =
  '> [!NOTE]\n> The rest was left out to stay under GitHub’s size limit for a comment; the job summary of the run has it all.'

/**
 * What names the build a comment is about: the pipeline ARN, the recipe (with its region: a
 * matrix may build one recipe name in several), or the followed image. Matrix legs and steps that
 * build other things keep comments of their own.
 */
export function commentKey(record: Pick<BuildRecord, 'mode' | 'source' | 'region'>): string {
  return record.mode === 'recipe'
    ? `recipe:${record.region}:${record.source}`
    : `${record.mode}:${record.source}`
}

/**
 * The hidden first line that finds the comment again. The key is percent-encoded (and `--`
 * broken up), so it can neither end the HTML comment nor hold anything but its own text.
 */
export function commentMarker(key: string): string {
  return `${MARKER_PREFIX}${encodeURIComponent(key).replaceAll('--', '-%2D')} -->`
}

/** Whether `body` is this action's comment for `key`: the marker is its first line, exactly. */
export function isCommentFor(body: string, key: string): boolean {
  const firstLine = body.split(/\r?\n/, 1)[0] ?? ''
  return firstLine === commentMarker(key)
}

/** `runUrl`: the workflow run's page, built from checked values; omitted when unknown. */
export function renderPullRequestComment(record: BuildRecord, runUrl?: string): string {
  const sections =
    record.ending?.kind === 'planned'
      ? [`### ${headline(record)}`, record.plan ? planSection(record.plan, 'planned') : '']
      : [
          `### ${headline(record)}`,
          facts(record),
          alertSection(record),
          amiSection(record),
          record.ending?.kind === 'not-waited' ? '' : testSection(record)
        ]
  const footer = runUrl
    ? `${link('Workflow run', runUrl)} · ${sourceLine(record)}`
    : sourceLine(record)
  const body = boundedSections(
    [...sections.filter((section) => section !== ''), footer],
    COMMENT_BYTES - commentMarker(commentKey(record)).length - 1,
    CUT_NOTE
  )
  return `${commentMarker(commentKey(record))}\n${body}`
}

function facts(record: BuildRecord): string {
  const image = record.snapshot?.image
  const status = reportedStatus(record)
  const rows: string[][] = []
  if (image?.version) rows.push(['Image version', code(image.version, NAME_CHARS)])
  if (record.imageArn) rows.push(['Image ARN', code(record.imageArn, NAME_CHARS)])
  rows.push(['Region', text(record.region, NAME_CHARS)])
  return table(['Status', `${icon(status)} ${text(status || 'not started')}`], rows)
}

function sourceLine(record: BuildRecord): string {
  const what = { pipeline: 'pipeline', recipe: 'recipe', attach: 'image', promote: 'image' }[
    record.mode
  ]
  return `EC2 Image Builder ${what} ${code(record.source, NAME_CHARS)}`
}
