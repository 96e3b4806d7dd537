/**
 * Promote mode's plan as the reports show it: lines for the job log, a table for the summary (what
 * goes where) and the `plan` output. A dry run shows the same, with nothing created or started.
 */
import type { PromotionPlan } from '../domain/plan.js'
import { deprecationNote, destinationLine, destinationTable, destinations } from './destinations.js'
import { code, text } from './markdown.js'
import { type ActionTense, actionWords } from './resource-action.js'

function sourceName(plan: PromotionPlan): string {
  return `${plan.source.name ?? ''} ${plan.source.version ?? ''}`.trim()
}

export function promotionLines(plan: PromotionPlan): string[] {
  const { distribution } = plan
  return [
    `Promotion of ${sourceName(plan)} (${plan.source.arn}) in ${plan.region}, without a rebuild:`,
    `  ${actionWords(distribution, 'planned')} distribution configuration ${distribution.name}`,
    ...destinations(distribution).map((destination) => `  ${destinationLine(destination)}`)
  ]
}

/** `tense`: `planned` in a dry run; else the section says what was done. */
export function promotionSection(plan: PromotionPlan, tense: ActionTense): string {
  const { distribution } = plan
  const about = [
    `Image ${text(sourceName(plan))} ${code(plan.source.arn)}, distributed without a rebuild.`,
    `Distribution configuration ${text(distribution.name)}: ${text(actionWords(distribution, tense))}${distribution.arn ? ` ${code(distribution.arn)}` : ''}.`
  ].join('<br>')
  return `### Promotion\n${destinationTable(destinations(distribution))}${deprecationNote(distribution)}\n\n${about}`
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
