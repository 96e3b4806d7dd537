/**
 * The start stage: which build this step follows. Pipeline mode starts one, attach mode takes the
 * one it was given, recipe mode plans and applies its resources first and may start nothing.
 */
import { GetImageCommand } from '@aws-sdk/client-imagebuilder'
import { errorName, isMissingCredentials } from '../aws/errors.js'
import { startPatienceFrom } from '../aws/retry.js'
import { startRetryNotice } from './retry-notice.js'
import { clientToken } from '../client-token.js'
import type { RunContext } from '../context.js'
import { InputError } from '../domain/errors.js'
import type { Beginning } from '../domain/record.js'
import { invocationTag } from './provenance.js'
import { startPipelineExecution } from './start-pipeline.js'

export async function begin(context: RunContext): Promise<Beginning> {
  const { inputs } = context
  switch (inputs.mode) {
    case 'pipeline': {
      if (inputs.retryOnRerun) {
        const { retryEarlierAttempt } = await import('./retry.js')
        const retried = await retryEarlierAttempt({ ...context, inputs })
        if (retried) return retried
      }
      // The start call carries the workflow's tags only (and, for retry-on-rerun, the invocation
      // that a re-run looks for): the provenance tags go onto the AMIs when the build is done.
      const imageArn = await startPipelineExecution(
        context.clients.imagebuilder,
        inputs.retryOnRerun
          ? { ...inputs, tags: { ...inputs.tags, ...invocationTag(context.env) } }
          : inputs,
        clientToken('start', context.env),
        context.stop.signal,
        startPatienceFrom(
          context.env,
          startRetryNotice(context.out, 'StartImagePipelineExecution', inputs.region, context.env)
        )
      )
      return { kind: 'started', imageArn }
    }
    case 'attach': {
      await checkImageExists(context, inputs.imageArn)
      if (!inputs.retry) return { kind: 'attached', imageArn: inputs.imageArn }
      const { retryAttached } = await import('./retry.js')
      return retryAttached({ ...context, inputs })
    }
    case 'recipe': {
      const { beginRecipe } = await import('./recipe.js')
      return beginRecipe({ ...context, inputs })
    }
    case 'promote': {
      const { beginPromotion } = await import('./promote.js')
      return beginPromotion({ ...context, inputs })
    }
  }
}

/**
 * An image that does not exist is an answer, not a fault to wait out: image-arn names nothing, and
 * following it would only retry until the watch gives up. Other errors are left to the watch,
 * which retries what can be retried and reports the rest; missing credentials end the step here.
 */
async function checkImageExists(context: RunContext, imageArn: string): Promise<void> {
  try {
    await context.clients.imagebuilder.send(
      new GetImageCommand({ imageBuildVersionArn: imageArn }),
      { abortSignal: context.stop.signal }
    )
  } catch (error) {
    // No credentials at all never mends by waiting: said now, not after minutes of retries.
    if (isMissingCredentials(error)) throw error
    if (errorName(error) !== 'ResourceNotFoundException') return
    throw new InputError(
      'image-arn',
      `${imageArn} does not exist in ${context.inputs.region}, or this role cannot see it; give the ARN of an image build`
    )
  }
}
