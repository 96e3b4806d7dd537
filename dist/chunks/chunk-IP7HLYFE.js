import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  StartError
} from "./chunk-LCM763X2.js";
import {
  CreateComponent$,
  CreateContainerRecipe$,
  CreateDistributionConfiguration$,
  CreateImageRecipe$,
  CreateInfrastructureConfiguration$,
  ImagebuilderClient,
  ListContainerRecipes$,
  ListDistributionConfigurations$,
  ListImageRecipes$,
  ListInfrastructureConfigurations$,
  TagResource$,
  UpdateDistributionConfiguration$,
  UpdateInfrastructureConfiguration$,
  commonParams,
  errorName,
  tokenFrom
} from "./chunk-T4C5SD55.js";
import {
  InputError
} from "./chunk-IG6IKB5C.js";
import {
  Command,
  createPaginator,
  getEndpointPlugin
} from "./chunk-62XFFN6W.js";

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/CreateComponentCommand.js
var CreateComponentCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "CreateComponent", {}).n("ImagebuilderClient", "CreateComponentCommand").sc(CreateComponent$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/CreateContainerRecipeCommand.js
var CreateContainerRecipeCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "CreateContainerRecipe", {}).n("ImagebuilderClient", "CreateContainerRecipeCommand").sc(CreateContainerRecipe$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/CreateDistributionConfigurationCommand.js
var CreateDistributionConfigurationCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "CreateDistributionConfiguration", {}).n("ImagebuilderClient", "CreateDistributionConfigurationCommand").sc(CreateDistributionConfiguration$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/CreateImageRecipeCommand.js
var CreateImageRecipeCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "CreateImageRecipe", {}).n("ImagebuilderClient", "CreateImageRecipeCommand").sc(CreateImageRecipe$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/CreateInfrastructureConfigurationCommand.js
var CreateInfrastructureConfigurationCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "CreateInfrastructureConfiguration", {}).n("ImagebuilderClient", "CreateInfrastructureConfigurationCommand").sc(CreateInfrastructureConfiguration$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/ListContainerRecipesCommand.js
var ListContainerRecipesCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "ListContainerRecipes", {}).n("ImagebuilderClient", "ListContainerRecipesCommand").sc(ListContainerRecipes$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/ListDistributionConfigurationsCommand.js
var ListDistributionConfigurationsCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "ListDistributionConfigurations", {}).n("ImagebuilderClient", "ListDistributionConfigurationsCommand").sc(ListDistributionConfigurations$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/ListImageRecipesCommand.js
var ListImageRecipesCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "ListImageRecipes", {}).n("ImagebuilderClient", "ListImageRecipesCommand").sc(ListImageRecipes$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/ListInfrastructureConfigurationsCommand.js
var ListInfrastructureConfigurationsCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "ListInfrastructureConfigurations", {}).n("ImagebuilderClient", "ListInfrastructureConfigurationsCommand").sc(ListInfrastructureConfigurations$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/TagResourceCommand.js
var TagResourceCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "TagResource", {}).n("ImagebuilderClient", "TagResourceCommand").sc(TagResource$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/UpdateDistributionConfigurationCommand.js
var UpdateDistributionConfigurationCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "UpdateDistributionConfiguration", {}).n("ImagebuilderClient", "UpdateDistributionConfigurationCommand").sc(UpdateDistributionConfiguration$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/UpdateInfrastructureConfigurationCommand.js
var UpdateInfrastructureConfigurationCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "UpdateInfrastructureConfiguration", {}).n("ImagebuilderClient", "UpdateInfrastructureConfigurationCommand").sc(UpdateInfrastructureConfiguration$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/pagination/ListContainerRecipesPaginator.js
var paginateListContainerRecipes = createPaginator(ImagebuilderClient, ListContainerRecipesCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-imagebuilder/dist-es/pagination/ListDistributionConfigurationsPaginator.js
var paginateListDistributionConfigurations = createPaginator(ImagebuilderClient, ListDistributionConfigurationsCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-imagebuilder/dist-es/pagination/ListImageRecipesPaginator.js
var paginateListImageRecipes = createPaginator(ImagebuilderClient, ListImageRecipesCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-imagebuilder/dist-es/pagination/ListInfrastructureConfigurationsPaginator.js
var paginateListInfrastructureConfigurations = createPaginator(ImagebuilderClient, ListInfrastructureConfigurationsCommand, "nextToken", "nextToken", "maxResults");

// src/plan/fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_TAG = "imagebuilder-action:fingerprint";
function fingerprint(value) {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, member]) => member !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(",")}}`;
  }
  return value === void 0 ? "null" : JSON.stringify(value);
}

// src/plan/configurations.ts
async function planInfrastructure(client, inputs) {
  const settings = {
    instanceProfileName: inputs.instanceProfile,
    instanceTypes: nonEmpty(inputs.instanceTypes),
    subnetId: inputs.subnetId,
    securityGroupIds: nonEmpty(inputs.securityGroupIds),
    // A failed build's instance is no use to a workflow, and it costs money while it stands.
    terminateInstanceOnFailure: true,
    // AWS: with IMDSv2 tokens required, container builds need a hop limit of at least two.
    ...inputs.container ? { instanceMetadataOptions: { httpPutResponseHopLimit: 2 } } : {}
  };
  const existing = await findInfrastructure(client, inputs.name);
  return { name: inputs.name, settings, ...decide(existing, fingerprint(settings)) };
}
async function planDistribution(client, name, settings) {
  const distributions = distributionsOf(settings);
  const existing = await findDistribution(client, name);
  return { name, distributions, ...decide(existing, fingerprint(distributions)) };
}
function distributionsOf(inputs) {
  if (inputs.container) {
    const { tags } = inputs.container;
    return inputs.container.repositories.map(({ region, repositoryName }) => ({
      region,
      containerDistributionConfiguration: {
        targetRepository: { service: "ECR", repositoryName },
        containerTags: nonEmpty(tags)
      }
    }));
  }
  return inputs.distributionRegions.map((region) => {
    const launchTemplates = inputs.launchTemplates.filter((entry) => entry.region === region);
    return {
      region,
      amiDistributionConfiguration: {
        name: inputs.amiName,
        amiTags: Object.keys(inputs.amiTags).length > 0 ? inputs.amiTags : void 0,
        launchPermission: launchPermission(inputs.shareWith)
      },
      ssmParameterConfigurations: inputs.ssmParameter ? [{ parameterName: inputs.ssmParameter, dataType: "aws:ec2:image" }] : void 0,
      launchTemplateConfigurations: nonEmpty(
        launchTemplates.map(({ launchTemplateId }) => ({
          launchTemplateId,
          setDefaultVersion: true
        }))
      )
    };
  });
}
function launchPermission(shareWith) {
  if (shareWith.length === 0) return void 0;
  return {
    userIds: nonEmpty(shareWith.filter((target) => /^\d{12}$/.test(target))),
    organizationArns: nonEmpty(shareWith.filter((target) => target.includes(":organization/"))),
    organizationalUnitArns: nonEmpty(shareWith.filter((target) => target.includes(":ou/")))
  };
}
function decide(existing, contentFingerprint) {
  if (!existing) return { action: "create", fingerprint: contentFingerprint };
  const action = existing.fingerprint === contentFingerprint ? "reuse" : "update";
  return { action, arn: existing.arn, fingerprint: contentFingerprint };
}
function findInfrastructure(client, name) {
  return firstListed(
    paginateListInfrastructureConfigurations({ client }, { filters: byName(name) }),
    (page) => page.infrastructureConfigurationSummaryList
  );
}
function findDistribution(client, name) {
  return firstListed(
    paginateListDistributionConfigurations({ client }, { filters: byName(name) }),
    (page) => page.distributionConfigurationSummaryList
  );
}
function byName(name) {
  return [{ name: "name", values: [name] }];
}
async function firstListed(pages, summaries) {
  for await (const page of pages) {
    const found = summaries(page)?.find((summary) => summary.arn);
    if (found?.arn) return { arn: found.arn, fingerprint: found.tags?.[FINGERPRINT_TAG] };
  }
  return void 0;
}
function nonEmpty(items) {
  return items.length > 0 ? [...items] : void 0;
}

// src/plan/versions.ts
function compareVersions(a, b) {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
function highestVersion(versions) {
  return [...versions].sort(compareVersions).at(-1);
}
function nextPatchVersion(current) {
  if (current === void 0) return "1.0.0";
  const [major = 0, minor = 0, patch = 0] = current.split(".").map(Number);
  return `${major}.${minor}.${patch + 1}`;
}

// src/plan/recipe.ts
async function planRecipe(client, inputs, parent, components) {
  const blockDeviceMappings = rootVolume(inputs, parent);
  const recipeFingerprint = fingerprint({
    parentImage: parent.input,
    // A component the action owns is named by its content, so a recipe is the same recipe
    // whatever build number its component got.
    components: components.map((component) => ({
      component: component.fingerprint,
      parameters: component.parameters
    })),
    blockDeviceMappings
  });
  const existing = await existingVersions(client, inputs.name);
  return chooseVersion(inputs, existing, {
    name: inputs.name,
    fingerprint: recipeFingerprint,
    parentImage: parent.input,
    blockDeviceMappings
  });
}
function chooseVersion(inputs, existing, base) {
  const recipeFingerprint = base.fingerprint;
  if (inputs.version !== "") {
    const same = existing.find((recipe) => recipe.version === inputs.version);
    if (!same) return { ...base, action: "create", version: inputs.version };
    if (same.fingerprint !== recipeFingerprint) {
      throw new InputError(
        "version",
        `recipe ${inputs.name} ${inputs.version} already exists with other content (recipes cannot change); give a new version or leave version empty`
      );
    }
    return { ...base, action: "reuse", version: same.version, arn: same.arn };
  }
  const identical = existing.filter((recipe) => recipe.fingerprint === recipeFingerprint).sort((a, b) => compareVersions(a.version, b.version)).at(-1);
  if (identical) return { ...base, action: "reuse", version: identical.version, arn: identical.arn };
  const latest = highestVersion(existing.map((recipe) => recipe.version));
  return { ...base, action: "create", version: nextPatchVersion(latest) };
}
function rootVolume(inputs, parent) {
  if (inputs.rootVolumeSize === void 0) return void 0;
  if (!parent.rootDeviceName) {
    throw new InputError(
      "root-volume-size",
      `the parent image ${parent.amiId} names no root device to resize`
    );
  }
  if (parent.rootVolumeSize !== void 0 && inputs.rootVolumeSize < parent.rootVolumeSize) {
    throw new InputError(
      "root-volume-size",
      `${inputs.rootVolumeSize} GiB is smaller than the parent image's root volume (${parent.rootVolumeSize} GiB)`
    );
  }
  return [
    {
      deviceName: parent.rootDeviceName,
      ebs: { volumeSize: inputs.rootVolumeSize, volumeType: "gp3", deleteOnTermination: true }
    }
  ];
}
async function existingVersions(client, name, kind = "image") {
  const recipes = [];
  const filters = [{ name: "name", values: [name] }];
  const request = { owner: "Self", filters };
  const pages = kind === "image" ? mapPages(
    paginateListImageRecipes({ client }, request),
    (page) => page.imageRecipeSummaryList
  ) : mapPages(
    paginateListContainerRecipes({ client }, request),
    (page) => page.containerRecipeSummaryList
  );
  for await (const summaries of pages) {
    for (const summary of summaries ?? []) {
      const version = summary.arn?.split("/").at(-1);
      if (!summary.arn || !version) continue;
      recipes.push({ arn: summary.arn, version, fingerprint: summary.tags?.[FINGERPRINT_TAG] });
    }
  }
  return recipes;
}
async function* mapPages(pages, items) {
  for await (const page of pages) yield items(page);
}

// src/start/apply-plan.ts
var DESCRIPTION = "Managed by the EC2 Image Builder GitHub Action";
async function applyPlan(applying) {
  const { plan } = applying;
  for (const component of plan.components) {
    if (component.action === "create") component.arn = await createComponent(applying, component);
  }
  plan.recipe.arn = await applyRecipe(applying, plan.recipe);
  const [infrastructureArn, distributionArn] = await Promise.all([
    applyInfrastructure(applying, plan.infrastructure),
    applyDistribution(applying, plan.distribution)
  ]);
  plan.infrastructure.arn = infrastructureArn;
  plan.distribution.arn = distributionArn;
}
async function createComponent(applying, component) {
  const tags = tagsWith(applying, component.fingerprint);
  const { componentBuildVersionArn } = await applying.client.send(
    new CreateComponentCommand({
      name: component.name,
      semanticVersion: component.version,
      platform: component.platform,
      data: component.data,
      description: `${DESCRIPTION}, from ${component.source}`.slice(0, 1024),
      tags,
      clientToken: contentToken(applying, "component", component.name, component.version, tags)
    })
  );
  applying.report(`Created component ${component.name} ${component.version}`);
  return required(componentBuildVersionArn, "CreateComponent");
}
async function applyRecipe(applying, recipe) {
  if (recipe.action === "reuse" && recipe.arn) return recipe.arn;
  const tags = tagsWith(applying, recipe.fingerprint);
  const kind = recipe.container ? "container" : "image";
  try {
    const arn = await createRecipe(applying, recipe, tags);
    applying.report(`Created ${kind} recipe ${recipe.name} ${recipe.version}`);
    return arn;
  } catch (error) {
    if (errorName(error) !== "ResourceAlreadyExistsException") throw error;
    const same = (await existingVersions(applying.client, recipe.name, kind)).find(
      (existing) => existing.version === recipe.version
    );
    if (same?.fingerprint !== recipe.fingerprint || !same.arn) {
      throw new StartError(
        `Another run created ${kind} recipe ${recipe.name} ${recipe.version} with other content at the same moment; run this step again to take the next version.`,
        { cause: error }
      );
    }
    recipe.action = "reuse";
    return same.arn;
  }
}
async function createRecipe(applying, recipe, tags) {
  const common = {
    name: recipe.name,
    semanticVersion: recipe.version,
    parentImage: recipe.parentImage,
    components: applying.plan.components.map((component) => ({
      componentArn: required(component.arn, `component ${component.source}`),
      parameters: component.parameters
    })),
    description: DESCRIPTION,
    tags,
    clientToken: contentToken(applying, "recipe", recipe.name, recipe.version, tags)
  };
  if (recipe.container) {
    const { dockerfileTemplateData, repositoryName, platform } = recipe.container;
    const { containerRecipeArn } = await applying.client.send(
      new CreateContainerRecipeCommand({
        ...common,
        containerType: "DOCKER",
        dockerfileTemplateData,
        platformOverride: platform,
        targetRepository: { service: "ECR", repositoryName }
      })
    );
    return required(containerRecipeArn, "CreateContainerRecipe");
  }
  const { imageRecipeArn } = await applying.client.send(
    new CreateImageRecipeCommand({ ...common, blockDeviceMappings: recipe.blockDeviceMappings })
  );
  return required(imageRecipeArn, "CreateImageRecipe");
}
async function applyInfrastructure(applying, infrastructure) {
  const { client } = applying;
  const settings = { ...infrastructure.settings, description: DESCRIPTION };
  return applyConfiguration(applying, infrastructure, {
    kind: "infrastructure configuration",
    find: () => findInfrastructure(client, infrastructure.name),
    create: async (tags, clientToken) => (await client.send(
      new CreateInfrastructureConfigurationCommand({
        name: infrastructure.name,
        ...settings,
        tags,
        clientToken
      })
    )).infrastructureConfigurationArn,
    update: async (arn, clientToken) => {
      await client.send(
        new UpdateInfrastructureConfigurationCommand({
          infrastructureConfigurationArn: arn,
          ...settings,
          clientToken
        })
      );
    }
  });
}
async function applyDistribution(applying, distribution) {
  const { client } = applying;
  const content = { distributions: distribution.distributions, description: DESCRIPTION };
  return applyConfiguration(applying, distribution, {
    kind: "distribution configuration",
    find: () => findDistribution(client, distribution.name),
    create: async (tags, clientToken) => (await client.send(
      new CreateDistributionConfigurationCommand({
        name: distribution.name,
        ...content,
        tags,
        clientToken
      })
    )).distributionConfigurationArn,
    update: async (arn, clientToken) => {
      await client.send(
        new UpdateDistributionConfigurationCommand({
          distributionConfigurationArn: arn,
          ...content,
          clientToken
        })
      );
    }
  });
}
async function applyConfiguration(applying, planned, calls) {
  if (planned.action === "reuse" && planned.arn) return planned.arn;
  const tags = tagsWith(applying, planned.fingerprint);
  if (planned.action === "create") {
    try {
      const arn2 = await calls.create(tags, contentToken(applying, calls.kind, planned.name, tags));
      applying.report(`Created ${calls.kind} ${planned.name}`);
      return required(arn2, `Create ${calls.kind}`);
    } catch (error) {
      if (errorName(error) !== "ResourceAlreadyExistsException") throw error;
      const existing = await calls.find();
      if (!existing) throw error;
      planned.arn = existing.arn;
      planned.action = existing.fingerprint === planned.fingerprint ? "reuse" : "update";
      if (planned.action === "reuse") return existing.arn;
    }
  }
  const arn = required(planned.arn, calls.kind);
  await calls.update(arn, contentToken(applying, `update ${calls.kind}`, arn, tags));
  await applying.client.send(
    new TagResourceCommand({
      resourceArn: arn,
      tags: { [FINGERPRINT_TAG]: planned.fingerprint }
    })
  );
  applying.report(`Updated ${calls.kind} ${planned.name}`);
  return arn;
}
function tagsWith(applying, contentFingerprint) {
  return { ...applying.tags, [FINGERPRINT_TAG]: contentFingerprint };
}
function contentToken(applying, ...parts) {
  return tokenFrom([
    applying.region,
    ...parts.map((part) => typeof part === "object" ? JSON.stringify(part) : part ?? "")
  ]);
}
function required(value, what) {
  if (!value) throw new StartError(`Image Builder's answer to ${what} had no ARN.`);
  return value;
}

export {
  FINGERPRINT_TAG,
  fingerprint,
  highestVersion,
  nextPatchVersion,
  planRecipe,
  chooseVersion,
  existingVersions,
  planInfrastructure,
  planDistribution,
  applyPlan,
  applyDistribution
};
