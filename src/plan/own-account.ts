/**
 * A `share-with` entry that names the account running the build: that account owns the AMI and
 * can launch it already, so the entry is dropped with a notice, as a repeated one is. STS
 * GetCallerIdentity says which account that is; it needs no IAM permission, and it is called
 * only when an account ID is given. When STS does not answer, the list stays as given: sharing
 * with oneself is pointless, not harmful, and no reason to stop a build.
 */
import type { RunContext } from '../context.js'
import { describeError, rethrowIfExpired } from '../aws/errors.js'

const ACCOUNT_ID = /^\d{12}$/

export async function withoutOwnAccount(
  context: Pick<RunContext, 'clients' | 'record' | 'out' | 'stop'>,
  shareWith: readonly string[]
): Promise<string[]> {
  if (!shareWith.some((target) => ACCOUNT_ID.test(target))) return [...shareWith]
  const own = await callerAccount(context)
  if (own === undefined || !shareWith.includes(own)) return [...shareWith]
  const notice = `Input 'share-with': ${own} is the account that runs the build, which owns the AMI and can launch it already; it is left out of the launch permission.`
  context.out.write([notice])
  context.record.notices.push(notice)
  return shareWith.filter((target) => target !== own)
}

async function callerAccount(
  context: Pick<RunContext, 'clients' | 'out' | 'stop'>
): Promise<string | undefined> {
  const { GetCallerIdentityCommand } = await import('../aws/sts.js')
  try {
    const client = await context.clients.sts()
    const { Account } = await client.send(new GetCallerIdentityCommand({}), {
      abortSignal: context.stop.signal
    })
    return Account !== undefined && ACCOUNT_ID.test(Account) ? Account : undefined
  } catch (error) {
    rethrowIfExpired(error)
    if (context.stop.signal.aborted) throw error
    context.out.write([
      `Could not learn this account's ID from STS (${describeError(error)}); share-with is used as given.`
    ])
    return undefined
  }
}
