/**
 * What a build used, in units a reader can price: instance minutes per instance type, and GiB of
 * EBS snapshots per region and account. A pure function of the record; no prices, since they
 * depend on the region, the purchase option and the day.
 *
 * The instance type comes from the infrastructure configuration that GetImage returns with the
 * image, not from EC2's DescribeInstances on the launched instance: it is already read on every
 * poll, needs no further permission, and stays known after EC2 stops listing a terminated
 * instance (about an hour), so a build followed in attach mode days later says the same. Its one
 * blind spot: with several types, Image Builder picks one by availability, so the figure says
 * "one of" them.
 */
import {
  currentWorkflows,
  isActiveWorkflow,
  launchedInstanceId,
  type WorkflowExecution,
  type WorkflowStep
} from '../domain/build.js'
import type { BuildRecord } from '../domain/record.js'
import { accountAmis } from '../domain/amis.js'

export interface InstanceUsage {
  /** `build` or `test`: the stage whose workflow launched it. */
  stage: 'build' | 'test'
  /** A run of the stage that a retry replaced (it used an instance too). */
  superseded: boolean
  /** From the launch step's outputs, when Image Builder gave it. */
  instanceId?: string
  /**
   * The configuration's types: one is the type; several, AWS ran one of them; none, its default.
   * Undefined when GetImage did not return the configuration.
   */
  instanceTypes?: string[]
  /** From the launch step's start. */
  from: string
  /** To the terminate step's end, or the last step time seen. */
  to: string
  ms: number
  /**
   * terminated: the terminate step completed (or the workflow, which terminates its own instance,
   * ended); kept: the workflow ended without terminating it (keep-instance-on-failure), so it is
   * still running; running: the workflow had not ended when the action stopped following.
   */
  state: 'terminated' | 'kept' | 'running'
}

export interface SnapshotCopy {
  account: string
  region: string
  imageId: string
  /** The EBS volume sizes of this AMI (or, for another account's copy, of the build account's AMI it copies). */
  snapshotGiB: number
}

export interface StorageUsage {
  copies: SnapshotCopy[]
  totalGiB: number
  regions: number
  accounts: number
}

export type Usage =
  /** skip-if-unchanged: an earlier image stands in; this step ran no instance. */
  { kind: 'reused' } | { kind: 'used'; instances: InstanceUsage[]; storage?: StorageUsage }

/** Undefined where nothing ran to be measured: a dry run, a step refused or returning at once. */
export function usageOf(record: BuildRecord): Usage | undefined {
  const ending = record.ending?.kind
  if (ending === 'planned' || ending === 'not-waited') return undefined
  if (ending === 'reused') return { kind: 'reused' }
  const snapshot = record.snapshot
  if (!snapshot) return undefined
  const types = snapshot.image.instanceTypes
  const standing = currentWorkflows(snapshot.workflows)
  const instances = snapshot.workflows.flatMap((workflow) => {
    const usage = instanceOf(workflow, types, !standing.includes(workflow))
    return usage ? [usage] : []
  })
  const storage = storageOf(record)
  return { kind: 'used', instances, ...(storage ? { storage } : {}) }
}

const STAGES: Record<string, InstanceUsage['stage']> = { BUILD: 'build', TEST: 'test' }

function instanceOf(
  workflow: WorkflowExecution,
  instanceTypes: string[] | undefined,
  superseded: boolean
): InstanceUsage | undefined {
  const stage = STAGES[workflow.type]
  const launch = workflow.steps.find((step) => step.action === 'LaunchInstance')
  if (stage === undefined || launch?.startTime === undefined) return undefined
  const instanceId = launchedInstanceId(launch)
  // A launch that failed without naming an instance started none that could run on.
  if (launch.status === 'FAILED' && instanceId === undefined) return undefined
  const terminate = workflow.steps.find((step) => step.action === 'TerminateInstance')
  const { to, state } = endOf(workflow, terminate, launch.startTime)
  const ms = Date.parse(to) - Date.parse(launch.startTime)
  if (Number.isNaN(ms)) return undefined
  return {
    stage,
    superseded,
    ...(instanceId === undefined ? {} : { instanceId }),
    ...(instanceTypes === undefined ? {} : { instanceTypes }),
    from: launch.startTime,
    to,
    ms: Math.max(0, ms),
    state
  }
}

function endOf(
  workflow: WorkflowExecution,
  terminate: WorkflowStep | undefined,
  launchedAt: string
): Pick<InstanceUsage, 'to' | 'state'> {
  const last = lastStepTime(workflow, launchedAt)
  if (terminate?.status === 'COMPLETED' && terminate.endTime)
    return { to: terminate.endTime, state: 'terminated' }
  if (isActiveWorkflow(workflow.status)) return { to: last, state: 'running' }
  // build-container has no terminate step: Image Builder ends the instance with the workflow.
  if (terminate === undefined) return { to: workflow.endTime ?? last, state: 'terminated' }
  return { to: last, state: 'kept' }
}

/** The latest start or end time among the workflow's steps, from `since` on. */
function lastStepTime(workflow: WorkflowExecution, since: string): string {
  const times = workflow.steps.flatMap((step) =>
    [step.startTime, step.endTime].filter((time): time is string => time !== undefined)
  )
  return times.reduce(
    (latest, time) => (Date.parse(time) > Date.parse(latest) ? time : latest),
    since
  )
}

/**
 * Every copy of the AMI, in every account and region, with its snapshot size. EC2 was asked about
 * the build account's AMIs only; another account's copy in a region is a copy of the same image,
 * so it has the same volumes as the build account's AMI there (or, without one, as the largest).
 */
function storageOf(record: BuildRecord): StorageUsage | undefined {
  const measured = record.amiVolumes ?? []
  if (measured.length === 0 || record.snapshot?.image.imageType === 'DOCKER') return undefined
  const largest = Math.max(...measured.map((ami) => ami.snapshotGiB))
  const copies = Object.entries(accountAmis(record)).flatMap(([account, regions]) =>
    Object.entries(regions).map(([region, imageId]) => ({
      account,
      region,
      imageId,
      snapshotGiB:
        measured.find((ami) => ami.imageId === imageId)?.snapshotGiB ??
        measured.find((ami) => ami.region === region)?.snapshotGiB ??
        largest
    }))
  )
  if (copies.length === 0) return undefined
  return {
    copies,
    totalGiB: copies.reduce((sum, copy) => sum + copy.snapshotGiB, 0),
    regions: new Set(copies.map((copy) => copy.region)).size,
    accounts: new Set(copies.map((copy) => copy.account)).size
  }
}

/** `m5.large`, `one of m5.large, m5.xlarge`, or the default's wording; `id` formats each type. */
export function instanceTypeLabel(
  types: readonly string[] | undefined,
  id: (type: string) => string
): string {
  if (types === undefined) return 'not reported'
  if (types.length === 0) return "Image Builder's default"
  if (types.length === 1) return id(types[0] ?? '')
  return `one of ${types.map(id).join(', ')}`
}

/** Instance minutes to two decimals: EC2 bills most instances by the second. */
export function minutesOf(ms: number): string {
  return (ms / 60_000).toFixed(2)
}

/** `8 GiB per AMI × 6 copies (3 regions × 2 accounts) = 48 GiB`, or where copies differ, the total. */
export function storageLabel(storage: StorageUsage): string {
  const sizes = new Set(storage.copies.map((copy) => copy.snapshotGiB))
  const count = storage.copies.length
  const grid = storage.regions * storage.accounts === count
  const spread = grid
    ? `${plural(storage.regions, 'region')} × ${plural(storage.accounts, 'account')}`
    : `in ${plural(storage.regions, 'region')} and ${plural(storage.accounts, 'account')}`
  const copies = `${plural(count, 'copy', 'copies')} (${spread})`
  if (sizes.size === 1)
    return `${storage.copies[0]?.snapshotGiB ?? 0} GiB per AMI × ${copies} = ${storage.totalGiB} GiB`
  return `${storage.totalGiB} GiB in ${copies}`
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
