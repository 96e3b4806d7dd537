/**
 * Lays one managed workflow out in time: each step that runs gets a share of the stage's duration by
 * weight; skipped steps take no time; after a failed step the rest wait forever (PENDING) except the
 * instance clean-up step, which still runs unless the infrastructure configuration keeps the
 * instance (terminateInstanceOnFailure false): then it is SKIPPED and the instance stands.
 */
import { stepExecutionId, uuid, workflowExecutionId } from '../../ids.js'
import { managedWorkflowArn } from '../arns.js'
import type { BuildLog } from './build-log.js'
import { describeStepFailure, type StepFailure, type StepFailureScenario } from './failure.js'
import type { StepConditions, StepDefinition, WorkflowDefinition } from './managed-workflows.js'
import { completedOutputs, runningInputs, waitingInputs, type WorkflowRuntime } from './step-io.js'
import { startToeRun, toeFailureBlock, toeOutput } from './toe.js'
import type { BuildSpec, PlannedStep, PlannedWorkflow } from './types.js'

export interface WorkflowPlanRequest {
  definition: WorkflowDefinition
  spec: BuildSpec
  runtime: WorkflowRuntime
  start: number
  duration: number
  failure?: StepFailureScenario
  log: BuildLog
}

export interface WorkflowPlanResult {
  workflow: PlannedWorkflow
  /** Set when a step of this workflow failed. */
  failed?: { step: PlannedStep; failure: StepFailure }
}

export function planWorkflow(request: WorkflowPlanRequest): WorkflowPlanResult {
  const { definition, spec, start, duration, log } = request
  const conditions = stepConditions(spec)
  const totalWeight = definition.steps
    .filter((step) => step.runs(conditions))
    .reduce((sum, step) => sum + step.weight, 0)
  const id = workflowExecutionId()
  const name = definition.name
  log.add(start, `Workflow ${name} (${id}) started`)
  const steps: PlannedStep[] = []
  let failed: WorkflowPlanResult['failed']
  let cursor = start
  // Step boundaries come from the weight run so far, so rounding never drifts past the stage's end.
  let weightSoFar = 0
  for (const stepDefinition of definition.steps) {
    const waiting = waitingStep(stepDefinition, definition)
    if (failed !== undefined && stepDefinition.cleanup !== true) {
      steps.push(waiting)
    } else if (failed !== undefined && spec.infrastructure.terminateInstanceOnFailure === false) {
      // The instance stays for a look; the launch step's outputs still name it.
      steps.push({ ...waiting, outcome: 'SKIPPED', start: cursor, end: cursor })
      log.add(
        cursor,
        `Step ${stepDefinition.name} SKIPPED: terminateInstanceOnFailure is false, instance ${request.runtime.instanceId} kept`
      )
    } else if (!stepDefinition.runs(conditions)) {
      steps.push({ ...waiting, outcome: 'SKIPPED', start: cursor, end: cursor })
      log.add(cursor, `Step ${stepDefinition.name} SKIPPED`)
    } else {
      weightSoFar += stepDefinition.weight
      const end = Math.round(start + (duration * weightSoFar) / totalWeight)
      const scenario = request.failure
      const failure =
        scenario?.step === stepDefinition.name
          ? describeStepFailure(scenario, stepDefinition, definition, spec)
          : undefined
      const step = runStep(
        waiting,
        stepDefinition,
        { ...request, start: cursor, duration: end - cursor },
        failure
      )
      steps.push(step)
      if (failure !== undefined) failed = { step, failure }
      cursor = end
    }
  }
  const outcome = failed === undefined ? 'COMPLETED' : 'FAILED'
  log.add(cursor, `Workflow ${name} (${id}) ${outcome}`)
  const workflow: PlannedWorkflow = {
    id,
    type: definition.type,
    arn: managedWorkflowArn(spec.region, definition.kind, definition.version, definition.output),
    start,
    end: cursor,
    outcome,
    ...(failed === undefined ? {} : { message: failed.failure.errorMessage }),
    steps
  }
  return { workflow, ...(failed === undefined ? {} : { failed }) }
}

export function stepConditions(spec: BuildSpec): StepConditions {
  return {
    platform: spec.recipe.platform,
    collectImageMetadata: spec.enhancedImageMetadataEnabled,
    collectImageScanFindings: spec.imageScanning.imageScanningEnabled,
    hasTestComponents: spec.components.some(
      (component) => component.type === 'TEST' || component.runsTests === true
    )
  }
}

function waitingStep(definition: StepDefinition, workflow: WorkflowDefinition): PlannedStep {
  return {
    id: stepExecutionId(),
    name: definition.name,
    action: definition.action,
    onFailure: definition.onFailure,
    timeoutSeconds: definition.timeoutSeconds,
    outcome: 'PENDING',
    pendingInputs: waitingInputs(definition, workflow)
  }
}

function runStep(
  waiting: PlannedStep,
  definition: StepDefinition,
  request: WorkflowPlanRequest,
  failure?: StepFailure
): PlannedStep {
  const { start, duration, log, runtime } = request
  const end = start + duration
  const inputs = runningInputs(definition, runtime)
  log.add(start, `Step ${definition.name} (${definition.action}) started`)
  const outputs =
    definition.action === 'ExecuteComponents'
      ? executeComponents(request, failure)
      : failure === undefined
        ? completedOutputs(definition, runtime)
        : { errorMessage: failure.errorMessage }
  log.add(
    end,
    failure === undefined
      ? `Step ${definition.name} COMPLETED`
      : `Step ${definition.name} FAILED: ${failure.errorMessage}`
  )
  return {
    ...waiting,
    outcome: failure === undefined ? 'COMPLETED' : 'FAILED',
    start,
    end,
    ...(inputs === undefined ? {} : { inputs }),
    ...(outputs === undefined ? {} : { outputs }),
    ...(failure === undefined ? {} : { message: failure.errorMessage.slice(0, 500) })
  }
}

/** Runs the stage's components through AWSTOE: their stdout in the log, its summary as outputs. */
function executeComponents(
  request: WorkflowPlanRequest,
  failure?: StepFailure
): PlannedStep['outputs'] {
  const { spec, definition, start, duration, log } = request
  const type = definition.type === 'TEST' ? 'TEST' : 'BUILD'
  const components = spec.components.filter((component) => component.type === type)
  const lines = type === 'TEST' ? spec.scenario.testLogLines : spec.scenario.buildLogLines
  const run = startToeRun(spec, start)
  const stdout = [
    ...components.map((component) => `Executing document ${component.arn}`),
    ...lines.map((line) => `CmdExecution: Stdout: ${line}`)
  ]
  const failureBlock =
    failure?.component === undefined
      ? []
      : toeFailureBlock(
          failure.component.resolved.name,
          failure.component.failure,
          failure.component.stderr,
          failure.component.failureBlock
        )
  log.spread(start, start + duration, [...stdout, ...failureBlock])
  const output = toeOutput(
    run,
    Math.max(components.length, 1),
    failure?.component === undefined ? undefined : { documentArn: failure.component.resolved.arn }
  )
  return { runCommandId: uuid(), status: failure === undefined ? 'Success' : 'Failed', output }
}
