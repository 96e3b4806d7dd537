/**
 * What every AWS client of the action is configured with. Kept apart from clients.ts, whose lazy
 * imports of EC2 and CloudWatch Logs would otherwise be bundled into the post step, which needs
 * only Image Builder.
 */
import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { traceCalls } from './call-trace.js'
import { teachThrottling } from './retry.js'

export const USER_AGENT: [string, string] = ['imagebuilder-action', '0.1.0']

/**
 * The SDK sets no timeouts by default: a stalled connection would hang a poll forever. Every call
 * the action makes is answered within a few seconds when AWS is well, so a request silent for 20 s
 * fails with a TimeoutError, which the SDK retries and the watcher waits out. Calls with a tighter
 * deadline (after a cancel signal) also pass an abort signal.
 */
const REQUEST_HANDLER = {
  connectionTimeout: 5_000,
  requestTimeout: 20_000,
  throwOnRequestTimeout: true
}

export function clientConfig(region: string) {
  return { region, customUserAgent: [USER_AGENT], requestHandler: REQUEST_HANDLER }
}

/** Image Builder alone, as the post step needs it. */
export function createImagebuilderClient(region: string): ImagebuilderClient {
  return prepared(new ImagebuilderClient(clientConfig(region)), region)
}

type PreparedClient = Parameters<typeof teachThrottling>[0] & Parameters<typeof traceCalls>[0]

/** Every client: throttling recognised by name, and each call on the debug channel. */
export function prepared<Client extends PreparedClient>(client: Client, region: string): Client {
  teachThrottling(client)
  traceCalls(client, region)
  return client
}
