/**
 * CancelImageCreation: accepted at once; the build stops `cancelDelayMs` later (asynchronous, §2.1).
 * A build that has already ended cannot be cancelled.
 */
import { cancelPlan } from '../build/cancel.js'
import { imageStatusAt } from '../build/image-view.js'
import { TERMINAL_STATUSES } from '../build/types.js'
import { resourceInUse } from '../errors.js'
import { findBuild, parametersWithoutToken } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'

export const cancelOperations: OperationTable = {
  CancelImageCreation: cancelImageCreation
}

function cancelImageCreation(context: OperationContext): Record<string, unknown> {
  const { world, region, input, operation, now } = context
  const imageBuildVersionArn = input.requiredString('imageBuildVersionArn', 'imageBuildVersionArn')
  const clientToken = input.clientToken()
  return world.imagebuilder.clientTokens.once(
    { region, operation, clientToken },
    parametersWithoutToken(context),
    () => {
      const build = findBuild(context, imageBuildVersionArn)
      const status = imageStatusAt(build.plan, now)
      if (TERMINAL_STATUSES.includes(status)) {
        throw resourceInUse(
          `The image ${imageBuildVersionArn} cannot be cancelled because it is in the ${status} state.`
        )
      }
      // A second cancel of a build that is already stopping changes nothing.
      if (build.cancelRequestedAt === undefined) {
        build.cancelRequestedAt = now
        build.plan = cancelPlan(build.plan, now + build.spec.scenario.cancelDelayMs)
      }
      return { clientToken, imageBuildVersionArn }
    }
  )
}
