import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  paginateListImageBuildVersions
} from "./chunk-J2IPA2NY.js";
import {
  fetchImage,
  fetchSnapshot
} from "./chunk-TRJRUJUG.js";
import {
  INVOCATION_TAG,
  StartError,
  invocationTag
} from "./chunk-LCM763X2.js";
import {
  ImagebuilderClient,
  ListImagePipelineImages$,
  RetryImage$,
  clientToken,
  commonParams,
  describeError,
  isExpiredCredentials,
  startPatienceFrom,
  withStartPatience
} from "./chunk-T4C5SD55.js";
import "./chunk-MPQEDZ2V.js";
import "./chunk-XD2Z7BNE.js";
import {
  currentWorkflows,
  isFinal
} from "./chunk-XGQITXQ4.js";
import {
  InputError
} from "./chunk-IG6IKB5C.js";
import "./chunk-L5EABXVA.js";
import "./chunk-UP3GJJZX.js";
import "./chunk-VDQZ3A6U.js";
import {
  Command,
  createPaginator,
  getEndpointPlugin
} from "./chunk-62XFFN6W.js";
import "./chunk-TECVXIYH.js";
import "./chunk-2DQCQC44.js";
import "./chunk-5HJ3J6EK.js";

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/ListImagePipelineImagesCommand.js
var ListImagePipelineImagesCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "ListImagePipelineImages", {}).n("ImagebuilderClient", "ListImagePipelineImagesCommand").sc(ListImagePipelineImages$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/RetryImageCommand.js
var RetryImageCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "RetryImage", {}).n("ImagebuilderClient", "RetryImageCommand").sc(RetryImage$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/pagination/ListImagePipelineImagesPaginator.js
var paginateListImagePipelineImages = createPaginator(ImagebuilderClient, ListImagePipelineImagesCommand, "nextToken", "nextToken", "maxResults");

// src/start/retry.ts
var RESUMABLE = ["TESTING", "DISTRIBUTING", "INTEGRATING"];
var PHASE_OF_WORKFLOW = { BUILD: "build", TEST: "test" };
async function retryAttached(context) {
  const { imageArn } = context.inputs;
  const snapshot = await look(context, imageArn);
  if (snapshot.image.type === "DOCKER") {
    throw new InputError(
      "retry",
      `${imageArn} is a container build; RetryImage retries AMI builds only`
    );
  }
  const { status } = snapshot.image;
  if (status !== "FAILED" && status !== "CANCELLED") {
    report(context, {
      outcome: "not-retried",
      imageArn,
      kept: [],
      why: `the build is ${status}, not FAILED or CANCELLED: followed as it is, without a retry`
    });
    return { kind: "attached", imageArn };
  }
  await retryImage(context, snapshot);
  return { kind: "retried", imageArn };
}
async function retryEarlierAttempt(context) {
  const attempt = Number.parseInt(context.env.GITHUB_RUN_ATTEMPT ?? "", 10);
  const invocation = invocationTag(context.env)[INVOCATION_TAG];
  if (!(attempt > 1) || invocation === void 0) return void 0;
  const earlier = await earlierBuild(context, invocation);
  if (earlier === void 0) {
    report(context, {
      outcome: "built-anew",
      kept: [],
      why: `no build of an earlier attempt of this step was found: building anew`
    });
    return void 0;
  }
  const snapshot = await look(context, earlier);
  const { status } = snapshot.image;
  const stage = stoppedIn(snapshot);
  if (status !== "FAILED" && status !== "CANCELLED" || !RESUMABLE.includes(stage)) {
    report(context, {
      outcome: "built-anew",
      imageArn: earlier,
      kept: [],
      why: status === "FAILED" || status === "CANCELLED" ? `the earlier attempt's build ${status === "FAILED" ? "failed" : "was cancelled"} in ${stage}, before its build phase completed: building anew` : `the earlier attempt's build is ${status}, not failed in test or distribution: building anew`
    });
    return void 0;
  }
  await retryImage(context, snapshot);
  return { kind: "retried", imageArn: earlier };
}
async function retryImage(context, snapshot) {
  const { arn } = snapshot.image;
  const command = withStartPatience(
    new RetryImageCommand({
      imageBuildVersionArn: arn,
      clientToken: clientToken(`retry-image ${arn}`, context.env)
    }),
    startPatienceFrom(context.env)
  );
  try {
    await context.clients.imagebuilder.send(command, { abortSignal: context.stop.signal });
  } catch (error) {
    if (isExpiredCredentials(error)) throw error;
    throw new StartError(`Could not retry ${arn}: ${describeError(error)}`);
  }
  report(context, {
    outcome: "retried",
    imageArn: arn,
    kept: keptPhases(snapshot),
    resumesAt: stoppedIn(snapshot),
    why: `the build was ${snapshot.image.status} in ${stoppedIn(snapshot)}`
  });
  await untilResumed(context, arn);
}
var RESUME_READS = 10;
async function untilResumed(context, imageArn) {
  const { signal } = context.stop;
  for (let read = 0; read < RESUME_READS && !signal.aborted; read++) {
    const image = await fetchImage(context.clients.imagebuilder, imageArn, signal);
    if (!isFinal(image.status)) return;
    await context.clock.sleep(context.inputs.pollIntervalSeconds * 1e3, signal);
  }
  context.record.notices.push(
    `Image Builder accepted the retry of ${imageArn}, but the build still showed a final status after ${RESUME_READS} reads.`
  );
}
function report(context, retry) {
  context.record.retry = retry;
  const lines = {
    retried: `Retrying ${retry.imageArn ?? ""} in place from ${retry.resumesAt ?? ""} (${retry.why}); kept: ${retry.kept.join(", ") || "nothing"}`,
    "not-retried": `Not retrying ${retry.imageArn ?? ""}: ${retry.why}`,
    "built-anew": `Not retrying${retry.imageArn ? ` ${retry.imageArn}` : ""}: ${retry.why}`
  };
  context.out.write([lines[retry.outcome]]);
}
function look(context, imageArn) {
  return fetchSnapshot(context.clients.imagebuilder, imageArn, void 0, context.stop.signal);
}
function stoppedIn(snapshot) {
  const fromContext = snapshot.image.failureContext?.imageStatus;
  if (fromContext) return fromContext;
  const completed = new Set(
    currentWorkflows(snapshot.workflows).filter((workflow) => workflow.status === "COMPLETED").map((workflow) => workflow.type)
  );
  if (!completed.has("BUILD")) return "BUILDING";
  if (snapshot.image.testsEnabled && !completed.has("TEST")) return "TESTING";
  return "DISTRIBUTING";
}
function keptPhases(snapshot) {
  return currentWorkflows(snapshot.workflows).filter((workflow) => workflow.status === "COMPLETED").flatMap((workflow) => PHASE_OF_WORKFLOW[workflow.type] ?? []);
}
async function earlierBuild(context, invocation) {
  const client = context.clients.imagebuilder;
  const pages = imageSummaries(client, context.inputs);
  let newest;
  for await (const summaries of pages) {
    for (const image of summaries) {
      const created = image.dateCreated ?? "";
      if (image.tags?.[INVOCATION_TAG] !== invocation || !image.arn) continue;
      if (!newest || created > newest.created) newest = { arn: image.arn, created };
    }
  }
  return newest?.arn;
}
async function* imageSummaries(client, inputs) {
  if (inputs.mode === "pipeline") {
    const pages2 = paginateListImagePipelineImages(
      { client },
      { imagePipelineArn: inputs.pipelineArn }
    );
    for await (const page of pages2) yield page.imageSummaryList ?? [];
    return;
  }
  const pages = paginateListImageBuildVersions(
    { client },
    { filters: [{ name: "name", values: [inputs.name] }] }
  );
  for await (const page of pages) yield page.imageSummaryList ?? [];
}
export {
  keptPhases,
  retryAttached,
  retryEarlierAttempt,
  stoppedIn
};
