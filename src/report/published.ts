/**
 * The summary's Published section: per region, the SSM parameters and launch templates that
 * recipe or promote mode pointed at the new AMI, once the build is AVAILABLE.
 */
import { buildAccountAmis } from '../domain/amis.js'
import type { BuildRecord } from '../domain/record.js'
import { type PublishedTarget, publishedTargets } from '../domain/published.js'
import { code, table, text } from './markdown.js'

function publishedTargetsOf(record: BuildRecord): PublishedTarget[] {
  if (record.snapshot?.image.status !== 'AVAILABLE') return []
  const distribution = record.plan?.distribution ?? record.promotion?.distribution
  return publishedTargets(distribution, buildAccountAmis(record))
}

export function publishedSection(record: BuildRecord): string {
  const targets = publishedTargetsOf(record)
  if (targets.length === 0) return ''
  const rows = targets.map((target) => [
    text(target.region),
    target.amiId ? code(target.amiId) : '',
    target.ssmParameters.map((name) => code(name)).join('<br>'),
    target.launchTemplates.map((id) => `${code(id)} (new default version)`).join('<br>')
  ])
  return `### Published\n${table(['Region', 'AMI', 'SSM parameter', 'Launch templates'], rows)}`
}
