/**
 * The emulated account at one moment. Time moves only when the server asks it to (before each
 * request), and everything that happened in between is written then, so runs are deterministic for a
 * given clock and nothing runs on timers.
 */
import { applyBuildEffects } from './imagebuilder/build/effects.js'
import { ParentImages } from './imagebuilder/parent-images.js'
import { ImageBuilderState } from './imagebuilder/state.js'
import type { ScenarioOverrides } from './scenario.js'
import type { EcrStore, Ec2Store, LogStore, SsmStore, WorldStores } from './stores.js'

export class World {
  readonly imagebuilder: ImageBuilderState
  readonly ec2: Ec2Store
  readonly logs: LogStore
  readonly ssm: SsmStore
  readonly ecr: EcrStore
  /** The Amazon-owned base AMIs seeded in every region. */
  readonly parents: ParentImages
  private time = Number.NEGATIVE_INFINITY

  constructor(
    readonly accountId: string,
    private readonly stores: WorldStores,
    defaultScenario?: ScenarioOverrides
  ) {
    this.ec2 = stores.ec2
    this.logs = stores.logs
    this.ssm = stores.ssm
    this.ecr = stores.ecr
    this.parents = new ParentImages(stores.ec2)
    this.imagebuilder = new ImageBuilderState(defaultScenario)
  }

  /** The time of the last advance. */
  get now(): number {
    return this.time
  }

  /** Moves time forward (never back) and writes every build effect due by then; returns the time. */
  advanceTo(time: number): number {
    this.time = Math.max(this.time, time)
    for (const build of this.imagebuilder.builds.all())
      applyBuildEffects(build, this.time, this.stores)
    return this.time
  }
}
