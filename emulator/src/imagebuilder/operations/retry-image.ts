/**
 * RetryImage (§2.1, §9b): a FAILED or CANCELLED AMI build goes back to the test, distribution or
 * integration stage that did not complete, under the same build version ARN; the phases that
 * completed are kept. The retry follows the next-build scenario, so a test can fail it again.
 * (AWS refuses container images; the emulator builds none, so that refusal cannot arise here.)
 */
import { imageStatusAt } from '../build/image-view.js'
import { planRetry, RESUMABLE_STAGES, type ResumableStage } from '../build/plan.js'
import type { Build } from '../build/types.js'
import { invalidRequest } from '../errors.js'
import { findBuild, parametersWithoutToken } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'

export const retryOperations: OperationTable = {
  RetryImage: retryImage
}

function retryImage(context: OperationContext): Record<string, unknown> {
  const { world, region, input, operation, now } = context
  const imageBuildVersionArn = input.requiredString('imageBuildVersionArn', 'imageBuildVersionArn')
  const clientToken = input.clientToken()
  return world.imagebuilder.clientTokens.once(
    { region, operation, clientToken },
    parametersWithoutToken(context),
    () => {
      const build = findBuild(context, imageBuildVersionArn)
      const stage = resumableStage(build, now)
      build.spec = {
        ...build.spec,
        scenario: world.imagebuilder.scenarios.takeForBuild(build.spec.pipeline?.arn)
      }
      build.plan = planRetry(build.spec, build.plan, stage, now)
      delete build.cancelRequestedAt
      build.applied.integrated = false
      return { clientToken, imageBuildVersionArn }
    }
  )
}

/** Where the build stopped, if a retry can resume there; otherwise the refusal. */
function resumableStage(build: Build, now: number): ResumableStage {
  const { arn } = build.spec
  const status = imageStatusAt(build.plan, now)
  if (status !== 'FAILED' && status !== 'CANCELLED') {
    throw invalidRequest(
      `The image ${arn} cannot be retried because it is in the ${status} state; only FAILED or CANCELLED images can be retried.`
    )
  }
  const stoppedIn = build.plan.statuses.at(-2)?.status
  const stage = RESUMABLE_STAGES.find((candidate) => candidate === stoppedIn)
  if (stage === undefined) {
    throw invalidRequest(
      `The image ${arn} stopped in the ${stoppedIn ?? 'PENDING'} stage, before its build phase completed; only a build that failed or was cancelled in testing, distribution or integration can be retried. Start a new build instead.`
    )
  }
  return stage
}
