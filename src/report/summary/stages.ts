/**
 * The stages of the build: a Mermaid gantt chart (GitHub draws it) and the same as a plain table,
 * whose last row is the state the build ended in. Icons say what happened: a stage that ended is
 * done, the one a build failed or was cancelled in says so, only a stage still running spins.
 */
import { type BuildRecord, type StageSpan } from '../../domain/record.js'
import { formatClock, formatDuration } from '../format.js'
import { table, text } from '../markdown.js'
import { isFinal } from '../../domain/build.js'
import { DONE, icon } from './icons.js'

export function stageSection(record: BuildRecord, now: Date): string {
  if (record.stages.length === 0) return ''
  const spans = record.stages.map((stage, index) => spanOf(record, stage, index, now))
  const rows = spans.map(({ stage, end, mark }) => [
    `${mark} ${text(stage.status)}`,
    formatClock(stage.seenAt),
    end ? formatDuration(end.getTime() - stage.seenAt.getTime()) : ''
  ])
  return ['### Stages', gantt(spans), table(['Stage', 'Seen at (UTC)', 'Duration'], rows)].join(
    '\n\n'
  )
}

interface Span {
  stage: StageSpan
  end?: Date
  mark: string
  /** The Mermaid task tag: `done`, `crit` (failed in), `active` (running), `milestone` (ended in). */
  tag: 'done' | 'crit' | 'active' | 'milestone'
}

function spanOf(record: BuildRecord, stage: StageSpan, index: number, now: Date): Span {
  const next = record.stages[index + 1]
  if (isFinal(stage.status)) return { stage, mark: icon(stage.status), tag: 'milestone' }
  if (next && (next.status === 'FAILED' || next.status === 'CANCELLED'))
    return { stage, end: stage.endedAt, mark: icon(next.status), tag: 'crit' }
  if (stage.endedAt) return { stage, end: stage.endedAt, mark: DONE, tag: 'done' }
  // The last stage seen: still running, or where the action stopped following.
  const end = record.ending === undefined ? now : record.endedAt
  return { stage, end, mark: icon('RUNNING'), tag: 'active' }
}

/** Stage names are AWS's; only letters and underscores go into the chart's own syntax. */
function gantt(spans: readonly Span[]): string {
  const tasks = spans.map(({ stage, end, tag }) => {
    const name = stage.status.replace(/[^A-Z_]/gi, '') || 'UNKNOWN'
    const ms = end ? Math.max(1, end.getTime() - stage.seenAt.getTime()) : 1
    return `  ${name} :${tag}, ${mermaidTime(stage.seenAt)}, ${tag === 'milestone' ? 0 : ms}ms`
  })
  return [
    '```mermaid',
    'gantt',
    '  title Stages (UTC)',
    '  dateFormat YYYY-MM-DD HH:mm:ss.SSS',
    '  axisFormat %H:%M:%S',
    ...tasks,
    '```'
  ].join('\n')
}

/** UTC wall-clock time: Mermaid reads it as local time and shows it as written. */
function mermaidTime(date: Date): string {
  return date.toISOString().slice(0, 23).replace('T', ' ')
}
