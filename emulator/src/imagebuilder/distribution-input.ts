/**
 * The `distributions` of Create/UpdateDistributionConfiguration (Appendix B, §9b): one per region,
 * each region well-formed and served, AMI settings, launch templates and SSM parameters to point at
 * the new AMI, and the ECR repository and tags of a container image. Fast-launch and S3-export
 * settings are kept as given but not acted on.
 */
import { isKnownRegion } from '../regions.js'
import { invalidParameterCombination, invalidParameterValue, invalidRequest } from './errors.js'
import type { OperationInput } from './input.js'
import { readTargetRepository } from './operations/container-recipes.js'
import type {
  AmiDistributionConfiguration,
  ContainerDistributionConfiguration,
  Distribution,
  JsonObject,
  LaunchTemplateConfiguration,
  SsmParameterConfiguration
} from './shapes.js'
import { definedOnly } from './without.js'

const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/
const SSM_DATA_TYPES = ['text', 'aws:ec2:image'] as const

export function readDistributions(input: OperationInput, accountId: string): Distribution[] {
  const entries = input.optionalObjectList('distributions', { min: 1 })
  if (entries === undefined)
    throw invalidRequest("The request is missing required parameter 'distributions'.")
  const distributions = entries.map((entry) => readDistribution(entry, accountId))
  const regions = distributions.map((distribution) => distribution.region)
  const repeated = regions.find((region, index) => regions.indexOf(region) !== index)
  if (repeated !== undefined) {
    throw invalidParameterCombination(
      `The region ${repeated} appears in more than one distribution; give each region one distribution.`
    )
  }
  return distributions
}

function readDistribution(entry: OperationInput, accountId: string): Distribution {
  const region = entry.requiredString('region')
  if (!REGION.test(region))
    throw invalidParameterValue('distributions.region', `'${region}' is not a region name.`)
  if (!isKnownRegion(region)) {
    throw invalidParameterValue(
      'distributions.region',
      `The region ${region} is not enabled for this account.`
    )
  }
  const ami = amiDistribution(entry.optionalObject('amiDistributionConfiguration'))
  const distribution: Distribution = {
    region,
    ...definedOnly({
      amiDistributionConfiguration: ami,
      licenseConfigurationArns: entry.optionalStringList('licenseConfigurationArns', {
        min: 1,
        max: 50
      }),
      launchTemplateConfigurations: launchTemplates(entry),
      ssmParameterConfigurations: ssmParameters(entry),
      containerDistributionConfiguration: containerDistribution(
        entry.optionalObject('containerDistributionConfiguration')
      ),
      fastLaunchConfigurations: entry
        .optionalObjectList('fastLaunchConfigurations', { min: 1, max: 1000 })
        ?.map((item) => item.values as JsonObject),
      s3ExportConfiguration: entry.optionalObject('s3ExportConfiguration')?.values as
        JsonObject | undefined
    })
  }
  assertSsmAccountsTargeted(distribution, accountId)
  return distribution
}

function amiDistribution(
  settings: OperationInput | undefined
): AmiDistributionConfiguration | undefined {
  if (settings === undefined) return undefined
  const name = settings.optionalString('name', 'amiName')
  if (name !== undefined && name.length > 127)
    throw invalidParameterValue(
      'amiDistributionConfiguration.name',
      "'name' must have at most 127 characters."
    )
  const permission = settings.optionalObject('launchPermission')
  return definedOnly({
    name,
    description: settings.optionalText('description'),
    targetAccountIds: settings.optionalStringList('targetAccountIds', {
      min: 1,
      max: 1536,
      pattern: 'accountId'
    }),
    amiTags: settings.optionalTags('amiTags'),
    kmsKeyId: settings.optionalText('kmsKeyId'),
    launchPermission:
      permission === undefined
        ? undefined
        : definedOnly({
            userIds: permission.optionalStringList('userIds', {
              min: 1,
              max: 1536,
              pattern: 'accountId'
            }),
            userGroups: permission.optionalStringList('userGroups'),
            organizationArns: permission.optionalStringList('organizationArns', {
              min: 1,
              max: 25,
              pattern: 'organizationArn'
            }),
            organizationalUnitArns: permission.optionalStringList('organizationalUnitArns', {
              min: 1,
              max: 25,
              pattern: 'organizationalUnitArn'
            })
          })
  })
}

function containerDistribution(
  settings: OperationInput | undefined
): ContainerDistributionConfiguration | undefined {
  if (settings === undefined) return undefined
  return {
    ...definedOnly({
      description: settings.optionalText('description'),
      containerTags: settings.optionalStringList('containerTags')
    }),
    targetRepository: readTargetRepository(
      settings.optionalObject('targetRepository'),
      'containerDistributionConfiguration.targetRepository'
    )
  }
}

function launchTemplates(entry: OperationInput): LaunchTemplateConfiguration[] | undefined {
  return entry
    .optionalObjectList('launchTemplateConfigurations', { min: 1, max: 100 })
    ?.map((item) => ({
      launchTemplateId: item.requiredString('launchTemplateId', 'launchTemplateId'),
      ...definedOnly({
        accountId: item.optionalString('accountId', 'accountId'),
        setDefaultVersion: item.optionalBoolean('setDefaultVersion')
      })
    }))
}

function ssmParameters(entry: OperationInput): SsmParameterConfiguration[] | undefined {
  return entry.optionalObjectList('ssmParameterConfigurations')?.map((item) => {
    const parameterName = item.requiredString('parameterName', 'ssmParameterName')
    if (parameterName.length > 1011)
      throw invalidParameterValue(
        'parameterName',
        "'parameterName' must have at most 1011 characters."
      )
    return {
      parameterName,
      ...definedOnly({
        amiAccountId: item.optionalString('amiAccountId', 'accountId'),
        dataType: item.optionalEnum('dataType', SSM_DATA_TYPES)
      })
    }
  })
}

/** An SSM parameter's account must be one the region distributes to (§B SsmParameterConfiguration). */
function assertSsmAccountsTargeted(distribution: Distribution, accountId: string): void {
  const targets = distribution.amiDistributionConfiguration?.targetAccountIds ?? [accountId]
  for (const parameter of distribution.ssmParameterConfigurations ?? []) {
    const account = parameter.amiAccountId
    if (account !== undefined && !targets.includes(account)) {
      throw invalidRequest(
        `The SSM parameter ${parameter.parameterName} names account ${account}, which is not a target account of ${distribution.region}.`
      )
    }
  }
}
