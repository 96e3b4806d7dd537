/**
 * The summary's usage figures: which instances ran for how many minutes, and how many GiB of EBS
 * snapshots the AMIs keep, in every region and account. Instance types and IDs come from AWS and
 * are escaped like all its text.
 */
import type { BuildRecord } from '../../domain/record.js'
import { formatClock, formatDuration } from '../format.js'
import { code, table } from '../markdown.js'
import {
  type InstanceUsage,
  instanceTypeLabel,
  minutesOf,
  type StorageUsage,
  storageLabel,
  usageOf
} from '../usage.js'
import { NAME_CHARS } from './limits.js'

export function usageSection(record: BuildRecord): string {
  const usage = usageOf(record)
  if (usage === undefined) return ''
  if (usage.kind === 'reused')
    return '### Usage\nNo instance ran: the last image is reused, and its AMIs were already stored.'
  const parts = [
    usage.instances.length === 0
      ? 'No build or test instance ran.'
      : table(
          ['Instance', 'Type', 'Minutes', 'From → to (UTC)', 'State'],
          usage.instances.map(instanceRow)
        ),
    usage.storage ? storageSentence(usage.storage) : ''
  ]
  return `### Usage\n${parts.filter((part) => part !== '').join('\n\n')}`
}

function instanceRow(instance: InstanceUsage): string[] {
  const role = instance.stage === 'build' ? 'Build' : 'Test'
  return [
    `${role}${instance.superseded ? ' (a run the retry replaced)' : ''}`,
    instanceTypeLabel(instance.instanceTypes, (type) => code(type, NAME_CHARS)),
    `${minutesOf(instance.ms)} (${formatDuration(instance.ms)})`,
    `${formatClock(new Date(instance.from))} → ${formatClock(new Date(instance.to))}`,
    stateWords(instance)
  ]
}

function stateWords(instance: InstanceUsage): string {
  const id = instance.instanceId ? ` ${code(instance.instanceId, NAME_CHARS)}` : ''
  switch (instance.state) {
    case 'terminated':
      return 'terminated'
    case 'kept':
      return `⚠️ still running${id}: kept after the failure, and billed until terminated; minutes to its last step`
    case 'running':
      return `⏳ running${id} when the action stopped following; minutes so far`
  }
}

/** The label is the action's own words around numbers, so it needs no escaping. */
function storageSentence(storage: StorageUsage): string {
  return `**EBS snapshots:** ${storageLabel(storage)}, at most: the AMIs' volume sizes. EBS bills snapshot storage by the GB-month for the blocks that hold data, which can be fewer.`
}
