/**
 * Every workflow with its steps, each folded in a `<details>` block (a failed one open), so the
 * summary stays short and the detail is one click away. Once the build has ended, a step or
 * workflow still listed as running or pending never ran to its end: it says so, not "RUNNING".
 */
import { formatDuration, spanOf } from '../format.js'
import { table, text } from '../markdown.js'
import {
  type BuildSnapshot,
  isFinal,
  type WorkflowExecution,
  type WorkflowStep
} from '../../domain/build.js'
import { icon } from './icons.js'
import { CELL_CHARS, NAME_CHARS } from './limits.js'

export function workflowSection(snapshot: BuildSnapshot): string {
  if (snapshot.workflows.length === 0) return ''
  const ended = isFinal(snapshot.image.status)
  return [
    '### Workflows',
    ...snapshot.workflows.map((workflow) => workflowBlock(workflow, ended))
  ].join('\n\n')
}

function workflowBlock(workflow: WorkflowExecution, buildEnded: boolean): string {
  const status = shownStatus(workflow.status, buildEnded)
  const span = spanOf(workflow.startTime, workflow.endTime)
  const took = span === undefined ? '' : ` in ${formatDuration(span)}`
  const counts = `${workflow.succeeded} succeeded, ${workflow.failed} failed, ${workflow.skipped} skipped of ${workflow.totalStepCount}`
  const title = `${status.mark} ${text(workflow.name, NAME_CHARS)} (${text(workflow.type, NAME_CHARS)}): ${status.label}${took}, ${counts}`
  const message = workflow.message ? `${text(workflow.message, CELL_CHARS)}\n\n` : ''
  const steps = table(
    ['Step', 'Action', 'Status', 'Duration', 'Message'],
    workflow.steps.map((step) => stepRow(step, buildEnded))
  )
  const open = workflow.status === 'FAILED' ? ' open' : ''
  return `<details${open}><summary>${title}</summary>\n\n${message}${steps}\n\n</details>`
}

function stepRow(step: WorkflowStep, buildEnded: boolean): string[] {
  const status = shownStatus(step.status, buildEnded)
  const span = step.status === 'SKIPPED' ? undefined : spanOf(step.startTime, step.endTime)
  return [
    text(step.name, NAME_CHARS),
    text(step.action ?? '', NAME_CHARS),
    `${status.mark} ${status.label}`,
    span === undefined ? '' : formatDuration(span),
    text(step.message ?? '', CELL_CHARS)
  ]
}

/** What a status means once the build is over: pending never ran, running was cut short. */
function shownStatus(status: string, buildEnded: boolean): { mark: string; label: string } {
  if (buildEnded && status === 'PENDING') return { mark: '⏹️', label: 'not run' }
  if (buildEnded && (status === 'RUNNING' || status === 'ROLLBACK_IN_PROGRESS'))
    return { mark: '⏹️', label: 'stopped when the build ended' }
  return { mark: icon(status), label: text(status, NAME_CHARS) }
}
