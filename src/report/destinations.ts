/**
 * Where a planned distribution puts the AMI, region by region: its name, who it is shared with,
 * which accounts get a copy of their own, the SSM parameter and the launch templates Image Builder
 * will point at it. Recipe mode's plan and promote mode's both show it, so a dry run names every
 * publishing target before anything exists.
 */
import type { Distribution } from '@aws-sdk/client-imagebuilder'
import type { CheckedLaunchTemplate, PlannedDistribution } from '../domain/plan.js'
import { PUBLIC } from '../inputs/share-with.js'
import { code, table, text } from './markdown.js'

export interface Destination {
  region: string
  amiName: string
  sharedWith: string[]
  /** Accounts that get their own copy; the build account, added when the configuration is made, is not listed. */
  copiedTo: string[]
  ssmParameters: string[]
  launchTemplates: CheckedLaunchTemplate[]
  /** `deprecate-after` as written: the AMI is deprecated this long after it is made. */
  deprecateAfter?: string
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
        copiedTo: entry.amiDistributionConfiguration?.targetAccountIds ?? [],
        ssmParameters: (entry.ssmParameterConfigurations ?? []).map(
          (parameter) => parameter.parameterName ?? ''
        ),
        launchTemplates: (entry.launchTemplateConfigurations ?? []).map(
          (template) =>
            distribution.launchTemplates?.find(
              (checked) =>
                checked.region === region && checked.launchTemplateId === template.launchTemplateId
            ) ?? { region, launchTemplateId: template.launchTemplateId ?? '' }
        ),
        ...(distribution.deprecateAfter
          ? { deprecateAfter: distribution.deprecateAfter.written }
          : {})
      }
    })
}

/** `lt-… (web-fleet)`, or why the plan could not read it; `id` and `words` format for the medium. */
function templateLabel(
  template: CheckedLaunchTemplate,
  id: (value: string) => string,
  words: (value: string) => string
): string {
  if (template.name) return `${id(template.launchTemplateId)} (${words(template.name)})`
  if (template.unchecked)
    return `${id(template.launchTemplateId)} (not checked: ${words(template.unchecked)})`
  return id(template.launchTemplateId)
}

const plain = (value: string): string => value

/** How launch permission group `all` reads: every AWS account may launch the AMI. */
const EVERYONE = 'everyone (public)'

/** The job log's line for one region: `to eu-west-1 (shared with …; SSM parameter …; launch template …)`. */
export function destinationLine(destination: Destination): string {
  const extras = [
    destination.sharedWith.length > 0 &&
      `shared with ${destination.sharedWith.map((target) => (target === PUBLIC ? EVERYONE : target)).join(', ')}`,
    destination.copiedTo.length > 0 && `copied to accounts ${destination.copiedTo.join(', ')}`,
    ...destination.ssmParameters.map((name) => `SSM parameter ${name}`),
    ...destination.launchTemplates.map(
      (template) => `launch template ${templateLabel(template, plain, plain)}`
    ),
    destination.deprecateAfter && `deprecated ${destination.deprecateAfter} after it is made`
  ].filter(Boolean)
  return `to ${destination.region}${extras.length > 0 ? ` (${extras.join('; ')})` : ''}`
}

const HEADINGS = [
  'Region',
  'AMI name',
  'Shared with',
  'Copied to accounts',
  'SSM parameter',
  'Launch templates'
]
const COPIES_COLUMN = HEADINGS.indexOf('Copied to accounts')

/**
 * The summary's table of where the AMI goes, every value from AWS or the inputs escaped; the
 * column of target accounts only when some region has any, so it is no noise where none are given.
 */
export function destinationTable(list: readonly Destination[]): string {
  const rows = list.map(destinationRow)
  if (list.some((destination) => destination.copiedTo.length > 0)) return table(HEADINGS, rows)
  const withoutCopies = (cells: readonly string[]) =>
    cells.filter((_, index) => index !== COPIES_COLUMN)
  return table(withoutCopies(HEADINGS), rows.map(withoutCopies))
}

function destinationRow(destination: Destination): string[] {
  return [
    text(destination.region),
    text(destination.amiName),
    destination.sharedWith
      .map((target) => (target === PUBLIC ? `**${EVERYONE}**` : code(target)))
      .join('<br>'),
    destination.copiedTo.map((account) => code(account)).join('<br>'),
    destination.ssmParameters.map((name) => code(name)).join('<br>'),
    destination.launchTemplates
      .map((template) =>
        templateLabel(
          template,
          (value) => code(value),
          (value) => text(value)
        )
      )
      .join('<br>')
  ]
}

/** The summary's sentence under the table, for `deprecate-after`; empty without it. */
export function deprecationNote(distribution: PlannedDistribution): string {
  const period = distribution.deprecateAfter?.written
  return period
    ? `\n\nEach AMI is deprecated ${code(period)} after EC2 makes it (EnableImageDeprecation).`
    : ''
}
