/**
 * The AWS-managed `build-image` and `test-image` workflows (§3.3): step names, actions, the
 * documents' `if` conditions, failure behaviour and default timeouts (§3.4).
 */
import type {
  BuildStepName,
  ImagePlatform,
  TestStepName,
  WorkflowStepName
} from '../../scenario.js'

/** What the managed documents' `if` conditions look at. */
export interface StepConditions {
  platform: ImagePlatform | 'macOS'
  collectImageMetadata: boolean
  collectImageScanFindings: boolean
  hasTestComponents: boolean
}

/** How a step's `inputs` look once it runs; before that they reference the launch step's output. */
export type StepInputs = 'waitFor' | 'instance' | 'none'

export interface StepDefinition {
  name: WorkflowStepName
  action: string
  onFailure: 'Abort' | 'Continue'
  timeoutSeconds: number
  /** Relative share of the stage's duration. */
  weight: number
  inputs: StepInputs
  runs(conditions: StepConditions): boolean
  /** Instance clean-up steps still run after an earlier step failed. */
  cleanup?: true
}

export interface WorkflowDefinition {
  type: 'BUILD' | 'TEST'
  /** `build` or `test`: the workflow ARN's type segment and name prefix. */
  kind: 'build' | 'test'
  /** The step whose output holds the instance ID that later steps use. */
  launchStep: WorkflowStepName
  steps: StepDefinition[]
}

const always = (): boolean => true

export const BUILD_IMAGE: WorkflowDefinition = {
  type: 'BUILD',
  kind: 'build',
  launchStep: 'LaunchBuildInstance',
  steps: [
    step('LaunchBuildInstance', 'LaunchInstance', 4500, 3, 'waitFor', always),
    step('ApplyBuildComponents', 'ExecuteComponents', 43200, 4, 'instance', always),
    step(
      'InventoryCollection',
      'CollectImageMetadata',
      1800,
      2,
      'instance',
      (c) => c.collectImageMetadata
    ),
    step('RunSanitizeScript', 'SanitizeInstance', 3600, 1, 'none', (c) => c.platform === 'Linux'),
    step('RunSysPrepScript', 'RunSysPrep', 3600, 2, 'instance', (c) => c.platform === 'Windows'),
    step('CreateOutputAMI', 'CreateImage', 43200, 3, 'instance', always),
    {
      ...step('TerminateBuildInstance', 'TerminateInstance', 1800, 1, 'instance', always),
      onFailure: 'Continue',
      cleanup: true
    }
  ]
}

export const TEST_IMAGE: WorkflowDefinition = {
  type: 'TEST',
  kind: 'test',
  launchStep: 'LaunchTestInstance',
  steps: [
    step('LaunchTestInstance', 'LaunchInstance', 4500, 3, 'waitFor', always),
    {
      ...step(
        'CollectImageScanFindings',
        'CollectImageScanFindings',
        7200,
        2,
        'instance',
        (c) => c.collectImageScanFindings
      ),
      onFailure: 'Continue'
    },
    step(
      'ApplyTestComponents',
      'ExecuteComponents',
      43200,
      4,
      'instance',
      (c) => c.hasTestComponents
    ),
    {
      ...step('TerminateTestInstance', 'TerminateInstance', 1800, 1, 'instance', always),
      onFailure: 'Continue',
      cleanup: true
    }
  ]
}

function step(
  name: BuildStepName | TestStepName,
  action: string,
  timeoutSeconds: number,
  weight: number,
  inputs: StepInputs,
  runs: (conditions: StepConditions) => boolean
): StepDefinition {
  return { name, action, onFailure: 'Abort', timeoutSeconds, weight, inputs, runs }
}
