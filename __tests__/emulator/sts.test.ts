import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { startHarness, type Harness } from './imagebuilder-harness.js'
import { rejectionOf } from './sdk-transport.js'

let harness: Harness
const clients: STSClient[] = []

function sts(region: string): STSClient {
  const client = new STSClient({
    region,
    endpoint: harness.emu.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
    maxAttempts: 1
  })
  clients.push(client)
  return client
}

beforeEach(async () => {
  harness = await startHarness({ accountId: '444455556666' })
})

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await harness.close()
})

describe('STS GetCallerIdentity', () => {
  it("names the emulator's account and the assumed role, as the real SDK reads it", async () => {
    const identity = await sts('eu-west-1').send(new GetCallerIdentityCommand({}))

    expect(identity).toMatchObject({
      Account: '444455556666',
      Arn: 'arn:aws:sts::444455556666:assumed-role/github-actions-imagebuilder/GitHubActions',
      UserId: expect.stringMatching(/^AROA[A-Z0-9]+:GitHubActions$/)
    })
    expect(identity.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('renders an injected fault as STS does, which the SDK reads back by its code', async () => {
    harness.emu.injectFault({ kind: 'expired-credentials', service: 'sts' })

    const failure = await rejectionOf(sts('eu-west-1').send(new GetCallerIdentityCommand({})))

    expect(failure).toMatchObject({
      name: 'ExpiredToken',
      message: 'The security token included in the request is expired',
      status: 400
    })
  })
})
