/**
 * Test hooks for what a distribution points at the new AMIs: SSM parameters and launch templates.
 * Tests seed them before a build and read them after, without going through the SDK.
 */
import type { MemoryEc2Store } from './ec2/index.js'
import type { MemorySsmStore } from './ssm/index.js'
import type { ImageBlockPublicAccessState, LaunchTemplateRecord } from './stores.js'
import type { World } from './world.js'

/** A launch template as a test sees it. */
export interface LaunchTemplateView {
  name: string
  defaultVersion: number
  latestVersion: number
  versions: { number: number; imageId?: string }[]
}

export interface DistributionTargetHooks {
  /** Writes an SSM parameter (a String of data type text) as PutParameter with Overwrite would. */
  putParameter(region: string, name: string, value: string): number
  /** An SSM parameter's value and version, or undefined when it does not exist. */
  parameter(region: string, name: string): { value: string; version: number } | undefined
  /** Creates a launch template whose version 1 launches the region's Linux parent AMI. */
  seedLaunchTemplate(region: string, name?: string): string
  launchTemplate(region: string, launchTemplateId: string): LaunchTemplateView | undefined
  /** Turns the account's block public access for AMIs on or off in the region. */
  setImageBlockPublicAccess(region: string, state: ImageBlockPublicAccessState): void
}

export function distributionTargetHooks(
  world: World,
  ec2Store: MemoryEc2Store,
  ssmStore: MemorySsmStore,
  clock: () => number
): DistributionTargetHooks {
  return {
    putParameter: (region, name, value) => {
      const existing = ssmStore.getParameter(region, name)
      return ssmStore.putParameter(region, {
        name,
        value,
        type: existing?.type ?? 'String',
        dataType: existing?.dataType ?? 'text',
        now: world.advanceTo(clock())
      }).version
    },
    parameter: (region, name) => {
      const found = ssmStore.getParameter(region, name)
      return found === undefined ? undefined : { value: found.value, version: found.version }
    },
    seedLaunchTemplate: (region, name) => {
      const now = world.advanceTo(clock())
      return ec2Store.launchTemplates.create({
        region,
        name: name ?? `emulator-template-${ec2Store.launchTemplates.list(region).length + 1}`,
        data: { imageId: world.parents.idFor(region, 'Linux'), instanceType: 't3.micro' },
        createdBy: `arn:aws:iam::${world.accountId}:root`,
        tags: {},
        now
      }).launchTemplateId
    },
    launchTemplate: (region, launchTemplateId) => {
      const template = ec2Store.getLaunchTemplate(region, launchTemplateId)
      return template === undefined ? undefined : launchTemplateView(template)
    },
    setImageBlockPublicAccess: (region, state) => {
      ec2Store.setImageBlockPublicAccessState(region, state)
    }
  }
}

function launchTemplateView(template: LaunchTemplateRecord): LaunchTemplateView {
  return {
    name: template.launchTemplateName,
    defaultVersion: template.defaultVersionNumber,
    latestVersion: template.versions.at(-1)?.versionNumber ?? 1,
    versions: template.versions.map((version) => ({
      number: version.versionNumber,
      ...(version.data.imageId === undefined ? {} : { imageId: version.data.imageId })
    }))
  }
}
