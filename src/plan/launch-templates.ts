/**
 * The `launch-templates` a build will update, checked with a read-only DescribeLaunchTemplates per
 * region before anything is created: Image Builder finds a template that does not exist only at
 * distribution, when the build (about an hour on AWS) is over and has to be paid for again.
 */
import type { AwsClients } from '../aws/clients.js'
import { errorName, rethrowIfExpired } from '../aws/errors.js'
import type { LaunchTemplateTarget } from '../inputs/action-inputs.js'
import { InputError } from '../domain/errors.js'
import type { CheckedLaunchTemplate } from '../domain/plan.js'

const NOT_FOUND = new Set([
  'InvalidLaunchTemplateId.NotFound',
  'InvalidLaunchTemplateId.Malformed',
  'InvalidLaunchTemplateName.NotFoundException'
])

/** Errors that mean this caller may not read templates, not that a template is missing. */
const NOT_ALLOWED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException'])

export function checkLaunchTemplates(
  clients: AwsClients,
  targets: readonly LaunchTemplateTarget[],
  signal?: AbortSignal
): Promise<CheckedLaunchTemplate[]> {
  // One call per template (EC2 answers a list with one missing ID by naming only that one), on
  // the region's client, which `clients` keeps one of per region.
  return Promise.all(targets.map((target) => checkTemplate(clients, target, signal)))
}

async function checkTemplate(
  clients: AwsClients,
  target: LaunchTemplateTarget,
  signal: AbortSignal | undefined
): Promise<CheckedLaunchTemplate> {
  const client = await clients.ec2(target.region)
  // Loaded with the client, on demand: a static import would put all of EC2 on the start path.
  const { DescribeLaunchTemplatesCommand } = await import('../aws/ec2.js')
  try {
    const { LaunchTemplates = [] } = await client.send(
      new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [target.launchTemplateId] }),
      { abortSignal: signal }
    )
    const found = LaunchTemplates.find(
      (template) => template.LaunchTemplateId === target.launchTemplateId
    )
    if (!found) throw missing(target)
    return { ...target, ...(found.LaunchTemplateName ? { name: found.LaunchTemplateName } : {}) }
  } catch (error) {
    rethrowIfExpired(error)
    if (error instanceof InputError) throw error
    const name = errorName(error)
    if (NOT_FOUND.has(name)) throw missing(target)
    if (NOT_ALLOWED.has(name)) return { ...target, unchecked: name }
    throw error
  }
}

function missing({ region, launchTemplateId }: LaunchTemplateTarget): InputError {
  return new InputError(
    'launch-templates',
    `${launchTemplateId} does not exist in ${region} (DescribeLaunchTemplates): create it first, or name a template of this account in that region`
  )
}
