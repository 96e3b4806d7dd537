/**
 * A running emulator on a random port with a clock the test moves, and real SDK clients pointed at
 * it. Raw requests reach members that this SDK version does not model (e.g. `failureContext`).
 */
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { EC2Client } from '@aws-sdk/client-ec2'
import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { SSMClient } from '@aws-sdk/client-ssm'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/src/index.js'

export const T0 = Date.UTC(2026, 10, 23, 10, 0, 0)

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }

export interface Harness {
  emu: Emulator
  /** Moves the emulator's clock forward. */
  advance(ms: number): void
  now(): number
  imagebuilder(region?: string, maxAttempts?: number): ImagebuilderClient
  ec2(region: string): EC2Client
  logs(region: string): CloudWatchLogsClient
  ssm(region: string): SSMClient
  close(): Promise<void>
}

export async function startHarness(options: Omit<EmulatorOptions, 'clock'> = {}): Promise<Harness> {
  let time = T0
  const emu = await startEmulator({ ...options, clock: () => time })
  const clients: { destroy(): void }[] = []
  const track = <T extends { destroy(): void }>(client: T): T => {
    clients.push(client)
    return client
  }
  return {
    emu,
    advance: (ms) => {
      time += ms
    },
    now: () => time,
    imagebuilder: (region = 'us-east-1', maxAttempts = 3) =>
      track(new ImagebuilderClient({ region, endpoint: emu.url, credentials, maxAttempts })),
    ec2: (region) =>
      track(new EC2Client({ region, endpoint: emu.url, credentials, maxAttempts: 1 })),
    logs: (region) =>
      track(new CloudWatchLogsClient({ region, endpoint: emu.url, credentials, maxAttempts: 1 })),
    ssm: (region) =>
      track(new SSMClient({ region, endpoint: emu.url, credentials, maxAttempts: 1 })),
    close: async () => {
      for (const client of clients) client.destroy()
      await emu.close()
    }
  }
}

export interface RawResponse {
  status: number
  headers: Headers
  body: Record<string, unknown>
}

/** A request with a credential scope but no real signature, as the emulator only reads the scope. */
export async function rawImagebuilder(
  emu: Emulator,
  method: string,
  pathAndQuery: string,
  options: { region?: string; body?: unknown; authorization?: string | null } = {}
): Promise<RawResponse> {
  const region = options.region ?? 'us-east-1'
  const authorization =
    options.authorization === undefined
      ? `AWS4-HMAC-SHA256 Credential=AKIDTEST/20261123/${region}/imagebuilder/aws4_request, SignedHeaders=host, Signature=abc123`
      : options.authorization
  const response = await fetch(`${emu.url}${pathAndQuery}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(authorization === null ? {} : { Authorization: authorization })
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) })
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>)
  }
}

/**
 * Waits in steps of a few milliseconds (at most a second) for what the server records only once a
 * connection closes, such as a hung request the client gave up.
 */
export async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; !condition() && tries < 200; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
