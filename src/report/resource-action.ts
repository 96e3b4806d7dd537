/**
 * What the plan does to each resource, in the words the reports use: before apply (the job log's
 * plan, a dry run) what it will do, after it what was done, and for a step that stopped on the
 * way, what was never created or updated.
 */
import type { PlanAction } from '../domain/plan.js'

/** `planned`: the plan as it stands before apply; else the outcome. */
export type ActionTense = 'planned' | 'outcome'

const PLANNED: Record<PlanAction, string> = {
  reuse: 'reuse',
  create: 'create',
  update: 'update in place'
}

export function actionWords(
  resource: { action: PlanAction; applied?: true },
  tense: ActionTense
): string {
  if (tense === 'planned' || resource.action === 'reuse') return PLANNED[resource.action]
  if (resource.action === 'create') return resource.applied ? 'created' : 'not created'
  return resource.applied ? 'updated in place' : 'not updated'
}
