/**
 * The AWS-managed workflows (§3.3): `build-image` and `test-image` for AMIs, `build-container` and
 * `test-container` for container images; step names, actions, the documents' `if` conditions,
 * failure behaviour and default timeouts (§3.4).
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
  /** The managed workflow's name, e.g. `build-image`. */
  name: string
  /** The `<major.minor.patch>/<build>` of its ARN. */
  version: string
  /** What the workflow builds: the ARN's name suffix. */
  output: 'image' | 'container'
  type: 'BUILD' | 'TEST'
  /** `build` or `test`: the workflow ARN's type segment and name prefix. */
  kind: 'build' | 'test'
  /** The step whose output holds the instance ID that later steps use. */
  launchStep: WorkflowStepName
  steps: StepDefinition[]
}

const always = (): boolean => true

export const BUILD_IMAGE: WorkflowDefinition = {
  name: 'build-image',
  version: '1.0.3/1',
  output: 'image',
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

/** Clean-up: still runs after a failed step, and never fails the workflow. */
const TERMINATE_TEST_INSTANCE: StepDefinition = {
  ...step('TerminateTestInstance', 'TerminateInstance', 1800, 1, 'instance', always),
  onFailure: 'Continue',
  cleanup: true
}

export const TEST_IMAGE: WorkflowDefinition = {
  name: 'test-image',
  version: '1.0.3/1',
  output: 'image',
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
    TERMINATE_TEST_INSTANCE
  ]
}

/**
 * `build-container` 1.0.1: launch, bootstrap the instance for Docker (BootstrapInstanceForContainer),
 * then build the image from the Dockerfile template with the build components; Image Builder pushes
 * it to the recipe's repository when the workflow ends and terminates the instance itself.
 */
export const BUILD_CONTAINER: WorkflowDefinition = {
  name: 'build-container',
  version: '1.0.1/1',
  output: 'container',
  type: 'BUILD',
  kind: 'build',
  launchStep: 'LaunchBuildInstance',
  steps: [
    step('LaunchBuildInstance', 'LaunchInstance', 4500, 3, 'waitFor', always),
    step('BootstrapBuildInstance', 'BootstrapInstanceForContainer', 3600, 2, 'instance', always),
    step('ApplyBuildComponents', 'ExecuteComponents', 43200, 5, 'instance', always)
  ]
}

/**
 * `test-container`: the emulator's reading (the document is not published): a test instance
 * bootstrapped for Docker runs the test components against the new image, then is terminated.
 */
export const TEST_CONTAINER: WorkflowDefinition = {
  name: 'test-container',
  version: '1.0.1/1',
  output: 'container',
  type: 'TEST',
  kind: 'test',
  launchStep: 'LaunchTestInstance',
  steps: [
    step('LaunchTestInstance', 'LaunchInstance', 4500, 3, 'waitFor', always),
    step('BootstrapTestInstance', 'BootstrapInstanceForContainer', 3600, 2, 'instance', always),
    step(
      'ApplyTestComponents',
      'ExecuteComponents',
      43200,
      4,
      'instance',
      (c) => c.hasTestComponents
    ),
    TERMINATE_TEST_INSTANCE
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
