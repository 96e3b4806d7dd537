/**
 * The `license-configurations` input: License Manager configurations attached to the AMI in every
 * distribution region (licenseConfigurationArns of each distribution).
 */
import { partitionOf } from '../domain/arns.js'
import { InputError } from '../domain/errors.js'
import { parseList } from './fields.js'
import { requireConsistentArn } from './partitions.js'

/** As AWS's model for Image Builder's LicenseConfigurationArn says. */
const LICENSE_CONFIGURATION_ARN =
  /^arn:aws[^:]*:license-manager:[^:]+:[0-9]{12}:license-configuration:lic-[a-z0-9-_]{32}$/

/** The `license-configurations` input: License Manager configuration ARNs, lines or commas. */
export function parseLicenseConfigurations(raw: string, buildRegion: string): string[] {
  const arns = parseList(raw)
  for (const arn of arns) {
    if (!LICENSE_CONFIGURATION_ARN.test(arn)) {
      throw new InputError(
        'license-configurations',
        `'${arn}' is not a License Manager configuration ARN (arn:aws:license-manager:<region>:<account>:license-configuration:lic-…)`
      )
    }
    requireConsistentArn('license-configurations', arn, partitionOf(buildRegion))
  }
  return arns
}
