import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  StartImagePipelineExecution$,
  commonParams,
  describeError,
  errorName,
  invocationId,
  isExpiredCredentials,
  startPatienceFrom,
  withStartPatience
} from "./chunk-T4C5SD55.js";
import {
  Command,
  getEndpointPlugin
} from "./chunk-62XFFN6W.js";

// src/start/provenance.ts
function provenanceTags(env = process.env) {
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (!repository || !runId) return {};
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  const runAttempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? "", 10);
  const attempt = Number.isNaN(runAttempt) ? "" : `/attempts/${String(runAttempt)}`;
  const tags = {
    "github:repository": repository,
    "github:run-url": `${serverUrl}/${repository}/actions/runs/${runId}${attempt}`
  };
  if (env.GITHUB_SHA) tags["github:sha"] = env.GITHUB_SHA;
  return tags;
}
var INVOCATION_TAG = "imagebuilder-action:invocation";
function invocationTag(env) {
  const id = invocationId(env);
  return id === void 0 ? {} : { [INVOCATION_TAG]: id };
}

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/StartImagePipelineExecutionCommand.js
var StartImagePipelineExecutionCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "StartImagePipelineExecution", {}).n("ImagebuilderClient", "StartImagePipelineExecutionCommand").sc(StartImagePipelineExecution$).build() {
};

// src/start/start-pipeline.ts
var StartError = class extends Error {
  name = "StartError";
};
async function startPipelineExecution(client, inputs, clientToken, signal, patience = startPatienceFrom(process.env)) {
  const command = withStartPatience(
    new StartImagePipelineExecutionCommand({
      imagePipelineArn: inputs.pipelineArn,
      clientToken,
      tags: Object.keys(inputs.tags).length > 0 ? inputs.tags : void 0
    }),
    patience
  );
  const { imageBuildVersionArn } = await client.send(command, { abortSignal: signal }).catch((error) => {
    throw signal.aborted ? new StartError(
      `Stopped before Image Builder confirmed the start of pipeline ${inputs.pipelineArn}; a build may have started: look for it among the pipeline's images.`
    ) : explainStartFailure(error, inputs.pipelineArn);
  });
  if (!imageBuildVersionArn) {
    throw new StartError("Image Builder started no build: its answer had no image ARN.");
  }
  return imageBuildVersionArn;
}
function explainStartFailure(error, pipelineArn) {
  if (isExpiredCredentials(error)) return error;
  switch (errorName(error)) {
    case "ResourceNotFoundException":
      return new StartError(
        `Pipeline ${pipelineArn} does not exist in its region, or this role cannot see it.`
      );
    case "ResourceInUseException":
      return new StartError(
        `Pipeline ${pipelineArn} cannot start a build now (${describeError(error)}). Try again once its current build ends.`
      );
    case "IdempotentParameterMismatchException":
      return new StartError(
        `This step already started a build with other parameters (${describeError(error)}). Re-run the workflow to start a new one.`
      );
    default:
      return new StartError(`Could not start pipeline ${pipelineArn}: ${describeError(error)}`);
  }
}

export {
  provenanceTags,
  INVOCATION_TAG,
  invocationTag,
  StartError,
  startPipelineExecution
};
