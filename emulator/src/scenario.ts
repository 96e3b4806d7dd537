/**
 * What a build does over time: how long each image status lasts, what fails, what the components
 * print, what the scanner finds. Plain JSON so the CLI can read it from a file; every field has a
 * default so a scenario file only names what it changes.
 */

export type ImagePlatform = 'Linux' | 'Windows'

/** The image statuses a build passes through before it ends. */
export type BuildStage =
  'PENDING' | 'CREATING' | 'BUILDING' | 'TESTING' | 'DISTRIBUTING' | 'INTEGRATING'

/** Milliseconds spent in each status. BUILDING and TESTING are shared out among their workflow steps. */
export type StageDurations = Record<BuildStage, number>

export type BuildStepName =
  | 'LaunchBuildInstance'
  | 'BootstrapBuildInstance'
  | 'ApplyBuildComponents'
  | 'InventoryCollection'
  | 'RunSanitizeScript'
  | 'RunSysPrepScript'
  | 'CreateOutputAMI'
  | 'TerminateBuildInstance'

export type TestStepName =
  | 'LaunchTestInstance'
  | 'BootstrapTestInstance'
  | 'CollectImageScanFindings'
  | 'ApplyTestComponents'
  | 'TerminateTestInstance'

export type WorkflowStepName = BuildStepName | TestStepName

/** How an AWSTOE component step failed (becomes `failureContext.componentFailure`). */
export interface ComponentFailureDetail {
  /** Build-version ARN; defaults to the recipe's first build (or test) component. */
  componentArn?: string
  /** The failing component by its name, as an alternative to `componentArn`. */
  name?: string
  /** Defaults to `build` for build components and `test` for test components. */
  phaseName?: string
  stepName?: string
  action?: string
  errorMessage?: string
  /** Lines the failing command wrote to stderr. */
  stderr?: string[]
  /**
   * `false` for an AWSTOE version that writes no failure block (`Document:`, `ComponentArn:`, …)
   * to the console log: only the command's output and its exit code. Defaults to `true`.
   */
  failureBlock?: boolean
}

export type BuildFailure =
  | {
      kind: 'step'
      /** The workflow step that fails; a step that the build skips cannot fail. */
      step: WorkflowStepName
      /** The step's error; ExecuteComponents steps default to `Document <component ARN> failed!`. */
      errorMessage?: string
      /** Replaces the image's `state.reason`. */
      reason?: string
      component?: ComponentFailureDetail
    }
  | {
      kind: 'distribution'
      /** A region of the distribution configuration. */
      region: string
      errorMessage?: string
      reason?: string
    }

export type FindingSeverity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL' | 'UNTRIAGED'

/** One Amazon Inspector package vulnerability, expanded into a full ImageScanFinding. */
export interface ScanFindingSpec {
  vulnerabilityId: string
  severity: FindingSeverity
  title?: string
  description?: string
  packageName?: string
  packageVersion?: string
  fixedInVersion?: string
  inspectorScore?: number
}

export interface BuildScenario {
  durations: StageDurations
  /** Platform of pipelines seeded without an explicit one; a build follows its recipe's platform. */
  platform: ImagePlatform
  failure?: BuildFailure
  /** stdout lines of the build components, written to the build log during ApplyBuildComponents. */
  buildLogLines: string[]
  /** stdout lines of the test components, written during ApplyTestComponents. */
  testLogLines: string[]
  /** Reported when the image has scanning enabled, once CollectImageScanFindings completes. */
  scanFindings: ScanFindingSpec[]
  /** Time from CancelImageCreation to the image reaching CANCELLED. */
  cancelDelayMs: number
  /**
   * How long after it was written each build log event reaches CloudWatch. Image Builder may ship
   * component output only when the build is over, so lines can arrive after the final status.
   */
  logDelayMs: number
}

/** A partial scenario layered over another; `failure: null` removes an inherited failure. */
export type ScenarioOverrides = Partial<Omit<BuildScenario, 'durations' | 'failure'>> & {
  durations?: Partial<StageDurations>
  failure?: BuildFailure | null
}

export const DEFAULT_SCENARIO: BuildScenario = {
  durations: {
    PENDING: 500,
    CREATING: 1000,
    BUILDING: 4000,
    TESTING: 2500,
    DISTRIBUTING: 2500,
    INTEGRATING: 500
  },
  platform: 'Linux',
  buildLogLines: ['Installing packages', 'Package installation complete'],
  testLogLines: ['Running tests', 'All tests passed'],
  scanFindings: [],
  cancelDelayMs: 1500,
  logDelayMs: 0
}

/** Layers overrides over the defaults, later layers winning. */
export function resolveScenario(...layers: (ScenarioOverrides | undefined)[]): BuildScenario {
  let scenario: BuildScenario = {
    ...DEFAULT_SCENARIO,
    durations: { ...DEFAULT_SCENARIO.durations }
  }
  for (const layer of layers) {
    if (layer !== undefined) scenario = overlay(scenario, layer)
  }
  return scenario
}

function overlay(base: BuildScenario, layer: ScenarioOverrides): BuildScenario {
  const { durations, failure, ...rest } = layer
  const merged: BuildScenario = {
    ...base,
    ...stripUndefined(rest),
    durations: { ...base.durations, ...stripUndefined(durations ?? {}) }
  }
  if (failure === null) delete merged.failure
  else if (failure !== undefined) merged.failure = failure
  return merged
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** Time from start to the end of a successful build with tests (an upper bound for any build). */
export function totalDuration(scenario: BuildScenario): number {
  return Object.values(scenario.durations).reduce((sum, ms) => sum + ms, 0)
}
