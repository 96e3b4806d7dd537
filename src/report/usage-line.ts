/**
 * The job log's usage line after the outcome: `Usage: build instance m5.large 6.72 min, test
 * instance m5.large 2.60 min; EBS snapshots 8 GiB per AMI × 2 copies (…) = 16 GiB at most.`
 * Instance types and IDs come from AWS: the caller writes the line as untrusted text.
 */
import type { BuildRecord } from '../domain/record.js'
import { type InstanceUsage, instanceTypeLabel, minutesOf, storageLabel, usageOf } from './usage.js'

export function usageLine(record: BuildRecord): string | undefined {
  const usage = usageOf(record)
  if (usage === undefined) return undefined
  if (usage.kind === 'reused') return 'Usage: no instance ran (the last image is reused).'
  const instances =
    usage.instances.length === 0
      ? 'no build or test instance'
      : usage.instances.map(instanceWords).join(', ')
  const storage = usage.storage
    ? `; EBS snapshots ${storageLabel(usage.storage)} at most (the volume sizes)`
    : ''
  return `Usage: ${instances}${storage}.`
}

function instanceWords(instance: InstanceUsage): string {
  const type = instanceTypeLabel(instance.instanceTypes, (value) => value)
  const replaced = instance.superseded ? ' (a run the retry replaced)' : ''
  const id = instance.instanceId ?? 'the instance'
  const state =
    instance.state === 'kept'
      ? ` (${id} still running: kept after the failure)`
      : instance.state === 'running'
        ? ` (${id} running when the action stopped following)`
        : ''
  return `${instance.stage} instance${replaced} ${type} ${minutesOf(instance.ms)} min${state}`
}
