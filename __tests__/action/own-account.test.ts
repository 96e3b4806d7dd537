import { EventEmitter } from 'node:events'
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import type { AwsClients } from '../../src/aws/clients.js'
import { StopWaiting } from '../../src/domain/stop-waiting.js'
import { withoutOwnAccount } from '../../src/plan/own-account.js'
import { UntrustedWriter } from '../../src/untrusted.js'
import { ACCOUNT, anAwsError, aRecording, REGION } from './factories.js'
import { FakeClock } from './fakes.js'

const sts = mockClient(STSClient)
const OTHER = '444455556666'
const ORG = 'arn:aws:organizations::111122223333:organization/o-abcdef1234'

let log: string[]

beforeEach(() => {
  sts.reset()
  log = []
  sts.on(GetCallerIdentityCommand).resolves({
    Account: ACCOUNT,
    Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/ci/GitHubActions`,
    UserId: 'AROAEXAMPLE:GitHubActions'
  })
})

afterAll(() => {
  sts.restore()
})

function context() {
  const clock = new FakeClock()
  return {
    clients: { sts: () => Promise.resolve(new STSClient({ region: REGION })) } as AwsClients,
    ...aRecording(),
    out: new UntrustedWriter((line) => log.push(line)),
    stop: new StopWaiting(new EventEmitter(), 0, clock.now(), clock)
  }
}

/** share-with alone, as most tests give it. */
async function shareWithout(
  given: ReturnType<typeof context>,
  shareWith: string[]
): Promise<string[]> {
  return (await withoutOwnAccount(given, { shareWith, targetAccounts: [] })).shareWith
}

describe('share-with entries naming the account that runs the build', () => {
  it('are left out with a notice in the log and the summary', async () => {
    const given = context()

    const kept = await shareWithout(given, [OTHER, ACCOUNT, ORG])

    expect(kept).toEqual([OTHER, ORG])
    const notice = `Input 'share-with': ${ACCOUNT} is the account that runs the build, which owns the AMI and can launch it already; it is left out of the launch permission.`
    expect(log).toEqual([notice])
    expect(given.record.notices).toEqual([notice])
  })

  it('cost no STS call when no account ID is given', async () => {
    expect(await shareWithout(context(), [ORG])).toEqual([ORG])
    expect(await shareWithout(context(), [])).toEqual([])
    expect(sts.commandCalls(GetCallerIdentityCommand)).toEqual([])
  })

  it('keep every entry, with a line saying why, when STS does not answer', async () => {
    sts.on(GetCallerIdentityCommand).rejects(anAwsError('InternalFailure'))

    expect(await shareWithout(context(), [ACCOUNT, OTHER])).toEqual([ACCOUNT, OTHER])
    expect(log).toEqual([
      expect.stringMatching(
        /^Could not learn this account's ID from STS \(.*InternalFailure.*\); share-with is used as given\.$/
      )
    ])
  })

  it('let expired credentials through, to end the step as everywhere else', async () => {
    sts.on(GetCallerIdentityCommand).rejects(anAwsError('ExpiredToken'))

    await expect(shareWithout(context(), [ACCOUNT])).rejects.toMatchObject({
      name: 'ExpiredToken'
    })
  })
})

describe('target-accounts entries naming the account that runs the build', () => {
  it('are left out with a notice, after one STS call for both lists', async () => {
    const given = context()

    const kept = await withoutOwnAccount(given, {
      shareWith: [ACCOUNT, ORG],
      targetAccounts: [OTHER, ACCOUNT]
    })

    expect(kept).toEqual({ shareWith: [ORG], targetAccounts: [OTHER] })
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(1)
    expect(given.record.notices).toEqual([
      `Input 'share-with': ${ACCOUNT} is the account that runs the build, which owns the AMI and can launch it already; it is left out of the launch permission.`,
      `Input 'target-accounts': ${ACCOUNT} is the build account, which keeps its own AMI in every distribution region anyway; it is left out of the list.`
    ])
    expect(log).toEqual(given.record.notices)
  })

  it('keep every entry, naming both inputs, when STS does not answer', async () => {
    sts.on(GetCallerIdentityCommand).rejects(anAwsError('InternalFailure'))

    const kept = await withoutOwnAccount(context(), {
      shareWith: [ACCOUNT],
      targetAccounts: [ACCOUNT, OTHER]
    })

    expect(kept).toEqual({ shareWith: [ACCOUNT], targetAccounts: [ACCOUNT, OTHER] })
    expect(log).toEqual([
      expect.stringMatching(/; share-with and target-accounts are used as given\.$/)
    ])
  })

  it('cost an STS call only for target-accounts when share-with names no account', async () => {
    const kept = await withoutOwnAccount(context(), { shareWith: [ORG], targetAccounts: [OTHER] })

    expect(kept).toEqual({ shareWith: [ORG], targetAccounts: [OTHER] })
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(1)
  })
})
