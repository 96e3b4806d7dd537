/**
 * Reads of one build from Image Builder, mapped into the action's model: its image, its workflows,
 * or a snapshot of both. The plan, start and watch stages all read builds this way.
 */
import {
  GetImageCommand,
  type Image,
  type ImagebuilderClient,
  paginateListWorkflowExecutions,
  paginateListWorkflowStepExecutions,
  type WorkflowExecutionMetadata,
  type WorkflowStepMetadata
} from '@aws-sdk/client-imagebuilder'
import { readFailureContext } from './failure-context.js'
import {
  type BuildSnapshot,
  type ImageView,
  isActiveWorkflow,
  type WorkflowExecution,
  type WorkflowStep
} from '../domain/build.js'

/** `signal` closes the requests when the action stops waiting or a deadline passes. */
export async function fetchImage(
  client: ImagebuilderClient,
  imageArn: string,
  signal?: AbortSignal
): Promise<ImageView> {
  const command = new GetImageCommand({ imageBuildVersionArn: imageArn })
  const failureContext = readFailureContext(command)
  const { image } = await client.send(command, { abortSignal: signal })
  return { ...toImageView(imageArn, image ?? {}), failureContext: failureContext() }
}

/**
 * Lists the build's workflow executions and their steps. A workflow keeps its known steps while
 * its status and step counters stand still, unless it runs with no step known to be RUNNING (one
 * is about to start): a step that ends always moves a counter, so a long build neither re-reads
 * finished workflows nor the running one on every poll.
 */
export async function fetchWorkflows(
  client: ImagebuilderClient,
  imageArn: string,
  previous: readonly WorkflowExecution[],
  signal?: AbortSignal,
  /** Steps this poll has already read, by workflow execution ID: not read again. */
  freshSteps: ReadonlyMap<string, WorkflowStep[]> = new Map()
): Promise<WorkflowExecution[]> {
  const workflows: WorkflowExecution[] = []
  for await (const page of paginateListWorkflowExecutions(
    { client },
    { imageBuildVersionArn: imageArn },
    { abortSignal: signal }
  )) {
    for (const metadata of page.workflowExecutions ?? []) {
      const workflow = toWorkflowExecution(metadata)
      const known = previous.find((candidate) => candidate.id === workflow.id)
      const fresh = freshSteps.get(workflow.id)
      workflow.steps =
        fresh ??
        (known && !stepsMayHaveMoved(known, workflow)
          ? known.steps
          : await fetchSteps(client, workflow.id, signal))
      workflows.push(workflow)
    }
  }
  return workflows
}

/**
 * The image, and its workflows' detail when `listWorkflows` says so for the image just read (asked
 * on every call; without a previous snapshot they are listed regardless); otherwise the previous
 * snapshot's workflows stand. While the image stays in its stage and its running workflows still
 * have steps to run, their steps alone are read: one request per running workflow instead of the
 * listing and then the steps.
 */
export async function fetchSnapshot(
  client: ImagebuilderClient,
  imageArn: string,
  previous: BuildSnapshot | undefined,
  signal?: AbortSignal,
  listWorkflows: (image: ImageView) => boolean = () => true
): Promise<BuildSnapshot> {
  const image = await fetchImage(client, imageArn, signal)
  // Asked first, always: the caller counts its answers.
  const detailDue = listWorkflows(image)
  if (previous === undefined)
    return { image, workflows: await fetchWorkflows(client, imageArn, [], signal) }
  if (!detailDue) return { image, workflows: previous.workflows }
  const fresh = new Map<string, WorkflowStep[]>()
  if (image.status === previous.image.status) {
    const refreshed = await refreshRunningSteps(client, previous.workflows, fresh, signal)
    if (refreshed) return { image, workflows: refreshed }
  }
  return {
    image,
    workflows: await fetchWorkflows(client, imageArn, previous.workflows, signal, fresh)
  }
}

/**
 * The workflows with the running ones' steps read afresh (each kept in `fresh` too); undefined
 * when the listing is due instead: no workflow runs (one may be about to start), or a running one
 * has no step left to run or has one that failed or was cancelled (it is ending, and only the
 * listing shows its end). A workflow's step counters are left as last listed until then.
 */
async function refreshRunningSteps(
  client: ImagebuilderClient,
  workflows: readonly WorkflowExecution[],
  fresh: Map<string, WorkflowStep[]>,
  signal: AbortSignal | undefined
): Promise<WorkflowExecution[] | undefined> {
  if (!workflows.some((workflow) => isActiveWorkflow(workflow.status))) return undefined
  const refreshed: WorkflowExecution[] = []
  let ending = false
  for (const workflow of workflows) {
    if (!isActiveWorkflow(workflow.status)) {
      refreshed.push(workflow)
      continue
    }
    const steps = await fetchSteps(client, workflow.id, signal)
    fresh.set(workflow.id, steps)
    ending ||=
      !steps.some((step) => STEPS_STILL_TO_RUN.includes(step.status)) ||
      steps.some((step) => STEPS_ENDING_A_WORKFLOW.includes(step.status))
    refreshed.push({ ...workflow, steps })
  }
  return ending ? undefined : refreshed
}

/** Steps that have not run yet or run now. */
const STEPS_STILL_TO_RUN: readonly string[] = ['PENDING', 'RUNNING']
/** A step in these ends its workflow early (later steps stay PENDING, or run as clean-up). */
const STEPS_ENDING_A_WORKFLOW: readonly string[] = ['FAILED', 'CANCELLED']

async function fetchSteps(
  client: ImagebuilderClient,
  workflowExecutionId: string,
  signal: AbortSignal | undefined
): Promise<WorkflowStep[]> {
  const steps: WorkflowStep[] = []
  for await (const page of paginateListWorkflowStepExecutions(
    { client },
    { workflowExecutionId },
    { abortSignal: signal }
  )) {
    steps.push(...(page.steps ?? []).map(toWorkflowStep))
  }
  return steps
}

function stepsMayHaveMoved(known: WorkflowExecution, current: WorkflowExecution): boolean {
  const countersMoved =
    known.status !== current.status ||
    known.endTime !== current.endTime ||
    known.succeeded !== current.succeeded ||
    known.failed !== current.failed ||
    known.skipped !== current.skipped
  const stepAboutToStart =
    isActiveWorkflow(current.status) && !known.steps.some((step) => step.status === 'RUNNING')
  return countersMoved || stepAboutToStart
}

function toImageView(arn: string, image: Image): ImageView {
  return {
    arn: image.arn ?? arn,
    type: image.type,
    name: image.name,
    version: image.version,
    platform: image.platform,
    imageType: image.type,
    status: image.state?.status ?? 'PENDING',
    reason: image.state?.reason,
    amis: (image.outputResources?.amis ?? []).map((ami) => ({
      region: ami.region ?? '',
      imageId: ami.image ?? '',
      name: ami.name,
      description: ami.description,
      accountId: ami.accountId,
      status: ami.state?.status
    })),
    outputResources: image.outputResources ?? { amis: [] },
    scanningEnabled: image.imageScanningConfiguration?.imageScanningEnabled ?? false,
    testsEnabled: image.imageTestsConfiguration?.imageTestsEnabled ?? true,
    componentArns: (
      image.imageRecipe?.components ??
      image.containerRecipe?.components ??
      []
    ).flatMap((component) => (component.componentArn ? [component.componentArn] : [])),
    logGroupName: image.loggingConfiguration?.logGroupName,
    dateCreated: image.dateCreated,
    ...(image.imageRecipe?.name
      ? { recipe: { name: image.imageRecipe.name, version: image.imageRecipe.version } }
      : {}),
    ...(image.tags ? { tags: image.tags } : {}),
    ...(image.infrastructureConfiguration
      ? { instanceTypes: image.infrastructureConfiguration.instanceTypes ?? [] }
      : {})
  }
}

function toWorkflowExecution(metadata: WorkflowExecutionMetadata): WorkflowExecution {
  return {
    id: metadata.workflowExecutionId ?? '',
    ...(metadata.retried === true ? { retried: true } : {}),
    type: metadata.type ?? 'BUILD',
    name: workflowNameOfArn(metadata.workflowBuildVersionArn),
    workflowArn: metadata.workflowBuildVersionArn,
    status: metadata.status ?? 'PENDING',
    message: metadata.message || undefined,
    startTime: metadata.startTime || undefined,
    endTime: metadata.endTime || undefined,
    totalStepCount: metadata.totalStepCount ?? 0,
    succeeded: metadata.totalStepsSucceeded ?? 0,
    failed: metadata.totalStepsFailed ?? 0,
    skipped: metadata.totalStepsSkipped ?? 0,
    steps: []
  }
}

function toWorkflowStep(step: WorkflowStepMetadata): WorkflowStep {
  return {
    id: step.stepExecutionId ?? '',
    name: step.name ?? '',
    action: step.action,
    status: step.status ?? 'PENDING',
    message: step.message || undefined,
    startTime: step.startTime || undefined,
    endTime: step.endTime || undefined,
    outputs: step.outputs || undefined
  }
}

/** `…:workflow/test/test-image/1.0.3/1` → `test-image`. */
function workflowNameOfArn(workflowArn: string | undefined): string {
  const match = /:workflow\/[a-z]+\/([^/]+)\//.exec(workflowArn ?? '')
  return match?.[1] ?? 'workflow'
}
