/** EC2's errors for launch template calls, with the codes and wording EC2 uses. */
import { clientError } from './errors.js'

export function launchTemplateIdMalformed(id: string) {
  return clientError(
    'InvalidLaunchTemplateId.Malformed',
    `The specified ID for the launch template (${id}) is not valid. Launch template IDs start with 'lt-' followed by 17 characters.`
  )
}

export function launchTemplateIdNotFound(id: string) {
  return clientError(
    'InvalidLaunchTemplateId.NotFound',
    `The specified launch template, with template ID ${id}, does not exist.`
  )
}

export function launchTemplateNameNotFound(name: string) {
  return clientError(
    'InvalidLaunchTemplateName.NotFoundException',
    `The specified launch template, with template name ${name}, does not exist.`
  )
}

export function launchTemplateVersionNotFound(version: string, id: string) {
  return clientError(
    'InvalidLaunchTemplateId.VersionNotFound',
    `Could not find launch template version ${version} for launch template ID ${id}.`
  )
}

export function launchTemplateNameInUse() {
  return clientError(
    'InvalidLaunchTemplateName.AlreadyExistsException',
    'Launch template name already in use.'
  )
}
