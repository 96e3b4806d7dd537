/**
 * Promote mode: `promote-image` names an existing image, and only the inputs that say where and
 * how to distribute it apply; DistributeImage needs an execution role, so one is required.
 */
import { imageVersionArnRegion, parseArn, partitionOf } from '../domain/arns.js'
import type { PromoteInputs } from './action-inputs.js'
import { InputError } from '../domain/errors.js'
import { parseCommon } from './common.js'
import { type InputName, PROMOTE_INPUTS, RECIPE_ONLY_INPUTS } from './defaults.js'
import { parseBoolean, parseList, requireEach } from './fields.js'
import { parseDeprecateAfter } from './deprecate-after.js'
import { parseKmsKeys } from './kms-key.js'
import { parseLicenseConfigurations } from './license-configurations.js'
import { parseLaunchTemplates } from './launch-templates.js'
import { requireConsistentArn, requireRegion } from './partitions.js'
import type { InputReader } from './reader.js'
import { EXECUTION_ROLE, unique } from './recipe.js'
import { parseShareWith } from './share-with.js'
import { parseSsmParameter } from './ssm-parameter.js'
import { parseTargetAccounts } from './target-accounts.js'

/** Inputs that mean nothing to an image that is already built. */
const NOT_FOR_PROMOTE: readonly InputName[] = RECIPE_ONLY_INPUTS.filter(
  (name) => !PROMOTE_INPUTS.includes(name)
)

export function parsePromote(
  read: InputReader,
  given: (name: InputName) => boolean
): PromoteInputs {
  for (const name of NOT_FOR_PROMOTE) {
    if (given(name)) {
      throw new InputError(
        name,
        `does not apply with promote-image: the image is built already; only ${PROMOTE_INPUTS.join(', ')} apply`
      )
    }
  }
  const promoteImage = read('promote-image')
  const region = imageVersionArnRegion(promoteImage)
  if (region === undefined) {
    throw new InputError(
      'promote-image',
      `'${promoteImage}' is not an image ARN (arn:aws:imagebuilder:<region>:<account>:image/<name>/<x.y.z>[/<build>], x.y.z may end in x wildcards such as 1.4.x)`
    )
  }
  requireConsistentArn('promote-image', promoteImage)
  if (read('region') !== '' && read('region') !== region) {
    throw new InputError(
      'region',
      `'${read('region')}' differs from the region of promote-image (${region})`
    )
  }
  if (!given('execution-role')) {
    throw new InputError(
      'execution-role',
      'is required with promote-image: DistributeImage runs as an IAM role that may copy and share the AMI (see the README on promote mode)'
    )
  }
  const executionRole =
    requireEach(
      'execution-role',
      [read('execution-role')],
      EXECUTION_ROLE,
      'an IAM role name or role ARN'
    )[0] ?? ''
  const distributionRegions = unique(parseList(read('distribution-regions')))
  for (const distributionRegion of distributionRegions)
    requireRegion('distribution-regions', distributionRegion, partitionOf(region))
  const distributedTo = distributionRegions.length > 0 ? distributionRegions : [region]
  const shareWith = parseShareWith(read, partitionOf(region))
  return {
    mode: 'promote',
    ...parseCommon(read, region),
    promoteImage,
    executionRole,
    distributionRegions: distributedTo,
    shareWith,
    kmsKeys: parseKmsKeys(read('kms-key'), distributedTo),
    licenseConfigurationArns: parseLicenseConfigurations(read('license-configurations'), region),
    deprecateAfter: parseDeprecateAfter(read('deprecate-after')),
    targetAccounts: parseTargetAccounts(read('target-accounts'), parseArn(promoteImage)?.accountId),
    ssmParameter: parseSsmParameter(read('ssm-parameter'), distributedTo, executionRole),
    launchTemplates: parseLaunchTemplates(read('launch-templates'), region, distributedTo),
    dryRun: parseBoolean('dry-run', read('dry-run'))
  }
}
