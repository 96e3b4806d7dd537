import { EventEmitter } from 'node:events'
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import type { AwsClients } from '../../src/aws/clients.js'
import { StopWaiting } from '../../src/domain/stop-waiting.js'
import { withoutOwnAccount } from '../../src/plan/own-account.js'
import { UntrustedWriter } from '../../src/untrusted.js'
import { ACCOUNT, anAwsError, aRecord, REGION } from './factories.js'
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
    record: aRecord(),
    out: new UntrustedWriter((line) => log.push(line)),
    stop: new StopWaiting(new EventEmitter(), 0, clock.now(), clock)
  }
}

describe('share-with entries naming the account that runs the build', () => {
  it('are left out with a notice in the log and the summary', async () => {
    const given = context()

    const kept = await withoutOwnAccount(given, [OTHER, ACCOUNT, ORG])

    expect(kept).toEqual([OTHER, ORG])
    const notice = `Input 'share-with': ${ACCOUNT} is the account that runs the build, which owns the AMI and can launch it already; it is left out of the launch permission.`
    expect(log).toEqual([notice])
    expect(given.record.notices).toEqual([notice])
  })

  it('cost no STS call when no account ID is given', async () => {
    expect(await withoutOwnAccount(context(), [ORG])).toEqual([ORG])
    expect(await withoutOwnAccount(context(), [])).toEqual([])
    expect(sts.commandCalls(GetCallerIdentityCommand)).toEqual([])
  })

  it('keep every entry, with a line saying why, when STS does not answer', async () => {
    sts.on(GetCallerIdentityCommand).rejects(anAwsError('InternalFailure'))

    expect(await withoutOwnAccount(context(), [ACCOUNT, OTHER])).toEqual([ACCOUNT, OTHER])
    expect(log).toEqual([
      expect.stringMatching(
        /^Could not learn this account's ID from STS \(.*InternalFailure.*\); share-with is used as given\.$/
      )
    ])
  })

  it('let expired credentials through, to end the step as everywhere else', async () => {
    sts.on(GetCallerIdentityCommand).rejects(anAwsError('ExpiredToken'))

    await expect(withoutOwnAccount(context(), [ACCOUNT])).rejects.toMatchObject({
      name: 'ExpiredToken'
    })
  })
})
