/** Turns the watcher's events into job-log lines, with time and duration for every change. */
import type { BuildEvent, StageChanged, StepChanged, WorkflowChanged } from '../watch/events.js'
import { isActiveWorkflow } from '../watch/model.js'
import { formatClock, formatDuration, spanOf } from './format.js'
import type { UntrustedWriter } from './untrusted.js'

/** Prefix of lines streamed from the build's CloudWatch log. */
export const BUILD_LOG_MARK = '  │ '

export class JobLog {
  private stageSeenAt: Date | undefined

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
        // Marked so the build's own output stands apart from the action's progress lines.
        return this.out.write(
          event.lines.map((line) => `${BUILD_LOG_MARK}${line.message.trimEnd()}`)
        )
      case 'snapshot':
        return
    }
  }

  private stage(event: StageChanged): void {
    const took =
      event.previous && this.stageSeenAt
        ? ` (${event.previous} took ${formatDuration(event.at.getTime() - this.stageSeenAt.getTime())})`
        : ''
    this.stageSeenAt = event.at
    this.line(event.at, `Image ${event.status}${took}`)
  }

  private line(at: Date, text: string): void {
    this.out.write([`[${formatClock(at)}] ${text}`])
  }
}

function workflowLine({ workflow }: WorkflowChanged): string {
  const head = `Workflow ${workflow.name} (${workflow.type}) ${workflow.status}`
  const span = spanOf(workflow.startTime, workflow.endTime)
  const counts = isActiveWorkflow(workflow.status)
    ? ''
    : `: ${workflow.succeeded} succeeded, ${workflow.failed} failed, ${workflow.skipped} skipped of ${workflow.totalStepCount}`
  const message = workflow.message ? ` — ${workflow.message}` : ''
  return `${head}${span === undefined ? '' : ` in ${formatDuration(span)}`}${counts}${message}`
}

function stepLine({ workflow, step }: StepChanged): string {
  const action = step.action ? ` (${step.action})` : ''
  const span = step.status === 'RUNNING' ? undefined : spanOf(step.startTime, step.endTime)
  const duration =
    span === undefined || step.status === 'SKIPPED' ? '' : ` in ${formatDuration(span)}`
  const message = step.message ? `: ${step.message}` : ''
  return `  ${workflow.name} › ${step.name}${action} ${step.status}${duration}${message}`
}
