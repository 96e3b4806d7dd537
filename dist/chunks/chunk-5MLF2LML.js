import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  GetComponent$,
  StartImagePipelineExecution$,
  commonParams,
  describeError,
  errorName,
  isExpiredCredentials,
  startPatienceFrom,
  withStartPatience
} from "./chunk-LAGXP2Z3.js";
import {
  Command,
  getEndpointPlugin
} from "./chunk-AZDMJ5NO.js";

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/GetComponentCommand.js
var GetComponentCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "GetComponent", {}).n("ImagebuilderClient", "GetComponentCommand").sc(GetComponent$).build() {
};

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

// src/start/provenance.ts
async function provenanceTags() {
  if (!process.env.GITHUB_REPOSITORY || !process.env.GITHUB_RUN_ID) return {};
  const { context } = await import("./github-H54MJICM.js");
  const { owner, repo } = context.repo;
  const attempt = Number.isNaN(context.runAttempt) ? "" : `/attempts/${context.runAttempt}`;
  const tags = {
    "github:repository": `${owner}/${repo}`,
    "github:run-url": `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}${attempt}`
  };
  if (context.sha) tags["github:sha"] = context.sha;
  return tags;
}

export {
  GetComponentCommand,
  provenanceTags,
  StartError,
  startPipelineExecution
};
