/**
 * The `launch-templates` a build will update, checked with a read-only DescribeLaunchTemplates per
 * region before anything is created: Image Builder finds a template that does not exist only at
 * distribution, when the build (about an hour on AWS) is over and has to be paid for again.
 */
import type { AwsClients } from '../aws/clients.js'
import { errorName, isExpiredCredentials } from '../aws/errors.js'
import { InputError, type LaunchTemplateTarget } from '../inputs/action-inputs.js'
import type { CheckedLaunchTemplate } from '../domain/plan.js'

const NOT_FOUND = new Set([
  'InvalidLaunchTemplateId.NotFound',
  'InvalidLaunchTemplateId.Malformed',
  'InvalidLaunchTemplateName.NotFoundException'
])

/** Errors that mean this caller may not read templates, not that a template is missing. */
const NOT_ALLOWED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException'])

export async function checkLaunchTemplates(
  clients: AwsClients,
  targets: readonly LaunchTemplateTarget[],
  signal?: AbortSignal
): Promise<CheckedLaunchTemplate[]> {
  const regions = [...new Set(targets.map((target) => target.region))]
  const checked = await Promise.all(
    regions.map((region) =>
      checkRegion(
        clients,
        region,
        targets.filter((target) => target.region === region),
        signal
      )
    )
  )
  return checked.flat()
}

async function checkRegion(
  clients: AwsClients,
  region: string,
  targets: readonly LaunchTemplateTarget[],
  signal: AbortSignal | undefined
): Promise<CheckedLaunchTemplate[]> {
  const client = await clients.ec2(region)
  // Loaded with the client, on demand: a static import would put all of EC2 on the start path.
  const { DescribeLaunchTemplatesCommand } = await import('../aws/ec2.js')
  // One call per template: EC2 answers a list with one missing ID by naming only that one.
  return Promise.all(
    targets.map(async (target): Promise<CheckedLaunchTemplate> => {
      try {
        const { LaunchTemplates = [] } = await client.send(
          new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [target.launchTemplateId] }),
          { abortSignal: signal }
        )
        const found = LaunchTemplates.find(
          (template) => template.LaunchTemplateId === target.launchTemplateId
        )
        if (!found) throw missing(target)
        return {
          ...target,
          ...(found.LaunchTemplateName ? { name: found.LaunchTemplateName } : {})
        }
      } catch (error) {
        if (error instanceof InputError || isExpiredCredentials(error)) throw error
        const name = errorName(error)
        if (NOT_FOUND.has(name)) throw missing(target)
        if (NOT_ALLOWED.has(name)) return { ...target, unchecked: name }
        throw error
      }
    })
  )
}

function missing({ region, launchTemplateId }: LaunchTemplateTarget): InputError {
  return new InputError(
    'launch-templates',
    `${launchTemplateId} does not exist in ${region} (DescribeLaunchTemplates): create it first, or name a template of this account in that region`
  )
}
