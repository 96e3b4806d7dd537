/** Whether the build was retried in place, where it resumed and which phases it kept. */
import type { BuildRecord } from '../../domain/record.js'
import { code, text } from '../markdown.js'

export function retrySection(record: BuildRecord): string {
  const retry = record.retry
  if (!retry) return ''
  const build = retry.imageArn ? ` ${code(retry.imageArn)}` : ''
  switch (retry.outcome) {
    case 'retried':
      return `### Retry\n🔁 Retried${build} in place from ${text(retry.resumesAt ?? '')} (${text(retry.why)}). Kept: ${text(retry.kept.join(', ') || 'no completed phase')}.`
    case 'not-retried':
      return `### Retry\n➡️ Not retried:${build} ${text(retry.why)}.`
    case 'built-anew':
      return `### Retry\n🆕 Built anew instead of a retry:${build} ${text(retry.why)}.`
  }
}
