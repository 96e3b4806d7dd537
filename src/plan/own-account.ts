/**
 * Entries of `share-with` and `target-accounts` that name the account running the build: that
 * account owns the AMI and keeps its own copy in every region, so the entry is dropped with a
 * notice, as a repeated one is. STS GetCallerIdentity says which account that is; it needs no IAM
 * permission, and it is called once, only when one of the two lists holds an account ID. When STS
 * does not answer, the lists stay as given: naming oneself is pointless, not harmful, and no reason
 * to stop a build (the distribution adds the build account to the target accounts itself).
 */
import type { RunContext } from '../context.js'
import { describeError, rethrowIfExpired } from '../aws/errors.js'

const ACCOUNT_ID = /^\d{12}$/

export interface AccountLists {
  shareWith: readonly string[]
  targetAccounts: readonly string[]
}

type Context = Pick<RunContext, 'clients' | 'learn' | 'out' | 'stop'>

export async function withoutOwnAccount(
  context: Context,
  lists: AccountLists
): Promise<{ shareWith: string[]; targetAccounts: string[] }> {
  const given = { shareWith: [...lists.shareWith], targetAccounts: [...lists.targetAccounts] }
  const naming = (['share-with', 'target-accounts'] as const).filter((input) =>
    (input === 'share-with' ? given.shareWith : given.targetAccounts).some((entry) =>
      ACCOUNT_ID.test(entry)
    )
  )
  if (naming.length === 0) return given
  const own = await callerAccount(context, naming.join(' and '))
  if (own === undefined) return given
  const notices = [
    given.shareWith.includes(own) &&
      `Input 'share-with': ${own} is the account that runs the build, which owns the AMI and can launch it already; it is left out of the launch permission.`,
    given.targetAccounts.includes(own) &&
      `Input 'target-accounts': ${own} is the build account, which keeps its own AMI in every distribution region anyway; it is left out of the list.`
  ].filter((notice): notice is string => typeof notice === 'string')
  for (const notice of notices) {
    context.out.write([notice])
    context.learn({ type: 'notice', text: notice })
  }
  return {
    shareWith: given.shareWith.filter((target) => target !== own),
    targetAccounts: given.targetAccounts.filter((account) => account !== own)
  }
}

async function callerAccount(
  context: Pick<RunContext, 'clients' | 'out' | 'stop'>,
  inputs: string
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
      `Could not learn this account's ID from STS (${describeError(error)}); ${inputs} ${inputs.includes(' and ') ? 'are' : 'is'} used as given.`
    ])
    return undefined
  }
}
