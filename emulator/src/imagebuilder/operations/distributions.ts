/**
 * Distribution configurations: where the AMI goes, under which name and tags, who may launch it,
 * and which launch templates and SSM parameters point at it. An update replaces `distributions`
 * and `description`.
 */
import { readDistributions } from '../distribution-input.js'
import type { DistributionConfiguration } from '../shapes.js'
import { definedOnly } from '../without.js'
import { configurationOperations } from './configuration-operations.js'

/** The model requires `timeoutMinutes` on the output but offers no input for it. */
const TIMEOUT_MINUTES = 720

export const distributionOperations = configurationOperations({
  kind: 'DistributionConfiguration',
  resourceType: 'distribution-configuration',
  arnMember: 'distributionConfigurationArn',
  member: 'distributionConfiguration',
  listMember: 'distributionConfigurationSummaryList',
  collection: (world) => world.imagebuilder.resources.distributionConfigurations,
  readSettings: ({ input, world }) => ({
    distributions: readDistributions(input, world.accountId),
    description: input.optionalText('description')
  }),
  record: (identity, settings, current): DistributionConfiguration => ({
    ...identity,
    ...definedOnly({ description: settings.description }),
    distributions: settings.distributions,
    timeoutMinutes: current?.timeoutMinutes ?? TIMEOUT_MINUTES
  }),
  summary: (configuration) => {
    const { arn, name, description, dateCreated, dateUpdated, tags } = configuration
    return {
      ...definedOnly({ arn, name, description, dateCreated, dateUpdated, tags }),
      regions: configuration.distributions.map((distribution) => distribution.region)
    }
  }
})
