/**
 * Recipe mode's start: CreateImage from the applied plan, with a client token derived from the
 * invocation (a retried call never starts a second build) and the tags that say where the build
 * came from, including the AMI the parent resolved to and the builds that version and wildcard
 * components resolved to, which skip-if-unchanged compares against.
 */
import { CreateImageCommand } from '@aws-sdk/client-imagebuilder'
import { describeError, rethrowIfExpired } from '../aws/errors.js'
import { startPatienceFrom, withStartPatience } from '../aws/retry.js'
import { startRetryNotice } from './retry-notice.js'
import { clientToken } from '../client-token.js'
import type { RunContext } from '../context.js'
import type { RecipeInputs } from '../inputs/action-inputs.js'
import { PARENT_AMI_TAG } from '../domain/action-tags.js'
import type { RecipePlan } from '../domain/plan.js'
import { componentVersionsTag } from './component-versions.js'
import { invocationTag, provenanceTags } from './provenance.js'
import { StartError } from '../domain/errors.js'

export async function createImage(
  context: RunContext<RecipeInputs>,
  plan: RecipePlan
): Promise<string> {
  const { inputs } = context
  const command = withStartPatience(
    new CreateImageCommand({
      ...(plan.recipe.container
        ? { containerRecipeArn: plan.recipe.arn }
        : { imageRecipeArn: plan.recipe.arn }),
      infrastructureConfigurationArn: plan.infrastructure.arn,
      distributionConfigurationArn: plan.distribution.arn,
      imageTestsConfiguration: { imageTestsEnabled: inputs.imageTests },
      imageScanningConfiguration: { imageScanningEnabled: inputs.imageScanning },
      enhancedImageMetadataEnabled: true,
      executionRole: inputs.executionRole,
      tags: {
        ...provenanceTags(context.env),
        ...(inputs.retryOnRerun ? invocationTag(context.env) : {}),
        ...inputs.tags,
        [PARENT_AMI_TAG]: plan.parent.amiId,
        ...componentVersionsTag(plan)
      },
      clientToken: clientToken('create-image', context.env)
    }),
    startPatienceFrom(
      context.env,
      startRetryNotice(context.out, 'CreateImage', context.inputs.region, context.env)
    )
  )
  try {
    const { imageBuildVersionArn } = await context.clients.imagebuilder.send(command, {
      abortSignal: context.stop.signal
    })
    if (!imageBuildVersionArn) {
      throw new StartError('Image Builder started no build: its answer had no image ARN.')
    }
    return imageBuildVersionArn
  } catch (error) {
    rethrowIfExpired(error)
    if (error instanceof StartError) throw error
    throw new StartError(
      `Could not start the build of recipe ${plan.recipe.name} ${plan.recipe.version}: ${describeError(error)}`
    )
  }
}
