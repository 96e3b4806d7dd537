/**
 * Promote mode's plan, made with read-only calls: the image `promote-image` names (a wildcard
 * resolves as GetImage resolves it, to the newest AVAILABLE build), which must be an AVAILABLE AMI
 * image, and the distribution configuration `<image name>-promote` built from the distribution
 * inputs by the same builder recipe mode uses.
 */
import { errorName } from '../aws/errors.js'
import type { RunContext } from '../context.js'
import type { PromoteInputs } from '../inputs/action-inputs.js'
import { InputError } from '../domain/errors.js'
import { fetchImage } from '../aws/image-build.js'
import type { ImageView } from '../domain/build.js'
import { planDistribution } from './configurations.js'
import { checkLaunchTemplates } from './launch-templates.js'
import { withoutOwnAccount } from './own-account.js'
import { checkPublicSharing } from './public-sharing.js'
import type { PromotionPlan } from '../domain/plan.js'

const BUILD_DATE = '-{{imagebuilder:buildDate}}'
/** Image Builder's limits: AMI names 127 characters, resource names 128. */
const AMI_NAME_CHARS = 127
const RESOURCE_NAME_CHARS = 128
const SUFFIX = '-promote'

export async function planPromotion(context: RunContext<PromoteInputs>): Promise<PromotionPlan> {
  const { inputs, clients } = context
  const source = await promotedImage(context)
  const name = source.name ?? source.arn.split('/')[1] ?? 'image'
  const { shareWith, targetAccounts } = await withoutOwnAccount(context, inputs)
  await checkPublicSharing(context, shareWith, inputs.distributionRegions)
  const [distribution, launchTemplates] = await Promise.all([
    planDistribution(
      clients.imagebuilder,
      `${name.slice(0, RESOURCE_NAME_CHARS - SUFFIX.length)}${SUFFIX}`,
      {
        ...inputs,
        shareWith,
        targetAccounts,
        amiName: `${name.slice(0, AMI_NAME_CHARS - BUILD_DATE.length)}${BUILD_DATE}`
      }
    ),
    checkLaunchTemplates(clients, inputs.launchTemplates, context.stop.signal)
  ])
  return {
    region: inputs.region,
    source,
    distribution: { ...distribution, launchTemplates, deprecateAfter: inputs.deprecateAfter }
  }
}

async function promotedImage(context: RunContext<PromoteInputs>): Promise<ImageView> {
  const { promoteImage } = context.inputs
  let image: ImageView
  try {
    image = await fetchImage(context.clients.imagebuilder, promoteImage, context.stop.signal)
  } catch (error) {
    if (errorName(error) !== 'ResourceNotFoundException') throw error
    throw new InputError(
      'promote-image',
      `no AVAILABLE image matches ${promoteImage} in ${context.inputs.region}: build one first, or name a build version that exists`
    )
  }
  if (image.type === 'DOCKER') {
    throw new InputError(
      'promote-image',
      `${image.arn} is a container image; promotion distributes AMIs (DistributeImage)`
    )
  }
  if (image.status !== 'AVAILABLE') {
    throw new InputError(
      'promote-image',
      `${image.arn} is ${image.status}, not AVAILABLE: only an image that was built and tested can be promoted`
    )
  }
  return image
}
