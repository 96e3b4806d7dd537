import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  GetComponentCommand
} from "./chunk-Q4ZF5ZS2.js";
import {
  DescribeImagesCommand
} from "./chunk-LCVDWVOU.js";
import {
  GetParameterCommand
} from "./chunk-RYKPM3PC.js";
import {
  paginateListImageBuildVersions
} from "./chunk-J2IPA2NY.js";
import {
  FINGERPRINT_TAG,
  applyPlan,
  chooseVersion,
  existingVersions,
  fingerprint,
  highestVersion,
  nextPatchVersion,
  planDistribution,
  planInfrastructure,
  planRecipe
} from "./chunk-IP7HLYFE.js";
import {
  StartError,
  invocationTag,
  provenanceTags
} from "./chunk-LCM763X2.js";
import {
  CreateImage$,
  GetImageCommand,
  ImagebuilderClient,
  ListComponentBuildVersions$,
  ListComponents$,
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
  partitionOf,
  planLines
} from "./chunk-MX3RR3AG.js";
import "./chunk-VOBVRTXH.js";
import {
  InputError
} from "./chunk-IG6IKB5C.js";
import "./chunk-L5EABXVA.js";
import {
  require_dist
} from "./chunk-JJ22DMJZ.js";
import "./chunk-UP3GJJZX.js";
import "./chunk-VDQZ3A6U.js";
import {
  Command,
  createPaginator,
  getEndpointPlugin
} from "./chunk-62XFFN6W.js";
import "./chunk-TECVXIYH.js";
import "./chunk-2DQCQC44.js";
import {
  __toESM
} from "./chunk-5HJ3J6EK.js";

// src/plan/components.ts
import { readFile } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/CreateImageCommand.js
var CreateImageCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "CreateImage", {}).n("ImagebuilderClient", "CreateImageCommand").sc(CreateImage$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/ListComponentBuildVersionsCommand.js
var ListComponentBuildVersionsCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "ListComponentBuildVersions", {}).n("ImagebuilderClient", "ListComponentBuildVersionsCommand").sc(ListComponentBuildVersions$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/ListComponentsCommand.js
var ListComponentsCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "ListComponents", {}).n("ImagebuilderClient", "ListComponentsCommand").sc(ListComponents$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/pagination/ListComponentBuildVersionsPaginator.js
var paginateListComponentBuildVersions = createPaginator(ImagebuilderClient, ListComponentBuildVersionsCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-imagebuilder/dist-es/pagination/ListComponentsPaginator.js
var paginateListComponents = createPaginator(ImagebuilderClient, ListComponentsCommand, "nextToken", "nextToken", "maxResults");

// src/plan/awstoe-document.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_COMPONENT_DATA = 16e3;
var PHASE_NAMES = ["build", "validate", "test", "container-host-test"];
var DocumentProblem = class extends Error {
  constructor(line, problem) {
    super(problem);
    this.line = line;
    this.name = "DocumentProblem";
  }
  line;
};
function checkComponentDocument(data) {
  if (data.trim() === "") throw new DocumentProblem(0, "the file is empty");
  if (data.length > MAX_COMPONENT_DATA) {
    throw new DocumentProblem(
      0,
      `the document has ${data.length} characters; Image Builder takes at most ${MAX_COMPONENT_DATA} inline`
    );
  }
  const lines = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(data, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node) => node?.range ? lines.linePos(node.range[0]).line : 0;
  const [syntaxError] = document.errors;
  if (syntaxError) {
    throw new DocumentProblem(
      lines.linePos(syntaxError.pos[0]).line,
      `not valid YAML: ${syntaxError.message.split("\n")[0]}`
    );
  }
  const root = document.contents;
  if (!(0, import_yaml.isMap)(root)) throw new DocumentProblem(lineOf(root), "expected a mapping at the top level");
  if (!root.has("schemaVersion"))
    throw new DocumentProblem(lineOf(root), "schemaVersion is missing");
  const phases = root.get("phases", true);
  if (!(0, import_yaml.isSeq)(phases) || phases.items.length === 0) {
    throw new DocumentProblem(lineOf(phases ?? root), "phases must be a non-empty list");
  }
  const phaseNames = phases.items.map((phase, index) => checkPhase(phase, index + 1, lineOf));
  return { data, type: phaseNames.length === 1 && phaseNames[0] === "test" ? "TEST" : "BUILD" };
}
function checkPhase(phase, position, lineOf) {
  if (!(0, import_yaml.isMap)(phase))
    throw new DocumentProblem(lineOfUnknown(phase, lineOf), `phase ${position} must be a mapping`);
  const name = phase.get("name");
  if (typeof name !== "string" || !PHASE_NAMES.includes(name)) {
    throw new DocumentProblem(
      lineOf(phase),
      `phase ${position} must be named ${PHASE_NAMES.join(", ")}; got ${JSON.stringify(name ?? null)}`
    );
  }
  const steps = phase.get("steps", true);
  if (!(0, import_yaml.isSeq)(steps) || steps.items.length === 0) {
    throw new DocumentProblem(
      lineOf(steps ?? phase),
      `phase ${name} must have a non-empty list of steps`
    );
  }
  const seen = /* @__PURE__ */ new Set();
  steps.items.forEach((step, index) => {
    const where = `step ${index + 1} of phase ${name}`;
    if (!(0, import_yaml.isMap)(step))
      throw new DocumentProblem(lineOfUnknown(step, lineOf), `${where} must be a mapping`);
    const stepName = step.get("name");
    const action = step.get("action");
    if (typeof stepName !== "string" || stepName === "") {
      throw new DocumentProblem(lineOf(step), `${where} has no name`);
    }
    if (typeof action !== "string" || action === "") {
      throw new DocumentProblem(lineOf(step), `step ${stepName} of phase ${name} has no action`);
    }
    if (seen.has(stepName)) {
      throw new DocumentProblem(lineOf(step), `phase ${name} has two steps named ${stepName}`);
    }
    seen.add(stepName);
  });
  return name;
}
function lineOfUnknown(value, lineOf) {
  return (0, import_yaml.isScalar)(value) || (0, import_yaml.isMap)(value) || (0, import_yaml.isSeq)(value) ? lineOf(value) : 0;
}

// src/plan/components.ts
var MANAGED_NAME = /^[a-z0-9][a-z0-9-_]*$/;
async function planComponents(planning) {
  const planned = [];
  for (const reference of planning.inputs.components) {
    planned.push(await planComponent(planning, reference));
  }
  if (!planned.some((component) => component.type === "BUILD")) {
    throw new InputError(
      "components",
      "a recipe needs at least one build component; every one given is a test component"
    );
  }
  return planned;
}
function planComponent(planning, reference) {
  if (reference.source.startsWith("arn:")) return planExisting(planning, reference, "arn");
  if (MANAGED_NAME.test(reference.source) && extname(reference.source) === "") {
    return planExisting(planning, reference, "managed");
  }
  return planFromFile(planning, reference);
}
async function planExisting(planning, reference, kind) {
  const { region } = planning.inputs;
  const arn = kind === "arn" ? reference.source : `arn:${partitionOf(region)}:imagebuilder:${region}:aws:component/${reference.source}/x.x.x`;
  const component = await getComponent(planning.client, arn);
  if (!component) {
    throw new InputError(
      "components",
      kind === "managed" ? `'${reference.source}' is not an AWS-managed component in ${region}` : `component ${arn} does not exist, or this role cannot read it`
    );
  }
  return {
    source: reference.source,
    kind,
    name: component.name ?? reference.source,
    action: "reuse",
    arn,
    fingerprint: arn,
    type: component.type === "TEST" ? "TEST" : "BUILD",
    parameters: parametersOf(reference)
  };
}
async function planFromFile(planning, reference) {
  const data = await readDocument(planning.workspace, reference.source);
  let document;
  try {
    document = checkComponentDocument(data);
  } catch (error) {
    if (!(error instanceof DocumentProblem)) throw error;
    const where = error.line > 0 ? ` line ${error.line}` : "";
    throw new InputError("components", `${reference.source}${where}: ${error.message}`);
  }
  const name = componentName(planning.inputs.name, reference.source);
  const content = { data: document.data, platform: planning.platform };
  const contentFingerprint = fingerprint(content);
  const latest = await latestOwnComponent(planning.client, name);
  const base = {
    source: reference.source,
    kind: "file",
    name,
    fingerprint: contentFingerprint,
    type: document.type,
    platform: planning.platform,
    parameters: parametersOf(reference)
  };
  if (latest?.fingerprint === contentFingerprint) {
    return { ...base, action: "reuse", arn: latest.arn, version: latest.version };
  }
  return { ...base, action: "create", version: nextPatchVersion(latest?.version), data };
}
async function readDocument(workspace, path) {
  try {
    return await readFile(resolve(workspace, path), "utf8");
  } catch (error) {
    throw new InputError("components", `cannot read ${path}: ${describeFsError(error)}`);
  }
}
function describeFsError(error) {
  const code = error.code;
  if (code === "ENOENT") return "no such file in the repository (paths start at the checkout)";
  if (code === "EISDIR") return "it is a directory";
  return String(error);
}
function componentName(recipeName, path) {
  const file = basename(path, extname(path)).replace(/[^-_A-Za-z0-9]/g, "-");
  return `${recipeName}-${file}`.slice(0, 128).replace(/[ ]+$/, "");
}
async function latestOwnComponent(client, name) {
  const versions = /* @__PURE__ */ new Map();
  const filters = [{ name: "name", values: [name] }];
  for await (const page of paginateListComponents({ client }, { owner: "Self", filters })) {
    for (const summary of page.componentVersionList ?? []) {
      if (summary.version && summary.arn) versions.set(summary.version, summary.arn);
    }
  }
  const version = highestVersion([...versions.keys()]);
  const componentVersionArn = version === void 0 ? void 0 : versions.get(version);
  if (version === void 0 || componentVersionArn === void 0) return void 0;
  let newest;
  for await (const page of paginateListComponentBuildVersions(
    { client },
    { componentVersionArn }
  )) {
    for (const build of page.componentSummaryList ?? []) {
      if (build.arn && (!newest || buildNumber(build.arn) > buildNumber(newest.arn))) {
        newest = { version, arn: build.arn, fingerprint: build.tags?.[FINGERPRINT_TAG] };
      }
    }
  }
  return newest;
}
function buildNumber(arn) {
  return Number(arn.split("/").at(-1));
}
async function getComponent(client, arn) {
  try {
    return (await client.send(new GetComponentCommand({ componentBuildVersionArn: arn }))).component;
  } catch (error) {
    const name = errorName(error);
    if (name === "ResourceNotFoundException" || name === "InvalidParameterValueException") {
      return void 0;
    }
    throw error;
  }
}
function parametersOf(reference) {
  return reference.parameters.length > 0 ? reference.parameters : void 0;
}

// src/plan/container-recipe.ts
import { readFile as readFile2 } from "node:fs/promises";
var DEFAULT_DOCKERFILE_TEMPLATE = [
  "FROM {{{ imagebuilder:parentImage }}}",
  "{{{ imagebuilder:environments }}}",
  "{{{ imagebuilder:components }}}",
  ""
].join("\n");
var MAX_TEMPLATE_CHARS = 16e3;
function containerParent(inputs) {
  return {
    input: inputs.parentImage,
    amiId: inputs.parentImage,
    platform: inputs.platform ?? "Linux"
  };
}
async function planContainerRecipe(client, inputs, container, components) {
  const content = {
    dockerfileTemplateData: await dockerfileTemplate(container),
    repositoryName: buildRegionRepository(inputs, container),
    platform: inputs.platform
  };
  const recipeFingerprint = fingerprint({
    parentImage: inputs.parentImage,
    components: components.map((component) => ({
      component: component.fingerprint,
      parameters: component.parameters
    })),
    ...content
  });
  const existing = await existingVersions(client, inputs.name, "container");
  return chooseVersion(inputs, existing, {
    name: inputs.name,
    fingerprint: recipeFingerprint,
    parentImage: inputs.parentImage,
    container: content
  });
}
async function dockerfileTemplate(container) {
  if (container.dockerfile === void 0) return DEFAULT_DOCKERFILE_TEMPLATE;
  const { path, realPath } = container.dockerfile;
  let data;
  try {
    data = await readFile2(realPath, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(
      "dockerfile",
      `cannot read ${path}: ${code === "EISDIR" ? "it is a directory" : String(error)}`
    );
  }
  if (data.trim() === "") throw new InputError("dockerfile", `${path} is empty`);
  if (data.includes("\0")) throw new InputError("dockerfile", `${path} is not a text file`);
  if (data.length > MAX_TEMPLATE_CHARS) {
    throw new InputError(
      "dockerfile",
      `${path} has ${data.length} characters; Image Builder takes at most ${MAX_TEMPLATE_CHARS}`
    );
  }
  return data;
}
function buildRegionRepository(inputs, container) {
  const own = container.repositories.find((entry) => entry.region === inputs.region);
  const first = container.repositories[0];
  const chosen = own ?? first;
  if (chosen === void 0) throw new InputError("container-repository", "no repository given");
  return chosen.repositoryName;
}
async function requireRepositories(clients, container) {
  const { DescribeRepositoriesCommand } = await import("./ecr-M2RKVWN4.js");
  await Promise.all(
    container.repositories.map(async ({ region, repositoryName }) => {
      const ecr = await clients.ecr(region);
      try {
        await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [repositoryName] }));
      } catch (error) {
        if (errorName(error) !== "RepositoryNotFoundException") throw error;
        throw new InputError(
          "container-repository",
          `ECR repository ${repositoryName} does not exist in ${region}; create it (aws ecr create-repository --region ${region} --repository-name ${repositoryName}) or name another`
        );
      }
    })
  );
}

// src/plan/parent-image.ts
var NOT_FOUND = /* @__PURE__ */ new Set([
  "ResourceNotFoundException",
  "ParameterNotFound",
  "InvalidAMIID.NotFound"
]);
async function resolveParentImage(clients, region, input) {
  const amiId = await amiOf(clients, region, input);
  const ec2 = await clients.ec2(region);
  const { Images } = await ec2.send(new DescribeImagesCommand({ ImageIds: [amiId] })).catch((error) => {
    if (NOT_FOUND.has(errorName(error))) return { Images: [] };
    throw error;
  });
  const image = Images?.[0];
  if (!image) {
    throw new InputError(
      "parent-image",
      `${describe(input, amiId)} is not an AMI in ${region} that this account can use`
    );
  }
  const rootDeviceName = image.RootDeviceName;
  const root = image.BlockDeviceMappings?.find((mapping) => mapping.DeviceName === rootDeviceName);
  return {
    input,
    amiId,
    platform: platformOf(image),
    rootDeviceName,
    rootVolumeSize: root?.Ebs?.VolumeSize
  };
}
async function amiOf(clients, region, input) {
  if (input.startsWith("ami-")) return input;
  if (input.startsWith("ssm:")) return amiInParameter(clients, region, input.slice("ssm:".length));
  return amiOfImage(clients, region, input);
}
async function amiInParameter(clients, region, name) {
  const ssm = await clients.ssm(region);
  try {
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: name }));
    const value = Parameter?.Value?.trim() ?? "";
    if (!/^ami-[0-9a-f]{8,17}$/.test(value)) {
      throw new InputError(
        "parent-image",
        `SSM parameter ${name} in ${region} holds '${value}', not an AMI ID`
      );
    }
    return value;
  } catch (error) {
    if (!NOT_FOUND.has(errorName(error))) throw error;
    throw new InputError("parent-image", `SSM parameter ${name} does not exist in ${region}`);
  }
}
async function amiOfImage(clients, region, arn) {
  try {
    const { image } = await clients.imagebuilder.send(
      new GetImageCommand({ imageBuildVersionArn: arn })
    );
    const ami = image?.outputResources?.amis?.find((candidate) => candidate.region === region);
    if (!ami?.image) {
      throw new InputError("parent-image", `image ${arn} has no AMI in ${region}`);
    }
    return ami.image;
  } catch (error) {
    if (!NOT_FOUND.has(errorName(error))) throw error;
    throw new InputError("parent-image", `image ${arn} does not exist or has no AVAILABLE build`);
  }
}
function platformOf(image) {
  if (/windows/i.test(`${image.Platform ?? ""} ${image.PlatformDetails ?? ""}`)) return "Windows";
  if (image.Architecture?.endsWith("_mac")) return "macOS";
  return "Linux";
}
function describe(input, amiId) {
  return input === amiId ? amiId : `${amiId} (from ${input})`;
}

// src/plan/make-plan.ts
async function makePlan(context) {
  const { inputs, clients, env } = context;
  const client = clients.imagebuilder;
  const { container } = inputs;
  if (container) await requireRepositories(clients, container);
  const parent = container ? containerParent(inputs) : await resolveParentImage(clients, inputs.region, inputs.parentImage);
  const components = await planComponents({
    client,
    inputs,
    platform: inputs.platform ?? parent.platform,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd()
  });
  const [recipe, infrastructure, distribution] = await Promise.all([
    container ? planContainerRecipe(client, inputs, container, components) : planRecipe(client, inputs, parent, components),
    planInfrastructure(client, inputs),
    planDistribution(client, inputs.name, inputs)
  ]);
  return { region: inputs.region, parent, components, recipe, infrastructure, distribution };
}
function changesNothing(plan) {
  return [...plan.components, plan.recipe, plan.infrastructure, plan.distribution].every(
    (resource) => resource.action === "reuse"
  );
}

// src/start/create-image.ts
var PARENT_AMI_TAG = "imagebuilder-action:parent-ami";
async function createImage(context, plan) {
  const { inputs } = context;
  const command = withStartPatience(
    new CreateImageCommand({
      ...plan.recipe.container ? { containerRecipeArn: plan.recipe.arn } : { imageRecipeArn: plan.recipe.arn },
      infrastructureConfigurationArn: plan.infrastructure.arn,
      distributionConfigurationArn: plan.distribution.arn,
      imageTestsConfiguration: { imageTestsEnabled: inputs.imageTests },
      imageScanningConfiguration: { imageScanningEnabled: inputs.imageScanning },
      enhancedImageMetadataEnabled: true,
      executionRole: inputs.executionRole,
      tags: {
        ...provenanceTags(context.env),
        ...inputs.retryOnRerun ? invocationTag(context.env) : {},
        ...inputs.tags,
        [PARENT_AMI_TAG]: plan.parent.amiId
      },
      clientToken: clientToken("create-image", context.env)
    }),
    startPatienceFrom(context.env)
  );
  try {
    const { imageBuildVersionArn } = await context.clients.imagebuilder.send(command, {
      abortSignal: context.stop.signal
    });
    if (!imageBuildVersionArn) {
      throw new StartError("Image Builder started no build: its answer had no image ARN.");
    }
    return imageBuildVersionArn;
  } catch (error) {
    if (isExpiredCredentials(error) || error instanceof StartError) throw error;
    throw new StartError(
      `Could not start the build of recipe ${plan.recipe.name} ${plan.recipe.version}: ${describeError(error)}`
    );
  }
}

// src/start/last-image.ts
async function lastEquivalentImage(client, plan) {
  if (!plan.recipe.arn) return void 0;
  const imageVersionArn = plan.recipe.arn.replace(/:(?:image|container)-recipe\//, ":image/");
  let newest;
  for await (const page of paginateListImageBuildVersions({ client }, { imageVersionArn })) {
    for (const image of page.imageSummaryList ?? []) {
      const equivalent = image.state?.status === "AVAILABLE" && image.tags?.[PARENT_AMI_TAG] === plan.parent.amiId;
      const created = image.dateCreated ?? "";
      if (equivalent && image.arn && (!newest || created > newest.created)) {
        newest = { arn: image.arn, created };
      }
    }
  }
  return newest?.arn;
}

// src/start/recipe.ts
async function beginRecipe(context) {
  const { inputs, record, out, clients } = context;
  if (inputs.retryOnRerun && !inputs.dryRun) {
    const { retryEarlierAttempt } = await import("./retry-BJWIKN5D.js");
    const retried = await retryEarlierAttempt(context);
    if (retried) return retried;
  }
  const plan = await makePlan(context);
  record.plan = plan;
  out.write(planLines(plan));
  if (inputs.dryRun) {
    out.write(["Dry run: nothing was created, updated or started."]);
    return { kind: "planned" };
  }
  if (inputs.skipIfUnchanged && changesNothing(plan)) {
    const last = await lastEquivalentImage(clients.imagebuilder, plan);
    if (last) {
      out.write([
        `Unchanged since ${last} (same recipe, parent ${plan.parent.amiId}): no build started.`
      ]);
      return { kind: "reused", imageArn: last };
    }
    out.write(["No earlier AVAILABLE build of this recipe from the same parent AMI: building."]);
  }
  await applyPlan({
    client: clients.imagebuilder,
    region: plan.region,
    plan,
    tags: inputs.tags,
    report: (line) => out.write([line])
  });
  return { kind: "started", imageArn: await createImage(context, plan) };
}
export {
  beginRecipe
};
