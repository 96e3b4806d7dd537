/**
 * Recipe mode's plan as the reports show it: lines for the job log, a table for the summary and
 * the JSON of the `plan` output. After apply the plan holds what was done, with ARNs.
 */
import { componentBuildVersionOf } from '../domain/arns.js'
import type { PlanAction, PlannedComponent, RecipePlan } from '../domain/plan.js'
import { deprecationNote, destinationLine, destinationTable, destinations } from './destinations.js'
import { code, table, text } from './markdown.js'
import { type ActionTense, actionWords } from './resource-action.js'

interface PlanRow {
  kind: string
  name: string
  action: PlanAction
  applied?: true
  version?: string
  arn?: string
}

function rows(plan: RecipePlan): PlanRow[] {
  return [
    ...plan.components.map((component) => ({
      kind: component.type === 'TEST' ? 'test component' : 'build component',
      name: component.kind === 'file' ? `${component.name} (${component.source})` : component.name,
      action: component.action,
      applied: component.applied,
      version: component.version ?? resolvedVersion(component),
      arn: component.arn
    })),
    { kind: plan.recipe.container ? 'container recipe' : 'image recipe', ...plan.recipe },
    { kind: 'infrastructure configuration', ...plan.infrastructure },
    { kind: 'distribution configuration', ...plan.distribution }
  ]
}

/** `x.x.x → 1.0.2/1`: what a version or wildcard ARN names now, beside what the recipe keeps. */
function resolvedVersion(component: PlannedComponent): string | undefined {
  const resolved = component.resolvedArn && componentBuildVersionOf(component.resolvedArn)
  const named = component.arn?.split('/').at(-1)
  return resolved && named ? `${named} → ${resolved}` : undefined
}

export function planLines(plan: RecipePlan): string[] {
  const parent =
    plan.parent.input === plan.parent.amiId
      ? plan.parent.amiId
      : `${plan.parent.input} → ${plan.parent.amiId}`
  return [
    `Plan for recipe ${plan.recipe.name} in ${plan.region} (parent ${parent}, ${plan.parent.platform}):`,
    ...rows(plan).map(
      (row) =>
        `  ${actionWords(row, 'planned')} ${row.kind} ${row.name}${row.version ? ` ${row.version}` : ''}`
    ),
    ...destinations(plan.distribution).map(
      (destination) => `  distribute ${destination.amiName} ${destinationLine(destination)}`
    )
  ]
}

/** `tense`: `planned` in a dry run; else the table says what was done and what never was. */
export function planSection(plan: RecipePlan, tense: ActionTense): string {
  const body = rows(plan).map((row) => [
    text(row.kind),
    text(row.name),
    text(row.version ?? ''),
    text(actionWords(row, tense)),
    row.arn ? code(row.arn) : ''
  ])
  const parent = `Parent image ${code(plan.parent.input)}${
    plan.parent.input === plan.parent.amiId ? '' : ` → ${code(plan.parent.amiId)}`
  } (${text(plan.parent.platform)})`
  const resources = table(['Resource', 'Name', 'Version', 'Action', 'ARN'], body)
  const targets = destinations(plan.distribution)
  const publishing =
    targets.length > 0
      ? `\n\nWhere the AMI goes:\n\n${destinationTable(targets)}${deprecationNote(plan.distribution)}`
      : ''
  return `### Plan\n${parent}\n\n${resources}${publishing}`
}

/** The `plan` output: what was (or, in a dry run, would be) created, updated or reused. */
export function planOutput(plan: RecipePlan | undefined): string {
  if (!plan) return ''
  const resource = ({ name, action, arn }: { name: string; action: string; arn?: string }) => ({
    name,
    action,
    ...(arn ? { arn } : {})
  })
  return JSON.stringify({
    region: plan.region,
    parentImage: {
      input: plan.parent.input,
      amiId: plan.parent.amiId,
      platform: plan.parent.platform
    },
    components: plan.components.map((component) => ({
      source: component.source,
      type: component.type,
      ...resource(component),
      ...(component.version ? { version: component.version } : {}),
      ...(component.resolvedArn ? { resolvedArn: component.resolvedArn } : {})
    })),
    [plan.recipe.container ? 'containerRecipe' : 'imageRecipe']: {
      ...resource(plan.recipe),
      version: plan.recipe.version
    },
    infrastructureConfiguration: resource(plan.infrastructure),
    distributionConfiguration: {
      ...resource(plan.distribution),
      regions: plan.distribution.distributions.map((distribution) => distribution.region)
    }
  })
}
