/**
 * skip-if-unchanged: the newest AVAILABLE build of this recipe version whose parent resolved to the
 * same AMI as now, and whose version and wildcard components resolved to the same builds as they
 * do now. ListImageBuildVersions can lag a new build by minutes, which at worst means one build
 * more, never one too few.
 */
import {
  type ImagebuilderClient,
  paginateListImageBuildVersions
} from '@aws-sdk/client-imagebuilder'
import type { RecipePlan } from '../domain/plan.js'
import type { PassedOverImage } from '../domain/record.js'
import { COMPONENT_VERSIONS_TAG, PARENT_AMI_TAG } from '../domain/action-tags.js'
import { checkComponentVersions, type ComponentVersionsCheck } from './component-versions.js'

export type LastImage =
  | { kind: 'equivalent'; imageArn: string }
  /** The newest build from the same parent, whose components resolved otherwise (or unknown). */
  | { kind: 'passed-over'; passedOver: PassedOverImage }
  | { kind: 'none' }

interface Candidate {
  arn: string
  created: string
  check: ComponentVersionsCheck
}

export async function lastEquivalentImage(
  client: ImagebuilderClient,
  plan: RecipePlan
): Promise<LastImage> {
  if (!plan.recipe.arn) return { kind: 'none' }
  const imageVersionArn = plan.recipe.arn.replace(/:(?:image|container)-recipe\//, ':image/')
  let newest: Candidate | undefined
  let newestEquivalent: Candidate | undefined
  for await (const page of paginateListImageBuildVersions({ client }, { imageVersionArn })) {
    for (const image of page.imageSummaryList ?? []) {
      const sameParent =
        image.state?.status === 'AVAILABLE' && image.tags?.[PARENT_AMI_TAG] === plan.parent.amiId
      if (!sameParent || !image.arn) continue
      const candidate = {
        arn: image.arn,
        created: image.dateCreated ?? '',
        check: checkComponentVersions(plan, image.tags?.[COMPONENT_VERSIONS_TAG])
      }
      if (newer(candidate, newest)) newest = candidate
      if (candidate.check.kind === 'same' && newer(candidate, newestEquivalent)) {
        newestEquivalent = candidate
      }
    }
  }
  if (newestEquivalent) return { kind: 'equivalent', imageArn: newestEquivalent.arn }
  if (newest?.check.kind !== 'differs') return { kind: 'none' }
  const { recorded, moved } = newest.check
  return { kind: 'passed-over', passedOver: { imageArn: newest.arn, recorded, moved } }
}

function newer(candidate: Candidate, than: Candidate | undefined): boolean {
  return than === undefined || candidate.created > than.created
}
