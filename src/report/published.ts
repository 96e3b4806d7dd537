/**
 * Where recipe and promote mode handed the new AMI to its consumers: the SSM parameter and the launch templates
 * Image Builder pointed at it, per region, from the distribution configuration that was applied.
 * Said only once the build is AVAILABLE, when Image Builder has done it.
 */
import { buildAccountAmis } from '../domain/amis.js'
import type { BuildRecord } from '../domain/record.js'
import { code, table, text } from './markdown.js'

interface PublishedTarget {
  region: string
  amiId?: string
  ssmParameters: string[]
  launchTemplates: string[]
}

function publishedTargets(record: BuildRecord): PublishedTarget[] {
  const distribution = record.plan?.distribution ?? record.promotion?.distribution
  if (!distribution || record.snapshot?.image.status !== 'AVAILABLE') return []
  const amis = buildAccountAmis(record)
  return distribution.distributions
    .map((distribution) => ({
      region: distribution.region ?? '',
      amiId: amis[distribution.region ?? ''],
      ssmParameters: (distribution.ssmParameterConfigurations ?? []).map(
        (parameter) => parameter.parameterName ?? ''
      ),
      launchTemplates: (distribution.launchTemplateConfigurations ?? []).map(
        (template) => template.launchTemplateId ?? ''
      )
    }))
    .filter((target) => target.ssmParameters.length + target.launchTemplates.length > 0)
}

/** One job-log line per region: `Published ami-… in eu-west-1: SSM parameter …; launch template lt-… (new default version)`. */
export function publishedLines(record: BuildRecord): string[] {
  return publishedTargets(record).map((target) => {
    const places = [
      ...target.ssmParameters.map((name) => `SSM parameter ${name}`),
      ...target.launchTemplates.map((id) => `launch template ${id} (new default version)`)
    ]
    return `Published ${target.amiId ?? 'the AMI'} in ${target.region}: ${places.join('; ')}`
  })
}

export function publishedSection(record: BuildRecord): string {
  const targets = publishedTargets(record)
  if (targets.length === 0) return ''
  const rows = targets.map((target) => [
    text(target.region),
    target.amiId ? code(target.amiId) : '',
    target.ssmParameters.map((name) => code(name)).join('<br>'),
    target.launchTemplates.map((id) => `${code(id)} (new default version)`).join('<br>')
  ])
  return `### Published\n${table(['Region', 'AMI', 'SSM parameter', 'Launch templates'], rows)}`
}
