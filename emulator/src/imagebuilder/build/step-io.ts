/**
 * The `inputs` and `outputs` of managed workflow steps (§3.4, §3.7). Before a step runs its inputs
 * reference the launch step's output (`instanceId.$`); once it runs they are resolved.
 */
import { uuid } from '../../ids.js'
import type { JsonObject } from '../shapes.js'
import type { StepDefinition, WorkflowDefinition } from './managed-workflows.js'

/** Values a workflow's steps produce and later steps consume. */
export interface WorkflowRuntime {
  instanceId: string
  /** The AMI that CreateOutputAMI creates (build workflow only). */
  outputAmiId: string
  osVersion: string
}

export function waitingInputs(
  definition: StepDefinition,
  workflow: WorkflowDefinition
): JsonObject {
  if (definition.inputs === 'waitFor') return { waitFor: 'ssmAgent' }
  return { 'instanceId.$': `$.stepOutputs.${workflow.launchStep}.instanceId` }
}

export function runningInputs(
  definition: StepDefinition,
  runtime: WorkflowRuntime
): JsonObject | undefined {
  if (definition.inputs === 'waitFor') return { waitFor: 'ssmAgent' }
  if (definition.inputs === 'instance') return { instanceId: runtime.instanceId }
  return undefined
}

/** Outputs of a step that completed; ExecuteComponents outputs come from the AWSTOE run instead. */
export function completedOutputs(
  definition: StepDefinition,
  runtime: WorkflowRuntime
): JsonObject | undefined {
  switch (definition.action) {
    case 'LaunchInstance':
      return { instanceId: runtime.instanceId }
    case 'CollectImageMetadata':
      return { osVersion: runtime.osVersion, associationId: uuid() }
    case 'SanitizeInstance':
      return { status: 'Success', output: 'Skipping cleanup\n', runCommandId: uuid() }
    case 'RunSysPrep':
      return { runCommandId: uuid(), status: 'Success', output: 'Sysprep completed successfully\n' }
    case 'CollectImageScanFindings':
      return { runCommandId: uuid(), status: 'Success', output: 'Image scan findings collected\n' }
    case 'CreateImage':
      return { imageId: runtime.outputAmiId }
    case 'BootstrapInstanceForContainer':
      return {
        runCommandId: uuid(),
        status: 'Success',
        output: 'Docker and the AWS CLI are ready\n'
      }
    default:
      return undefined
  }
}

/** The step's JSON-string `inputs`/`outputs` as the service formats them (`{"key": "value"}`). */
export function stepJson(value: JsonObject): string {
  return renderJson(value)
}

function renderJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(renderJson).join(', ')}]`
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([key, member]) => `${JSON.stringify(key)}: ${renderJson(member)}`)
      .join(', ')}}`
  }
  return JSON.stringify(value)
}
