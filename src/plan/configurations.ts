/**
 * The infrastructure and distribution configurations `<name>`: unlike recipes they can change in
 * place, so a change of content is an update of the one configuration of that name, and the
 * recipe (and so a build's lineage) stays as it is.
 */
import {
  type Distribution,
  type ImagebuilderClient,
  paginateListDistributionConfigurations,
  paginateListInfrastructureConfigurations
} from '@aws-sdk/client-imagebuilder'
import type { DistributionSettings, RecipeInputs } from '../inputs/action-inputs.js'
import { isPublic, PUBLIC } from '../inputs/share-with.js'
import { FINGERPRINT_TAG, fingerprint } from './fingerprint.js'
import type {
  InfrastructureSettings,
  PlannedDistribution,
  PlannedInfrastructure
} from '../domain/plan.js'

export async function planInfrastructure(
  client: ImagebuilderClient,
  inputs: RecipeInputs
): Promise<PlannedInfrastructure> {
  const settings: InfrastructureSettings = {
    instanceProfileName: inputs.instanceProfile,
    instanceTypes: nonEmpty(inputs.instanceTypes),
    subnetId: inputs.subnetId,
    securityGroupIds: nonEmpty(inputs.securityGroupIds),
    // A failed build's instance costs money while it stands: kept only when asked for.
    terminateInstanceOnFailure: !inputs.keepInstanceOnFailure,
    keyPair: inputs.keyPair,
    snsTopicArn: inputs.snsTopicArn,
    // AWS recommends a hop limit of two with IMDSv2 tokens: the build agent, and a container
    // build's Docker bridge network, are one hop further from the metadata service.
    instanceMetadataOptions: {
      httpTokens: inputs.instanceMetadataTokens,
      httpPutResponseHopLimit: 2
    }
  }
  const existing = await findInfrastructure(client, inputs.name)
  return { name: inputs.name, settings, ...decide(existing, fingerprint(settings)) }
}

/** The distribution configuration `name` as `settings` describe it: reuse, update or create. */
export async function planDistribution(
  client: ImagebuilderClient,
  name: string,
  settings: DistributionSettings
): Promise<PlannedDistribution> {
  const distributions = distributionsOf(settings)
  const existing = await findDistribution(client, name)
  return { name, distributions, ...decide(existing, fingerprint(distributions)) }
}

function distributionsOf(inputs: DistributionSettings): Distribution[] {
  if (inputs.container) {
    const { tags } = inputs.container
    return inputs.container.repositories.map(({ region, repositoryName }) => ({
      region,
      containerDistributionConfiguration: {
        targetRepository: { service: 'ECR', repositoryName },
        containerTags: nonEmpty(tags)
      }
    }))
  }
  return inputs.distributionRegions.map((region) => {
    const launchTemplates = inputs.launchTemplates.filter((entry) => entry.region === region)
    return {
      region,
      amiDistributionConfiguration: {
        name: inputs.amiName,
        amiTags: Object.keys(inputs.amiTags).length > 0 ? inputs.amiTags : undefined,
        kmsKeyId: inputs.kmsKeys[region],
        launchPermission: launchPermission(inputs.shareWith),
        targetAccountIds: nonEmpty(inputs.targetAccounts)
      },
      licenseConfigurationArns: nonEmpty(inputs.licenseConfigurationArns),
      ssmParameterConfigurations: inputs.ssmParameter
        ? [{ parameterName: inputs.ssmParameter, dataType: 'aws:ec2:image' }]
        : undefined,
      launchTemplateConfigurations: nonEmpty(
        launchTemplates.map(({ launchTemplateId }) => ({
          launchTemplateId,
          setDefaultVersion: true
        }))
      )
    }
  })
}

function launchPermission(shareWith: readonly string[]) {
  if (shareWith.length === 0) return undefined
  return {
    userGroups: isPublic(shareWith) ? [PUBLIC] : undefined,
    userIds: nonEmpty(shareWith.filter((target) => /^\d{12}$/.test(target))),
    organizationArns: nonEmpty(shareWith.filter((target) => target.includes(':organization/'))),
    organizationalUnitArns: nonEmpty(shareWith.filter((target) => target.includes(':ou/')))
  }
}

interface ExistingConfiguration {
  arn: string
  fingerprint?: string
}

function decide(
  existing: ExistingConfiguration | undefined,
  contentFingerprint: string
): Pick<PlannedInfrastructure, 'action' | 'arn' | 'fingerprint'> {
  if (!existing) return { action: 'create', fingerprint: contentFingerprint }
  const action = existing.fingerprint === contentFingerprint ? 'reuse' : 'update'
  return { action, arn: existing.arn, fingerprint: contentFingerprint }
}

export function findInfrastructure(
  client: ImagebuilderClient,
  name: string
): Promise<ExistingConfiguration | undefined> {
  return firstListed(
    paginateListInfrastructureConfigurations({ client }, { filters: byName(name) }),
    (page) => page.infrastructureConfigurationSummaryList
  )
}

export function findDistribution(
  client: ImagebuilderClient,
  name: string
): Promise<ExistingConfiguration | undefined> {
  return firstListed(
    paginateListDistributionConfigurations({ client }, { filters: byName(name) }),
    (page) => page.distributionConfigurationSummaryList
  )
}

function byName(name: string) {
  return [{ name: 'name', values: [name] }]
}

/** Configuration names are unique per account and region: the first one listed is the one. */
async function firstListed<Page>(
  pages: AsyncIterable<Page>,
  summaries: (page: Page) => { arn?: string; tags?: Record<string, string> }[] | undefined
): Promise<ExistingConfiguration | undefined> {
  for await (const page of pages) {
    const found = summaries(page)?.find((summary) => summary.arn)
    if (found?.arn) return { arn: found.arn, fingerprint: found.tags?.[FINGERPRINT_TAG] }
  }
  return undefined
}

function nonEmpty<T>(items: readonly T[]): T[] | undefined {
  return items.length > 0 ? [...items] : undefined
}
