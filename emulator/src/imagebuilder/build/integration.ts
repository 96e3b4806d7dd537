/**
 * The INTEGRATING stage (§2.1, §2.2): once distribution is done, for the build's own account each
 * distribution region's launch templates get a new version with the region's new AMI (made the
 * default when asked), then its SSM parameters are pointed at that AMI. This runs when the clock
 * reaches the stage, so a template or parameter made after the build started counts. A launch
 * template that does not exist fails the region, and the image ends FAILED instead of AVAILABLE.
 */
import { uuid } from '../../ids.js'
import type { WorldStores } from '../../stores.js'
import type { Distribution, RegionFailure } from '../shapes.js'
import type { Build, BuildPlan } from './types.js'

/**
 * The service-linked role may put parameters only under this path (its AWS managed policy); a
 * build that names another needs an execution role allowed to.
 */
const SERVICE_ROLE_PARAMETERS = '/imagebuilder/'

export function applyIntegration(build: Build, now: number, stores: WorldStores): void {
  const window = build.plan.integration
  if (window === undefined || build.applied.integrated || now < window.start) return
  build.applied.integrated = true
  const failures = (build.spec.distribution?.distributions ?? [])
    .map((distribution) => integrateRegion(build, distribution, stores, window.start))
    .filter((failure) => failure !== undefined)
  if (failures.length > 0) build.plan = failIntegration(build, failures)
}

function integrateRegion(
  build: Build,
  distribution: Distribution,
  stores: WorldStores,
  at: number
): RegionFailure | undefined {
  const { spec } = build
  const { region } = distribution
  const ami = build.plan.amis.find(
    (candidate) =>
      candidate.region === region && candidate.accountId === spec.accountId && candidate.listed
  )
  // Other accounts' templates and parameters live outside the emulated account.
  const ownTemplates = (distribution.launchTemplateConfigurations ?? []).filter(
    (template) => (template.accountId ?? spec.accountId) === spec.accountId
  )
  const ownParameters = (distribution.ssmParameterConfigurations ?? []).filter(
    (parameter) => (parameter.amiAccountId ?? spec.accountId) === spec.accountId
  )
  if (ami === undefined) return undefined
  const missing = ownTemplates.find(
    (template) => stores.ec2.getLaunchTemplate(region, template.launchTemplateId) === undefined
  )
  if (missing !== undefined) {
    return {
      region,
      status: 'FAILED',
      imageConfigurationStep: 'UPDATE_LAUNCH_TEMPLATES',
      errorMessage: `The specified launch template, with template ID ${missing.launchTemplateId}, does not exist.`,
      targetAccountId: spec.accountId
    }
  }
  const unwritable = spec.executionRole
    ? undefined
    : ownParameters.find(
        (parameter) => !parameter.parameterName.startsWith(SERVICE_ROLE_PARAMETERS)
      )
  if (unwritable !== undefined) {
    return {
      region,
      status: 'FAILED',
      imageConfigurationStep: 'PUT_SSM_PARAMETERS',
      errorMessage: `User: arn:aws:sts::${spec.accountId}:assumed-role/AWSServiceRoleForImageBuilder/ImageBuilder is not authorized to perform: ssm:PutParameter on resource: arn:aws:ssm:${region}:${spec.accountId}:parameter${unwritable.parameterName.startsWith('/') ? '' : '/'}${unwritable.parameterName}`,
      targetAccountId: spec.accountId
    }
  }
  for (const template of ownTemplates) {
    stores.ec2.addLaunchTemplateVersion(region, template.launchTemplateId, {
      changes: { imageId: ami.imageId },
      description: `Created by EC2 Image Builder for ${spec.arn}`,
      createdBy: `arn:aws:sts::${spec.accountId}:assumed-role/AWSServiceRoleForImageBuilder/ImageBuilder`,
      makeDefault: template.setDefaultVersion === true,
      now: at
    })
  }
  for (const parameter of ownParameters) {
    stores.ssm.putParameter(region, {
      name: parameter.parameterName,
      value: ami.imageId,
      type: 'String',
      dataType: parameter.dataType ?? 'aws:ec2:image',
      now: at
    })
  }
  return undefined
}

/** The plan from the end of INTEGRATING on: FAILED with the regions' failures instead of AVAILABLE. */
function failIntegration(build: Build, regionFailures: RegionFailure[]): BuildPlan {
  const { plan, spec } = build
  const end = plan.integration?.end ?? plan.statuses.at(-1)?.at ?? spec.startedAt
  const errorMessage = regionFailures
    .map((failure) => `${failure.region}: ${failure.errorMessage ?? 'failed'}`)
    .join('; ')
  const reason = `Integration failed with JobId '${uuid()}', status = 'Failed' for ARN '${spec.arn}'`
  return {
    ...plan,
    statuses: [
      ...plan.statuses.filter((change) => change.status !== 'AVAILABLE'),
      { status: 'FAILED', at: end }
    ],
    reason,
    failureContext: {
      imageStatus: 'INTEGRATING',
      distributionFailure: { errorMessage, regionFailures }
    },
    logEvents: [
      ...plan.logEvents.filter((event) => event.timestamp < end),
      ...regionFailures.map((failure) => ({
        timestamp: end,
        message: `Updating launch templates in ${failure.region} failed: ${failure.errorMessage ?? ''}`
      })),
      { timestamp: end, message: `Image status: FAILED - ${reason}` }
    ]
  }
}
