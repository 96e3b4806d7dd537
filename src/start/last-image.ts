/**
 * skip-if-unchanged: the newest AVAILABLE build of this recipe version whose parent resolved to the
 * same AMI as now. ListImageBuildVersions can lag a new build by minutes, which at worst means one
 * build more, never one too few.
 */
import {
  type ImagebuilderClient,
  paginateListImageBuildVersions
} from '@aws-sdk/client-imagebuilder'
import type { RecipePlan } from '../domain/plan.js'
import { PARENT_AMI_TAG } from '../domain/action-tags.js'

export async function lastEquivalentImage(
  client: ImagebuilderClient,
  plan: RecipePlan
): Promise<string | undefined> {
  if (!plan.recipe.arn) return undefined
  const imageVersionArn = plan.recipe.arn.replace(/:(?:image|container)-recipe\//, ':image/')
  let newest: { arn: string; created: string } | undefined
  for await (const page of paginateListImageBuildVersions({ client }, { imageVersionArn })) {
    for (const image of page.imageSummaryList ?? []) {
      const equivalent =
        image.state?.status === 'AVAILABLE' && image.tags?.[PARENT_AMI_TAG] === plan.parent.amiId
      const created = image.dateCreated ?? ''
      if (equivalent && image.arn && (!newest || created > newest.created)) {
        newest = { arn: image.arn, created }
      }
    }
  }
  return newest?.arn
}
