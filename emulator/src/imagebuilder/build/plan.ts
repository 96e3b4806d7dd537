/**
 * Computes a build's whole timeline when it starts (§2.1): PENDING → CREATING → BUILDING → TESTING →
 * DISTRIBUTING → INTEGRATING → AVAILABLE, or FAILED where the scenario says, with the workflows,
 * AMIs and log lines that go with each stage. A DistributeImage build runs the distribution phase
 * alone; a RetryImage resumes a failed or cancelled plan at the stage that did not complete.
 */
import { amiId, instanceId } from '../../ids.js'
import type { ImageStatus } from '../shapes.js'
import { amiTargets, buildRegionAmi, distributedAmis, type AmiTarget } from './amis.js'
import { BuildLog } from './build-log.js'
import {
  distributionErrorMessage,
  distributionFailureState,
  stepFailureState,
  type DistributionFailureScenario,
  type StepFailureScenario
} from './failure.js'
import {
  BUILD_CONTAINER,
  BUILD_IMAGE,
  TEST_CONTAINER,
  TEST_IMAGE,
  type WorkflowDefinition
} from './managed-workflows.js'
import { missingRepositoryMessage, plannedContainerImage } from './containers.js'
import { osVersion } from './platform.js'
import { planWorkflow } from './workflow-plan.js'
import type { BuildPlan, BuildSpec, PlannedAmi } from './types.js'

/** The stages a retry can resume at: those after the build phase (RetryImage, §2.1). */
export const RESUMABLE_STAGES = ['TESTING', 'DISTRIBUTING', 'INTEGRATING'] as const
export type ResumableStage = (typeof RESUMABLE_STAGES)[number]

export function planBuild(spec: BuildSpec): BuildPlan {
  const { durations } = spec.scenario
  const planner = new Planner(spec)
  planner.enter('PENDING', spec.startedAt)
  if (spec.parentAmiId !== undefined && spec.parentAmiId !== spec.recipe.parentImage)
    planner.log.add(
      spec.startedAt,
      `Parent image ${spec.recipe.parentImage} resolved to ${spec.parentAmiId}`
    )
  if (spec.distributedFrom !== undefined) {
    planner.log.add(
      spec.startedAt,
      `Distributing ${spec.distributedFrom.amiId} of ${spec.distributedFrom.arn} without a rebuild`
    )
    planner.clock = spec.startedAt + durations.PENDING
    planner.runFrom('DISTRIBUTING')
    return planner.finish()
  }
  planner.enter('CREATING', spec.startedAt + durations.PENDING)
  planner.clock += durations.CREATING
  const build = spec.containerTargets === undefined ? BUILD_IMAGE : BUILD_CONTAINER
  if (planner.runWorkflow('BUILDING', build)) planner.runFrom('TESTING')
  return planner.finish()
}

/**
 * RetryImage: the same build goes back to `stage` at `now`. Its earlier statuses, workflow runs,
 * log events and the AMIs that were made keep their place; the failure is forgotten, a failed or
 * unfinished AMI copy is made again, and `spec.scenario` (the retry's) says how the rest goes.
 */
export function planRetry(
  spec: BuildSpec,
  failed: BuildPlan,
  stage: ResumableStage,
  now: number
): BuildPlan {
  const good = (ami: PlannedAmi): boolean =>
    ami.listed && ami.settleState === 'available' && ami.errorMessage === undefined
  const kept: BuildPlan = {
    statuses: failed.statuses.slice(0, -1),
    ...(failed.outputAmiId === undefined ? {} : { outputAmiId: failed.outputAmiId }),
    workflows: failed.workflows,
    amis: failed.amis.map((ami) =>
      ami.imageId === failed.outputAmiId
        ? { ...ami, settleState: 'available', errorMessage: undefined, listed: isTarget(spec, ami) }
        : { ...ami, listed: good(ami) }
    ),
    ...(stage === 'INTEGRATING' && failed.amisListedAt !== undefined
      ? { amisListedAt: failed.amisListedAt }
      : {}),
    ...(failed.scan === undefined ? {} : { scan: failed.scan }),
    containers: failed.containers,
    logEvents: failed.logEvents
  }
  const planner = new Planner(spec, kept, true)
  planner.log.add(now, `Retrying the build from ${stage}`)
  planner.clock = now
  planner.runFrom(stage)
  return planner.finish()
}

function isTarget(spec: BuildSpec, ami: PlannedAmi): boolean {
  return amiTargets(spec, ami.registerAt).some(
    (target) => target.region === ami.region && target.accountId === ami.accountId
  )
}

class Planner {
  readonly log = new BuildLog()
  readonly plan: BuildPlan
  clock = 0
  private readonly outputAmiId: string | undefined

  /** `kept`: what a retried build keeps of its earlier plan; `retried`: this plan is a retry. */
  constructor(
    private readonly spec: BuildSpec,
    kept?: BuildPlan,
    private readonly retried = false
  ) {
    this.plan = kept ?? { statuses: [], workflows: [], amis: [], containers: [], logEvents: [] }
    for (const event of this.plan.logEvents) this.log.add(event.timestamp, event.message)
    this.outputAmiId =
      kept !== undefined || spec.distributedFrom !== undefined ? kept?.outputAmiId : amiId()
    if (this.outputAmiId !== undefined) this.plan.outputAmiId = this.outputAmiId
  }

  /** Runs the stages from `stage` on: tests (when enabled), distribution, integration. */
  runFrom(stage: ResumableStage): void {
    const from = RESUMABLE_STAGES.indexOf(stage)
    const container = this.spec.containerTargets !== undefined
    const tested =
      from > 0 ||
      !this.spec.imageTests.imageTestsEnabled ||
      this.runWorkflow('TESTING', container ? TEST_CONTAINER : TEST_IMAGE)
    const distributed = (): boolean => (container ? this.distributeContainers() : this.distribute())
    if (!tested || (from < 2 && !distributed())) return
    const start = this.clock
    const duration = this.spec.scenario.durations.INTEGRATING
    this.enter('INTEGRATING', start)
    this.enter('AVAILABLE', start + duration)
    this.plan.integration = { start, end: start + duration }
  }

  enter(status: ImageStatus, at: number, reason?: string): void {
    this.plan.statuses.push({ status, at })
    this.clock = at
    this.log.add(
      at,
      reason === undefined ? `Image status: ${status}` : `Image status: ${status} - ${reason}`
    )
  }

  /** Runs a stage's workflow from the current time; false when it failed and the build is over. */
  runWorkflow(stage: 'BUILDING' | 'TESTING', definition: WorkflowDefinition): boolean {
    const start = this.clock
    this.enter(stage, start)
    const { workflow, failed } = planWorkflow({
      definition,
      spec: this.spec,
      runtime: {
        instanceId: instanceId(),
        outputAmiId: this.outputAmiId ?? '',
        osVersion: osVersion(this.spec.recipe.platform)
      },
      start,
      duration: this.spec.scenario.durations[stage],
      log: this.log,
      ...stepFailure(this.spec, definition)
    })
    this.plan.workflows.push(this.retried ? { ...workflow, retried: true } : workflow)
    this.recordWorkflowEffects(workflow)
    if (failed === undefined) {
      this.clock = workflow.end
      return true
    }
    const state = stepFailureState(failed.failure, workflow, failed.step, stage, this.spec.region)
    this.fail(workflow.end, state)
    return false
  }

  /** Copies the AMI to every target; false when a region's copy failed. */
  distribute(): boolean {
    const start = this.clock
    const end = start + this.spec.scenario.durations.DISTRIBUTING
    this.enter('DISTRIBUTING', start)
    const targets = amiTargets(this.spec, this.buildAmiStart())
    const failure = regionFailure(this.spec, targets)
    const copies = distributedAmis(
      targets.filter((target) => !this.hasAmiFor(target)),
      { start, end },
      failure
    )
    this.plan.amis.push(...copies)
    this.plan.amisListedAt = end
    for (const copy of copies) {
      this.log.add(
        start,
        `Distributing AMI to ${copy.region} (account ${copy.accountId}): ${copy.imageId}`
      )
    }
    if (failure === undefined) {
      this.log.add(end, 'Distribution complete')
      this.clock = end
      return true
    }
    this.markFailedBuildRegionAmi(failure)
    this.fail(end, distributionFailureState(failure.scenario, failure.errorMessage))
    return false
  }

  /**
   * Pushes the image to every target repository: the build region's when the build workflow ended,
   * the others' by the end of DISTRIBUTING; false when a region failed (a scenario, or a
   * repository that did not exist when the build started).
   */
  distributeContainers(): boolean {
    const start = this.clock
    const end = start + this.spec.scenario.durations.DISTRIBUTING
    this.enter('DISTRIBUTING', start)
    const targets = this.spec.containerTargets ?? []
    const builtAt = this.plan.workflows.find((workflow) => workflow.type === 'BUILD')?.end ?? start
    const scenario = this.spec.scenario.failure
    const failed = targets.find(
      (target) =>
        !target.repositoryExists ||
        (scenario?.kind === 'distribution' && scenario.region === target.region)
    )
    for (const target of targets.filter((candidate) => candidate !== failed)) {
      const pushAt = target.region === this.spec.region ? builtAt : end
      const image = plannedContainerImage(this.spec, target, pushAt)
      this.plan.containers.push(image)
      this.log.add(
        start,
        `Distributing container image to ${target.region}: ${target.repositoryName}:${target.tags.join(', ')}`
      )
    }
    this.plan.containersListedAt = end
    if (failed === undefined) {
      this.log.add(end, 'Distribution complete')
      this.clock = end
      return true
    }
    const errorMessage = failed.repositoryExists
      ? distributionErrorMessage(
          scenario?.kind === 'distribution'
            ? scenario
            : { kind: 'distribution', region: failed.region }
        )
      : missingRepositoryMessage(failed, this.spec.accountId)
    this.fail(
      end,
      distributionFailureState(
        scenario?.kind === 'distribution'
          ? scenario
          : { kind: 'distribution', region: failed.region },
        errorMessage
      )
    )
    return false
  }

  finish(): BuildPlan {
    this.plan.logEvents = this.log.events()
    return this.plan
  }

  private fail(at: number, state: Pick<BuildPlan, 'reason' | 'failureContext'>): void {
    this.plan.reason = state.reason
    if (state.failureContext !== undefined) this.plan.failureContext = state.failureContext
    this.enter('FAILED', at, state.reason)
  }

  /** CreateOutputAMI makes the build region's AMI; CollectImageScanFindings gathers findings. */
  private recordWorkflowEffects(workflow: BuildPlan['workflows'][number]): void {
    for (const step of workflow.steps) {
      if (step.start === undefined || step.end === undefined) continue
      if (step.name === 'CreateOutputAMI' && step.outcome !== 'SKIPPED' && this.outputAmiId) {
        const ami = buildRegionAmi(
          this.spec,
          amiTargets(this.spec, step.start),
          this.outputAmiId,
          step.start,
          step.end
        )
        this.plan.amis.push(
          step.outcome === 'FAILED' ? { ...ami, settleState: 'failed', listed: false } : ami
        )
      }
      if (step.name === 'CollectImageScanFindings' && step.outcome === 'COMPLETED')
        this.plan.scan = { start: step.start, end: step.end }
    }
  }

  /** A target that already has its AMI: the build region's own, or a copy a retry keeps. */
  private hasAmiFor(target: AmiTarget): boolean {
    return this.plan.amis.some(
      (ami) =>
        ami.region === target.region &&
        ami.accountId === target.accountId &&
        (ami.imageId === this.outputAmiId || ami.listed)
    )
  }

  private buildAmiStart(): number {
    return this.plan.amis.find((ami) => ami.imageId === this.outputAmiId)?.registerAt ?? this.clock
  }

  /** A failed region that is the build region fails the AMI CreateOutputAMI made. */
  private markFailedBuildRegionAmi(failure: RegionFailure): void {
    if (failure.region !== this.spec.region) return
    this.plan.amis = this.plan.amis.map((ami) =>
      ami.imageId === this.outputAmiId ? { ...ami, errorMessage: failure.errorMessage } : ami
    )
  }
}

function stepFailure(
  spec: BuildSpec,
  definition: WorkflowDefinition
): { failure?: StepFailureScenario } {
  const failure = spec.scenario.failure
  if (failure?.kind !== 'step' || !definition.steps.some((step) => step.name === failure.step))
    return {}
  return { failure }
}

interface RegionFailure {
  scenario: DistributionFailureScenario
  region: string
  errorMessage: string
}

function regionFailure(spec: BuildSpec, targets: AmiTarget[]): RegionFailure | undefined {
  const blocked = targets.find(
    (target) =>
      target.launchPermissions.includes('all') &&
      spec.publicSharingBlocked?.includes(target.region) === true
  )
  if (blocked !== undefined) {
    const errorMessage = `Setting the launch permission of the AMI in ${blocked.region} failed: block public access for AMIs is enabled for account ${blocked.accountId} in ${blocked.region}, so the AMI cannot be made public.`
    return {
      scenario: { kind: 'distribution', region: blocked.region, errorMessage },
      region: blocked.region,
      errorMessage
    }
  }
  const scenario = spec.scenario.failure
  if (scenario?.kind !== 'distribution') return undefined
  if (!targets.some((candidate) => candidate.region === scenario.region)) {
    throw new Error(
      `The scenario fails distribution to ${scenario.region}, which is not a distribution region of ${spec.arn}`
    )
  }
  return { scenario, region: scenario.region, errorMessage: distributionErrorMessage(scenario) }
}
