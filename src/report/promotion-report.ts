/**
 * Promote mode's plan as the reports show it: lines for the job log, a table for the summary (what
 * goes where) and the `plan` output. A dry run shows the same, with nothing created or started.
 */
import type { Distribution } from '@aws-sdk/client-imagebuilder'
import type { PromotionPlan } from '../domain/plan.js'
import { code, table, text } from './markdown.js'

const ACTION_WORDS: Record<string, string> = {
  reuse: 'reuse',
  create: 'create',
  update: 'update in place'
}

interface Destination {
  region: string
  amiName: string
  sharedWith: string[]
  ssmParameters: string[]
  launchTemplates: string[]
}

function destinations(plan: PromotionPlan): Destination[] {
  return plan.distribution.distributions.map((distribution: Distribution) => {
    const permission = distribution.amiDistributionConfiguration?.launchPermission
    return {
      region: distribution.region ?? '',
      amiName: distribution.amiDistributionConfiguration?.name ?? '',
      sharedWith: [
        ...(permission?.userIds ?? []),
        ...(permission?.organizationArns ?? []),
        ...(permission?.organizationalUnitArns ?? [])
      ],
      ssmParameters: (distribution.ssmParameterConfigurations ?? []).map(
        (parameter) => parameter.parameterName ?? ''
      ),
      launchTemplates: (distribution.launchTemplateConfigurations ?? []).map(
        (template) => template.launchTemplateId ?? ''
      )
    }
  })
}

function sourceName(plan: PromotionPlan): string {
  return `${plan.source.name ?? ''} ${plan.source.version ?? ''}`.trim()
}

export function promotionLines(plan: PromotionPlan): string[] {
  const { distribution } = plan
  return [
    `Promotion of ${sourceName(plan)} (${plan.source.arn}) in ${plan.region}, without a rebuild:`,
    `  ${ACTION_WORDS[distribution.action] ?? distribution.action} distribution configuration ${distribution.name}`,
    ...destinations(plan).map((destination) => {
      const extras = [
        destination.sharedWith.length > 0 && `shared with ${destination.sharedWith.join(', ')}`,
        ...destination.ssmParameters.map((name) => `SSM parameter ${name}`),
        ...destination.launchTemplates.map((id) => `launch template ${id}`)
      ].filter(Boolean)
      return `  to ${destination.region}${extras.length > 0 ? ` (${extras.join('; ')})` : ''}`
    })
  ]
}

export function promotionSection(plan: PromotionPlan): string {
  const { distribution } = plan
  const about = [
    `Image ${text(sourceName(plan))} ${code(plan.source.arn)}, distributed without a rebuild.`,
    `Distribution configuration ${text(distribution.name)}: ${text(ACTION_WORDS[distribution.action] ?? distribution.action)}${distribution.arn ? ` ${code(distribution.arn)}` : ''}.`
  ].join('<br>')
  const rows = destinations(plan).map((destination) => [
    text(destination.region),
    text(destination.amiName),
    destination.sharedWith.map((target) => code(target)).join('<br>'),
    destination.ssmParameters.map((name) => code(name)).join('<br>'),
    destination.launchTemplates.map((id) => code(id)).join('<br>')
  ])
  return `### Promotion\n${table(['Region', 'AMI name', 'Shared with', 'SSM parameter', 'Launch templates'], rows)}\n\n${about}`
}

/** The `plan` output in promote mode: the image and the distribution configuration, with ARNs. */
export function promotionOutput(plan: PromotionPlan): string {
  const { source, distribution } = plan
  return JSON.stringify({
    region: plan.region,
    sourceImage: { arn: source.arn, name: source.name, version: source.version },
    distributionConfiguration: {
      name: distribution.name,
      action: distribution.action,
      ...(distribution.arn ? { arn: distribution.arn } : {}),
      regions: distribution.distributions.map((entry) => entry.region)
    }
  })
}
