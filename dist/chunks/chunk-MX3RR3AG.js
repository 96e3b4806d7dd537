import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  code,
  table,
  text
} from "./chunk-VOBVRTXH.js";

// src/report/plan-report.ts
var ACTION_WORDS = {
  reuse: "reuse",
  create: "create",
  update: "update in place"
};
function rows(plan) {
  return [
    ...plan.components.map((component) => ({
      kind: component.type === "TEST" ? "test component" : "build component",
      name: component.kind === "file" ? `${component.name} (${component.source})` : component.name,
      action: component.action,
      version: component.version,
      arn: component.arn
    })),
    { kind: plan.recipe.container ? "container recipe" : "image recipe", ...plan.recipe },
    { kind: "infrastructure configuration", ...plan.infrastructure },
    { kind: "distribution configuration", ...plan.distribution }
  ];
}
function planLines(plan) {
  const parent = plan.parent.input === plan.parent.amiId ? plan.parent.amiId : `${plan.parent.input} \u2192 ${plan.parent.amiId}`;
  return [
    `Plan for recipe ${plan.recipe.name} in ${plan.region} (parent ${parent}, ${plan.parent.platform}):`,
    ...rows(plan).map(
      (row) => `  ${ACTION_WORDS[row.action] ?? row.action} ${row.kind} ${row.name}${row.version ? ` ${row.version}` : ""}`
    )
  ];
}
function planSection(plan) {
  const body = rows(plan).map((row) => [
    text(row.kind),
    text(row.name),
    text(row.version ?? ""),
    text(ACTION_WORDS[row.action] ?? row.action),
    row.arn ? code(row.arn) : ""
  ]);
  const parent = `Parent image ${code(plan.parent.input)}${plan.parent.input === plan.parent.amiId ? "" : ` \u2192 ${code(plan.parent.amiId)}`} (${text(plan.parent.platform)})`;
  return `### Plan
${parent}

${table(["Resource", "Name", "Version", "Action", "ARN"], body)}`;
}
function planOutput(plan) {
  if (!plan) return "";
  const resource = ({ name, action, arn }) => ({
    name,
    action,
    ...arn ? { arn } : {}
  });
  return JSON.stringify({
    region: plan.region,
    parentImage: {
      input: plan.parent.input,
      amiId: plan.parent.amiId,
      platform: plan.parent.platform
    },
    components: plan.components.map((component) => ({
      source: component.source,
      type: component.type,
      ...resource(component),
      ...component.version ? { version: component.version } : {}
    })),
    [plan.recipe.container ? "containerRecipe" : "imageRecipe"]: {
      ...resource(plan.recipe),
      version: plan.recipe.version
    },
    infrastructureConfiguration: resource(plan.infrastructure),
    distributionConfiguration: {
      ...resource(plan.distribution),
      regions: plan.distribution.distributions.map((distribution) => distribution.region)
    }
  });
}

// src/arns.ts
var REGION = "[a-z]{2}(?:-[a-z]+)+-\\d{1,2}";
var REGION_NAME = new RegExp(`^${REGION}$`);
var ISOLATED_REGION = /^[a-z]{2}-iso[a-z]?-/;
function knownPartitionOf(region) {
  if (!REGION_NAME.test(region) || ISOLATED_REGION.test(region)) return void 0;
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}
function partitionOf(region) {
  const partition = knownPartitionOf(region);
  if (partition === void 0) {
    throw new Error(`'${region}' is not a region of the aws, aws-cn or aws-us-gov partition`);
  }
  return partition;
}
function regionProblem(region) {
  if (!REGION_NAME.test(region)) return `'${region}' is not a region name (like eu-west-1)`;
  if (knownPartitionOf(region) === void 0) {
    return `'${region}' is not in a partition this action supports (aws, aws-cn, aws-us-gov)`;
  }
  return void 0;
}
function parseArn(text2) {
  const match = /^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$/.exec(text2);
  if (!match) return void 0;
  const [, partition = "", service = "", region = "", accountId = "", resource = ""] = match;
  return { partition, service, region, accountId, resource };
}
function arnPartitionProblem(arn, buildPartition) {
  if (!isPartition(arn.partition)) {
    return `'${arn.partition}' is not a known partition (aws, aws-cn, aws-us-gov)`;
  }
  if (arn.region !== "") {
    const problem = regionProblem(arn.region);
    if (problem !== void 0) return problem;
    const regionPartition = partitionOf(arn.region);
    if (regionPartition !== arn.partition) {
      return `partition ${arn.partition} does not match region ${arn.region} (a region of ${regionPartition})`;
    }
  }
  if (buildPartition !== void 0 && arn.partition !== buildPartition) {
    return `partition ${arn.partition} differs from the build region's partition (${buildPartition})`;
  }
  return void 0;
}
function isPartition(text2) {
  return text2 === "aws" || text2 === "aws-cn" || text2 === "aws-us-gov";
}
var PIPELINE_PATH = /^image-pipeline\/[a-z0-9-_]+$/;
var IMAGE_BUILD_VERSION_PATH = /^image\/([a-z0-9-_]+)\/(\d+\.\d+\.\d+)\/(\d+)$/;
function imagebuilderArn(text2) {
  const arn = parseArn(text2);
  const accountOk = arn !== void 0 && (/^\d{12}$/.test(arn.accountId) || arn.accountId === "aws");
  return arn?.service === "imagebuilder" && REGION_NAME.test(arn.region) && accountOk ? arn : void 0;
}
function parseImageBuildVersionArn(text2) {
  const arn = imagebuilderArn(text2);
  const match = arn && IMAGE_BUILD_VERSION_PATH.exec(arn.resource);
  if (!arn || !match) return void 0;
  const [, name = "", semanticVersion = "", build = ""] = match;
  return {
    partition: arn.partition,
    region: arn.region,
    accountId: arn.accountId,
    name,
    semanticVersion,
    buildNumber: Number(build)
  };
}
function pipelineArnRegion(text2) {
  const arn = imagebuilderArn(text2);
  return arn && arn.accountId !== "aws" && PIPELINE_PATH.test(arn.resource) ? arn.region : void 0;
}
var VERSION_OR_WILDCARD = /^(?:\d+\.\d+\.\d+|\d+\.\d+\.x|\d+\.x\.x|x\.x\.x)$/;
var IMAGE_VERSION_PATH = /^image\/([a-z0-9-_]+)\/([^/]+)(?:\/(\d+))?$/;
function imageVersionArnRegion(text2) {
  const arn = imagebuilderArn(text2);
  const match = arn && IMAGE_VERSION_PATH.exec(arn.resource);
  if (!arn || !match) return void 0;
  const [, , version = "", build] = match;
  const fits = build === void 0 ? VERSION_OR_WILDCARD.test(version) : /^\d+\.\d+\.\d+$/.test(version);
  return fits ? arn.region : void 0;
}

export {
  REGION_NAME,
  partitionOf,
  regionProblem,
  parseArn,
  arnPartitionProblem,
  parseImageBuildVersionArn,
  pipelineArnRegion,
  imageVersionArnRegion,
  planLines,
  planSection,
  planOutput
};
