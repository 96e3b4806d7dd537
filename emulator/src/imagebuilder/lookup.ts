/**
 * Finding what a request names. Resources live in one region: an ARN of another region is as
 * unknown as one that was never created.
 */
import { arnRegion } from './arns.js'
import type { Build } from './build/types.js'
import { resourceNotFound } from './errors.js'
import type { OperationContext } from './operation.js'
import type { ResourceStore } from './resources.js'
import type { DistributionConfiguration } from './shapes.js'

export function inRegion<T>(found: T | undefined, arn: string, region: string): T {
  if (found === undefined || arnRegion(arn) !== region) throw resourceNotFound(arn)
  return found
}

export function findBuild(context: OperationContext, arn: string): Build {
  return inRegion(context.world.imagebuilder.builds.get(arn), arn, context.region)
}

/** The request's parameters other than the client token, for idempotency fingerprints. */
export function parametersWithoutToken(context: OperationContext): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(context.input.values).filter(([name]) => name !== 'clientToken')
  )
}

/** The distribution configuration a build names, if it names one. */
export function optionalDistribution(
  resources: ResourceStore,
  region: string,
  arn: string | undefined
): { distribution?: DistributionConfiguration } {
  return arn === undefined
    ? {}
    : { distribution: inRegion(resources.distributionConfigurations.get(arn), arn, region) }
}
