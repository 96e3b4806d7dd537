import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  UntrustedWriter,
  cancelOnStop,
  causeOf,
  clientConfig,
  componentName,
  componentPlace,
  createImagebuilderClient,
  failureOf,
  regionFailure,
  sameComponent
} from "./chunk-J2LKK36C.js";
import {
  GetComponentCommand
} from "./chunk-Q4ZF5ZS2.js";
import {
  fetchSnapshot,
  fetchWorkflows
} from "./chunk-TRJRUJUG.js";
import {
  StartError,
  invocationTag,
  provenanceTags,
  startPipelineExecution
} from "./chunk-LCM763X2.js";
import {
  ImagebuilderClient,
  ListImageScanFindings$,
  clientToken,
  commonParams,
  describeError,
  errorName,
  isExpiredCredentials,
  isTransient,
  startPatienceFrom,
  teachThrottling,
  withStartPatience
} from "./chunk-T4C5SD55.js";
import "./chunk-MPQEDZ2V.js";
import "./chunk-XD2Z7BNE.js";
import {
  buildAccountAmis,
  buildOutputs,
  containerImages,
  containerImagesOf,
  imageUrisByRegion,
  newBuildRecord,
  recordEvent,
  registryAccount,
  reportedStatus
} from "./chunk-6J62QJYT.js";
import {
  REGION_NAME,
  parseImageBuildVersionArn,
  planSection
} from "./chunk-MX3RR3AG.js";
import {
  promotionSection
} from "./chunk-FGF3456P.js";
import {
  currentWorkflows,
  isActiveWorkflow,
  isFinal
} from "./chunk-XGQITXQ4.js";
import {
  clip,
  code,
  link,
  preformatted,
  table,
  text
} from "./chunk-VOBVRTXH.js";
import {
  InputError
} from "./chunk-IG6IKB5C.js";
import "./chunk-L5EABXVA.js";
import {
  info,
  saveFinished,
  saveImageArn,
  saveRunSettings,
  setFailed,
  setOutput,
  warning,
  writeJobSummary
} from "./chunk-Q4WSSAEA.js";
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

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/ListImageScanFindingsCommand.js
var ListImageScanFindingsCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "ListImageScanFindings", {}).n("ImagebuilderClient", "ListImageScanFindingsCommand").sc(ListImageScanFindings$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/pagination/ListImageScanFindingsPaginator.js
var paginateListImageScanFindings = createPaginator(ImagebuilderClient, ListImageScanFindingsCommand, "nextToken", "nextToken", "maxResults");

// src/aws/clients.ts
function createAwsClients(region) {
  const ec2Clients = /* @__PURE__ */ new Map();
  const logsClients = /* @__PURE__ */ new Map();
  const ssmClients = /* @__PURE__ */ new Map();
  const ecrClients = /* @__PURE__ */ new Map();
  const imagebuilder = createImagebuilderClient(region);
  return {
    imagebuilder,
    ec2: (clientRegion) => memo(ec2Clients, clientRegion, createEc2Client),
    logs: (clientRegion) => memo(logsClients, clientRegion, createLogsClient),
    ssm: (clientRegion) => memo(ssmClients, clientRegion, createSsmClient),
    ecr: (clientRegion) => memo(ecrClients, clientRegion, createEcrClient),
    destroy: async () => {
      const lazy = await Promise.all([
        ...ec2Clients.values(),
        ...logsClients.values(),
        ...ssmClients.values(),
        ...ecrClients.values()
      ]);
      for (const client of [imagebuilder, ...lazy]) client.destroy();
    }
  };
}
async function createEc2Client(region) {
  const { EC2Client } = await import("./ec2-3XVUFZXO.js");
  return taught(new EC2Client(clientConfig(region)));
}
async function createLogsClient(region) {
  const { CloudWatchLogsClient } = await import("./logs-RUK5EEHW.js");
  return taught(new CloudWatchLogsClient(clientConfig(region)));
}
function taught(client) {
  teachThrottling(client);
  return client;
}
async function createSsmClient(region) {
  const { SSMClient } = await import("./ssm-JAOQ7EMK.js");
  return taught(new SSMClient(clientConfig(region)));
}
function memo(cache, key, create) {
  const existing = cache.get(key);
  if (existing) return existing;
  const created = create(key);
  cache.set(key, created);
  return created;
}
async function createEcrClient(region) {
  const { ECRClient } = await import("./ecr-M2RKVWN4.js");
  return taught(new ECRClient(clientConfig(region)));
}

// src/report/published.ts
function publishedTargets(record) {
  const distribution = record.plan?.distribution ?? record.promotion?.distribution;
  if (!distribution || record.snapshot?.image.status !== "AVAILABLE") return [];
  const amis = buildAccountAmis(record);
  return distribution.distributions.map((distribution2) => ({
    region: distribution2.region ?? "",
    amiId: amis[distribution2.region ?? ""],
    ssmParameters: (distribution2.ssmParameterConfigurations ?? []).map(
      (parameter) => parameter.parameterName ?? ""
    ),
    launchTemplates: (distribution2.launchTemplateConfigurations ?? []).map(
      (template) => template.launchTemplateId ?? ""
    )
  })).filter((target) => target.ssmParameters.length + target.launchTemplates.length > 0);
}
function publishedLines(record) {
  return publishedTargets(record).map((target) => {
    const places = [
      ...target.ssmParameters.map((name) => `SSM parameter ${name}`),
      ...target.launchTemplates.map((id) => `launch template ${id} (new default version)`)
    ];
    return `Published ${target.amiId ?? "the AMI"} in ${target.region}: ${places.join("; ")}`;
  });
}
function publishedSection(record) {
  const targets = publishedTargets(record);
  if (targets.length === 0) return "";
  const rows = targets.map((target) => [
    text(target.region),
    target.amiId ? code(target.amiId) : "",
    target.ssmParameters.map((name) => code(name)).join("<br>"),
    target.launchTemplates.map((id) => `${code(id)} (new default version)`).join("<br>")
  ]);
  return `### Published
${table(["Region", "AMI", "SSM parameter", "Launch templates"], rows)}`;
}

// src/finish/container-digests.ts
var NOT_FOUND = /* @__PURE__ */ new Set(["ImageNotFoundException", "RepositoryNotFoundException"]);
async function readContainerDigests(ecr, images, signal) {
  const regions = [...new Set(images.map((image) => image.region))];
  const readings = await Promise.all(
    regions.map(
      (region) => readRegion(
        ecr,
        images.filter((image) => image.region === region),
        signal
      )
    )
  );
  return {
    images: readings.flatMap((reading) => reading.images),
    missing: readings.flatMap((reading) => reading.missing),
    unread: readings.flatMap((reading) => reading.unread)
  };
}
async function readRegion(ecr, images, signal) {
  const tagged = images.filter((image) => image.digest === void 0 && image.tag !== void 0);
  const first = tagged[0];
  if (first === void 0) return { images, missing: [], unread: [] };
  const { region, repositoryName, registry } = first;
  try {
    const client = await ecr(region);
    const { DescribeImagesCommand } = await import("./ecr-M2RKVWN4.js");
    const registryId = registryAccount(registry);
    const { imageDetails = [] } = await client.send(
      new DescribeImagesCommand({
        repositoryName,
        ...registryId ? { registryId } : {},
        imageIds: tagged.map((image) => ({ imageTag: image.tag }))
      }),
      { abortSignal: signal }
    );
    const digestOf = (tag) => imageDetails.find((detail) => tag !== void 0 && detail.imageTags?.includes(tag))?.imageDigest;
    const read = images.map((image) => {
      const digest = image.digest ?? digestOf(image.tag);
      return digest ? { ...image, digest } : image;
    });
    const missing = read.filter((image) => !image.digest).map((image) => image.uri);
    return { images: read, missing, unread: [] };
  } catch (error) {
    if (isExpiredCredentials(error)) throw error;
    if (NOT_FOUND.has(errorName(error))) {
      return { images, missing: tagged.map((image) => image.uri), unread: [] };
    }
    return { images, missing: [], unread: [`${region}: ${describeError(error)}`] };
  }
}

// src/report/summary/limits.ts
var CELL_CHARS = 300;
var NAME_CHARS = 200;
var CAUSE_CHARS = 2e3;
var PRINTED_LINE_CHARS = 500;
var NOTICE_CHARS = 1e3;
var SUMMARY_BYTES = 1e6;

// src/report/summary/findings.ts
var SEVERITY_ORDER = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL", "UNTRIAGED"];
function severityRank(severity) {
  const rank = SEVERITY_ORDER.indexOf(severity);
  return rank === -1 ? SEVERITY_ORDER.length : rank;
}
function findingsSection(record) {
  if (!record.scanFindings) return "";
  const entries = Object.entries(record.scanFindings).sort(
    ([a], [b]) => severityRank(a) - severityRank(b)
  );
  if (entries.length === 0) return "### Scan findings\nNo findings.";
  const counts = table(
    ["Severity", "Findings"],
    entries.map(([severity, count]) => [text(severity, NAME_CHARS), String(count)])
  );
  const worst = record.worstFindings ?? [];
  if (worst.length === 0) return `### Scan findings
${counts}`;
  const rows = worst.map((finding) => [
    code(finding.vulnerabilityId ?? "", NAME_CHARS),
    text(finding.severity, NAME_CHARS),
    text(finding.packageName ?? "", NAME_CHARS),
    text(finding.fixedInVersion ?? "", NAME_CHARS),
    text(finding.title ?? "", CELL_CHARS)
  ]);
  const heading = `The most severe (${text(worst[0]?.severity ?? "", NAME_CHARS)}):`;
  return `### Scan findings
${counts}

${heading}

${table(["Vulnerability", "Severity", "Package", "Fixed in", "Title"], rows)}`;
}

// src/finish/scan-findings.ts
var WORST_KEPT = 10;
async function readScanFindings(client, imageArn) {
  const counts = {};
  let worst = [];
  const filters = [{ name: "imageBuildVersionArn", values: [imageArn] }];
  for await (const page of paginateListImageScanFindings({ client }, { filters })) {
    for (const finding of page.findings ?? []) {
      const brief = briefOf(finding);
      counts[brief.severity] = (counts[brief.severity] ?? 0) + 1;
      const rank = severityRank(brief.severity);
      const worstRank = worst[0] ? severityRank(worst[0].severity) : Infinity;
      if (rank < worstRank) worst = [brief];
      else if (rank === worstRank && worst.length < WORST_KEPT) worst.push(brief);
    }
  }
  return { counts, worst };
}
function briefOf(finding) {
  const details2 = finding.packageVulnerabilityDetails;
  const vulnerable = details2?.vulnerablePackages?.[0];
  return {
    severity: finding.severity ?? "UNTRIAGED",
    vulnerabilityId: details2?.vulnerabilityId,
    title: finding.title,
    packageName: vulnerable?.name,
    fixedInVersion: vulnerable?.fixedInVersion
  };
}

// src/finish/tag-amis.ts
async function tagAmis(clients, amis, tags) {
  const { CreateTagsCommand } = await import("./ec2-3XVUFZXO.js");
  const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  const failures = [];
  for (const [region, amiId] of Object.entries(amis)) {
    try {
      const ec2 = await clients.ec2(region);
      await ec2.send(
        withStartPatience(
          new CreateTagsCommand({ Resources: [amiId], Tags }),
          startPatienceFrom(process.env)
        )
      );
    } catch (error) {
      failures.push(`${amiId} in ${region}: ${describeError(error)}`);
    }
  }
  return failures;
}

// src/finish/test-components.ts
var RecipeComponents = class {
  constructor(client, signal) {
    this.client = client;
    this.signal = signal;
  }
  client;
  signal;
  lookups = /* @__PURE__ */ new Map();
  /**
   * Types already known, from recipe mode's plan: components it made or reused by their build
   * version ARN need no GetComponent. (A wildcard ARN is still read, for the build version it ran.)
   */
  know(components) {
    for (const { arn, type, name } of components) {
      if (arn && /\/\d+\.\d+\.\d+\/\d+$/.test(arn)) {
        this.lookups.set(arn, Promise.resolve({ kind: "found", type, name, buildVersionArn: arn }));
      }
    }
  }
  /** Starts reading the types; the reads never reject, so nothing is left unhandled. */
  prepare(componentArns) {
    for (const arn of componentArns) void this.lookup(arn);
  }
  /** The recipe's test components, in the order AWSTOE runs them. */
  async testComponents(componentArns) {
    const lookups = await Promise.all(componentArns.map((arn) => this.lookup(arn)));
    const found = { components: [], unknown: [] };
    lookups.forEach((lookup, index) => {
      const arn = componentArns[index] ?? "";
      if (lookup.kind === "failed") found.unknown.push(`${arn} (${lookup.error})`);
      else if (lookup.type === "TEST")
        found.components.push({
          arn,
          name: lookup.name ?? componentName(arn),
          buildVersionArn: lookup.buildVersionArn
        });
    });
    return found;
  }
  lookup(arn) {
    const known = this.lookups.get(arn);
    if (known) return known;
    const started = this.read(arn);
    this.lookups.set(arn, started);
    return started;
  }
  async read(arn) {
    try {
      const { component } = await this.client.send(
        new GetComponentCommand({ componentBuildVersionArn: arn }),
        { abortSignal: this.signal }
      );
      return {
        kind: "found",
        type: component?.type,
        name: component?.name,
        buildVersionArn: component?.arn
      };
    } catch (error) {
      return { kind: "failed", error: describeError(error) };
    }
  }
};
async function recordTestComponents(recipe, componentArns, record) {
  const found = await recipe.testComponents(componentArns);
  record.testComponents = found.components;
  if (found.unknown.length > 0) {
    record.notices.push(
      `The type of ${found.unknown.length === 1 ? "this component" : "these components"} could not be read, so the test report leaves ${found.unknown.length === 1 ? "it" : "them"} out: ${found.unknown.join("; ")}`
    );
  }
}

// src/finish/verify-amis.ts
var NOT_FOUND2 = /* @__PURE__ */ new Set(["InvalidAMIID.NotFound", "InvalidAMIID.Unavailable"]);
async function verifyAmis(ec2, amis, signal) {
  return Promise.all(
    Object.entries(amis).map(([region, imageId]) => verifyAmi(ec2, region, imageId, signal))
  );
}
async function verifyAmi(ec2, region, imageId, signal) {
  try {
    const client = await ec2(region);
    const { DescribeImagesCommand } = await import("./ec2-3XVUFZXO.js");
    const { Images = [] } = await client.send(new DescribeImagesCommand({ ImageIds: [imageId] }), {
      abortSignal: signal
    });
    const image = Images.find((candidate) => candidate.ImageId === imageId);
    if (image === void 0) return { region, imageId, state: "missing" };
    if (image.State === "available") return { region, imageId, state: "available" };
    return {
      region,
      imageId,
      state: "other",
      imageState: image.State ?? "unknown",
      ...image.StateReason?.Message ? { reason: image.StateReason.Message } : {}
    };
  } catch (error) {
    if (isExpiredCredentials(error)) throw error;
    if (NOT_FOUND2.has(errorName(error))) return { region, imageId, state: "missing" };
    return { region, imageId, state: "unverified", error: describeError(error) };
  }
}

// src/finish/finish-build.ts
async function finishBuild(context, recipe) {
  const { record, clients } = context;
  const image = record.snapshot?.image;
  if (!image || !record.imageArn) return { kind: "ended" };
  await recordTestComponents(recipe, image.componentArns, record);
  if (image.scanningEnabled) {
    try {
      const findings = await readScanFindings(clients.imagebuilder, record.imageArn);
      record.scanFindings = findings.counts;
      record.worstFindings = findings.worst;
    } catch (error) {
      if (isExpiredCredentials(error)) throw error;
      record.notices.push(`Scan findings could not be read: ${describeError(error)}`);
    }
  }
  if (image.status !== "AVAILABLE") return { kind: "ended" };
  if (image.imageType === "DOCKER") return finishContainerImage(context);
  const amis = buildAccountAmis(record);
  const unusable = await confirmAmis(context, amis);
  if (unusable.length > 0) {
    return {
      kind: "error",
      message: `The build ended AVAILABLE, but EC2 does not have every AMI ready to launch: ${unusable.join("; ")}`
    };
  }
  context.out.write(publishedLines(record));
  const tags = amiTagsToApply(context);
  if (Object.keys(tags).length === 0) return { kind: "ended" };
  const failures = await tagAmis(clients, amis, tags);
  const tagged = Object.keys(amis).length - failures.length;
  context.out.write([`Tagged ${tagged} AMI(s) with ${Object.keys(tags).join(", ")}`]);
  if (failures.length === 0) return { kind: "ended" };
  return {
    kind: "error",
    message: `The build succeeded, but the AMI tags could not be applied to ${failures.join("; ")}`
  };
}
async function finishContainerImage(context) {
  const { record, clients } = context;
  const images = containerImagesOf(record.snapshot?.image.outputResources);
  if (images.length === 0) return { kind: "ended" };
  const reading = await readContainerDigests(
    (region) => clients.ecr(region),
    images,
    context.stop.signal
  );
  record.containerImages = reading.images;
  for (const problem of reading.unread) {
    record.notices.push(`The image digest could not be read from ECR in ${problem}`);
  }
  if (reading.missing.length > 0) {
    return {
      kind: "error",
      message: `The build ended AVAILABLE, but ECR does not have ${reading.missing.join(", ")}`
    };
  }
  const pinned = reading.images.filter((image) => image.digest).length;
  if (pinned > 0)
    context.out.write([`Read the digest of ${pinned} container image URI(s) from ECR`]);
  return { kind: "ended" };
}
async function confirmAmis(context, amis) {
  const { clients } = context;
  const results = await verifyAmis((region) => clients.ec2(region), amis, context.stop.signal);
  const unusable = [];
  for (const result2 of results) {
    const ami = `${result2.imageId} in ${result2.region}`;
    if (result2.state === "missing") unusable.push(`${ami} does not exist`);
    if (result2.state === "other") {
      unusable.push(`${ami} is ${result2.imageState}${result2.reason ? ` (${result2.reason})` : ""}`);
    }
    if (result2.state === "unverified") {
      context.record.notices.push(`${ami} could not be checked with EC2: ${result2.error}`);
    }
  }
  const confirmed = results.filter((result2) => result2.state === "available").length;
  if (confirmed > 0) context.out.write([`Confirmed ${confirmed} AMI(s) available in EC2`]);
  return unusable;
}
function amiTagsToApply(context) {
  const { inputs } = context;
  switch (inputs.mode) {
    case "attach":
      return inputs.amiTags;
    case "pipeline":
      return { ...inputs.amiTags, ...provenanceTags(context.env) };
    case "recipe":
    case "promote":
      return provenanceTags(context.env);
  }
}

// src/report/format.ts
function formatDuration(ms) {
  const totalSeconds = Math.max(0, Math.round(ms / 1e3));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor(totalSeconds % 3600 / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours}h ${minutes}m`;
  if (minutes > 0) return `${minutes}m ${seconds}s`;
  return `${seconds}s`;
}
function formatClock(date) {
  return date.toISOString().slice(11, 19);
}
function spanOf(startTime, endTime) {
  if (!startTime || !endTime) return void 0;
  const span = Date.parse(endTime) - Date.parse(startTime);
  return Number.isNaN(span) ? void 0 : span;
}

// src/report/service-progress.ts
var SERVICE_PROGRESS = [
  /^Image status: [A-Z_]+(?: - |$)/,
  /^Workflow [\w-]+ \(wf-[0-9a-fA-F-]+\) (?:started|[A-Z_]+)$/,
  /^Step \w+ (?:\(\w+\) started|[A-Z_]+)(?:: |$)/
];
function isServiceProgress(message) {
  return SERVICE_PROGRESS.some((pattern) => pattern.test(message));
}

// src/report/job-log.ts
var MESSAGE_CHARS = 2e3;
var BUILD_LOG_MARK = "  \u2502 ";
var JobLog = class {
  constructor(out) {
    this.out = out;
  }
  out;
  stageSeenAt;
  groupOpen = false;
  buildEnded = false;
  handle(event) {
    switch (event.type) {
      case "stage-changed":
        return this.stage(event);
      case "workflow-changed":
        return this.line(event.at, workflowLine(event));
      case "step-changed":
        if (event.previous === void 0 && event.step.status === "PENDING") return;
        return this.line(event.at, stepLine(event));
      case "poll-failed":
        return this.line(
          event.at,
          `Polling failed (${event.error}); retrying in ${formatDuration(event.retryInMs)}. The build is unaffected.`
        );
      case "log-lines":
        return this.logLines(event);
      case "snapshot":
        return;
    }
  }
  /** Ends the open group, if any; safe to call more than once. */
  close() {
    if (!this.groupOpen) return;
    this.groupOpen = false;
    this.out.endGroup();
  }
  stage(event) {
    const took = event.previous && this.stageSeenAt ? ` (${statusWord(event.previous)} took ${formatDuration(event.at.getTime() - this.stageSeenAt.getTime())})` : "";
    this.stageSeenAt = event.at;
    this.close();
    const line = `[${formatClock(event.at)}] Image ${statusWord(event.status)}${took}`;
    if (isFinal(event.status)) {
      this.buildEnded = true;
      this.out.write([line]);
    } else {
      this.open(line);
    }
  }
  logLines(event) {
    const shown = event.lines.filter((line) => !isServiceProgress(line.message));
    if (shown.length === 0) return;
    if (!this.groupOpen)
      this.open(
        this.buildEnded ? "Build log lines that arrived after the build ended" : "Build log"
      );
    this.out.write(
      shown.map(
        (line) => `${BUILD_LOG_MARK}${formatClock(new Date(line.timestamp))} ${line.message.trimEnd()}`
      )
    );
  }
  open(title) {
    this.out.startGroup(title);
    this.groupOpen = true;
  }
  line(at, text2) {
    this.out.write([`[${formatClock(at)}] ${text2}`]);
  }
};
function madeLine(record) {
  if (record.snapshot?.image.imageType === "DOCKER") {
    const uris = Object.values(imageUrisByRegion(containerImages(record)));
    return uris.length > 0 ? `images: ${uris.join(", ")}` : "no container images";
  }
  const amis = Object.entries(buildAccountAmis(record)).map(([region, ami]) => `${region} ${ami}`);
  return amis.length > 0 ? `AMIs: ${amis.join(", ")}` : "no AMIs";
}
function statusWord(status) {
  return status.replace(/[^A-Z_]/gi, "?");
}
function outcomeLine(record) {
  if (!record.imageArn) return void 0;
  const status = reportedStatus(record);
  const took = record.endedAt ? ` after ${formatDuration(record.endedAt.getTime() - record.stepStartedAt.getTime())}` : "";
  const made = madeLine(record);
  switch (record.ending?.kind) {
    case "started":
      return `Image build ${status}; not waiting for it (wait: false).`;
    case "aborted":
      return `Image build ${status}${took}: ${record.ending.by === "timeout" ? "the timeout passed" : "the run was cancelled"}; ${made}.`;
    case "credentials-expired":
    case "error":
      return `Stopped following the build${took}; its last status was ${status}.`;
    default:
      return `Image build ${status}${took}; ${made}.`;
  }
}
function workflowLine({ workflow }) {
  const head = `Workflow ${workflow.name} (${workflow.type}) ${workflow.status}`;
  const span = spanOf(workflow.startTime, workflow.endTime);
  const counts = isActiveWorkflow(workflow.status) ? "" : `: ${workflow.succeeded} succeeded, ${workflow.failed} failed, ${workflow.skipped} skipped of ${workflow.totalStepCount}`;
  const message = workflow.message ? ` \u2014 ${clip(workflow.message, MESSAGE_CHARS)}` : "";
  return `${head}${span === void 0 ? "" : ` in ${formatDuration(span)}`}${counts}${message}`;
}
function stepLine({ workflow, step }) {
  const action = step.action ? ` (${step.action})` : "";
  const span = step.status === "RUNNING" ? void 0 : spanOf(step.startTime, step.endTime);
  const duration = span === void 0 || step.status === "SKIPPED" ? "" : ` in ${formatDuration(span)}`;
  const message = step.message ? `: ${clip(step.message, MESSAGE_CHARS)}` : "";
  return `  ${workflow.name} \u203A ${step.name}${action} ${step.status}${duration}${message}`;
}

// src/report/test-outcomes.ts
function testOutcomes(record) {
  const components = record.testComponents;
  const snapshot = record.snapshot;
  if (!components || !snapshot) return void 0;
  const step = testStep(record);
  if (step?.status === "COMPLETED")
    return components.map((component) => ({ component, result: "passed", step }));
  if (step?.status === "FAILED") return afterFailure(components, step, causeOf(record));
  const why = notRunBecause(record, step);
  return components.map((component) => ({ component, result: "not-run", why }));
}
function testStep(record) {
  const steps = currentWorkflows(record.snapshot?.workflows ?? []).filter((workflow) => workflow.type === "TEST").flatMap((workflow) => workflow.steps).filter((step) => step.action === "ExecuteComponents");
  return steps.find((step) => step.status === "FAILED") ?? steps[0];
}
function afterFailure(components, step, cause) {
  const failedArn = cause?.component?.componentArn;
  const failedAt = failedArn ? components.findIndex((component) => matches(component, failedArn)) : -1;
  if (failedAt === -1) {
    const failure = { errorMessage: cause?.error ?? step.message ?? "The test stage failed." };
    return components.map((component) => ({
      component,
      result: "failed",
      failure,
      printed: cause?.printed ?? []
    }));
  }
  return components.map((component, index) => {
    if (index < failedAt) return { component, result: "passed", step };
    if (index > failedAt)
      return { component, result: "not-run", why: "an earlier test component failed" };
    return {
      component,
      result: "failed",
      failure: cause?.component ?? { componentArn: failedArn },
      printed: cause?.printed ?? []
    };
  });
}
function matches(component, arn) {
  return sameComponent(component.arn, arn) || component.buildVersionArn !== void 0 && sameComponent(component.buildVersionArn, arn);
}
function notRunBecause(record, step) {
  const image = record.snapshot?.image;
  if (record.mode === "promote")
    return "a promotion runs no tests: they ran, if enabled, in the build that made the image";
  if (image && !image.testsEnabled) return "image tests are turned off";
  if (step?.status === "CANCELLED" || image?.status === "CANCELLED")
    return "the build was cancelled";
  if (step?.status === "RUNNING") return "the test stage had not finished";
  if (image?.status === "FAILED") return "the build failed before the tests ran";
  return "the test stage did not run";
}

// src/report/release-notes.ts
var RELEASE_BODY_CHARS = 12e4;
var SHA_TAG = "github:sha";
function releaseNotes(record, env) {
  const image = record.snapshot?.image;
  if (!image || !record.imageArn) return "";
  const heading = `## ${text(image.name ?? "Image", NAME_CHARS)} ${text(image.version ?? "", NAME_CHARS)}`;
  const rows = [
    ["Image", code(record.imageArn, NAME_CHARS)],
    ["Status", text(image.status, NAME_CHARS)],
    ...sourceRows(record, env),
    ...recipeRows(record),
    ["Tests", text(testsLine(record))]
  ];
  const facts2 = table(["", ""], rows);
  return bounded([heading, facts2, amiTable(record)].filter((part) => part !== "").join("\n\n"));
}
function sourceRows(record, env) {
  const source = record.promotion?.source;
  const commit = source?.tags?.[SHA_TAG] ?? record.snapshot?.image.tags?.[SHA_TAG] ?? env.GITHUB_SHA;
  return [
    ...source ? [["Promoted from", code(source.arn, NAME_CHARS)]] : [],
    ...commit ? [["Source commit", code(commit, NAME_CHARS)]] : []
  ];
}
function recipeRows(record) {
  const image = record.promotion?.source ?? record.snapshot?.image;
  if (!image) return [];
  const recipe = image.recipe;
  const components = image.componentArns.map((arn) => {
    const match = /:component\/([^/]+)\/([^/]+)(?:\/(\d+))?$/.exec(arn);
    if (!match) return code(arn, NAME_CHARS);
    const [, name = "", version = "", build] = match;
    return `${text(name, NAME_CHARS)} ${text(build ? `${version}/${build}` : version, NAME_CHARS)}`;
  });
  return [
    ...recipe?.name ? [["Recipe", `${text(recipe.name, NAME_CHARS)} ${text(recipe.version ?? "", NAME_CHARS)}`]] : [],
    ...components.length > 0 ? [["Components", components.join("<br>")]] : []
  ];
}
function testsLine(record) {
  if (record.promotion) {
    return `not run by the promotion: they ran, if enabled, in the build of ${record.promotion.source.arn}`;
  }
  const image = record.snapshot?.image;
  if (image && !image.testsEnabled) return "image tests were turned off";
  const outcomes = testOutcomes(record);
  if (!outcomes) return "not known";
  if (outcomes.length === 0) return "the recipe has no test components";
  const count = (result2) => outcomes.filter((outcome) => outcome.result === result2).length;
  const failed = outcomes.filter((outcome) => outcome.result === "failed").map((outcome) => outcome.component.name);
  const tally = `${count("passed")} passed, ${count("failed")} failed, ${count("not-run")} not run`;
  return failed.length > 0 ? `${tally} (failed: ${failed.join(", ")})` : tally;
}
function amiTable(record) {
  const amis = record.snapshot?.image.amis ?? [];
  if (amis.length === 0) return "";
  const rows = amis.map((ami) => [
    text(ami.accountId ?? "", NAME_CHARS),
    text(ami.region, NAME_CHARS),
    code(ami.imageId, NAME_CHARS),
    text(ami.name ?? "", NAME_CHARS)
  ]);
  return `### AMIs
${table(["Account", "Region", "AMI ID", "Name"], rows)}`;
}
function bounded(notes) {
  if (notes.length <= RELEASE_BODY_CHARS) return notes;
  const cut = notes.lastIndexOf("\n", RELEASE_BODY_CHARS);
  return `${notes.slice(0, cut)}

(The rest was left out to stay under GitHub's limit for a release body.)`;
}

// src/report/console-links.ts
var AMI_ID = /^ami-[0-9a-f]{8,17}$/;
function consoleHost(region) {
  if (region.startsWith("cn-")) return `${region}.console.amazonaws.cn`;
  if (region.startsWith("us-gov-")) return `${region}.console.amazonaws-us-gov.com`;
  return `${region}.console.aws.amazon.com`;
}
function imageConsoleUrl(imageArn) {
  const parsed = parseImageBuildVersionArn(imageArn);
  if (!parsed) return void 0;
  const { region } = parsed;
  return `https://${consoleHost(region)}/imagebuilder/home?region=${region}#/images/${encodeURIComponent(imageArn)}/details`;
}
function amiConsoleUrl(region, amiId) {
  if (!REGION_NAME.test(region) || !AMI_ID.test(amiId)) return void 0;
  return `https://${consoleHost(region)}/ec2/home?region=${region}#ImageDetails:imageId=${amiId}`;
}

// src/report/summary/alert.ts
function alertSection(record) {
  const cause = causeOf(record);
  if (cause) return quote(["[!CAUTION]", ...causeLines(cause)]);
  const failure = failureOf(record);
  if (!failure) return "";
  const kind = record.ending?.kind === "aborted" ? "[!WARNING]" : "[!CAUTION]";
  return quote([kind, text(failure, CAUSE_CHARS)]);
}
function causeLines(cause) {
  const facts2 = [];
  if (cause.stage) facts2.push(`- **Stage:** ${text(cause.stage, NAME_CHARS)}`);
  if (cause.failedStep) {
    const { workflow, step } = cause.failedStep;
    const action = step.action ? ` (${text(step.action, NAME_CHARS)})` : "";
    facts2.push(
      `- **Workflow step:** ${text(workflow.name, NAME_CHARS)} \u203A ${text(step.name, NAME_CHARS)}${action}`
    );
  }
  const component = cause.component;
  if (component?.componentArn) {
    facts2.push(
      `- **Component:** ${text(componentName(component.componentArn), NAME_CHARS)} ${code(component.componentArn, NAME_CHARS)}`
    );
  }
  if (component?.phaseName || component?.stepName) {
    const action = component.action ? ` (${text(component.action, NAME_CHARS)})` : "";
    const place = [component.phaseName, component.stepName].filter(Boolean).join(" \u203A ");
    facts2.push(`- **Phase \u203A step:** ${text(place, NAME_CHARS)}${action}`);
  }
  if (cause.error) facts2.push(`- **Error:** ${text(cause.error, CAUSE_CHARS)}`);
  if (cause.reason) facts2.push(`- **Image Builder says:** ${text(cause.reason, CAUSE_CHARS)}`);
  if (cause.distribution) facts2.push(...distributionLines(cause, cause.distribution));
  return [
    `**The image build ${text(cause.status)}${cause.stage ? ` during ${text(cause.stage, NAME_CHARS)}` : ""}.**`,
    "",
    ...facts2,
    ...printedLines(cause),
    ...cause.next ? ["", `**Next:** ${text(cause.next)}`] : []
  ];
}
function distributionLines(cause, distribution) {
  const { errorMessage } = distribution;
  const error = errorMessage && errorMessage !== cause.error ? ` ${text(errorMessage, CAUSE_CHARS)}` : "";
  return [
    `- **Distribution failed:**${error}`,
    ...distribution.regionFailures.map(
      (failure) => `  - ${text(regionFailure(failure, cause.error), CAUSE_CHARS)}`
    )
  ];
}
function printedLines(cause) {
  if (cause.printed.length === 0) return [];
  return [
    "",
    `The failing step printed (last ${cause.printed.length} ${cause.printed.length === 1 ? "line" : "lines"}):`,
    "",
    ...preformatted(cause.printed, PRINTED_LINE_CHARS).split("\n")
  ];
}
function quote(lines) {
  return lines.map((line) => line === "" ? ">" : `> ${line}`).join("\n");
}

// src/report/summary/icons.ts
var STATUS_ICONS = {
  AVAILABLE: "\u2705",
  COMPLETED: "\u2705",
  FAILED: "\u274C",
  CANCELLED: "\u{1F6AB}",
  SKIPPED: "\u23ED\uFE0F",
  RUNNING: "\u{1F504}",
  PENDING: "\u23F3"
};
var DONE = "\u2705";
function icon(status) {
  return STATUS_ICONS[status] ?? "\u{1F504}";
}

// src/report/summary/amis.ts
function amiSection(record) {
  const image = record.snapshot?.image;
  if (!image) return "";
  if (image.amis.length === 0) return `### AMIs
${noAmis(image.status)}`;
  const rows = image.amis.map((ami) => [
    text(ami.region, NAME_CHARS),
    code(ami.imageId, NAME_CHARS),
    text(ami.accountId ?? "", NAME_CHARS),
    ami.status ? `${icon(ami.status)} ${text(ami.status, NAME_CHARS)}` : "",
    text(ami.name ?? "", NAME_CHARS)
  ]);
  return `### AMIs
${table(["Region", "AMI", "Account", "State", "Name"], rows)}`;
}
function noAmis(status) {
  switch (status) {
    case "FAILED":
      return "None: the build failed before it distributed an AMI.";
    case "CANCELLED":
      return "None: the build was cancelled before it distributed an AMI.";
    case "AVAILABLE":
      return "None: the build made no AMI (a container build, or no distribution).";
    default:
      return "No AMIs yet.";
  }
}

// src/report/summary/containers.ts
function containerSection(record) {
  const image = record.snapshot?.image;
  if (image?.imageType !== "DOCKER") return "";
  const images = containerImages(record);
  if (images.length === 0) return `### Container images
${noImages(image.status)}`;
  const rows = images.map((pushed) => [
    text(pushed.region, NAME_CHARS),
    code(`${pushed.registry}/${pushed.repositoryName}`, NAME_CHARS),
    pushed.tag ? code(pushed.tag, NAME_CHARS) : "",
    pushed.digest ? code(pushed.digest, NAME_CHARS) : ""
  ]);
  return `### Container images
${table(["Region", "Repository", "Tag", "Digest"], rows)}`;
}
function noImages(status) {
  switch (status) {
    case "FAILED":
      return "None: the build failed before it pushed an image.";
    case "CANCELLED":
      return "None: the build was cancelled before it pushed an image.";
    default:
      return "No images yet.";
  }
}

// src/report/summary/retry.ts
function retrySection(record) {
  const retry = record.retry;
  if (!retry) return "";
  const build = retry.imageArn ? ` ${code(retry.imageArn)}` : "";
  switch (retry.outcome) {
    case "retried":
      return `### Retry
\u{1F501} Retried${build} in place from ${text(retry.resumesAt ?? "")} (${text(retry.why)}). Kept: ${text(retry.kept.join(", ") || "no completed phase")}.`;
    case "not-retried":
      return `### Retry
\u27A1\uFE0F Not retried:${build} ${text(retry.why)}.`;
    case "built-anew":
      return `### Retry
\u{1F195} Built anew instead of a retry:${build} ${text(retry.why)}.`;
  }
}

// src/report/summary/stages.ts
function stageSection(record, now) {
  if (record.stages.length === 0) return "";
  const spans = record.stages.map((stage, index) => spanOf2(record, stage, index, now));
  const rows = spans.map(({ stage, end, mark }) => [
    `${mark} ${text(stage.status)}`,
    formatClock(stage.seenAt),
    end ? formatDuration(end.getTime() - stage.seenAt.getTime()) : ""
  ]);
  return ["### Stages", gantt(spans), table(["Stage", "Seen at (UTC)", "Duration"], rows)].join(
    "\n\n"
  );
}
function spanOf2(record, stage, index, now) {
  const next = record.stages[index + 1];
  if (isFinal(stage.status)) return { stage, mark: icon(stage.status), tag: "milestone" };
  if (next && (next.status === "FAILED" || next.status === "CANCELLED"))
    return { stage, end: stage.endedAt, mark: icon(next.status), tag: "crit" };
  if (stage.endedAt) return { stage, end: stage.endedAt, mark: DONE, tag: "done" };
  const end = record.ending === void 0 ? now : record.endedAt;
  return { stage, end, mark: icon("RUNNING"), tag: "active" };
}
function gantt(spans) {
  const tasks = spans.map(({ stage, end, tag }) => {
    const name = stage.status.replace(/[^A-Z_]/gi, "") || "UNKNOWN";
    const ms = end ? Math.max(1, end.getTime() - stage.seenAt.getTime()) : 1;
    return `  ${name} :${tag}, ${mermaidTime(stage.seenAt)}, ${tag === "milestone" ? 0 : ms}ms`;
  });
  return [
    "```mermaid",
    "gantt",
    "  title Stages (UTC)",
    "  dateFormat YYYY-MM-DD HH:mm:ss.SSS",
    "  axisFormat %H:%M:%S",
    ...tasks,
    "```"
  ].join("\n");
}
function mermaidTime(date) {
  return date.toISOString().slice(0, 23).replace("T", " ");
}

// src/report/summary/tests.ts
function testSection(record) {
  const outcomes = testOutcomes(record);
  if (!outcomes) return "";
  if (outcomes.length === 0) return "### Tests\nThe recipe has no test components.";
  const count = (result2) => outcomes.filter((outcome) => outcome.result === result2).length;
  const tally = [
    `${count("passed")} passed`,
    `${count("failed")} failed`,
    `${count("not-run")} not run`
  ].join(", ");
  const rows = outcomes.map((outcome) => [
    text(outcome.component.name, NAME_CHARS),
    result(outcome),
    details(outcome)
  ]);
  return `### Tests
${outcomes.length} test ${outcomes.length === 1 ? "component" : "components"}: ${tally}.

${table(["Test component", "Result", "Details"], rows)}`;
}
function result(outcome) {
  return { passed: "\u2705 passed", failed: "\u274C failed", "not-run": "\u23ED\uFE0F not run" }[outcome.result];
}
function details(outcome) {
  switch (outcome.result) {
    case "passed":
      return "";
    case "not-run":
      return text(outcome.why);
    case "failed": {
      const { failure } = outcome;
      const place = [
        failure.phaseName && `phase ${failure.phaseName}`,
        failure.stepName && `step ${failure.stepName}${failure.action ? ` (${failure.action})` : ""}`
      ].filter(Boolean);
      const where = place.length > 0 ? `${place.join(", ")}: ` : "";
      return text(`${where}${failure.errorMessage ?? "failed"}`, CELL_CHARS);
    }
  }
}

// src/report/summary/workflows.ts
function workflowSection(snapshot) {
  if (snapshot.workflows.length === 0) return "";
  const ended = isFinal(snapshot.image.status);
  return [
    "### Workflows",
    ...snapshot.workflows.map((workflow) => workflowBlock(workflow, ended))
  ].join("\n\n");
}
function workflowBlock(workflow, buildEnded) {
  const status = shownStatus(workflow.status, buildEnded);
  const span = spanOf(workflow.startTime, workflow.endTime);
  const took = span === void 0 ? "" : ` in ${formatDuration(span)}`;
  const counts = `${workflow.succeeded} succeeded, ${workflow.failed} failed, ${workflow.skipped} skipped of ${workflow.totalStepCount}`;
  const title = `${status.mark} ${text(workflow.name, NAME_CHARS)} (${text(workflow.type, NAME_CHARS)}): ${status.label}${took}, ${counts}`;
  const message = workflow.message ? `${text(workflow.message, CELL_CHARS)}

` : "";
  const steps = table(
    ["Step", "Action", "Status", "Duration", "Message"],
    workflow.steps.map((step) => stepRow(step, buildEnded))
  );
  const open = workflow.status === "FAILED" ? " open" : "";
  return `<details${open}><summary>${title}</summary>

${message}${steps}

</details>`;
}
function stepRow(step, buildEnded) {
  const status = shownStatus(step.status, buildEnded);
  const span = step.status === "SKIPPED" ? void 0 : spanOf(step.startTime, step.endTime);
  return [
    text(step.name, NAME_CHARS),
    text(step.action ?? "", NAME_CHARS),
    `${status.mark} ${status.label}`,
    span === void 0 ? "" : formatDuration(span),
    text(step.message ?? "", CELL_CHARS)
  ];
}
function shownStatus(status, buildEnded) {
  if (buildEnded && status === "PENDING") return { mark: "\u23F9\uFE0F", label: "not run" };
  if (buildEnded && (status === "RUNNING" || status === "ROLLBACK_IN_PROGRESS"))
    return { mark: "\u23F9\uFE0F", label: "stopped when the build ended" };
  return { mark: icon(status), label: text(status, NAME_CHARS) };
}

// src/report/summary.ts
function renderSummary(record, now) {
  const snapshot = record.snapshot;
  const sections = [
    alertSection(record),
    `## ${headline(record)}`,
    facts(record, now),
    record.plan ? planSection(record.plan) : "",
    record.promotion ? promotionSection(record.promotion) : "",
    retrySection(record),
    record.ending?.kind === "started" || record.ending?.kind === "planned" ? "" : testSection(record),
    record.snapshot?.image.imageType === "DOCKER" ? containerSection(record) : amiSection(record),
    publishedSection(record),
    stageSection(record, now),
    snapshot ? workflowSection(snapshot) : "",
    findingsSection(record),
    noticeSection(record)
  ];
  return bounded2(sections.filter((section) => section !== ""));
}
function headline(record) {
  const status = reportedStatus(record);
  const ending = record.ending;
  switch (ending?.kind) {
    case "started":
      return `\u23F3 Image build started (${text(status)}); not waiting for it`;
    case "planned":
      return "\u{1F4DD} Dry run: the plan is below; nothing was created or started";
    case "reused":
      return `\u267B\uFE0F Nothing changed: reusing the last image build (${text(status)})`;
    case "aborted":
      return `${icon(status)} Image build ${ending.by === "timeout" ? "timed out" : "stopped: the run was cancelled"} (${text(status)})`;
    case "credentials-expired":
      return `\u26A0\uFE0F Stopped following the build: AWS credentials expired (${text(status)})`;
    case "error":
      return `\u274C Image build ${status ? `${text(status)}: ` : ""}the action stopped with an error`;
    default:
      return `${icon(status)} Image build ${text(status)}`;
  }
}
function facts(record, now) {
  const image = record.snapshot?.image;
  const status = reportedStatus(record);
  const header = ["Status", `${icon(status)} ${text(status || "not started")}`];
  const rows = [];
  if (image?.name)
    rows.push(["Image", `${text(image.name, NAME_CHARS)} ${text(image.version ?? "", NAME_CHARS)}`]);
  if (record.imageArn) rows.push(["Image ARN", code(record.imageArn, NAME_CHARS)]);
  if (record.mode === "pipeline") rows.push(["Pipeline", code(record.source, NAME_CHARS)]);
  if (record.mode === "promote") rows.push(["Promoted from", code(record.source, NAME_CHARS)]);
  rows.push(["Region", text(record.region, NAME_CHARS)]);
  const end = record.endedAt ?? now;
  rows.push([
    "Duration",
    `${formatDuration(end.getTime() - record.stepStartedAt.getTime())} (step started ${formatClock(record.stepStartedAt)} UTC)`
  ]);
  const console = consoleLinks(record);
  if (console) rows.push(["Console", console]);
  return table(header, rows);
}
function consoleLinks(record) {
  const imageUrl = record.imageArn ? imageConsoleUrl(record.imageArn) : void 0;
  const links = imageUrl ? [link("image", imageUrl)] : [];
  for (const ami of record.snapshot?.image.amis ?? []) {
    const url = amiConsoleUrl(ami.region, ami.imageId);
    if (url) links.push(link(`${ami.imageId} (${ami.region})`, url));
  }
  return links.join(" \xB7 ");
}
function noticeSection(record) {
  if (record.notices.length === 0) return "";
  return ["### Notices", ...record.notices.map((notice) => `- ${text(notice, NOTICE_CHARS)}`)].join(
    "\n"
  );
}
function bounded2(sections) {
  const note = "> [!NOTE]\n> The rest of this summary was left out to stay under GitHub\u2019s 1 MiB limit for a job summary; the job log has the details.";
  const kept = [];
  let bytes = Buffer.byteLength(note) + 4;
  for (const section of sections) {
    const size = Buffer.byteLength(section) + 2;
    if (bytes + size > SUMMARY_BYTES) return `${[...kept, note].join("\n\n")}
`;
    kept.push(section);
    bytes += size;
  }
  return `${kept.join("\n\n")}
`;
}

// src/report/test-report.ts
import { randomUUID } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/report/junit.ts
var SUITE = "EC2 Image Builder test components";
var MESSAGE_MAX_CHARS = 4e3;
function junitReport(record, outcomes) {
  const failures = outcomes.filter((outcome) => outcome.result === "failed").length;
  const skipped = outcomes.filter((outcome) => outcome.result === "not-run").length;
  const counts = `tests="${outcomes.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  const image = record.snapshot?.image;
  const suiteName = image?.name ? `${image.name} ${image.version ?? ""}`.trim() : SUITE;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attribute(SUITE)}" ${counts}>`,
    `  <testsuite name="${attribute(suiteName)}" ${counts}>`,
    ...record.imageArn ? [
      "    <properties>",
      `      <property name="image-arn" value="${attribute(record.imageArn)}"/>`,
      "    </properties>"
    ] : [],
    ...outcomes.map(testCase),
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}
function testCase(outcome) {
  const { component } = outcome;
  const open = `    <testcase name="${attribute(component.name)}" classname="${attribute(component.arn)}"`;
  switch (outcome.result) {
    case "passed":
      return `${open}/>`;
    case "not-run":
      return `${open}>
      <skipped message="${attribute(`Not run: ${outcome.why}`)}"/>
    </testcase>`;
    case "failed": {
      const { failure } = outcome;
      const message = clip(failure.errorMessage ?? "The test component failed.", MESSAGE_MAX_CHARS);
      const body = [
        `Failed at ${componentPlace({ ...failure, componentArn: failure.componentArn ?? component.arn })}`,
        `Error: ${message}`,
        ...outcome.printed.length > 0 ? ["The step printed:", ...outcome.printed] : []
      ].join("\n");
      return [
        `${open}>`,
        `      <failure message="${attribute(message)}" type="${attribute(failure.action ?? "ExecuteComponents")}">${content(body)}</failure>`,
        "    </testcase>"
      ].join("\n");
    }
  }
}
var NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function content(value) {
  return value.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attribute(value) {
  return content(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// src/report/test-report.ts
async function writeTestReport(record, env, warn) {
  const outcomes = testOutcomes(record);
  if (!outcomes) return "";
  const step = (env.GITHUB_ACTION ?? "").replace(/[^\w.-]/g, "_") || randomUUID();
  const path = join(env.RUNNER_TEMP || tmpdir(), `imagebuilder-test-report-${step}.xml`);
  try {
    await writeFile(path, junitReport(record, outcomes));
    return path;
  } catch (error) {
    warn(
      `The test report could not be written to ${path}: ${error instanceof Error ? error.message : String(error)}`
    );
    return "";
  }
}

// src/report/publish.ts
function publishImageArn(imageArn) {
  setOutput("image-arn", imageArn);
}
async function publish(record, writeSummary, now, env = process.env) {
  const testReport = await writeTestReport(record, env, (message) => warning(message));
  for (const [name, value] of Object.entries(
    buildOutputs(record, testReport, releaseNotes(record, env))
  ))
    setOutput(name, value);
  if (writeSummary) await writeJobSummary(renderSummary(record, now));
  const outcome = outcomeLine(record);
  if (outcome) new UntrustedWriter(info).write([outcome]);
  const failure = failureOf(record);
  if (failure) setFailed(failure);
}

// src/start/begin.ts
async function begin(context) {
  const { inputs } = context;
  switch (inputs.mode) {
    case "pipeline": {
      if (inputs.retryOnRerun) {
        const { retryEarlierAttempt } = await import("./retry-BJWIKN5D.js");
        const retried = await retryEarlierAttempt({ ...context, inputs });
        if (retried) return retried;
      }
      const imageArn = await startPipelineExecution(
        context.clients.imagebuilder,
        inputs.retryOnRerun ? { ...inputs, tags: { ...inputs.tags, ...invocationTag(context.env) } } : inputs,
        clientToken("start", context.env),
        context.stop.signal
      );
      return { kind: "started", imageArn };
    }
    case "attach": {
      if (!inputs.retry) return { kind: "attached", imageArn: inputs.imageArn };
      const { retryAttached } = await import("./retry-BJWIKN5D.js");
      return retryAttached({ ...context, inputs });
    }
    case "recipe": {
      const { beginRecipe } = await import("./recipe-FT7LI45K.js");
      return beginRecipe({ ...context, inputs });
    }
    case "promote": {
      const { beginPromotion } = await import("./promote-LW6JTGZO.js");
      return beginPromotion({ ...context, inputs });
    }
  }
}

// src/watch/diff.ts
function diffSnapshots(previous, next, at) {
  const stage = previous?.image.status === next.image.status ? [] : [{ type: "stage-changed", at, status: next.image.status, previous: previous?.image.status }];
  const workflows = next.workflows.flatMap(
    (workflow) => workflowEvents(
      previous?.workflows.find((known) => known.id === workflow.id),
      workflow,
      at
    )
  );
  return isFinal(next.image.status) ? [...workflows, ...stage] : [...stage, ...workflows];
}
function workflowEvents(before, workflow, at) {
  const steps = workflow.steps.map((step) => ({
    step,
    previous: before?.steps.find((known) => known.id === step.id)?.status
  })).filter(({ step, previous }) => previous !== step.status).map(({ step, previous }) => ({ type: "step-changed", at, workflow, step, previous }));
  if (before?.status === workflow.status) return steps;
  const changed = { type: "workflow-changed", at, workflow, previous: before?.status };
  return isActiveWorkflow(workflow.status) ? [changed, ...steps] : [...steps, changed];
}

// src/watch/log-tail.ts
var MAX_PAGES_PER_READ = 25;
var MAX_PAGES_PER_DRAIN_READ = 50;
var PAGE_LIMIT = 2e3;
var RUNS_COMPONENTS = "ExecuteComponents";
var RAN_AND_ENDED = ["COMPLETED", "FAILED", "CANCELLED"];
var EMPTY_READS_TO_STOP = 2;
var LogTail = class {
  constructor(client, onFailure) {
    this.client = client;
    this.onFailure = onFailure;
  }
  client;
  onFailure;
  nextToken;
  reportedFailure = false;
  /** Component steps seen ended, and so read once after their end. */
  endedSteps = /* @__PURE__ */ new Set();
  /**
   * What was logged since the last read, while a step runs components and once more when one is
   * seen ended (a short step may start and end between two reads); nothing otherwise (the
   * service's own progress lines in between repeat the step changes, and the drain after the end
   * picks up anything a step wrote late). With `onLines`, each page goes there as it arrives and
   * nothing is returned: no more than a page is held at once.
   */
  async read(snapshot, signal, onLines) {
    const newlyEnded = this.newlyEndedComponentSteps(snapshot);
    if (!componentsRun(snapshot) && !newlyEnded) return [];
    const lines = [];
    await this.readPages(
      snapshot,
      MAX_PAGES_PER_READ,
      signal,
      onLines ?? ((page) => lines.push(...page))
    );
    return lines;
  }
  /**
   * After the final status: keeps reading until two reads in a row bring nothing, within
   * `maxMs`. Lines go to `onLines` as they arrive, so the job log shows them at once.
   */
  async drain(snapshot, options) {
    const { clock, signal } = options;
    const deadline = clock.now().getTime() + options.maxMs;
    let emptyReads = 0;
    for (; ; ) {
      if (signal.aborted) return "stopped";
      const read = await this.readPages(snapshot, MAX_PAGES_PER_DRAIN_READ, signal, options.onLines);
      if (read === void 0) return "unreadable";
      emptyReads = read === 0 ? emptyReads + 1 : 0;
      if (emptyReads >= EMPTY_READS_TO_STOP) return "drained";
      if (clock.now().getTime() + options.gapMs > deadline)
        return emptyReads > 0 ? "drained" : "cut";
      await clock.sleep(options.gapMs, signal);
    }
  }
  /** Whether a step that runs components has ended since the last read; notes it as read. */
  newlyEndedComponentSteps(snapshot) {
    let newlyEnded = false;
    for (const workflow of snapshot.workflows) {
      for (const step of workflow.steps) {
        if (step.action !== RUNS_COMPONENTS || !RAN_AND_ENDED.includes(step.status)) continue;
        if (this.endedSteps.has(step.id)) continue;
        this.endedSteps.add(step.id);
        newlyEnded = true;
      }
    }
    return newlyEnded;
  }
  /**
   * Hands each page's lines to `onPage` as it arrives, so that no more than a page is held at
   * once; resolves to how many lines were read, or undefined when the log could not be read
   * (already reported).
   */
  async readPages(snapshot, maxPages, signal, onPage) {
    const location = logLocation(snapshot);
    if (!location) return 0;
    let read = 0;
    try {
      const client = await this.client();
      const { GetLogEventsCommand } = await import("./logs-RUK5EEHW.js");
      for (let page = 0; page < maxPages; page += 1) {
        const response = await client.send(
          new GetLogEventsCommand({
            ...location,
            startFromHead: true,
            limit: PAGE_LIMIT,
            nextToken: this.nextToken
          }),
          { abortSignal: signal }
        );
        const events = response.events ?? [];
        if (events.length > 0) {
          onPage(
            events.map((event) => ({
              timestamp: event.timestamp ?? 0,
              message: event.message ?? ""
            }))
          );
          read += events.length;
        }
        const advanced = response.nextForwardToken !== this.nextToken;
        this.nextToken = response.nextForwardToken ?? this.nextToken;
        if (!advanced || events.length < PAGE_LIMIT) break;
      }
    } catch (error) {
      if (signal?.aborted) return read;
      if (errorName(error) === "ResourceNotFoundException") return read;
      if (!this.reportedFailure) {
        this.reportedFailure = true;
        this.onFailure(
          `Build logs could not be read (the build is unaffected): ${describeError(error)}`
        );
      }
      return read > 0 ? read : void 0;
    }
    return read;
  }
};
function logLocation(snapshot) {
  const { image } = snapshot;
  const version = parseImageBuildVersionArn(image.arn);
  const groupName = image.logGroupName ?? (image.name ? `/aws/imagebuilder/${image.name}` : void 0);
  if (!version || !groupName) return void 0;
  return {
    logGroupName: groupName,
    logStreamName: `${version.semanticVersion}/${version.buildNumber}`
  };
}
function componentsRun(snapshot) {
  return snapshot.workflows.some(
    (workflow) => workflow.steps.some((step) => step.action === RUNS_COMPONENTS && step.status === "RUNNING")
  );
}

// src/watch/drain-build-log.ts
var DRAIN_MAX_MS = 6e4;
var GAP_MIN_MS = 1e3;
var GAP_MAX_MS = 5e3;
async function drainBuildLog(context, tail, snapshot, emit, warn) {
  const { clock } = context;
  const gapMs = Math.min(
    GAP_MAX_MS,
    Math.max(GAP_MIN_MS, context.inputs.pollIntervalSeconds * 1e3)
  );
  const result2 = await tail.drain(snapshot, {
    clock,
    signal: context.stop.signal,
    gapMs,
    maxMs: DRAIN_MAX_MS,
    onLines: (lines) => emit({ type: "log-lines", at: clock.now(), lines })
  });
  if (result2 !== "cut") return;
  const location = logLocation(snapshot);
  const where = location ? ` (log group ${location.logGroupName}, stream ${location.logStreamName})` : "";
  const message = `Stopped reading the build log ${DRAIN_MAX_MS / 1e3}s after the build ended while lines were still arriving; the rest is in CloudWatch Logs${where}.`;
  warn(message);
  context.record.notices.push(message);
}

// src/watch/detail-cadence.ts
var DETAIL_EVERY_POLLS = 2;
var STAGES_WITH_WORKFLOWS = ["BUILDING", "TESTING"];
var STAGES_STARTING_WORKFLOWS = [...STAGES_WITH_WORKFLOWS, "DISTRIBUTING"];
var DetailCadence = class {
  constructor(everyPolls = DETAIL_EVERY_POLLS) {
    this.everyPolls = everyPolls;
  }
  everyPolls;
  pollsWithoutListing = 0;
  /** The decision for the poll in flight, counted once that poll succeeds. */
  listing = false;
  /** Whether this poll lists the workflows, given the last snapshot and the image just read. */
  listsWorkflows(previous, image) {
    this.listing = this.isDue(previous, image);
    return this.listing;
  }
  /** Counts a successful poll; a failed one changes nothing, so its retry decides afresh. */
  polled() {
    this.pollsWithoutListing = this.listing ? 0 : this.pollsWithoutListing + 1;
  }
  /** Whether the last successful poll listed the workflows: the polls that also read the log. */
  get listedLastPoll() {
    return this.pollsWithoutListing === 0;
  }
  isDue(previous, image) {
    if (previous === void 0) return true;
    if (previous.image.status !== image.status) return workflowsMayDiffer(previous, image);
    return workflowsRun(previous, image) && this.pollsWithoutListing + 1 >= this.everyPolls;
  }
};
function workflowsRun(previous, image) {
  return STAGES_WITH_WORKFLOWS.includes(image.status) || anyActive(previous);
}
function workflowsMayDiffer(previous, image) {
  return STAGES_STARTING_WORKFLOWS.includes(image.status) || isFinal(image.status) && previous.workflows.length === 0 || STAGES_WITH_WORKFLOWS.includes(previous.image.status) || anyActive(previous);
}
function anyActive(snapshot) {
  return snapshot.workflows.some((workflow) => isActiveWorkflow(workflow.status));
}

// src/watch/interval.ts
var IDLE_GROWTH = 1.5;
var IDLE_CAP_FACTOR = 2;
var FAILURE_CAP_MS = 5 * 6e4;
var PollInterval = class {
  constructor(baseMs, random = Math.random) {
    this.baseMs = baseMs;
    this.random = random;
    this.idleMs = baseMs;
  }
  baseMs;
  random;
  idleMs;
  /** The wait after a poll that saw changes (true) or none (false). */
  afterPoll(changed) {
    this.idleMs = changed ? this.baseMs : Math.min(this.idleMs * IDLE_GROWTH, this.baseMs * IDLE_CAP_FACTOR);
    return this.idleMs;
  }
  /** The wait after the n-th failed poll in a row (n ≥ 1): half fixed, half random. */
  afterFailure(consecutiveFailures) {
    const ceiling = Math.min(
      this.baseMs * 2 ** consecutiveFailures,
      Math.max(FAILURE_CAP_MS, this.baseMs)
    );
    return ceiling / 2 + this.random() * ceiling / 2;
  }
};

// src/watch/poller.ts
var MAX_CONSECUTIVE_HARD_ERRORS = 3;
async function watchBuild(options) {
  const { client, imageArn, clock, signal, emit } = options;
  const interval = new PollInterval(options.baseIntervalMs, options.random);
  const detail = new DetailCadence();
  let snapshot;
  let failures = 0;
  let hardErrors = 0;
  while (!signal.aborted) {
    let next;
    const previous = snapshot;
    const listWorkflows = (image) => detail.listsWorkflows(previous, image);
    try {
      next = await fetchSnapshot(client, imageArn, snapshot, signal, listWorkflows);
    } catch (error) {
      if (isAborted(signal)) break;
      if (isExpiredCredentials(error)) return { type: "credentials-expired", error, snapshot };
      hardErrors = isTransient(error) ? 0 : hardErrors + 1;
      if (hardErrors >= MAX_CONSECUTIVE_HARD_ERRORS) return { type: "unreachable", error, snapshot };
      failures += 1;
      const retryInMs = interval.afterFailure(failures);
      emit({
        type: "poll-failed",
        at: clock.now(),
        error: describeError(error),
        consecutiveFailures: failures,
        retryInMs
      });
      await clock.sleep(retryInMs, signal);
      continue;
    }
    failures = 0;
    hardErrors = 0;
    detail.polled();
    const changes = diffSnapshots(snapshot, next, clock.now());
    snapshot = next;
    if (detail.listedLastPoll) await emitLogs(options, snapshot);
    changes.forEach(emit);
    emit({ type: "snapshot", at: clock.now(), snapshot });
    if (isFinal(snapshot.image.status)) return { type: "ended", snapshot };
    await clock.sleep(interval.afterPoll(changes.length > 0), signal);
  }
  return { type: "aborted", snapshot };
}
async function emitLogs(options, snapshot) {
  if (!options.logs) return;
  const emitLines = (lines) => {
    if (lines.length > 0) options.emit({ type: "log-lines", at: options.clock.now(), lines });
  };
  emitLines(await options.logs.read(snapshot, options.signal, emitLines));
}
function isAborted(signal) {
  return signal.aborted;
}

// src/watch/settle-after-cancel.ts
var RE_READ_MS = 2e3;
async function settleAfterCancel(context, before, emit) {
  const { record, clients, clock } = context;
  const image = record.snapshot?.image;
  if (!image || !record.imageArn || !isFinal(image.status)) return;
  let workflows = before?.workflows ?? [];
  try {
    workflows = await fetchWorkflows(
      clients.imagebuilder,
      record.imageArn,
      [],
      AbortSignal.timeout(RE_READ_MS)
    );
  } catch (error) {
    record.notices.push(
      `The workflows could not be read again after the cancel, so their steps show as last seen: ${describeError(error)}`
    );
  }
  const after = { image, workflows };
  const at = clock.now();
  diffSnapshots(before, after, at).forEach(emit);
  emit({ type: "snapshot", at, snapshot: after });
}

// src/follow.ts
async function follow(context) {
  const beginning = await begin(context);
  if (beginning.kind === "planned") return { kind: "planned" };
  announce(context, beginning);
  const jobLog = new JobLog(context.out);
  try {
    return await followBuild(context, beginning, jobLog);
  } finally {
    jobLog.close();
  }
}
async function followBuild(context, beginning, jobLog) {
  const { imageArn } = beginning;
  if (beginning.kind === "reused") {
    const ending = await lookOnce(context, imageArn, emitter(context, jobLog), { kind: "reused" });
    if (context.record.snapshot?.image.imageType !== "DOCKER") return ending;
    const finished = await finishContainerImage(context);
    return finished.kind === "error" ? finished : ending;
  }
  if (!context.inputs.wait)
    return lookOnce(context, imageArn, emitter(context, jobLog), { kind: "started" });
  const recipe = new RecipeComponents(context.clients.imagebuilder, context.stop.signal);
  if (context.record.plan) recipe.know(context.record.plan.components);
  const emit = emitter(context, jobLog, recipe);
  const warn = (message) => warning(message);
  const logs = context.inputs.streamLogs ? new LogTail(() => context.clients.logs(context.inputs.region), warn) : void 0;
  const outcome = await watchBuild({
    client: context.clients.imagebuilder,
    imageArn,
    baseIntervalMs: context.inputs.pollIntervalSeconds * 1e3,
    clock: context.clock,
    signal: context.stop.signal,
    emit,
    logs
  });
  switch (outcome.type) {
    case "ended":
      if (logs) await drainBuildLog(context, logs, outcome.snapshot, emit, warn);
      return finishBuild(context, recipe);
    case "aborted": {
      jobLog.close();
      const before = context.record.snapshot;
      const ending = await cancelOnStop(context, imageArn);
      await settleAfterCancel(context, before, emit);
      await recordTestComponents(
        recipe,
        context.record.snapshot?.image.componentArns ?? [],
        context.record
      );
      return ending;
    }
    case "credentials-expired":
      throw outcome.error;
    case "unreachable":
      return {
        kind: "error",
        message: `Lost contact with Image Builder while following ${imageArn}: ${describeError(outcome.error)}`
      };
  }
}
function announce(context, beginning) {
  context.record.imageArn = beginning.imageArn;
  publishImageArn(beginning.imageArn);
  if (beginning.kind !== "reused") saveImageArn(beginning.imageArn);
  const verb = {
    started: "Started",
    attached: "Following",
    retried: "Following the retried",
    reused: "Reusing"
  }[beginning.kind];
  context.out.write([`${verb} image build ${beginning.imageArn}`]);
}
function emitter(context, jobLog, recipe) {
  return (event) => {
    recordEvent(context.record, event);
    jobLog.handle(event);
    if (event.type === "snapshot") recipe?.prepare(event.snapshot.image.componentArns);
  };
}
async function lookOnce(context, imageArn, emit, ending) {
  try {
    const snapshot = await fetchSnapshot(
      context.clients.imagebuilder,
      imageArn,
      void 0,
      context.stop.signal
    );
    const at = context.clock.now();
    diffSnapshots(void 0, snapshot, at).forEach(emit);
    emit({ type: "snapshot", at, snapshot });
  } catch (error) {
    if (isExpiredCredentials(error)) throw error;
    context.record.notices.push(`The build's status could not be read: ${describeError(error)}`);
  }
  return ending;
}

// src/stop-waiting.ts
var LONGEST_TIMER_MS = 2 ** 31 - 1;
var StopWaiting = class {
  constructor(signals, timeoutMinutes, stepStartedAt, clock) {
    this.signals = signals;
    this.clock = clock;
    this.signals.on("SIGINT", this.onSignal);
    this.signals.on("SIGTERM", this.onSignal);
    if (timeoutMinutes > 0) this.stopAt(stepStartedAt.getTime() + timeoutMinutes * 6e4);
  }
  signals;
  clock;
  controller = new AbortController();
  timer;
  reason;
  /** When the action stopped waiting, by the clock it was given. */
  stoppedAt;
  get signal() {
    return this.controller.signal;
  }
  dispose() {
    clearTimeout(this.timer);
    this.signals.off("SIGINT", this.onSignal);
    this.signals.off("SIGTERM", this.onSignal);
  }
  onSignal = () => {
    this.stop("run-cancelled");
  };
  /** Arms the timer for the timeout, again and again while it lies beyond the longest timer. */
  stopAt(time) {
    const remaining = time - this.clock.now().getTime();
    if (remaining <= 0) {
      this.stop("timeout");
      return;
    }
    this.timer = setTimeout(() => this.stopAt(time), Math.min(remaining, LONGEST_TIMER_MS));
  }
  stop(reason) {
    if (this.controller.signal.aborted) return;
    this.reason = reason;
    this.stoppedAt = this.clock.now();
    this.controller.abort(reason);
  }
};

// src/build-step.ts
async function runBuildStep(parsed, runtime, stepStartedAt) {
  try {
    await followAndReport(parsed, runtime, stepStartedAt);
  } finally {
    saveFinished();
  }
}
async function followAndReport({ inputs, warnings }, runtime, stepStartedAt) {
  warnings.forEach((message) => warning(message));
  saveRunSettings(inputs);
  const record = newBuildRecord(inputs, stepStartedAt);
  const stop = new StopWaiting(runtime.signals, inputs.timeoutMinutes, stepStartedAt, runtime.clock);
  const clients = createAwsClients(inputs.region);
  try {
    record.ending = await follow({
      inputs,
      clients,
      record,
      clock: runtime.clock,
      stop,
      env: runtime.env,
      out: new UntrustedWriter(info)
    });
  } catch (error) {
    record.ending = endingOfError(error, record, stop);
  } finally {
    stop.dispose();
    record.endedAt = runtime.clock.now();
    await publish(record, inputs.summary, runtime.clock.now());
    await clients.destroy();
  }
}
function endingOfError(error, record, stop) {
  if (isExpiredCredentials(error))
    return { kind: "credentials-expired", error: expiredCredentialsMessage(record, error) };
  if (stop.reason && !record.imageArn) {
    const why = stop.reason === "timeout" ? "The timeout passed" : "The workflow run was cancelled";
    return {
      kind: "error",
      message: `${why} before Image Builder named the build, so there is none to cancel (${describeError(error)}). If a build did start, the image list of the pipeline or recipe shows it.`
    };
  }
  return {
    kind: "error",
    message: error instanceof StartError || error instanceof InputError ? error.message : describeError(error)
  };
}
function expiredCredentialsMessage(record, error) {
  const build = record.imageArn ? `The build ${record.imageArn} keeps running in Image Builder; follow it from a later step with image-arn: ${record.imageArn}.` : "No build was started.";
  return [
    `The AWS credentials expired (${describeError(error)}). ${build}`,
    "Give the role a session longer than the build: set role-duration-seconds (e.g. 7200) in aws-actions/configure-aws-credentials, and raise the IAM role's maximum session duration to at least that."
  ].join(" ");
}
export {
  runBuildStep
};
