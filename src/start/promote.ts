/**
 * Promote mode's way to a build: plan (read-only), then stop for a dry run, or create or update
 * the distribution configuration and call DistributeImage, whose new build version the action
 * then follows through DISTRIBUTING like any build.
 */
import { DistributeImageCommand } from '@aws-sdk/client-imagebuilder'
import { parseArn } from '../domain/arns.js'
import { describeError, errorName, rethrowIfExpired } from '../aws/errors.js'
import { startPatienceFrom, withStartPatience } from '../aws/retry.js'
import { startRetryNotice } from './retry-notice.js'
import { clientToken } from '../client-token.js'
import type { RunContext } from '../context.js'
import type { PromoteInputs } from '../inputs/action-inputs.js'
import type { PromotionPlan } from '../domain/plan.js'
import { planPromotion } from '../plan/promote.js'
import { applyDistribution, markApplied } from './apply-plan.js'
import type { Beginning } from '../domain/record.js'
import { provenanceTags } from './provenance.js'
import { StartError } from '../domain/errors.js'

export async function beginPromotion(context: RunContext<PromoteInputs>): Promise<Beginning> {
  const { inputs, learn, out, clients } = context
  const plan = await planPromotion(context)
  learn({ type: 'promotion', plan })
  if (inputs.dryRun) {
    out.write(['Dry run: nothing was created, updated or distributed.'])
    return { kind: 'planned' }
  }
  const arn = await applyDistribution(
    {
      client: clients.imagebuilder,
      region: inputs.region,
      tags: inputs.tags,
      report: (line) => out.write([line])
    },
    plan.distribution,
    parseArn(plan.source.arn)?.accountId
  )
  markApplied(plan.distribution, arn)
  return { kind: 'started', imageArn: await distributeImage(context, plan), promotion: plan }
}

async function distributeImage(
  context: RunContext<PromoteInputs>,
  plan: PromotionPlan
): Promise<string> {
  const { inputs } = context
  const command = withStartPatience(
    new DistributeImageCommand({
      sourceImage: plan.source.arn,
      distributionConfigurationArn: plan.distribution.arn,
      executionRole: inputs.executionRole,
      tags: { ...provenanceTags(context.env), ...inputs.tags },
      clientToken: clientToken('distribute-image', context.env)
    }),
    startPatienceFrom(
      context.env,
      startRetryNotice(context.out, 'DistributeImage', context.inputs.region, context.env)
    )
  )
  try {
    const { imageBuildVersionArn } = await context.clients.imagebuilder.send(command, {
      abortSignal: context.stop.signal
    })
    if (!imageBuildVersionArn) {
      throw new StartError('Image Builder distributed nothing: its answer had no image ARN.')
    }
    return imageBuildVersionArn
  } catch (error) {
    rethrowIfExpired(error)
    if (error instanceof StartError) throw error
    throw new StartError(
      `Could not distribute ${plan.source.arn}: ${describeError(error)}${advice(error, inputs.executionRole)}`
    )
  }
}

function advice(error: unknown, executionRole: string): string {
  switch (errorName(error)) {
    case 'AccessDeniedException':
    case 'ForbiddenException':
      return ` The workflow's role needs imagebuilder:DistributeImage and iam:PassRole on ${executionRole}, and that role the permissions to copy and share AMIs (see the README's IAM policy).`
    case 'IdempotentParameterMismatchException':
      return ' This step already distributed with other parameters; re-run the workflow to distribute again.'
    default:
      return ''
  }
}
