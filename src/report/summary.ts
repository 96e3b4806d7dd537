/**
 * The job summary: a pure function from the build record to Markdown, so a golden-file test can
 * pin it and it can be written on every way out.
 */
import type { BuildSnapshot, WorkflowExecution, WorkflowStep } from '../watch/model.js'
import { type BuildRecord, type Ending, reportedStatus } from './build-record.js'
import { failureOf } from './failure.js'
import { formatClock, formatDuration, spanOf } from './format.js'
import { code, table, text } from './markdown.js'
import { testResults } from './outputs.js'
import { planSection } from './plan-report.js'

const STATUS_ICONS: Record<string, string> = {
  AVAILABLE: '✅',
  COMPLETED: '✅',
  FAILED: '❌',
  CANCELLED: '🚫',
  SKIPPED: '⏭️',
  RUNNING: '🔄',
  PENDING: '⏳'
}

function icon(status: string): string {
  return STATUS_ICONS[status] ?? '🔄'
}

export function renderSummary(record: BuildRecord, now: Date): string {
  const snapshot = record.snapshot
  const sections = [
    `## ${headline(record)}`,
    facts(record, now),
    problem(record),
    record.plan ? planSection(record.plan) : '',
    snapshot ? amiSection(snapshot) : '',
    snapshot && record.ending?.kind !== 'started' ? testSection(snapshot) : '',
    stageSection(record, now),
    snapshot ? workflowSection(snapshot) : '',
    scanSection(record),
    record.notices.length > 0
      ? ['### Notices', ...record.notices.map((notice) => `- ${text(notice)}`)].join('\n')
      : ''
  ]
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`
}

function headline(record: BuildRecord): string {
  const status = reportedStatus(record)
  const ending: Ending | undefined = record.ending
  switch (ending?.kind) {
    case 'started':
      return `⏳ Image build started (${text(status)}); not waiting for it`
    case 'planned':
      return '📝 Dry run: the plan is below; nothing was created or started'
    case 'reused':
      return `♻️ Nothing changed: reusing the last image build (${text(status)})`
    case 'aborted':
      return `${icon(status)} Image build ${ending.by === 'timeout' ? 'timed out' : 'stopped: the run was cancelled'} (${text(status)})`
    case 'credentials-expired':
      return `⚠️ Stopped following the build: AWS credentials expired (${text(status)})`
    case 'error':
      return `❌ Image build ${status ? `${text(status)}: ` : ''}the action stopped with an error`
    default:
      return `${icon(status)} Image build ${text(status)}`
  }
}

function facts(record: BuildRecord, now: Date): string {
  const image = record.snapshot?.image
  const status = reportedStatus(record)
  const header = ['Status', `${icon(status)} ${text(status || 'not started')}`]
  const rows: string[][] = []
  if (image?.name) rows.push(['Image', `${text(image.name)} ${text(image.version ?? '')}`])
  if (record.imageArn) rows.push(['Image ARN', code(record.imageArn)])
  if (record.mode === 'pipeline') rows.push(['Pipeline', code(record.source)])
  rows.push(['Region', text(record.region)])
  const end = record.endedAt ?? now
  rows.push([
    'Duration',
    `${formatDuration(end.getTime() - record.stepStartedAt.getTime())} (step started ${formatClock(record.stepStartedAt)} UTC)`
  ])
  return table(header, rows)
}

function problem(record: BuildRecord): string {
  const failure = failureOf(record)
  if (!failure) return ''
  return failure
    .split('\n')
    .map((line) => `> ${text(line)}`)
    .join('\n>\n')
}

function amiSection(snapshot: BuildSnapshot): string {
  const amis = snapshot.image.amis
  if (amis.length === 0) return '### AMIs\nNo AMIs yet.'
  const rows = amis.map((ami) => [
    text(ami.region),
    code(ami.imageId),
    text(ami.accountId ?? ''),
    text(ami.name ?? '')
  ])
  return `### AMIs\n${table(['Region', 'AMI', 'Account', 'Name'], rows)}`
}

function testSection(snapshot: BuildSnapshot): string {
  const results = testResults(snapshot)
  if (results.length === 0) return '### Test results\nNo test stage ran.'
  const rows = results.map((result) => [
    text(result.workflow),
    text(result.step),
    `${icon(result.status)} ${text(result.status)}`,
    durationCell(result.status, result.startTime, result.endTime),
    text(result.message ?? '')
  ])
  return `### Test results\n${table(['Workflow', 'Step', 'Status', 'Duration', 'Message'], rows)}`
}

function stageSection(record: BuildRecord, now: Date): string {
  if (record.stages.length === 0) return ''
  const rows = record.stages.map((stage, index) => {
    const last = index === record.stages.length - 1
    const end = stage.endedAt ?? (last && !isOver(record) ? now : undefined)
    return [
      `${icon(stage.status)} ${text(stage.status)}`,
      formatClock(stage.seenAt),
      end ? formatDuration(end.getTime() - stage.seenAt.getTime()) : ''
    ]
  })
  return `### Stages\n${table(['Stage', 'Seen at (UTC)', 'Duration'], rows)}`
}

function isOver(record: BuildRecord): boolean {
  return record.ending !== undefined
}

function workflowSection(snapshot: BuildSnapshot): string {
  if (snapshot.workflows.length === 0) return ''
  return ['### Workflow steps', ...snapshot.workflows.map(workflowTable)].join('\n\n')
}

function workflowTable(workflow: WorkflowExecution): string {
  const counts = `${workflow.succeeded} succeeded, ${workflow.failed} failed, ${workflow.skipped} skipped of ${workflow.totalStepCount}`
  const heading = `#### ${icon(workflow.status)} ${text(workflow.name)} (${text(workflow.type)}): ${text(workflow.status)}, ${counts}`
  const message = workflow.message ? `\n\n${text(workflow.message)}` : ''
  return `${heading}${message}\n\n${table(['Step', 'Action', 'Status', 'Duration', 'Message'], workflow.steps.map(stepRow))}`
}

function stepRow(step: WorkflowStep): string[] {
  return [
    text(step.name),
    text(step.action ?? ''),
    `${icon(step.status)} ${text(step.status)}`,
    durationCell(step.status, step.startTime, step.endTime),
    text(step.message ?? '')
  ]
}

/** A skipped step never ran, so it has no duration to show. */
function durationCell(status: string, startTime?: string, endTime?: string): string {
  const span = status === 'SKIPPED' ? undefined : spanOf(startTime, endTime)
  return span === undefined ? '' : formatDuration(span)
}

function scanSection(record: BuildRecord): string {
  if (!record.scanFindings) return ''
  const entries = Object.entries(record.scanFindings)
  if (entries.length === 0) return '### Scan findings\nNo findings.'
  return `### Scan findings\n${table(
    ['Severity', 'Findings'],
    entries.map(([severity, count]) => [text(severity), String(count)])
  )}`
}
