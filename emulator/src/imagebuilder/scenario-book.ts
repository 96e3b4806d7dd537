/**
 * Which scenario a new build follows: the emulator's defaults, overlaid by the pipeline's scenario
 * (set when it was seeded), overlaid by a one-off override for the next build.
 */
import { resolveScenario, type BuildScenario, type ScenarioOverrides } from '../scenario.js'

export class ScenarioBook {
  private readonly byPipeline = new Map<string, ScenarioOverrides>()
  private next: ScenarioOverrides | undefined

  constructor(private readonly defaults: ScenarioOverrides = {}) {}

  setForPipeline(pipelineArn: string, overrides: ScenarioOverrides): void {
    this.byPipeline.set(pipelineArn, overrides)
  }

  /** Applies to the next build started in any region, then is forgotten. */
  setNext(overrides: ScenarioOverrides): void {
    this.next = overrides
  }

  /** The scenario for a build starting now; consumes the next-build override. */
  takeForBuild(pipelineArn?: string): BuildScenario {
    const next = this.next
    this.next = undefined
    return resolveScenario(
      this.defaults,
      pipelineArn === undefined ? undefined : this.byPipeline.get(pipelineArn),
      next
    )
  }

  /** The scenario a build would follow, without consuming anything. */
  peek(pipelineArn?: string): BuildScenario {
    return resolveScenario(
      this.defaults,
      pipelineArn === undefined ? undefined : this.byPipeline.get(pipelineArn),
      this.next
    )
  }
}
