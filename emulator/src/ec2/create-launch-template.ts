/**
 * CreateLaunchTemplate: a template whose version 1 is the given launch data (the members the
 * emulator keeps: image, instance type, key pair, user data, security groups).
 */
import type { LaunchTemplateData } from '../stores.js'
import { invalidParameterValue, missingParameter } from './errors.js'
import { launchTemplateNameInUse } from './launch-template-errors.js'
import { launchTemplateItem } from './launch-template-xml.js'
import type { Ec2Call } from './operation.js'
import type { QueryParams } from './query-params.js'
import { element, type XmlElement } from './xml.js'

const NAME = /^[a-zA-Z0-9().\-/_]{3,128}$/

export function createLaunchTemplate(call: Ec2Call): XmlElement[] {
  const { params, store, region, accountId, now } = call
  const name = params.string('LaunchTemplateName')
  if (name === undefined) throw missingParameter('LaunchTemplateName')
  if (!NAME.test(name)) {
    throw invalidParameterValue(
      `Launch template name must be between 3 and 128 characters, and may contain letters, numbers, and the following characters: - ( ) . / _`
    )
  }
  if (store.launchTemplates.list(region).some((template) => template.launchTemplateName === name))
    throw launchTemplateNameInUse()
  const description = params.string('VersionDescription')
  const template = store.launchTemplates.create({
    region,
    name,
    data: launchTemplateDataOf(params),
    ...(description === undefined ? {} : { description }),
    createdBy: `arn:aws:iam::${accountId}:root`,
    tags: launchTemplateTags(params),
    now
  })
  return [element('launchTemplate', launchTemplateItem(template))]
}

/** `LaunchTemplateData.*`: required, though every member in it is optional. */
function launchTemplateDataOf(params: QueryParams): LaunchTemplateData {
  const data = params.nested('LaunchTemplateData')
  if (data.isEmpty()) throw missingParameter('LaunchTemplateData')
  const securityGroupIds = data.list('SecurityGroupId')
  const members: LaunchTemplateData = {}
  for (const [member, key] of [
    ['imageId', 'ImageId'],
    ['instanceType', 'InstanceType'],
    ['keyName', 'KeyName'],
    ['userData', 'UserData']
  ] as const) {
    const value = data.string(key)
    if (value !== undefined) members[member] = value
  }
  return securityGroupIds.length === 0 ? members : { ...members, securityGroupIds }
}

/** Tags of the `launch-template` entry of `TagSpecification.N`. */
function launchTemplateTags(params: QueryParams): Record<string, string> {
  const specification = params
    .structures('TagSpecification')
    .find((candidate) => candidate.string('ResourceType') === 'launch-template')
  return Object.fromEntries((specification?.tags() ?? []).map((tag) => [tag.key, tag.value]))
}
