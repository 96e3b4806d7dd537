/**
 * AWS clients, created only after the inputs are valid. EC2 and CloudWatch Logs are loaded on
 * first use: most runs need neither, and evaluating the EC2 client costs ~200 ms of cold start.
 * Region, credentials, endpoint overrides (AWS_ENDPOINT_URL_*) and retry settings
 * (AWS_MAX_ATTEMPTS, AWS_RETRY_MODE) come from the standard AWS environment; the settings every
 * client shares (and the debug channel's call trace) are in client-config.ts, and retry.ts says how every client retries.
 */
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import type { EC2Client } from '@aws-sdk/client-ec2'
import type { ECRClient } from '@aws-sdk/client-ecr'
import type { SSMClient } from '@aws-sdk/client-ssm'
import type { STSClient } from '@aws-sdk/client-sts'
import { clientConfig, createImagebuilderClient, prepared } from './client-config.js'

export interface AwsClients {
  imagebuilder: ImagebuilderClient
  ec2(region: string): Promise<EC2Client>
  logs(region: string): Promise<CloudWatchLogsClient>
  /** Recipe mode only: resolves `ssm:` parent images. */
  ssm(region: string): Promise<SSMClient>
  /** Container recipes only: the target repositories and the pushed images' digests. */
  ecr(region: string): Promise<ECRClient>
  /** In the build region, only to learn the caller's account (share-with). */
  sts(): Promise<STSClient>
  /** Closes the connections of every client created so far. */
  destroy(): Promise<void>
}

export function createAwsClients(region: string): AwsClients {
  const ec2Clients = new Map<string, Promise<EC2Client>>()
  const logsClients = new Map<string, Promise<CloudWatchLogsClient>>()
  const ssmClients = new Map<string, Promise<SSMClient>>()
  const ecrClients = new Map<string, Promise<ECRClient>>()
  const stsClients = new Map<string, Promise<STSClient>>()
  const imagebuilder = createImagebuilderClient(region)
  return {
    imagebuilder,
    ec2: (clientRegion) => memo(ec2Clients, clientRegion, createEc2Client),
    logs: (clientRegion) => memo(logsClients, clientRegion, createLogsClient),
    ssm: (clientRegion) => memo(ssmClients, clientRegion, createSsmClient),
    ecr: (clientRegion) => memo(ecrClients, clientRegion, createEcrClient),
    sts: () => memo(stsClients, region, createStsClient),
    destroy: async () => {
      const lazy = await Promise.all([
        ...ec2Clients.values(),
        ...logsClients.values(),
        ...ssmClients.values(),
        ...ecrClients.values(),
        ...stsClients.values()
      ])
      for (const client of [imagebuilder, ...lazy]) client.destroy()
    }
  }
}

async function createEc2Client(region: string): Promise<EC2Client> {
  const { EC2Client } = await import('./ec2.js')
  return prepared(new EC2Client(clientConfig(region)), region)
}

async function createLogsClient(region: string): Promise<CloudWatchLogsClient> {
  const { CloudWatchLogsClient } = await import('./logs.js')
  return prepared(new CloudWatchLogsClient(clientConfig(region)), region)
}

async function createSsmClient(region: string): Promise<SSMClient> {
  const { SSMClient } = await import('./ssm.js')
  return prepared(new SSMClient(clientConfig(region)), region)
}

function memo<T>(
  cache: Map<string, Promise<T>>,
  key: string,
  create: (key: string) => Promise<T>
): Promise<T> {
  const existing = cache.get(key)
  if (existing) return existing
  const created = create(key)
  cache.set(key, created)
  return created
}

async function createEcrClient(region: string): Promise<ECRClient> {
  const { ECRClient } = await import('./ecr.js')
  return prepared(new ECRClient(clientConfig(region)), region)
}

async function createStsClient(region: string): Promise<STSClient> {
  const { STSClient } = await import('./sts.js')
  return prepared(new STSClient(clientConfig(region)), region)
}
