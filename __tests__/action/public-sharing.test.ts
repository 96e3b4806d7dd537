import { EventEmitter } from 'node:events'
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { EC2Client, GetImageBlockPublicAccessStateCommand } from '@aws-sdk/client-ec2'
import { mockClient } from 'aws-sdk-client-mock'
import type { AwsClients } from '../../src/aws/clients.js'
import { StopWaiting } from '../../src/domain/stop-waiting.js'
import { InputError } from '../../src/domain/errors.js'
import { checkPublicSharing } from '../../src/plan/public-sharing.js'
import { UntrustedWriter } from '../../src/untrusted.js'
import { anAwsError, aRecording } from './factories.js'
import { FakeClock } from './fakes.js'

const ec2 = mockClient(EC2Client)
const REGIONS = ['us-east-1', 'eu-west-1']

let log: string[]
let annotations: string[]

beforeEach(() => {
  ec2.reset()
  log = []
  annotations = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    annotations.push(String(chunk))
    return true
  })
  ec2
    .on(GetImageBlockPublicAccessStateCommand)
    .resolves({ ImageBlockPublicAccessState: 'unblocked', ManagedBy: 'account' })
})

afterAll(() => {
  ec2.restore()
  jest.restoreAllMocks()
})

/** Each region's client answers for its own region, as the per-region clients do. */
function context() {
  const clock = new FakeClock()
  return {
    clients: {
      ec2: (region: string) => Promise.resolve(new EC2Client({ region }))
    } as unknown as AwsClients,
    ...aRecording(),
    out: new UntrustedWriter((line) => log.push(line)),
    stop: new StopWaiting(new EventEmitter(), 0, clock.now(), clock)
  }
}

/** Makes the mock answer by the region of the client that asks. */
function answerPerRegion(states: Record<string, () => Promise<object>>): void {
  ec2.on(GetImageBlockPublicAccessStateCommand).callsFake(async (_input, getClient) => {
    const { config } = getClient() as { config: { region: () => Promise<string> } }
    const region = await config.region()
    const answer = states[region]
    return answer ? answer() : { ImageBlockPublicAccessState: 'unblocked', ManagedBy: 'account' }
  })
}

describe('share-with: all', () => {
  it('asks every distribution region, then warns in the log and the summary', async () => {
    const given = context()

    await checkPublicSharing(given, ['all'], REGIONS)

    expect(ec2.commandCalls(GetImageBlockPublicAccessStateCommand)).toHaveLength(2)
    const warning =
      "Input 'share-with' is all: the AMI will be public in us-east-1, eu-west-1. Any AWS account can launch it and copy its snapshots, with everything the build put on them."
    expect(annotations.join('')).toContain(`::warning::${warning}`)
    // The summary's own warning comes from the plan, not from a notice.
    expect(given.record.notices).toEqual([])
  })

  it('asks nothing and says nothing when the AMI is not made public', async () => {
    const given = context()

    await checkPublicSharing(given, ['444455556666'], REGIONS)

    expect(ec2.commandCalls(GetImageBlockPublicAccessStateCommand)).toEqual([])
    expect(given.record.notices).toEqual([])
  })

  it('refuses by name when a region blocks public AMIs, saying how to lift it', async () => {
    answerPerRegion({
      'eu-west-1': () =>
        Promise.resolve({ ImageBlockPublicAccessState: 'block-new-sharing', ManagedBy: 'account' })
    })
    const given = context()

    const refusal = checkPublicSharing(given, ['all'], REGIONS)

    await expect(refusal).rejects.toBeInstanceOf(InputError)
    await expect(refusal).rejects.toThrow(
      "Input 'share-with': is all, but EC2 block public access for AMIs is on (block-new-sharing) in eu-west-1, so the AMI cannot be made public there: the account can lift it with aws ec2 disable-image-block-public-access --region eu-west-1, or leave all out of share-with"
    )
    expect(given.record.notices).toEqual([])
  })

  it("names the organization's declarative policy when it holds the block", async () => {
    ec2.on(GetImageBlockPublicAccessStateCommand).resolves({
      ImageBlockPublicAccessState: 'block-new-sharing',
      ManagedBy: 'declarative-policy'
    })

    await expect(checkPublicSharing(context(), ['all'], REGIONS)).rejects.toThrow(
      "in us-east-1, eu-west-1, so the AMI cannot be made public there: it is set by the organization's declarative policy, so only the organization's administrators can lift it"
    )
  })

  it('says which region it could not check, and goes on with the warning', async () => {
    answerPerRegion({
      'eu-west-1': () =>
        Promise.reject(
          anAwsError('UnauthorizedOperation', {
            message: 'You are not authorized to perform this operation.'
          })
        )
    })
    const given = context()

    await checkPublicSharing(given, ['all'], REGIONS)

    expect(given.record.notices).toEqual([
      expect.stringMatching(
        /^Input 'share-with': whether EC2 blocks public AMIs in eu-west-1 could not be read \(.*UnauthorizedOperation.*\); if block public access is on there, the distribution will fail once the build is done\.$/
      )
    ])
    expect(log).toEqual([given.record.notices[0]])
  })

  it('lets expired credentials through, as every stage does', async () => {
    ec2.on(GetImageBlockPublicAccessStateCommand).rejects(anAwsError('ExpiredTokenException'))

    await expect(checkPublicSharing(context(), ['all'], REGIONS)).rejects.toThrow(
      'ExpiredTokenException'
    )
  })
})
