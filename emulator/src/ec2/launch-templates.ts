/** Launch templates per region, with their numbered versions and which one is the default. */
import { ec2Id } from '../ids.js'
import type {
  LaunchTemplateData,
  LaunchTemplateRecord,
  LaunchTemplateVersionRecord,
  NewLaunchTemplateVersion
} from '../stores.js'

export interface NewLaunchTemplate {
  region: string
  name: string
  data: LaunchTemplateData
  description?: string
  createdBy: string
  tags: Record<string, string>
  now: number
}

export class LaunchTemplates {
  private readonly byId = new Map<string, LaunchTemplateRecord>()

  create(template: NewLaunchTemplate): LaunchTemplateRecord {
    const createTime = new Date(template.now).toISOString()
    const record: LaunchTemplateRecord = {
      launchTemplateId: ec2Id('lt'),
      launchTemplateName: template.name,
      region: template.region,
      createTime,
      createdBy: template.createdBy,
      defaultVersionNumber: 1,
      versions: [
        {
          versionNumber: 1,
          ...(template.description === undefined ? {} : { description: template.description }),
          createTime,
          createdBy: template.createdBy,
          data: structuredClone(template.data)
        }
      ],
      tags: { ...template.tags }
    }
    this.byId.set(keyOf(template.region, record.launchTemplateId), record)
    return record
  }

  get(region: string, launchTemplateId: string): LaunchTemplateRecord | undefined {
    return this.byId.get(keyOf(region, launchTemplateId))
  }

  /** Every template of a region, in creation order. */
  list(region: string): LaunchTemplateRecord[] {
    return [...this.byId.values()].filter((template) => template.region === region)
  }

  addVersion(
    region: string,
    launchTemplateId: string,
    version: NewLaunchTemplateVersion
  ): LaunchTemplateVersionRecord {
    const template = this.get(region, launchTemplateId)
    if (template === undefined)
      throw new Error(`no launch template ${launchTemplateId} in ${region}`)
    const latest = template.versions.at(-1)
    const record: LaunchTemplateVersionRecord = {
      versionNumber: (latest?.versionNumber ?? 0) + 1,
      ...(version.description === undefined ? {} : { description: version.description }),
      createTime: new Date(version.now).toISOString(),
      createdBy: version.createdBy,
      data: { ...structuredClone(latest?.data ?? {}), ...version.changes }
    }
    template.versions.push(record)
    if (version.makeDefault) template.defaultVersionNumber = record.versionNumber
    return record
  }
}

function keyOf(region: string, launchTemplateId: string): string {
  return `${region}/${launchTemplateId}`
}
