import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  fetchImage
} from "./chunk-TRJRUJUG.js";
import {
  applyDistribution,
  planDistribution
} from "./chunk-IP7HLYFE.js";
import {
  StartError,
  provenanceTags
} from "./chunk-LCM763X2.js";
import {
  DistributeImage$,
  clientToken,
  commonParams,
  describeError,
  errorName,
  isExpiredCredentials,
  startPatienceFrom,
  withStartPatience
} from "./chunk-T4C5SD55.js";
import "./chunk-MPQEDZ2V.js";
import "./chunk-XD2Z7BNE.js";
import {
  promotionLines
} from "./chunk-FGF3456P.js";
import "./chunk-XGQITXQ4.js";
import "./chunk-VOBVRTXH.js";
import {
  InputError
} from "./chunk-IG6IKB5C.js";
import "./chunk-L5EABXVA.js";
import "./chunk-UP3GJJZX.js";
import "./chunk-VDQZ3A6U.js";
import {
  Command,
  getEndpointPlugin
} from "./chunk-62XFFN6W.js";
import "./chunk-TECVXIYH.js";
import "./chunk-2DQCQC44.js";
import "./chunk-5HJ3J6EK.js";

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/DistributeImageCommand.js
var DistributeImageCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "DistributeImage", {}).n("ImagebuilderClient", "DistributeImageCommand").sc(DistributeImage$).build() {
};

// src/plan/promote.ts
var BUILD_DATE = "-{{imagebuilder:buildDate}}";
var AMI_NAME_CHARS = 127;
var RESOURCE_NAME_CHARS = 128;
var SUFFIX = "-promote";
async function planPromotion(context) {
  const { inputs, clients } = context;
  const source = await promotedImage(context);
  const name = source.name ?? source.arn.split("/")[1] ?? "image";
  const distribution = await planDistribution(
    clients.imagebuilder,
    `${name.slice(0, RESOURCE_NAME_CHARS - SUFFIX.length)}${SUFFIX}`,
    { ...inputs, amiName: `${name.slice(0, AMI_NAME_CHARS - BUILD_DATE.length)}${BUILD_DATE}` }
  );
  return { region: inputs.region, source, distribution };
}
async function promotedImage(context) {
  const { promoteImage } = context.inputs;
  let image;
  try {
    image = await fetchImage(context.clients.imagebuilder, promoteImage, context.stop.signal);
  } catch (error) {
    if (errorName(error) !== "ResourceNotFoundException") throw error;
    throw new InputError(
      "promote-image",
      `no AVAILABLE image matches ${promoteImage} in ${context.inputs.region}: build one first, or name a build version that exists`
    );
  }
  if (image.type === "DOCKER") {
    throw new InputError(
      "promote-image",
      `${image.arn} is a container image; promotion distributes AMIs (DistributeImage)`
    );
  }
  if (image.status !== "AVAILABLE") {
    throw new InputError(
      "promote-image",
      `${image.arn} is ${image.status}, not AVAILABLE: only an image that was built and tested can be promoted`
    );
  }
  return image;
}

// src/start/promote.ts
async function beginPromotion(context) {
  const { inputs, record, out, clients } = context;
  const plan = await planPromotion(context);
  record.promotion = plan;
  out.write(promotionLines(plan));
  if (inputs.dryRun) {
    out.write(["Dry run: nothing was created, updated or distributed."]);
    return { kind: "planned" };
  }
  plan.distribution.arn = await applyDistribution(
    {
      client: clients.imagebuilder,
      region: inputs.region,
      tags: inputs.tags,
      report: (line) => out.write([line])
    },
    plan.distribution
  );
  return { kind: "started", imageArn: await distributeImage(context, plan) };
}
async function distributeImage(context, plan) {
  const { inputs } = context;
  const command = withStartPatience(
    new DistributeImageCommand({
      sourceImage: plan.source.arn,
      distributionConfigurationArn: plan.distribution.arn,
      executionRole: inputs.executionRole,
      tags: { ...provenanceTags(context.env), ...inputs.tags },
      clientToken: clientToken("distribute-image", context.env)
    }),
    startPatienceFrom(context.env)
  );
  try {
    const { imageBuildVersionArn } = await context.clients.imagebuilder.send(command, {
      abortSignal: context.stop.signal
    });
    if (!imageBuildVersionArn) {
      throw new StartError("Image Builder distributed nothing: its answer had no image ARN.");
    }
    return imageBuildVersionArn;
  } catch (error) {
    if (isExpiredCredentials(error) || error instanceof StartError) throw error;
    throw new StartError(
      `Could not distribute ${plan.source.arn}: ${describeError(error)}${advice(error, inputs.executionRole)}`
    );
  }
}
function advice(error, executionRole) {
  switch (errorName(error)) {
    case "AccessDeniedException":
    case "ForbiddenException":
      return ` The workflow's role needs imagebuilder:DistributeImage and iam:PassRole on ${executionRole}, and that role the permissions to copy and share AMIs (see the README's IAM policy).`;
    case "IdempotentParameterMismatchException":
      return " This step already distributed with other parameters; re-run the workflow to distribute again.";
    default:
      return "";
  }
}
export {
  beginPromotion
};
