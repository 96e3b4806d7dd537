/** Infrastructure configurations: where and on what build and test instances run. */
import { readInfrastructureSettings } from '../infrastructure-input.js'
import type { InfrastructureConfiguration } from '../shapes.js'
import { definedOnly } from '../without.js'
import { configurationOperations } from './configuration-operations.js'

export const infrastructureOperations = configurationOperations({
  kind: 'InfrastructureConfiguration',
  resourceType: 'infrastructure-configuration',
  arnMember: 'infrastructureConfigurationArn',
  member: 'infrastructureConfiguration',
  listMember: 'infrastructureConfigurationSummaryList',
  collection: (world) => world.imagebuilder.resources.infrastructureConfigurations,
  readSettings: ({ input }) => readInfrastructureSettings(input),
  record: (identity, settings): InfrastructureConfiguration => ({ ...identity, ...settings }),
  summary: (configuration) => {
    const { arn, name, description, dateCreated, dateUpdated, resourceTags, tags } = configuration
    const { instanceTypes, instanceProfileName, placement } = configuration
    return definedOnly({
      arn,
      name,
      description,
      dateCreated,
      dateUpdated,
      resourceTags,
      tags,
      instanceTypes,
      instanceProfileName,
      placement
    })
  }
})
