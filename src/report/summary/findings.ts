/** Image scan findings by severity, most severe first, with the findings of the worst kind listed. */
import { type BuildRecord, severityRank } from '../../domain/record.js'
import { code, table, text } from '../markdown.js'
import { CELL_CHARS, NAME_CHARS } from './limits.js'

export function findingsSection(record: BuildRecord): string {
  if (!record.scanFindings) return ''
  const entries = Object.entries(record.scanFindings).sort(
    ([a], [b]) => severityRank(a) - severityRank(b)
  )
  if (entries.length === 0) return '### Scan findings\nNo findings.'
  const counts = table(
    ['Severity', 'Findings'],
    entries.map(([severity, count]) => [text(severity, NAME_CHARS), String(count)])
  )
  const worst = record.worstFindings ?? []
  if (worst.length === 0) return `### Scan findings\n${counts}`
  const rows = worst.map((finding) => [
    code(finding.vulnerabilityId ?? '', NAME_CHARS),
    text(finding.severity, NAME_CHARS),
    text(finding.packageName ?? '', NAME_CHARS),
    text(finding.fixedInVersion ?? '', NAME_CHARS),
    text(finding.title ?? '', CELL_CHARS)
  ])
  const heading = `The most severe (${text(worst[0]?.severity ?? '', NAME_CHARS)}):`
  return `### Scan findings\n${counts}\n\n${heading}\n\n${table(['Vulnerability', 'Severity', 'Package', 'Fixed in', 'Title'], rows)}`
}
