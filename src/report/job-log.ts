/**
 * Turns the watcher's events into the job log: one folded group per stage holding its step
 * changes and the build log lines of that span, each change said once, streamed lines with their
 * CloudWatch time. The final status stands outside any group, and `close()` ends an open group
 * on every way out, so groups always pair up.
 */
import type {
  BuildEvent,
  LogLines,
  StageChanged,
  StepChanged,
  WorkflowChanged
} from '../domain/events.js'
import { isActiveWorkflow, isFinal } from '../domain/build.js'
import { type BuildRecord, reportedStatus } from '../domain/record.js'
import { formatClock, formatDuration, spanOf } from './format.js'
import { clip } from './clip.js'
import { imageUrisByRegion } from '../domain/container-images.js'
import { accountAmis, buildAccountAmis } from '../domain/amis.js'
import { containerImages } from './outputs.js'
import { isServiceProgress } from './service-progress.js'
import { stoppedClause } from './stop-wording.js'
import type { UntrustedWriter } from '../untrusted.js'

/** A step's or workflow's message in one progress line; the summary and the API have all of it. */
const MESSAGE_CHARS = 2_000

/** Prefix of lines streamed from the build's CloudWatch log. */
export const BUILD_LOG_MARK = '  │ '

export class JobLog {
  private stageSeenAt: Date | undefined
  private groupOpen = false
  private buildEnded = false

  constructor(private readonly out: UntrustedWriter) {}

  handle(event: BuildEvent): void {
    switch (event.type) {
      case 'stage-changed':
        return this.stage(event)
      case 'workflow-changed':
        return this.line(event.at, workflowLine(event))
      case 'step-changed':
        // A workflow lists all its steps at once: only their progress from there is news.
        if (event.previous === undefined && event.step.status === 'PENDING') return
        return this.line(event.at, stepLine(event))
      case 'poll-failed':
        return this.line(
          event.at,
          `Polling failed (${event.error}); retrying in ${formatDuration(event.retryInMs)}. The build is unaffected.`
        )
      case 'log-lines':
        return this.logLines(event)
      case 'snapshot':
        return
    }
  }

  /** Ends the open group, if any; safe to call more than once. */
  close(): void {
    if (!this.groupOpen) return
    this.groupOpen = false
    this.out.endGroup()
  }

  private stage(event: StageChanged): void {
    const took =
      event.previous && this.stageSeenAt
        ? ` (${statusWord(event.previous)} took ${formatDuration(event.at.getTime() - this.stageSeenAt.getTime())})`
        : ''
    this.stageSeenAt = event.at
    this.close()
    const line = `[${formatClock(event.at)}] Image ${statusWord(event.status)}${took}`
    if (isFinal(event.status)) {
      this.buildEnded = true
      this.out.write([line])
    } else {
      this.open(line)
    }
  }

  private logLines(event: LogLines): void {
    const shown = event.lines.filter((line) => !isServiceProgress(line.message))
    if (shown.length === 0) return
    if (!this.groupOpen)
      this.open(
        this.buildEnded ? 'Build log lines that arrived after the build ended' : 'Build log'
      )
    // Marked so the build's own output stands apart from the action's progress lines.
    this.out.write(
      shown.map(
        (line) =>
          `${BUILD_LOG_MARK}${formatClock(new Date(line.timestamp))} ${line.message.trimEnd()}`
      )
    )
  }

  private open(title: string): void {
    this.out.startGroup(title)
    this.groupOpen = true
  }

  private line(at: Date, text: string): void {
    this.out.write([`[${formatClock(at)}] ${text}`])
  }
}

function madeLine(record: BuildRecord): string {
  if (record.snapshot?.image.imageType === 'DOCKER') {
    const uris = Object.values(imageUrisByRegion(containerImages(record)))
    return uris.length > 0 ? `images: ${uris.join(', ')}` : 'no container images'
  }
  const amis = Object.entries(buildAccountAmis(record)).map(([region, ami]) => `${region} ${ami}`)
  const made = amis.length > 0 ? `AMIs: ${amis.join(', ')}` : 'no AMIs'
  const others = Object.keys(accountAmis(record)).length - (amis.length > 0 ? 1 : 0)
  if (others <= 0) return made
  return `${made}; copies in ${others} other account${others === 1 ? '' : 's'} (see account-amis)`
}

/** Statuses come from AWS: only letters and underscores reach a group command's title. */
function statusWord(status: string): string {
  return status.replace(/[^A-Z_]/gi, '?')
}

/** The job log's last line: how the build ended, after how long, and its AMIs (or container images). */
export function outcomeLine(record: BuildRecord): string | undefined {
  if (!record.imageArn) return undefined
  const status = reportedStatus(record)
  const took = record.endedAt
    ? ` after ${formatDuration(record.endedAt.getTime() - record.stepStartedAt.getTime())}`
    : ''
  const made = madeLine(record)
  switch (record.ending?.kind) {
    case 'not-waited':
      return `Image build ${status}; not waiting for it (wait: false).`
    case 'aborted':
      return `Image build ${status}${took}: ${stoppedClause(record.ending.by)}; ${made}.`
    case 'credentials-expired':
    case 'error':
      return `Stopped following the build${took}; its last status was ${status}.`
    default:
      return `Image build ${status}${took}; ${made}.`
  }
}

function workflowLine({ workflow }: WorkflowChanged): string {
  const head = `Workflow ${workflow.name} (${workflow.type}) ${workflow.status}`
  const span = spanOf(workflow.startTime, workflow.endTime)
  const counts = isActiveWorkflow(workflow.status)
    ? ''
    : `: ${workflow.succeeded} succeeded, ${workflow.failed} failed, ${workflow.skipped} skipped of ${workflow.totalStepCount}`
  const message = workflow.message ? ` — ${clip(workflow.message, MESSAGE_CHARS)}` : ''
  return `${head}${span === undefined ? '' : ` in ${formatDuration(span)}`}${counts}${message}`
}

function stepLine({ workflow, step }: StepChanged): string {
  const action = step.action ? ` (${step.action})` : ''
  const span = step.status === 'RUNNING' ? undefined : spanOf(step.startTime, step.endTime)
  const duration =
    span === undefined || step.status === 'SKIPPED' ? '' : ` in ${formatDuration(span)}`
  const message = step.message ? `: ${clip(step.message, MESSAGE_CHARS)}` : ''
  return `  ${workflow.name} › ${step.name}${action} ${step.status}${duration}${message}`
}
