/** Runtime visibility of workflows (§3): executions of an image and the steps of an execution. */
import {
  findStep,
  startedWorkflows,
  stepMetadataAt,
  workflowMetadataAt
} from '../build/step-view.js'
import type { Build, PlannedWorkflow } from '../build/types.js'
import { resourceNotFound } from '../errors.js'
import { findBuild } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'
import { paginate } from '../pagination.js'
import { without } from '../without.js'

export const workflowOperations: OperationTable = {
  ListWorkflowExecutions: listWorkflowExecutions,
  GetWorkflowExecution: getWorkflowExecution,
  ListWorkflowStepExecutions: listWorkflowStepExecutions,
  GetWorkflowStepExecution: getWorkflowStepExecution
}

function listWorkflowExecutions(context: OperationContext): Record<string, unknown> {
  const imageBuildVersionArn = context.input.requiredString(
    'imageBuildVersionArn',
    'imageBuildVersionArn'
  )
  const build = findBuild(context, imageBuildVersionArn)
  const executions = startedWorkflows(build, context.now).map((workflow) =>
    workflowMetadataAt(workflow, context.now)
  )
  const page = paginate(executions, context.input, `ListWorkflowExecutions|${imageBuildVersionArn}`)
  return {
    workflowExecutions: page.items,
    imageBuildVersionArn,
    ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken })
  }
}

function getWorkflowExecution(context: OperationContext): Record<string, unknown> {
  const id = context.input.requiredString('workflowExecutionId', 'workflowExecutionId')
  const { build, workflow } = findWorkflow(context, id)
  // GetWorkflowExecution has the list item's members except `retried`, plus the image ARN.
  const { workflowBuildVersionArn, workflowExecutionId, ...rest } = without(
    workflowMetadataAt(workflow, context.now),
    'retried'
  )
  return {
    workflowBuildVersionArn,
    workflowExecutionId,
    imageBuildVersionArn: build.spec.arn,
    ...rest
  }
}

function listWorkflowStepExecutions(context: OperationContext): Record<string, unknown> {
  const id = context.input.requiredString('workflowExecutionId', 'workflowExecutionId')
  const { build, workflow } = findWorkflow(context, id)
  const steps = workflow.steps.map((step) => stepMetadataAt(step, context.now))
  const page = paginate(steps, context.input, `ListWorkflowStepExecutions|${id}`)
  return {
    steps: page.items,
    workflowBuildVersionArn: workflow.arn,
    workflowExecutionId: workflow.id,
    imageBuildVersionArn: build.spec.arn,
    ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken })
  }
}

function getWorkflowStepExecution(context: OperationContext): Record<string, unknown> {
  const id = context.input.requiredString('stepExecutionId', 'workflowStepExecutionId')
  const found = findStep(
    context.world.imagebuilder.builds.inRegion(context.region),
    id,
    context.now
  )
  if (found === undefined) throw resourceNotFound(id)
  const { build, workflow, step } = found
  const { stepExecutionId, ...metadata } = stepMetadataAt(step, context.now)
  return {
    stepExecutionId,
    workflowBuildVersionArn: workflow.arn,
    workflowExecutionId: workflow.id,
    imageBuildVersionArn: build.spec.arn,
    ...metadata,
    onFailure: step.onFailure,
    timeoutSeconds: step.timeoutSeconds
  }
}

function findWorkflow(
  context: OperationContext,
  id: string
): { build: Build; workflow: PlannedWorkflow } {
  for (const build of context.world.imagebuilder.builds.inRegion(context.region)) {
    const workflow = startedWorkflows(build, context.now).find((candidate) => candidate.id === id)
    if (workflow !== undefined) return { build, workflow }
  }
  throw resourceNotFound(id)
}
