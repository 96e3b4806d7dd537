/**
 * The emulated account at one moment. Time moves only when the server asks it to (before each
 * request), and everything that happened in between is written then, so runs are deterministic for a
 * given clock and nothing runs on timers.
 */
import { applyBuildEffects } from './imagebuilder/build/effects.js'
import { ImageBuilderState } from './imagebuilder/state.js'
import type { ScenarioOverrides } from './scenario.js'
import type { Ec2Store, LogStore } from './stores.js'

export class World {
  readonly imagebuilder: ImageBuilderState
  private time = Number.NEGATIVE_INFINITY

  constructor(
    readonly accountId: string,
    readonly ec2: Ec2Store,
    readonly logs: LogStore,
    defaultScenario?: ScenarioOverrides
  ) {
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
      applyBuildEffects(build, this.time, this.ec2, this.logs)
    return this.time
  }
}
