/**
 * DistributeImage (§1.2): an AVAILABLE image's AMI goes to the regions and accounts of a
 * distribution configuration without a rebuild. Image Builder answers with a new build version of
 * the same image, which runs the distribution phase alone (PENDING → DISTRIBUTING → INTEGRATING →
 * AVAILABLE) and lists the copies in its `outputResources`.
 */
import { arnRegion, parseVersionedArn } from '../arns.js'
import { imageStatusAt } from '../build/image-view.js'
import type { Build } from '../build/types.js'
import { invalidRequest, resourceNotFound } from '../errors.js'
import { latestAvailableBuild } from '../image-versions.js'
import { findBuild, inRegion, parametersWithoutToken } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'
import { PATTERNS } from '../patterns.js'
import { startDistribution } from '../start-build.js'

export const distributeOperations: OperationTable = {
  DistributeImage: distributeImage
}

function distributeImage(context: OperationContext): Record<string, unknown> {
  const { world, region, input, operation, now } = context
  const sourceImage = input.requiredString('sourceImage')
  if (sourceImage.length > 1024) throw invalidRequest('sourceImage is longer than 1024 characters.')
  const distributionConfigurationArn = input.requiredString(
    'distributionConfigurationArn',
    'distributionConfigurationArn'
  )
  const executionRole = input.requiredString('executionRole', 'roleNameOrArn')
  const clientToken = input.clientToken()
  const tags = input.optionalTags() ?? {}
  const logGroupName = input
    .optionalObject('loggingConfiguration')
    ?.optionalString('logGroupName', 'logGroupName')
  const { resources, clientTokens, scenarios } = world.imagebuilder
  return clientTokens.once(
    { region, operation, clientToken },
    parametersWithoutToken(context),
    () => {
      const source = sourceBuild(context, sourceImage)
      const distribution = inRegion(
        resources.distributionConfigurations.get(distributionConfigurationArn),
        distributionConfigurationArn,
        region
      )
      const build = startDistribution(world, source, {
        distribution,
        executionRole,
        tags,
        ...(logGroupName === undefined ? {} : { loggingConfiguration: { logGroupName } }),
        scenario: scenarios.takeForBuild(),
        startedAt: now
      })
      return { clientToken, imageBuildVersionArn: build.spec.arn }
    }
  )
}

/**
 * The image to distribute: a build version ARN that must be AVAILABLE, or a version or wildcard
 * ARN, which resolves to the newest AVAILABLE build as GetImage resolves it.
 */
function sourceBuild(context: OperationContext, sourceImage: string): Build {
  if (!new RegExp(PATTERNS.imageVersionArnOrBuildVersionArn).test(sourceImage)) {
    throw invalidRequest(
      `The emulator distributes Image Builder images only; '${sourceImage}' is not an image ARN (AMI IDs and SSM parameters are not emulated).`
    )
  }
  const parsed = parseVersionedArn(sourceImage)
  if (parsed === undefined || arnRegion(sourceImage) !== context.region)
    throw resourceNotFound(sourceImage)
  if (parsed.build === undefined) {
    const latest = latestAvailableBuild(context.world, context.region, parsed, context.now)
    if (latest === undefined) throw resourceNotFound(sourceImage)
    return latest
  }
  const build = findBuild(context, sourceImage)
  const status = imageStatusAt(build.plan, context.now)
  if (status !== 'AVAILABLE') {
    throw invalidRequest(
      `The source image ${sourceImage} is in the ${status} state; only an image in the AVAILABLE state can be distributed.`
    )
  }
  return build
}
