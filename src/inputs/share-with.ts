/**
 * `share-with`: who gets launch permission on the AMI. Account IDs, organization ARNs and OU ARNs
 * name whom; `all` makes the AMI public (launch permission group `all`), which is what open-source
 * AMIs want and what no one wants by accident, so it is spelled out and warned about at plan time.
 */
import type { Partition } from '../domain/arns.js'
import type { InputReader } from './reader.js'
import { parseList, requireEach } from './fields.js'
import { requireConsistentArn } from './partitions.js'

/** The launch permission group that makes an AMI public. */
export const PUBLIC = 'all'

const SHARE_TARGET =
  /^(all|\d{12}|arn:aws(?:-[a-z]+)*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}|arn:aws(?:-[a-z]+)*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32})$/

/** Each entry once, each an account ID, organization ARN, OU ARN or `all`, ARNs in `partition`. */
export function parseShareWith(read: InputReader, partition: Partition): string[] {
  const targets = requireEach(
    'share-with',
    [...new Set(parseList(read('share-with')))],
    SHARE_TARGET,
    'an account ID, organization ARN, OU ARN or all'
  )
  for (const target of targets) requireConsistentArn('share-with', target, partition)
  return targets
}

export function isPublic(shareWith: readonly string[]): boolean {
  return shareWith.includes(PUBLIC)
}
