/**
 * The EC2 handler (ec2Query protocol, API version 2016-11-15): reads `Action` and `Version`,
 * runs the operation and wraps its result in `<{Action}Response>` with a request ID.
 */
import { randomUUID } from 'node:crypto'
import { AwsError, type ServiceHandler, type ServiceRequest } from '../protocol.js'
import { createLaunchTemplate } from './create-launch-template.js'
import { createTags } from './create-tags.js'
import { describeImages } from './describe-images.js'
import {
  describeLaunchTemplates,
  describeLaunchTemplateVersions
} from './describe-launch-templates.js'
import { describeRegions } from './describe-regions.js'
import { describeSnapshots } from './describe-snapshots.js'
import { enableImageDeprecation } from './enable-image-deprecation.js'
import { getImageBlockPublicAccessState } from './image-block-public-access.js'
import { clientError, renderEc2Error, xmlHeaders } from './errors.js'
import type { Ec2Operation } from './operation.js'
import { QueryParams } from './query-params.js'
import type { MemoryEc2Store } from './store.js'
import { element, renderDocument } from './xml.js'

export const EC2_API_VERSION = '2016-11-15'
const EC2_NAMESPACE = `http://ec2.amazonaws.com/doc/${EC2_API_VERSION}/`

export const OPERATIONS: Record<string, Ec2Operation> = {
  CreateLaunchTemplate: createLaunchTemplate,
  CreateTags: createTags,
  DescribeImages: describeImages,
  DescribeLaunchTemplates: describeLaunchTemplates,
  DescribeLaunchTemplateVersions: describeLaunchTemplateVersions,
  DescribeRegions: describeRegions,
  DescribeSnapshots: describeSnapshots,
  EnableImageDeprecation: enableImageDeprecation,
  GetImageBlockPublicAccessState: getImageBlockPublicAccessState
}

export function ec2Service(store: MemoryEc2Store): ServiceHandler {
  return {
    operationOf: (request) => QueryParams.of(request).string('Action') ?? '',
    handle: (request) => handleEc2Request(store, request),
    renderError: renderEc2Error
  }
}

function handleEc2Request(store: MemoryEc2Store, request: ServiceRequest) {
  const params = QueryParams.of(request)
  const action = params.string('Action')
  if (action === undefined || action === '') {
    throw clientError('MissingAction', 'The request must contain the parameter Action')
  }
  const operation = Object.hasOwn(OPERATIONS, action) ? OPERATIONS[action] : undefined
  if (operation === undefined) {
    throw clientError('InvalidAction', `The action ${action} is not valid for this web service.`)
  }
  assertSupportedVersion(params.string('Version'))
  if (params.boolean('DryRun')) {
    throw new AwsError(
      'DryRunOperation',
      'Request would have succeeded, but DryRun flag is set.',
      412
    )
  }
  const children = operation({
    store,
    params,
    region: request.region,
    accountId: request.accountId,
    now: request.now
  })
  const body = renderDocument(`${action}Response`, EC2_NAMESPACE, [
    element('requestId', request.requestId ?? randomUUID()),
    ...children
  ])
  return { status: 200, headers: xmlHeaders(), body }
}

/** Only the 2016-11-15 wire shapes are emulated; older versions are refused rather than misserved. */
function assertSupportedVersion(version: string | undefined): void {
  if (version === undefined || version === '') {
    throw clientError('MissingParameter', 'The request must contain the parameter Version')
  }
  if (version !== EC2_API_VERSION) {
    throw clientError(
      'NoSuchVersion',
      `The requested version (${version}) of service AmazonEC2 does not exist`
    )
  }
}
