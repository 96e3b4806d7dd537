import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  parseImageBuildVersionArn,
  planOutput
} from "./chunk-MX3RR3AG.js";
import {
  promotionOutput
} from "./chunk-FGF3456P.js";
import {
  currentWorkflows
} from "./chunk-XGQITXQ4.js";

// src/report/build-record.ts
var KEPT_LOG_LINES = 2e3;
var KEPT_LOG_LINE_LENGTH = 2e3;
function newBuildRecord(inputs, stepStartedAt) {
  return {
    mode: inputs.mode,
    region: inputs.region,
    source: sourceOf(inputs),
    stepStartedAt,
    stages: [],
    buildLog: [],
    notices: []
  };
}
function sourceOf(inputs) {
  switch (inputs.mode) {
    case "pipeline":
      return inputs.pipelineArn;
    case "attach":
      return inputs.imageArn;
    case "recipe":
      return inputs.name;
    case "promote":
      return inputs.promoteImage;
  }
}
function recordEvent(record, event) {
  if (event.type === "snapshot") {
    record.snapshot = event.snapshot;
  } else if (event.type === "stage-changed") {
    const current = record.stages.at(-1);
    if (current && !current.endedAt) current.endedAt = event.at;
    record.stages.push({ status: event.status, seenAt: event.at });
  } else if (event.type === "log-lines") {
    keepLogLines(record, event.lines);
  }
}
function keepLogLines(record, lines) {
  for (const line of lines) {
    record.buildLog.push({
      timestamp: line.timestamp,
      message: line.message.slice(0, KEPT_LOG_LINE_LENGTH)
    });
  }
  const excess = record.buildLog.length - KEPT_LOG_LINES;
  if (excess > 0) record.buildLog.splice(0, excess);
}
function reportedStatus(record) {
  return record.snapshot?.image.status ?? (record.imageArn ? "PENDING" : "");
}

// src/report/container-images.ts
var IMAGE_URI = /^([^/]+)\/(.+?)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,299}))?(?:@(sha256:[a-f0-9]{64}))?$/;
function containerImagesOf(outputResources) {
  return (outputResources?.containers ?? []).flatMap(
    (container) => (container.imageUris ?? []).flatMap((uri) => {
      const parsed = parseImageUri(uri);
      return parsed && container.region ? [{ region: container.region, uri, ...parsed }] : [];
    })
  );
}
function parseImageUri(uri) {
  const match = IMAGE_URI.exec(uri);
  if (!match) return void 0;
  const [, registry = "", repositoryName = "", tag, digest] = match;
  return { registry, repositoryName, ...tag ? { tag } : {}, ...digest ? { digest } : {} };
}
function registryAccount(registry) {
  return /^(\d{12})\.dkr\.ecr\./.exec(registry)?.[1];
}
function imageUrisByRegion(images) {
  const uris = {};
  for (const image of images) if (!(image.region in uris)) uris[image.region] = image.uri;
  return uris;
}
function imageDigestsByRegion(images) {
  const digests = {};
  for (const image of images) {
    if (image.digest && !(image.region in digests)) digests[image.region] = image.digest;
  }
  return digests;
}

// src/report/outputs.ts
function buildOutputs(record, testReportPath = "", notes = "") {
  const snapshot = record.snapshot;
  const amis = buildAccountAmis(record);
  const uris = imageUrisByRegion(containerImages(record));
  return {
    "image-arn": record.imageArn ?? "",
    "image-version": snapshot?.image.version ?? "",
    status: reportedStatus(record),
    "ami-id": amis[record.region] ?? Object.values(amis)[0] ?? "",
    amis: JSON.stringify(amis),
    "output-resources": JSON.stringify(snapshot?.image.outputResources ?? { amis: [] }),
    "test-results": JSON.stringify(snapshot ? testResults(snapshot) : []),
    "scan-findings": JSON.stringify(record.scanFindings ?? {}),
    plan: record.promotion ? promotionOutput(record.promotion) : planOutput(record.plan),
    "test-report": testReportPath,
    "release-notes": notes,
    "image-uri": uris[record.region] ?? Object.values(uris)[0] ?? "",
    "image-uris": JSON.stringify(uris),
    "image-digests": JSON.stringify(imageDigestsByRegion(containerImages(record)))
  };
}
function containerImages(record) {
  return record.containerImages ?? containerImagesOf(record.snapshot?.image.outputResources);
}
function buildAccountAmis(record) {
  const buildAccount = record.imageArn ? parseImageBuildVersionArn(record.imageArn)?.accountId : void 0;
  const amis = {};
  for (const ami of record.snapshot?.image.amis ?? []) {
    if (isBuildAccount(ami, buildAccount) && !(ami.region in amis)) amis[ami.region] = ami.imageId;
  }
  return amis;
}
function isBuildAccount(ami, buildAccount) {
  return ami.accountId === void 0 || buildAccount === void 0 || ami.accountId === buildAccount;
}
function testResults(snapshot) {
  return currentWorkflows(snapshot.workflows).filter((workflow) => workflow.type === "TEST").flatMap(
    (workflow) => workflow.steps.map((step) => ({
      workflow: workflow.name,
      step: step.name,
      action: step.action,
      status: step.status,
      message: step.message,
      startTime: step.startTime,
      endTime: step.endTime
    }))
  );
}

export {
  newBuildRecord,
  recordEvent,
  reportedStatus,
  containerImagesOf,
  registryAccount,
  imageUrisByRegion,
  buildOutputs,
  containerImages,
  buildAccountAmis
};
