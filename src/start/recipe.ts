/**
 * Recipe mode's way to a build: plan (read-only), then stop for a dry run, or stand an earlier
 * identical build in for a new one (skip-if-unchanged), or apply the plan and CreateImage.
 */
import type { RunContext } from '../context.js'
import type { RecipeInputs } from '../inputs/action-inputs.js'
import { changesNothing, makePlan } from '../plan/make-plan.js'
import { applyPlan } from './apply-plan.js'
import type { Beginning } from '../domain/record.js'
import { createImage } from './create-image.js'
import { lastEquivalentImage } from './last-image.js'

export async function beginRecipe(context: RunContext<RecipeInputs>): Promise<Beginning> {
  const { inputs, learn, out, clients } = context
  if (inputs.retryOnRerun && !inputs.dryRun) {
    const { retryEarlierAttempt } = await import('./retry.js')
    const retried = await retryEarlierAttempt(context)
    if (retried) return retried
  }
  const plan = await makePlan(context)
  learn({ type: 'plan', plan })
  if (inputs.dryRun) {
    out.write(['Dry run: nothing was created, updated or started.'])
    return { kind: 'planned' }
  }
  if (inputs.skipIfUnchanged && changesNothing(plan)) {
    const last = await lastEquivalentImage(clients.imagebuilder, plan)
    if (last.kind === 'equivalent') {
      out.write([
        `Unchanged since ${last.imageArn} (same recipe, parent ${plan.parent.amiId} and component builds): no build started.`
      ])
      return { kind: 'reused', imageArn: last.imageArn }
    }
    if (last.kind === 'passed-over') {
      learn({ type: 'passed-over', image: last.passedOver })
    } else {
      out.write(['No earlier AVAILABLE build of this recipe from the same parent AMI: building.'])
    }
  }
  await applyPlan({
    client: clients.imagebuilder,
    region: plan.region,
    plan,
    tags: inputs.tags,
    report: (line) => out.write([line])
  })
  return { kind: 'started', imageArn: await createImage(context, plan), plan }
}
