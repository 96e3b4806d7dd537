/**
 * `ami-tags` (pipeline and attach mode; recipe mode puts them in the distribution) and the
 * provenance tags go onto the AMIs with EC2 CreateTags once they exist, region by region (AMIs live
 * per region). Tagging the same tags again changes nothing, so CreateTags gets the start's
 * patience under throttling: a finished build must not fail over a throttled tag.
 */
import { withStartPatience } from '../aws/retry.js'
import type { RunContext } from '../context.js'
import { callForEachAmi } from './ami-calls.js'

export async function tagAmis(
  context: Pick<RunContext, 'clients' | 'env'>,
  amis: Record<string, string>,
  tags: Record<string, string>
): Promise<string[]> {
  // Loaded on demand, like the client: most runs never tag.
  const { CreateTagsCommand } = await import('../aws/ec2.js')
  const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
  return callForEachAmi(context, amis, async (ec2, { imageId }, patience) => {
    await ec2.send(
      withStartPatience(new CreateTagsCommand({ Resources: [imageId], Tags }), patience)
    )
  })
}
