/**
 * Where a planned distribution puts the AMI, region by region: its name, who it is shared with, the
 * SSM parameter and the launch templates Image Builder will point at it. Recipe mode's plan and
 * promote mode's both show it, so a dry run names every publishing target before anything exists.
 */
import type { Distribution } from '@aws-sdk/client-imagebuilder'
import type { CheckedLaunchTemplate, PlannedDistribution } from '../domain/plan.js'
import { code, text } from './markdown.js'

export interface Destination {
  region: string
  amiName: string
  sharedWith: string[]
  ssmParameters: string[]
  launchTemplates: CheckedLaunchTemplate[]
}

export function destinations(distribution: PlannedDistribution): Destination[] {
  return distribution.distributions
    .filter((entry: Distribution) => entry.amiDistributionConfiguration !== undefined)
    .map((entry: Distribution) => {
      const region = entry.region ?? ''
      const permission = entry.amiDistributionConfiguration?.launchPermission
      return {
        region,
        amiName: entry.amiDistributionConfiguration?.name ?? '',
        sharedWith: [
          ...(permission?.userIds ?? []),
          ...(permission?.userGroups ?? []),
          ...(permission?.organizationArns ?? []),
          ...(permission?.organizationalUnitArns ?? [])
        ],
        ssmParameters: (entry.ssmParameterConfigurations ?? []).map(
          (parameter) => parameter.parameterName ?? ''
        ),
        launchTemplates: (entry.launchTemplateConfigurations ?? []).map(
          (template) =>
            distribution.launchTemplates?.find(
              (checked) =>
                checked.region === region && checked.launchTemplateId === template.launchTemplateId
            ) ?? { region, launchTemplateId: template.launchTemplateId ?? '' }
        )
      }
    })
}

/** `lt-… (web-fleet)`, or why the plan could not read it. */
function templateWords(template: CheckedLaunchTemplate): string {
  if (template.name) return `${template.launchTemplateId} (${template.name})`
  if (template.unchecked) return `${template.launchTemplateId} (not checked: ${template.unchecked})`
  return template.launchTemplateId
}

/** The job log's line for one region: `to eu-west-1 (shared with …; SSM parameter …; launch template …)`. */
export function destinationLine(destination: Destination): string {
  const extras = [
    destination.sharedWith.length > 0 && `shared with ${destination.sharedWith.join(', ')}`,
    ...destination.ssmParameters.map((name) => `SSM parameter ${name}`),
    ...destination.launchTemplates.map((template) => `launch template ${templateWords(template)}`)
  ].filter(Boolean)
  return `to ${destination.region}${extras.length > 0 ? ` (${extras.join('; ')})` : ''}`
}

export const DESTINATION_HEADINGS = [
  'Region',
  'AMI name',
  'Shared with',
  'SSM parameter',
  'Launch templates'
]

/** The summary's row for one region, every value from AWS or the inputs escaped. */
export function destinationRow(destination: Destination): string[] {
  return [
    text(destination.region),
    text(destination.amiName),
    destination.sharedWith.map((target) => code(target)).join('<br>'),
    destination.ssmParameters.map((name) => code(name)).join('<br>'),
    destination.launchTemplates
      .map((template) => {
        const id = code(template.launchTemplateId)
        if (template.name) return `${id} (${text(template.name)})`
        if (template.unchecked) return `${id} (not checked: ${text(template.unchecked)})`
        return id
      })
      .join('<br>')
  ]
}
