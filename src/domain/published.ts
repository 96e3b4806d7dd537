/**
 * Where recipe and promote mode handed a new AMI to its consumers: the SSM parameters and the
 * launch templates Image Builder pointed at it, per region, from the distribution configuration
 * that was applied. True only once the build is AVAILABLE, when Image Builder has done it.
 */
import type { PlannedDistribution } from './plan.js'

export interface PublishedTarget {
  region: string
  amiId?: string
  ssmParameters: string[]
  launchTemplates: string[]
}

/** `amis`: region → the build account's AMI. Regions that publish nothing are left out. */
export function publishedTargets(
  distribution: PlannedDistribution | undefined,
  amis: Record<string, string>
): PublishedTarget[] {
  return (distribution?.distributions ?? [])
    .map((distribution) => ({
      region: distribution.region ?? '',
      amiId: amis[distribution.region ?? ''],
      ssmParameters: (distribution.ssmParameterConfigurations ?? []).map(
        (parameter) => parameter.parameterName ?? ''
      ),
      launchTemplates: (distribution.launchTemplateConfigurations ?? []).map(
        (template) => template.launchTemplateId ?? ''
      )
    }))
    .filter((target) => target.ssmParameters.length + target.launchTemplates.length > 0)
}
