/**
 * The records a seeded pipeline consists of, shaped as the Get* operations return them: what a
 * pipeline made in the console with default settings looks like.
 */
import type { ImagePlatform } from '../scenario.js'
import { resourceArn } from './arns.js'
import type { SeedPipelineOptions } from './seed-pipeline.js'
import type {
  Component,
  Distribution,
  DistributionConfiguration,
  ImagePipeline,
  ImageRecipe,
  InfrastructureConfiguration
} from './shapes.js'

export interface SeedContext {
  options: SeedPipelineOptions
  region: string
  account: string
  platform: ImagePlatform
  /** `dateCreated` of every record. */
  created: string
}

/** `<name>-build` runs a build phase, `<name>-test` a test phase. */
export function seededComponent(
  { options, region, account, platform, created }: SeedContext,
  type: 'BUILD' | 'TEST'
): Component {
  const name = `${options.name}-${type === 'BUILD' ? 'build' : 'test'}`
  return {
    arn: resourceArn(region, account, 'component', name, '1.0.0', '1'),
    name,
    version: '1.0.0',
    type,
    platform,
    state: { status: 'ACTIVE' },
    owner: account,
    data: componentDocument(name, type, platform),
    encrypted: true,
    dateCreated: created,
    tags: {}
  }
}

export function seededRecipe(
  seed: SeedContext,
  componentArns: string[],
  parentImage: string
): ImageRecipe {
  const { options, region, account, platform, created } = seed
  const version = options.recipeVersion ?? '1.0.0'
  return {
    arn: resourceArn(region, account, 'image-recipe', options.name, version),
    type: 'AMI',
    name: options.name,
    platform,
    owner: account,
    version,
    components: componentArns.map((componentArn) => ({ componentArn })),
    parentImage,
    dateCreated: created,
    tags: {},
    workingDirectory: '/tmp'
  }
}

export function seededInfrastructure({
  options,
  region,
  account,
  created
}: SeedContext): InfrastructureConfiguration {
  return {
    arn: resourceArn(region, account, 'infrastructure-configuration', options.name),
    name: options.name,
    instanceTypes: options.instanceTypes ?? ['m5.large'],
    instanceProfileName: 'EC2InstanceProfileForImageBuilder',
    ...(options.s3Logs === undefined ? {} : { logging: { s3Logs: options.s3Logs } }),
    terminateInstanceOnFailure: true,
    dateCreated: created,
    instanceMetadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 2 },
    tags: {}
  }
}

export function seededDistribution({
  options,
  region,
  account,
  created
}: SeedContext): DistributionConfiguration {
  const distributions: Distribution[] = (options.distributionRegions ?? [region]).map((target) => ({
    region: target,
    amiDistributionConfiguration: {
      name: options.amiName ?? `${options.name}-{{imagebuilder:buildDate}}`,
      ...(options.amiTags === undefined ? {} : { amiTags: options.amiTags }),
      ...(options.targetAccountIds === undefined
        ? {}
        : { targetAccountIds: options.targetAccountIds }),
      ...(options.launchPermissionUserIds === undefined
        ? {}
        : { launchPermission: { userIds: options.launchPermissionUserIds } })
    }
  }))
  return {
    arn: resourceArn(region, account, 'distribution-configuration', options.name),
    name: options.name,
    distributions,
    timeoutMinutes: 720,
    dateCreated: created,
    tags: {}
  }
}

export function seededPipeline(
  { options, region, account, platform, created }: SeedContext,
  parts: Pick<
    ImagePipeline,
    'imageRecipeArn' | 'infrastructureConfigurationArn' | 'distributionConfigurationArn'
  >
): ImagePipeline {
  return {
    arn: resourceArn(region, account, 'image-pipeline', options.name),
    name: options.name,
    platform,
    enhancedImageMetadataEnabled: options.enhancedImageMetadataEnabled ?? true,
    ...parts,
    imageTestsConfiguration: {
      imageTestsEnabled: options.testsEnabled ?? true,
      timeoutMinutes: 720
    },
    status: options.status ?? 'ENABLED',
    dateCreated: created,
    dateUpdated: created,
    tags: options.tags ?? {},
    imageScanningConfiguration: { imageScanningEnabled: options.scanningEnabled ?? false },
    ...(options.imageLogGroupName === undefined
      ? {}
      : { loggingConfiguration: { imageLogGroupName: options.imageLogGroupName } })
  }
}

function componentDocument(name: string, type: 'BUILD' | 'TEST', platform: ImagePlatform): string {
  const [phase, step] = type === 'TEST' ? ['test', 'RunTests'] : ['build', 'InstallPackages']
  const action = platform === 'Windows' ? 'ExecutePowerShell' : 'ExecuteBash'
  return [
    `name: ${name}`,
    'schemaVersion: 1.0',
    'phases:',
    `  - name: ${phase}`,
    '    steps:',
    `      - name: ${step}`,
    `        action: ${action}`,
    '        inputs:',
    '          commands:',
    `            - echo "${step}"`,
    ''
  ].join('\n')
}
