/**
 * The emulator's public surface: start it on a port, point the AWS SDK at `url`, seed pipelines,
 * parameters and launch templates, script builds, inject faults, and read back every request it
 * received.
 */
import { distributionTargetHooks, type DistributionTargetHooks } from './distribution-targets.js'
import { ec2Service, MemoryEc2Store } from './ec2/index.js'
import { ecrService, MemoryEcrStore } from './ecr/index.js'
import { FaultPlan, type FaultRule } from './faults.js'
import {
  seedPipeline,
  type SeededPipeline,
  type SeedPipelineOptions
} from './imagebuilder/seed-pipeline.js'
import { publishManagedComponent } from './imagebuilder/managed-components.js'
import { imagebuilderService } from './imagebuilder/service.js'
import { startPipelineBuild } from './imagebuilder/start-build.js'
import { logsService, MemoryLogStore } from './logs/index.js'
import { Recorder, type RecordedRequest } from './recorder.js'
import { MemorySsmStore, ssmService } from './ssm/index.js'
import { stsService } from './sts/index.js'
import {
  resolveScenario,
  totalDuration,
  type ImagePlatform,
  type ScenarioOverrides
} from './scenario.js'
import { closeServer, listen } from './server.js'
import { scaledWallClock } from './time-scale.js'
import { World } from './world.js'

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** Default `127.0.0.1`. */
  host?: string
  /** Default `123456789012`. */
  accountId?: string
  /** Milliseconds since the epoch; default `Date.now`. Tests pass a clock they advance. */
  clock?: () => number
  /**
   * Without `clock`: how many times faster than wall time the emulator's clock runs (default 1),
   * from the moment it starts. Stage durations and the cancel delay are in emulator time.
   */
  timeScale?: number
  /** The scenario every build follows unless its pipeline or `setNextBuildScenario` says otherwise. */
  scenario?: ScenarioOverrides
  /**
   * How long new components, recipes, configurations and images stay out of the List* answers,
   * as AWS's lists lag (§9b); default 0. Get* operations see them at once.
   */
  listLagMs?: number
}

export interface SeedImageOptions {
  pipelineArn: string
  scenario?: ScenarioOverrides
  tags?: Record<string, string>
  /** Default: long enough ago that the build has ended by now. */
  startedAt?: number
}

export interface Emulator extends DistributionTargetHooks {
  /** `http://host:port`: the endpoint for every service and region. */
  readonly url: string
  readonly port: number
  readonly accountId: string
  /** The emulator's time now (ms since the epoch), the clock that `RecordedRequest.time` uses. */
  now(): number
  /** The emulator's time at a wall-clock time: equal without a time scale. */
  timeAt(wallTime: number): number
  readonly requests: readonly RecordedRequest[]
  requestsFor(operation: string): RecordedRequest[]
  injectFault(rule: FaultRule): void
  clearFaults(): void
  seedPipeline(options: SeedPipelineOptions): SeededPipeline
  /** Starts a build of a seeded pipeline in the past; returns its image build version ARN. */
  seedImage(options: SeedImageOptions): string
  /** Overrides the scenario of the next build started (by any operation, in any region). */
  setNextBuildScenario(scenario: ScenarioOverrides): void
  /** The Amazon-owned base AMI seeded in every region. */
  parentImageId(region: string, platform?: ImagePlatform): string
  /** Changes the list lag for what is created from now on and what is already there. */
  setListLagMs(ms: number): void
  /**
   * Publishes `version` (`x.y.z`) of an AWS-managed component in a region, as AWS does when it
   * updates one (the next build when that version exists); returns its build version ARN.
   */
  publishManagedComponent(region: string, name: string, version: string): string
  readonly ec2Store: MemoryEc2Store
  readonly logStore: MemoryLogStore
  readonly ssmStore: MemorySsmStore
  readonly ecrStore: MemoryEcrStore
  /** Creates an ECR repository (as `aws ecr create-repository` would) for container builds to push to. */
  createRepository(region: string, repositoryName: string): void
  close(): Promise<void>
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const scaled = options.clock === undefined ? scaledWallClock(options.timeScale ?? 1) : undefined
  const clock = options.clock ?? scaled ?? Date.now
  const accountId = options.accountId ?? '123456789012'
  const ec2Store = new MemoryEc2Store()
  const logStore = new MemoryLogStore()
  const ssmStore = new MemorySsmStore()
  const ecrStore = new MemoryEcrStore(accountId)
  const world = new World(
    accountId,
    { ec2: ec2Store, logs: logStore, ssm: ssmStore, ecr: ecrStore },
    options.scenario
  )
  world.imagebuilder.listLagMs = options.listLagMs ?? 0
  const faults = new FaultPlan()
  const recorder = new Recorder()
  const handlers = {
    imagebuilder: imagebuilderService(world),
    ec2: ec2Service(ec2Store),
    logs: logsService(logStore),
    ssm: ssmService(ssmStore),
    ecr: ecrService(ecrStore),
    sts: stsService()
  }
  const host = options.host ?? '127.0.0.1'
  const { server, port } = await listen(
    { world, handlers, faults, recorder, clock },
    host,
    options.port ?? 0
  )
  return {
    url: `http://${host}:${port}`,
    port,
    accountId,
    now: clock,
    timeAt: (wallTime) => scaled?.at(wallTime) ?? wallTime,
    get requests() {
      return recorder.all
    },
    requestsFor: (operation) => recorder.forOperation(operation),
    injectFault: (rule) => {
      faults.add(rule)
    },
    clearFaults: () => {
      faults.clear()
    },
    seedPipeline: (seed) => seedPipeline(world, world.parents, seed, world.advanceTo(clock())),
    seedImage: (seed) => seedImage(world, seed, clock),
    setNextBuildScenario: (scenario) => {
      world.imagebuilder.scenarios.setNext(scenario)
    },
    parentImageId: (region, platform = 'Linux') => world.parents.idFor(region, platform),
    ...distributionTargetHooks(world, ec2Store, ssmStore, clock),
    setListLagMs: (ms) => {
      world.imagebuilder.listLagMs = ms
    },
    publishManagedComponent: (region, name, version) =>
      publishManagedComponent(world.imagebuilder.resources, {
        region,
        name,
        version,
        now: world.advanceTo(clock())
      }),
    ec2Store,
    logStore,
    ssmStore,
    ecrStore,
    createRepository: (region, repositoryName) => {
      ecrStore.createRepository(region, repositoryName, world.advanceTo(clock()))
    },
    close: () => closeServer(server)
  }
}

function seedImage(world: World, seed: SeedImageOptions, clock: () => number): string {
  const now = world.advanceTo(clock())
  const pipeline = world.imagebuilder.resources.pipelines.get(seed.pipelineArn)
  if (pipeline === undefined) throw new Error(`No seeded pipeline ${seed.pipelineArn}`)
  const scenario = resolveScenario(
    world.imagebuilder.scenarios.takeForBuild(pipeline.arn),
    seed.scenario
  )
  const startedAt = seed.startedAt ?? now - totalDuration(scenario) - 1
  const build = startPipelineBuild(world, pipeline, { tags: seed.tags ?? {}, scenario, startedAt })
  world.advanceTo(now)
  return build.spec.arn
}
