/** How launch templates and their versions read in ec2Query XML. */
import type {
  LaunchTemplateData,
  LaunchTemplateRecord,
  LaunchTemplateVersionRecord
} from '../stores.js'
import { element, optionalElement, tagSet, type XmlElement } from './xml.js'

export function launchTemplateItem(template: LaunchTemplateRecord): XmlElement[] {
  return [
    element('launchTemplateId', template.launchTemplateId),
    element('launchTemplateName', template.launchTemplateName),
    element('createTime', template.createTime),
    element('createdBy', template.createdBy),
    element('defaultVersionNumber', template.defaultVersionNumber),
    element('latestVersionNumber', template.versions.at(-1)?.versionNumber ?? 1),
    ...tagSet(template.tags)
  ]
}

export function launchTemplateVersionItem(
  template: LaunchTemplateRecord,
  version: LaunchTemplateVersionRecord
): XmlElement[] {
  return [
    element('launchTemplateId', template.launchTemplateId),
    element('launchTemplateName', template.launchTemplateName),
    element('versionNumber', version.versionNumber),
    ...optionalElement('versionDescription', version.description),
    element('createTime', version.createTime),
    element('createdBy', version.createdBy),
    element('defaultVersion', version.versionNumber === template.defaultVersionNumber),
    element('launchTemplateData', launchTemplateData(version.data))
  ]
}

function launchTemplateData(data: LaunchTemplateData): XmlElement[] {
  return [
    ...optionalElement('imageId', data.imageId),
    ...optionalElement('instanceType', data.instanceType),
    ...optionalElement('keyName', data.keyName),
    ...optionalElement('userData', data.userData),
    ...(data.securityGroupIds === undefined
      ? []
      : [
          element(
            'securityGroupIdSet',
            data.securityGroupIds.map((id) => element('item', id))
          )
        ])
  ]
}
