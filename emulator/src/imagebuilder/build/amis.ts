/**
 * The AMIs a build produces (§2.5, §9.5): one per distribution target (region × account). The build
 * region's own AMI is the one CreateOutputAMI makes; the others are copies made while DISTRIBUTING.
 */
import { amiId, snapshotId } from '../../ids.js'
import type { Ec2ImageRecord } from '../../stores.js'
import { type AmiDistributionConfiguration, isContainerRecipe, type TagMap } from '../shapes.js'
import type { BuildSpec, PlannedAmi } from './types.js'

export interface AmiTarget {
  region: string
  accountId: string
  name: string
  description?: string
  tags: TagMap
  launchPermissions: string[]
}

/** Every AMI the distribution configuration asks for; without one, just the build region's. */
export function amiTargets(spec: BuildSpec, buildDate: number): AmiTarget[] {
  const distributions = spec.distribution?.distributions ?? [{ region: spec.region }]
  return distributions.flatMap(({ region, amiDistributionConfiguration: settings }) =>
    (settings?.targetAccountIds ?? [spec.accountId]).map((accountId) =>
      target(spec, region, accountId, settings, buildDate)
    )
  )
}

function target(
  spec: BuildSpec,
  region: string,
  accountId: string,
  settings: AmiDistributionConfiguration | undefined,
  buildDate: number
): AmiTarget {
  const description = settings?.description ?? spec.recipe.description
  return {
    region,
    accountId,
    name: renderAmiName(
      settings?.name ?? `${spec.name} {{imagebuilder:buildDate}}`,
      buildDate,
      spec.buildNumber
    ),
    ...(description === undefined ? {} : { description }),
    tags: {
      ...(isContainerRecipe(spec.recipe) ? {} : spec.recipe.amiTags),
      ...settings?.amiTags,
      CreatedBy: 'EC2 Image Builder',
      Ec2ImageBuilderArn: spec.arn
    },
    launchPermissions: launchPermissionsOf(settings)
  }
}

/**
 * Accounts that may launch the AMI; the `all` group makes it public, as in EC2. Organisation and OU
 * shares have no place in the emulator's EC2 and are kept only in the configuration.
 */
function launchPermissionsOf(settings: AmiDistributionConfiguration | undefined): string[] {
  const permission = settings?.launchPermission
  return [
    ...(permission?.userIds ?? []),
    ...(permission?.userGroups?.includes('all') === true ? ['all'] : [])
  ]
}

/** Fills `{{imagebuilder:buildDate}}` (`2020-02-18T22-49-08.131Z`) and `{{imagebuilder:buildVersion}}`. */
export function renderAmiName(template: string, buildDate: number, buildNumber: number): string {
  const date = new Date(buildDate).toISOString().replace(/:/g, '-')
  return template
    .replace(/\{\{\s*imagebuilder:buildDate\s*\}\}/g, date)
    .replace(/\{\{\s*imagebuilder:buildVersion\s*\}\}/g, String(buildNumber))
}

/** The AMI CreateOutputAMI makes in the build region; listed as an output only if distributed there. */
export function buildRegionAmi(
  spec: BuildSpec,
  targets: AmiTarget[],
  imageId: string,
  start: number,
  end: number
): PlannedAmi {
  const own = targets.find(
    (candidate) => candidate.region === spec.region && candidate.accountId === spec.accountId
  )
  const base = own ?? target(spec, spec.region, spec.accountId, undefined, start)
  return {
    ...base,
    imageId,
    snapshotId: snapshotId(),
    registerAt: start,
    settleAt: end,
    settleState: 'available',
    listed: own !== undefined
  }
}

/** Copies to the targets that have no AMI yet, registered when distribution starts and settled when it ends. */
export function distributedAmis(
  targets: AmiTarget[],
  window: { start: number; end: number },
  failure?: { region: string; errorMessage: string }
): PlannedAmi[] {
  return targets.map((candidate) => {
    const fails = failure?.region === candidate.region
    return {
      ...candidate,
      imageId: amiId(),
      snapshotId: snapshotId(),
      registerAt: window.start,
      settleAt: window.end,
      settleState: fails ? 'failed' : 'available',
      listed: true,
      ...(fails ? { errorMessage: failure.errorMessage } : {})
    }
  })
}

/** The record EC2's DescribeImages shows for a planned AMI, as first registered. */
export function ec2ImageRecord(spec: BuildSpec, ami: PlannedAmi): Ec2ImageRecord {
  const template = spec.amiTemplate
  return {
    imageId: ami.imageId,
    region: ami.region,
    ownerId: ami.accountId,
    name: ami.name,
    ...(ami.description === undefined ? {} : { description: ami.description }),
    state: 'pending',
    creationDate: new Date(ami.registerAt).toISOString(),
    architecture: template.architecture,
    ...(template.platform === undefined ? {} : { platform: template.platform }),
    platformDetails: template.platformDetails,
    rootDeviceName: template.rootDeviceName,
    blockDeviceMappings: [
      {
        deviceName: template.rootDeviceName,
        snapshotId: ami.snapshotId,
        volumeSize: template.volumeSize,
        volumeType: 'gp3',
        deleteOnTermination: true,
        encrypted: false
      }
    ],
    tags: ami.tags,
    launchPermissions: ami.launchPermissions
  }
}
