/**
 * Small factories for recipe-mode resources, created through the real SDK against the emulator.
 * Each takes only what a test changes; the rest is a plain Linux build.
 */
import {
  CreateComponentCommand,
  CreateDistributionConfigurationCommand,
  CreateImageRecipeCommand,
  CreateInfrastructureConfigurationCommand,
  type CreateComponentRequest,
  type CreateDistributionConfigurationRequest,
  type CreateImageRecipeRequest,
  type CreateInfrastructureConfigurationRequest,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'

let tokens = 0

/** A fresh client token per call, so that factories never collide on idempotency. */
export function clientToken(): string {
  tokens += 1
  return `token-${tokens}`
}

export function componentDocument(phase: 'build' | 'test', step = 'Run', extra = ''): string {
  return [
    'schemaVersion: 1.0',
    extra,
    'phases:',
    `  - name: ${phase}`,
    '    steps:',
    `      - name: ${step}`,
    '        action: ExecuteBash',
    '        inputs:',
    '          commands:',
    '            - echo hello',
    ''
  ].join('\n')
}

export async function createComponent(
  client: ImagebuilderClient,
  request: Partial<CreateComponentRequest> = {}
): Promise<string> {
  const answer = await client.send(
    new CreateComponentCommand({
      name: 'install-nginx',
      semanticVersion: '1.0.0',
      platform: 'Linux',
      data: componentDocument('build'),
      clientToken: clientToken(),
      ...request
    })
  )
  return answer.componentBuildVersionArn ?? ''
}

export async function createRecipe(
  client: ImagebuilderClient,
  request: Partial<CreateImageRecipeRequest> & Pick<CreateImageRecipeRequest, 'parentImage'>
): Promise<string> {
  const components = request.components ?? [{ componentArn: await createComponent(client) }]
  const answer = await client.send(
    new CreateImageRecipeCommand({
      name: 'web',
      semanticVersion: '1.0.0',
      clientToken: clientToken(),
      ...request,
      components
    })
  )
  return answer.imageRecipeArn ?? ''
}

export async function createInfrastructure(
  client: ImagebuilderClient,
  request: Partial<CreateInfrastructureConfigurationRequest> = {}
): Promise<string> {
  const answer = await client.send(
    new CreateInfrastructureConfigurationCommand({
      name: 'web',
      instanceProfileName: 'EC2InstanceProfileForImageBuilder',
      clientToken: clientToken(),
      ...request
    })
  )
  return answer.infrastructureConfigurationArn ?? ''
}

export async function createDistribution(
  client: ImagebuilderClient,
  request: Partial<CreateDistributionConfigurationRequest> = {}
): Promise<string> {
  const answer = await client.send(
    new CreateDistributionConfigurationCommand({
      name: 'web',
      distributions: [{ region: 'us-east-1' }],
      clientToken: clientToken(),
      ...request
    })
  )
  return answer.distributionConfigurationArn ?? ''
}
