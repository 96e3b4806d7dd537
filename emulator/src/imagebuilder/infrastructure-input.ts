/**
 * The members of Create/UpdateInfrastructureConfiguration (Appendix A): both take the whole
 * configuration, so an update replaces every member it does not repeat.
 */
import { invalidParameterValue } from './errors.js'
import type { OperationInput } from './input.js'
import type { InfrastructureConfiguration } from './shapes.js'
import { definedOnly } from './without.js'

type InfrastructureSettings = Omit<
  InfrastructureConfiguration,
  'arn' | 'name' | 'dateCreated' | 'dateUpdated' | 'tags'
>

const TENANCIES = ['default', 'dedicated', 'host'] as const

export function readInfrastructureSettings(input: OperationInput): InfrastructureSettings {
  const instanceProfileName = input.requiredString('instanceProfileName', 'instanceProfileName')
  if (instanceProfileName.length > 256) {
    throw invalidParameterValue(
      'instanceProfileName',
      "'instanceProfileName' must have at most 256 characters."
    )
  }
  return {
    instanceProfileName,
    ...definedOnly({
      description: input.optionalText('description'),
      instanceTypes: input.optionalStringList('instanceTypes'),
      securityGroupIds: input.optionalStringList('securityGroupIds'),
      subnetId: input.optionalText('subnetId'),
      logging: logging(input),
      keyPair: input.optionalText('keyPair'),
      terminateInstanceOnFailure: input.optionalBoolean('terminateInstanceOnFailure'),
      snsTopicArn: input.optionalString('snsTopicArn', 'snsTopicArn'),
      resourceTags: resourceTags(input),
      instanceMetadataOptions: instanceMetadataOptions(input),
      placement: placement(input)
    })
  }
}

function logging(input: OperationInput): InfrastructureConfiguration['logging'] {
  const logs = input.optionalObject('logging')?.optionalObject('s3Logs')
  if (logs === undefined) return input.optionalObject('logging') === undefined ? undefined : {}
  return {
    s3Logs: definedOnly({
      s3BucketName: logs.optionalText('s3BucketName'),
      s3KeyPrefix: logs.optionalText('s3KeyPrefix')
    })
  }
}

/** ResourceTagMap: like tags, but at most 30 (§2.4). */
function resourceTags(input: OperationInput): InfrastructureConfiguration['resourceTags'] {
  const tags = input.optionalTags('resourceTags')
  if (tags !== undefined && Object.keys(tags).length > 30)
    throw invalidParameterValue('resourceTags', "'resourceTags' must have at most 30 entries.")
  return tags
}

function instanceMetadataOptions(
  input: OperationInput
): InfrastructureConfiguration['instanceMetadataOptions'] {
  const options = input.optionalObject('instanceMetadataOptions')
  return options === undefined
    ? undefined
    : definedOnly({
        httpTokens: options.optionalString('httpTokens', 'httpTokens'),
        httpPutResponseHopLimit: options.optionalInteger('httpPutResponseHopLimit', 1, 64)
      })
}

function placement(input: OperationInput): InfrastructureConfiguration['placement'] {
  const settings = input.optionalObject('placement')
  return settings === undefined
    ? undefined
    : definedOnly({
        availabilityZone: settings.optionalText('availabilityZone'),
        tenancy: settings.optionalEnum('tenancy', TENANCIES),
        hostId: settings.optionalText('hostId'),
        hostResourceGroupArn: settings.optionalText('hostResourceGroupArn')
      })
}
