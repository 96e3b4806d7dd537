/**
 * `share-with: all`: the AMI becomes public. Where the account's EC2 block public access for AMIs
 * is on, Image Builder would build for an hour and then fail the distribution, so each
 * distribution region is asked first (GetImageBlockPublicAccessState, read-only) and a blocked
 * one is an input error before anything is created. A region that cannot be asked (the role may
 * not read the setting) is said to be unchecked: AWS still refuses at distribution if it is on.
 * When nothing stands in the way, the run warns in the log that the AMI will be public (the
 * summary says so from the plan), since making an image public by mistake exposes everything baked into it.
 */
import * as core from '@actions/core'
import type { RunContext } from '../context.js'
import { describeError, rethrowIfExpired } from '../aws/errors.js'
import { InputError } from '../domain/errors.js'
import { isPublic } from '../inputs/share-with.js'

type RegionState =
  { region: string; blocked: boolean; managedBy?: string } | { region: string; unread: string }

export async function checkPublicSharing(
  context: Pick<RunContext, 'clients' | 'learn' | 'out' | 'stop'>,
  shareWith: readonly string[],
  regions: readonly string[]
): Promise<void> {
  if (!isPublic(shareWith)) return
  const states = await Promise.all(regions.map((region) => readState(context, region)))
  const blocked = states.filter((state) => 'blocked' in state && state.blocked)
  if (blocked.length > 0) throw refusal(blocked)
  const unread = states.flatMap((state) => ('unread' in state ? [state] : []))
  for (const { region, unread: why } of unread) {
    const notice = `Input 'share-with': whether EC2 blocks public AMIs in ${region} could not be read (${why}); if block public access is on there, the distribution will fail once the build is done.`
    context.out.write([notice])
    context.learn({ type: 'notice', text: notice })
  }
  const warning = `Input 'share-with' is all: the AMI will be public in ${regions.join(', ')}. Any AWS account can launch it and copy its snapshots, with everything the build put on them.`
  // The summary opens with its own warning, made from the plan (report/summary/alert.ts).
  core.warning(warning)
}

async function readState(
  context: Pick<RunContext, 'clients' | 'stop'>,
  region: string
): Promise<RegionState> {
  const client = await context.clients.ec2(region)
  // Loaded with the client, on demand: a static import would put all of EC2 on the start path.
  const { GetImageBlockPublicAccessStateCommand } = await import('../aws/ec2.js')
  try {
    const answer = await client.send(new GetImageBlockPublicAccessStateCommand({}), {
      abortSignal: context.stop.signal
    })
    return {
      region,
      blocked: answer.ImageBlockPublicAccessState === 'block-new-sharing',
      ...(answer.ManagedBy ? { managedBy: answer.ManagedBy } : {})
    }
  } catch (error) {
    rethrowIfExpired(error)
    if (context.stop.signal.aborted) throw error
    return { region, unread: describeError(error) }
  }
}

function refusal(blocked: readonly RegionState[]): InputError {
  const regions = blocked.map((state) => state.region)
  const byPolicy = blocked.some(
    (state) => 'managedBy' in state && state.managedBy === 'declarative-policy'
  )
  const remedy = byPolicy
    ? "it is set by the organization's declarative policy, so only the organization's administrators can lift it"
    : `the account can lift it with aws ec2 disable-image-block-public-access --region ${regions[0] ?? ''}`
  return new InputError(
    'share-with',
    `is all, but EC2 block public access for AMIs is on (block-new-sharing) in ${regions.join(', ')}, so the AMI cannot be made public there: ${remedy}, or leave all out of share-with`
  )
}
