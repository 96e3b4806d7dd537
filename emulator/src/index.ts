/** The local AWS emulator (Image Builder, EC2, CloudWatch Logs) for end-to-end tests and demos. */
export {
  startEmulator,
  type Emulator,
  type EmulatorOptions,
  type SeedImageOptions
} from './emulator.js'
export type { DistributionTargetHooks, LaunchTemplateView } from './distribution-targets.js'
export type { FaultKind, FaultRule } from './faults.js'
export type { RecordedRequest } from './recorder.js'
export type { SeededPipeline, SeedPipelineOptions } from './imagebuilder/seed-pipeline.js'
export {
  DEFAULT_SCENARIO,
  resolveScenario,
  type BuildFailure,
  type BuildScenario,
  type BuildStage,
  type ComponentFailureDetail,
  type ImagePlatform,
  type ScanFindingSpec,
  type ScenarioOverrides,
  type StageDurations,
  type WorkflowStepName
} from './scenario.js'
