import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  GetImageCommand,
  ImagebuilderClient,
  ListWorkflowExecutions$,
  ListWorkflowStepExecutions$,
  commonParams
} from "./chunk-T4C5SD55.js";
import {
  isActiveWorkflow
} from "./chunk-XGQITXQ4.js";
import {
  Command,
  createPaginator,
  getEndpointPlugin
} from "./chunk-62XFFN6W.js";

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/ListWorkflowExecutionsCommand.js
var ListWorkflowExecutionsCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "ListWorkflowExecutions", {}).n("ImagebuilderClient", "ListWorkflowExecutionsCommand").sc(ListWorkflowExecutions$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/ListWorkflowStepExecutionsCommand.js
var ListWorkflowStepExecutionsCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "ListWorkflowStepExecutions", {}).n("ImagebuilderClient", "ListWorkflowStepExecutionsCommand").sc(ListWorkflowStepExecutions$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/pagination/ListWorkflowExecutionsPaginator.js
var paginateListWorkflowExecutions = createPaginator(ImagebuilderClient, ListWorkflowExecutionsCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-imagebuilder/dist-es/pagination/ListWorkflowStepExecutionsPaginator.js
var paginateListWorkflowStepExecutions = createPaginator(ImagebuilderClient, ListWorkflowStepExecutionsCommand, "nextToken", "nextToken", "maxResults");

// src/watch/failure-context.ts
function readFailureContext(command) {
  let found;
  command.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const response = result.response;
      if (response.statusCode === 200 && isAsyncIterable(response.body)) {
        const bytes = await collect(response.body);
        response.body = bytes;
        const json = new TextDecoder().decode(bytes);
        if (json.includes('"failureContext"')) found = parseFailureContext(json);
      }
      return result;
    },
    // Below the deserialiser, so this sees the body before it is consumed.
    { step: "deserialize", priority: "low", name: "readFailureContext" }
  );
  return () => found;
}
function parseFailureContext(json) {
  let document;
  try {
    document = JSON.parse(json);
  } catch {
    return void 0;
  }
  const context = field(field(field(document, "image"), "state"), "failureContext");
  if (!isRecord(context)) return void 0;
  const distribution = field(context, "distributionFailure");
  return {
    imageStatus: text(context, "imageStatus"),
    workflowExecutionId: text(context, "workflowExecutionId"),
    stepExecutionId: text(context, "stepExecutionId"),
    failedStep: text(context, "failedStep"),
    componentFailure: componentFailure(field(context, "componentFailure")),
    distributionFailure: isRecord(distribution) ? {
      errorMessage: text(distribution, "errorMessage"),
      regionFailures: listOf(field(distribution, "regionFailures")).map(regionFailure)
    } : void 0
  };
}
function componentFailure(value) {
  if (!isRecord(value)) return void 0;
  return {
    componentArn: text(value, "componentArn"),
    phaseName: text(value, "phaseName"),
    stepName: text(value, "stepName"),
    action: text(value, "action"),
    errorMessage: text(value, "errorMessage")
  };
}
function regionFailure(value) {
  return {
    region: text(value, "region"),
    status: text(value, "status"),
    imageConfigurationStep: text(value, "imageConfigurationStep"),
    errorMessage: text(value, "errorMessage"),
    targetAccountId: text(value, "targetAccountId")
  };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function field(value, name) {
  return isRecord(value) ? value[name] : void 0;
}
function text(value, name) {
  const member = field(value, name);
  return typeof member === "string" && member !== "" ? member : void 0;
}
function listOf(value) {
  return Array.isArray(value) ? value : [];
}
function isAsyncIterable(value) {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}
async function collect(body) {
  const chunks = [];
  for await (const chunk of body) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

// src/watch/fetch.ts
async function fetchImage(client, imageArn, signal) {
  const command = new GetImageCommand({ imageBuildVersionArn: imageArn });
  const failureContext = readFailureContext(command);
  const { image } = await client.send(command, { abortSignal: signal });
  return { ...toImageView(imageArn, image ?? {}), failureContext: failureContext() };
}
async function fetchWorkflows(client, imageArn, previous, signal, freshSteps = /* @__PURE__ */ new Map()) {
  const workflows = [];
  for await (const page of paginateListWorkflowExecutions(
    { client },
    { imageBuildVersionArn: imageArn },
    { abortSignal: signal }
  )) {
    for (const metadata of page.workflowExecutions ?? []) {
      const workflow = toWorkflowExecution(metadata);
      const known = previous.find((candidate) => candidate.id === workflow.id);
      const fresh = freshSteps.get(workflow.id);
      workflow.steps = fresh ?? (known && !stepsMayHaveMoved(known, workflow) ? known.steps : await fetchSteps(client, workflow.id, signal));
      workflows.push(workflow);
    }
  }
  return workflows;
}
async function fetchSnapshot(client, imageArn, previous, signal, listWorkflows = () => true) {
  const image = await fetchImage(client, imageArn, signal);
  const detailDue = listWorkflows(image);
  if (previous === void 0)
    return { image, workflows: await fetchWorkflows(client, imageArn, [], signal) };
  if (!detailDue) return { image, workflows: previous.workflows };
  const fresh = /* @__PURE__ */ new Map();
  if (image.status === previous.image.status) {
    const refreshed = await refreshRunningSteps(client, previous.workflows, fresh, signal);
    if (refreshed) return { image, workflows: refreshed };
  }
  return {
    image,
    workflows: await fetchWorkflows(client, imageArn, previous.workflows, signal, fresh)
  };
}
async function refreshRunningSteps(client, workflows, fresh, signal) {
  if (!workflows.some((workflow) => isActiveWorkflow(workflow.status))) return void 0;
  const refreshed = [];
  let ending = false;
  for (const workflow of workflows) {
    if (!isActiveWorkflow(workflow.status)) {
      refreshed.push(workflow);
      continue;
    }
    const steps = await fetchSteps(client, workflow.id, signal);
    fresh.set(workflow.id, steps);
    ending ||= !steps.some((step) => STEPS_STILL_TO_RUN.includes(step.status)) || steps.some((step) => STEPS_ENDING_A_WORKFLOW.includes(step.status));
    refreshed.push({ ...workflow, steps });
  }
  return ending ? void 0 : refreshed;
}
var STEPS_STILL_TO_RUN = ["PENDING", "RUNNING"];
var STEPS_ENDING_A_WORKFLOW = ["FAILED", "CANCELLED"];
async function fetchSteps(client, workflowExecutionId, signal) {
  const steps = [];
  for await (const page of paginateListWorkflowStepExecutions(
    { client },
    { workflowExecutionId },
    { abortSignal: signal }
  )) {
    steps.push(...(page.steps ?? []).map(toWorkflowStep));
  }
  return steps;
}
function stepsMayHaveMoved(known, current) {
  const countersMoved = known.status !== current.status || known.endTime !== current.endTime || known.succeeded !== current.succeeded || known.failed !== current.failed || known.skipped !== current.skipped;
  const stepAboutToStart = isActiveWorkflow(current.status) && !known.steps.some((step) => step.status === "RUNNING");
  return countersMoved || stepAboutToStart;
}
function toImageView(arn, image) {
  return {
    arn: image.arn ?? arn,
    type: image.type,
    name: image.name,
    version: image.version,
    platform: image.platform,
    imageType: image.type,
    status: image.state?.status ?? "PENDING",
    reason: image.state?.reason,
    amis: (image.outputResources?.amis ?? []).map((ami) => ({
      region: ami.region ?? "",
      imageId: ami.image ?? "",
      name: ami.name,
      description: ami.description,
      accountId: ami.accountId,
      status: ami.state?.status
    })),
    outputResources: image.outputResources ?? { amis: [] },
    scanningEnabled: image.imageScanningConfiguration?.imageScanningEnabled ?? false,
    testsEnabled: image.imageTestsConfiguration?.imageTestsEnabled ?? true,
    componentArns: (image.imageRecipe?.components ?? image.containerRecipe?.components ?? []).flatMap((component) => component.componentArn ? [component.componentArn] : []),
    logGroupName: image.loggingConfiguration?.logGroupName,
    dateCreated: image.dateCreated,
    ...image.imageRecipe?.name ? { recipe: { name: image.imageRecipe.name, version: image.imageRecipe.version } } : {},
    ...image.tags ? { tags: image.tags } : {}
  };
}
function toWorkflowExecution(metadata) {
  return {
    id: metadata.workflowExecutionId ?? "",
    ...metadata.retried === true ? { retried: true } : {},
    type: metadata.type ?? "BUILD",
    name: workflowName(metadata.workflowBuildVersionArn),
    workflowArn: metadata.workflowBuildVersionArn,
    status: metadata.status ?? "PENDING",
    message: metadata.message || void 0,
    startTime: metadata.startTime || void 0,
    endTime: metadata.endTime || void 0,
    totalStepCount: metadata.totalStepCount ?? 0,
    succeeded: metadata.totalStepsSucceeded ?? 0,
    failed: metadata.totalStepsFailed ?? 0,
    skipped: metadata.totalStepsSkipped ?? 0,
    steps: []
  };
}
function toWorkflowStep(step) {
  return {
    id: step.stepExecutionId ?? "",
    name: step.name ?? "",
    action: step.action,
    status: step.status ?? "PENDING",
    message: step.message || void 0,
    startTime: step.startTime || void 0,
    endTime: step.endTime || void 0,
    outputs: step.outputs || void 0
  };
}
function workflowName(workflowArn) {
  const match = /:workflow\/[a-z]+\/([^/]+)\//.exec(workflowArn ?? "");
  return match?.[1] ?? "workflow";
}

export {
  fetchImage,
  fetchWorkflows,
  fetchSnapshot
};
