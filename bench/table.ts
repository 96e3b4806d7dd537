/** One row per figure: what was measured, the figure, its target, whether it holds, and how. */

export interface BenchRow {
  measure: string
  figure: string
  target: string
  /** Undefined where the row reports a figure without a target of its own. */
  met: boolean | undefined
  how: string
}

export function renderTable(rows: readonly BenchRow[]): string {
  const cell = (text: string): string => text.replaceAll('|', '\\|')
  const lines = [
    '| measure | figure | target | met | how it was measured |',
    '|---|---|---|---|---|',
    ...rows.map((row) =>
      [row.measure, row.figure, row.target, verdict(row.met), row.how].map(cell).join(' | ')
    )
  ]
  return lines.map((line) => (line.startsWith('|') ? line : `| ${line} |`)).join('\n')
}

function verdict(met: boolean | undefined): string {
  if (met === undefined) return '–'
  return met ? 'yes' : 'NO'
}
