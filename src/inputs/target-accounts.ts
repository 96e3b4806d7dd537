/**
 * The `target-accounts` input: accounts that receive their own copy of the AMI in every
 * distribution region (targetAccountIds of each distribution). The build account is added to them
 * when the distribution is created, since a region with target accounts gives no other account a
 * copy, so one place of AWS's 1536 is kept for it.
 */
import { InputError } from '../domain/errors.js'
import { parseList } from './fields.js'

const ACCOUNT_ID = /^\d{12}$/
/** AWS's limit for targetAccountIds, less the build account's place. */
export const MAX_TARGET_ACCOUNTS = 1536 - 1

/** Account IDs, lines or commas, each once; `buildAccount`, when known, is dropped (it gets its copy anyway). */
export function parseTargetAccounts(raw: string, buildAccount?: string): string[] {
  const accounts = [...new Set(parseList(raw))].filter((account) => account !== buildAccount)
  for (const account of accounts) {
    if (!ACCOUNT_ID.test(account))
      throw new InputError('target-accounts', `'${account}' is not an account ID (12 digits)`)
  }
  if (accounts.length > MAX_TARGET_ACCOUNTS) {
    throw new InputError(
      'target-accounts',
      `at most ${MAX_TARGET_ACCOUNTS} accounts are allowed: AWS takes 1536 a region, and the build account takes one of them`
    )
  }
  return accounts
}

/** The notice for a build account listed in target-accounts: it is dropped, not an error. */
export function buildAccountWarnings(raw: string, buildAccount: string | undefined): string[] {
  if (buildAccount === undefined || !parseList(raw).includes(buildAccount)) return []
  return [
    `Input 'target-accounts': ${buildAccount} is the build account, which keeps its own AMI in every distribution region anyway; it is left out of the list.`
  ]
}
