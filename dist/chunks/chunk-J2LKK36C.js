import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  fetchImage
} from "./chunk-TRJRUJUG.js";
import {
  CancelImageCreation$,
  ImagebuilderClient,
  clientToken,
  commonParams,
  describeError,
  isExpiredCredentials,
  teachThrottling
} from "./chunk-T4C5SD55.js";
import {
  isFinal
} from "./chunk-XGQITXQ4.js";
import {
  clip
} from "./chunk-VOBVRTXH.js";
import {
  escapeData
} from "./chunk-Q4WSSAEA.js";
import {
  Command,
  getEndpointPlugin
} from "./chunk-62XFFN6W.js";

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/CancelImageCreationCommand.js
var CancelImageCreationCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "CancelImageCreation", {}).n("ImagebuilderClient", "CancelImageCreationCommand").sc(CancelImageCreation$).build() {
};

// src/aws/client-config.ts
var USER_AGENT = ["imagebuilder-action", "0.1.0"];
var REQUEST_HANDLER = {
  connectionTimeout: 5e3,
  requestTimeout: 2e4,
  throwOnRequestTimeout: true
};
function clientConfig(region) {
  return { region, customUserAgent: [USER_AGENT], requestHandler: REQUEST_HANDLER };
}
function createImagebuilderClient(region) {
  const client = new ImagebuilderClient(clientConfig(region));
  teachThrottling(client);
  return client;
}

// src/report/untrusted.ts
import { randomUUID } from "node:crypto";
var UntrustedWriter = class {
  constructor(writeLine) {
    this.writeLine = writeLine;
  }
  writeLine;
  /** Opens a folded group; the title is the action's own text, escaped as a command's data. */
  startGroup(title) {
    this.writeLine(`::group::${escapeData(title)}`);
  }
  endGroup() {
    this.writeLine("::endgroup::");
  }
  /** Writes lines that contain text from outside the action. */
  write(lines) {
    const split = lines.flatMap((line) => line.split(/\r\n|\r|\n/));
    if (!split.some((line) => line.includes("::") || line.includes("##["))) {
      split.forEach(this.writeLine);
      return;
    }
    const token = tokenNotIn(split);
    this.writeLine(`::stop-commands::${token}`);
    split.forEach(this.writeLine);
    this.writeLine(`::${token}::`);
  }
};
function tokenNotIn(lines) {
  for (; ; ) {
    const token = randomUUID().replaceAll("-", "");
    if (!lines.some((line) => line.includes(token))) return token;
  }
}

// src/deadline.ts
var Deadline = class _Deadline {
  constructor(at, clock) {
    this.at = at;
    this.clock = clock;
  }
  at;
  clock;
  /** `ms` after `from` (by default now). */
  static after(ms, clock, from = clock.now()) {
    return new _Deadline(new Date(from.getTime() + ms), clock);
  }
  remainingMs() {
    return Math.max(0, this.at.getTime() - this.clock.now().getTime());
  }
  get passed() {
    return this.remainingMs() === 0;
  }
  /**
   * Aborts when the deadline passes: pass it to `client.send(command, { abortSignal })`. Its timer
   * keeps no process alive.
   */
  signal() {
    return AbortSignal.timeout(this.remainingMs());
  }
};

// src/watch/cancel.ts
var CANCEL_REQUEST_MS = 3e3;
var CANCEL_CONFIRM_MS = 6e3;
function cancelBudget(clock, from = clock.now()) {
  return {
    request: Deadline.after(CANCEL_REQUEST_MS, clock, from),
    confirm: Deadline.after(CANCEL_CONFIRM_MS, clock, from)
  };
}
var CONFIRM_POLL_MS = 1e3;
var LAST_READ_MS = 250;
async function cancelBuild(client, imageArn, clientToken2, clock, budget) {
  const failure = await requestCancel(client, imageArn, clientToken2, budget.request);
  const mayTakeEffect = failure === void 0 || failure.why === "timed-out";
  const image = await readBuild(client, imageArn, clock, budget.confirm, mayTakeEffect);
  return failure === void 0 ? { image } : { failure, image };
}
async function requestCancel(client, imageArn, clientToken2, deadline) {
  const waitedMs = deadline.remainingMs();
  const abortSignal = deadline.signal();
  try {
    await client.send(
      new CancelImageCreationCommand({ imageBuildVersionArn: imageArn, clientToken: clientToken2 }),
      { abortSignal }
    );
    return void 0;
  } catch (error) {
    if (abortSignal.aborted) return { why: "timed-out", waitedMs };
    const why = isExpiredCredentials(error) ? "credentials-expired" : "error";
    return { why, error: describeError(error) };
  }
}
async function readBuild(client, imageArn, clock, deadline, untilFinal) {
  let image = await tryFetch(client, imageArn, deadline);
  while (untilFinal && !(image && isFinal(image.status))) {
    const pause = Math.min(CONFIRM_POLL_MS, deadline.remainingMs() - LAST_READ_MS);
    if (pause <= 0) break;
    await clock.sleep(pause, deadline.signal());
    image = await tryFetch(client, imageArn, deadline) ?? image;
  }
  return image;
}
async function tryFetch(client, imageArn, deadline) {
  if (deadline.passed) return void 0;
  try {
    return await fetchImage(client, imageArn, deadline.signal());
  } catch {
    return void 0;
  }
}

// src/watch/cancel-on-stop.ts
async function cancelOnStop(context, imageArn) {
  const { record, inputs, stop, clients, clock, out } = context;
  const by = stop.reason ?? "run-cancelled";
  if (!inputs.cancelOnAbort) return { kind: "aborted", by, cancel: "not-requested" };
  out.write([
    `${by === "timeout" ? "Timeout reached" : "Run cancelled"}: cancelling image build ${imageArn}`
  ]);
  const result = await cancelBuild(
    clients.imagebuilder,
    imageArn,
    clientToken("cancel", context.env),
    clock,
    cancelBudget(clock, stop.stoppedAt)
  );
  if (result.image)
    record.snapshot = { workflows: record.snapshot?.workflows ?? [], image: result.image };
  return { kind: "aborted", by, ...cancelOutcome(result) };
}
function cancelOutcome(result) {
  if (result.image?.status === "CANCELLED") return { cancel: "confirmed" };
  if (result.failure) return { cancel: "failed", failure: result.failure };
  return { cancel: "unconfirmed" };
}

// src/report/next-steps.ts
var REMEDIES = [
  {
    // SendCommand finds no instance when the SSM agent never registered with Systems Manager.
    pattern: /InvalidInstanceId[\s\S]*SendCommand|SSM agent|ssmAgent|not registered with (?:AWS )?Systems Manager/i,
    advice: "The instance never registered with Systems Manager. Attach the AmazonSSMManagedInstanceCore policy to the instance profile's role, and let the subnet reach Systems Manager (a NAT gateway, or VPC endpoints for ssm, ssmmessages and ec2messages)."
  },
  {
    pattern: /iamInstanceProfileName[\s\S]*null|instance ?profile[\s\S]*(?:not found|does not exist|invalid)/i,
    advice: "The instance profile is missing or unusable: set instance-profile to an instance profile whose role has the AmazonSSMManagedInstanceCore and EC2InstanceProfileForImageBuilder policies."
  },
  {
    pattern: /RunInstances|InsufficientInstanceCapacity|InstanceLimitExceeded|Unsupported/,
    advice: "The instance could not be launched: try other instance-types or another subnet, and check the account's EC2 quotas in this region."
  },
  {
    pattern: /ListCommandInvocations returned terminal state Failed/,
    withoutComponent: true,
    advice: "The command on the instance failed before AWSTOE reported a result: read its Run Command output (the step's runCommandId) or the AWSTOE log bundle in S3."
  },
  {
    pattern: /AccessDenied|not authori[sz]ed|KMS|kms:/,
    advice: "A permission was missing: check the execution role and the instance profile's role, and for encrypted AMIs shared to other accounts or regions, the KMS key's policy."
  }
];
var COMPONENT_ADVICE = "Reproduce it with AWSTOE on an instance from the same parent image (awstoe run --documents <document> --phases <phase>); then read what the failing step printed.";
function nextStep(texts, componentFailed) {
  const joined = texts.filter(Boolean).join("\n");
  const remedy = REMEDIES.find(
    ({ pattern, withoutComponent }) => !(withoutComponent && componentFailed) && pattern.test(joined)
  );
  return remedy?.advice ?? (componentFailed ? COMPONENT_ADVICE : void 0);
}

// src/report/printed-lines.ts
var OUTPUT_LINE = /^CmdExecution: (Std(?:out|err): .*)$/s;
var COMPONENT_ARN_LINE = /^ComponentArn: (\S+)/;
var RUN_BOUNDARY = /^(?:Executing document |ComponentArn: |Step \S+ \(\w+\) started)/;
function printedLines(log, componentArn, max) {
  const blockAt = findLastIndex(log, (line) => {
    const named = COMPONENT_ARN_LINE.exec(line.message)?.[1];
    return named !== void 0 && (componentArn === void 0 || sameComponent(named, componentArn));
  });
  if (blockAt === -1) return [];
  const printed = [];
  for (let index = blockAt - 1; index >= 0 && printed.length < max; index -= 1) {
    const message = log[index]?.message ?? "";
    if (RUN_BOUNDARY.test(message)) break;
    const output = OUTPUT_LINE.exec(message)?.[1];
    if (output !== void 0) printed.unshift(output.trimEnd());
  }
  return printed;
}
function failedComponentInLog(log) {
  for (let index = log.length - 1; index >= 0; index -= 1) {
    const named = COMPONENT_ARN_LINE.exec(log[index]?.message ?? "")?.[1];
    if (named !== void 0) return named;
  }
  return void 0;
}
function sameComponent(a, b) {
  return a === b || componentKey(a) === componentKey(b);
}
function componentKey(arn) {
  return /^(arn:[^:]+:imagebuilder:[^:]*:[^:]*:component\/[^/]+)/.exec(arn)?.[1] ?? arn;
}
function findLastIndex(items, predicate) {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item !== void 0 && predicate(item)) return index;
  }
  return -1;
}

// src/report/cause.ts
var PRINTED_LINES_SHOWN = 20;
var COMPONENT_IN_REASON = /Document (arn:aws[^\s:]*:imagebuilder:[^\s]+:component\/[^\s!]+) failed/;
var ERROR_WRAPPER = /^[\w ]*failed(?: with reason)?: ?$/i;
var REASON_WRAPPER = /^Workflow Execution ID: '[^']*' failed with reason: /;
function causeOf(record) {
  const snapshot = record.snapshot;
  if (record.ending?.kind !== "ended" || !snapshot) return void 0;
  const { image } = snapshot;
  if (image.status === "AVAILABLE") return void 0;
  const context = image.failureContext;
  const failedStep = findFailedStep(snapshot, context);
  const component = failedComponent(record, snapshot);
  const printed = component || failedStep?.step.action === "ExecuteComponents" ? printedLines(record.buildLog, component?.componentArn, PRINTED_LINES_SHOWN) : [];
  const distribution = context?.distributionFailure;
  const error = component?.errorMessage ?? failedStep?.step.message ?? distribution?.errorMessage;
  const reason = sayingMore(image.reason, component, error);
  return {
    status: image.status,
    stage: context?.imageStatus ?? record.stages.filter((stage) => stage.status !== image.status).at(-1)?.status,
    failedStep,
    component,
    error: error ?? reason,
    reason: error === void 0 ? void 0 : reason,
    distribution,
    printed,
    next: nextStep(
      [image.reason, failedStep?.step.message, component?.errorMessage, ...printed],
      component !== void 0
    )
  };
}
function failedComponent(record, snapshot) {
  const { image } = snapshot;
  if (image.failureContext?.componentFailure) return image.failureContext.componentFailure;
  const named = image.reason ? COMPONENT_IN_REASON.exec(image.reason)?.[1] : void 0;
  const componentArn = named ?? (image.status === "FAILED" ? failedComponentInLog(record.buildLog) : void 0);
  return componentArn ? { componentArn } : void 0;
}
function sayingMore(reason, component, error) {
  const unwrapped = reason?.replace(REASON_WRAPPER, "").trim();
  if (!unwrapped || unwrapped === error) return void 0;
  if (error && unwrapped.endsWith(error) && ERROR_WRAPPER.test(unwrapped.slice(0, -error.length)))
    return void 0;
  const componentArn = component?.componentArn;
  if (componentArn && unwrapped === `Document ${componentArn} failed!`) return void 0;
  return unwrapped;
}
function findFailedStep(snapshot, context) {
  const steps = snapshot.workflows.flatMap(
    (workflow) => workflow.steps.map((step) => ({ workflow, step }))
  );
  const named = steps.find(
    ({ step }) => context?.stepExecutionId !== void 0 && step.id === context.stepExecutionId
  ) ?? steps.find(
    ({ workflow, step }) => step.name === context?.failedStep && (context.workflowExecutionId === void 0 || workflow.id === context.workflowExecutionId)
  );
  if (named) return named;
  const failed = steps.filter(({ step }) => step.status === "FAILED");
  return failed.find(({ workflow }) => workflow.status === "FAILED") ?? failed[0];
}
function componentName(componentArn) {
  return /:component\/([^/]+)/.exec(componentArn)?.[1] ?? componentArn;
}

// src/report/failure.ts
var ANNOTATION_MAX_CHARS = 2e3;
var PRINTED_LINES_IN_ANNOTATION = 3;
var CUT_NOTE = " \u2026 (cut; the job summary has the rest)";
function failureOf(record) {
  const message = unboundedFailure(record);
  return message === void 0 ? void 0 : clip(message, ANNOTATION_MAX_CHARS, CUT_NOTE);
}
function unboundedFailure(record) {
  const ending = record.ending;
  switch (ending?.kind) {
    case void 0:
    case "started":
    case "planned":
    case "reused":
      return void 0;
    case "ended": {
      const cause = causeOf(record);
      return cause ? causeParagraph(cause) : void 0;
    }
    case "aborted": {
      const why = ending.by === "timeout" ? "The timeout passed before the build ended" : "The workflow run was cancelled";
      return `${why}: ${cancelSentence(record, ending)}`;
    }
    case "credentials-expired":
      return ending.error;
    case "error":
      return ending.message;
  }
}
function cancelSentence(record, ending) {
  const build = record.imageArn ?? "the build";
  const status = `status ${record.snapshot?.image.status ?? "unknown"}`;
  switch (ending.cancel) {
    case "confirmed":
      return `${build} was cancelled.`;
    case "unconfirmed":
      return `Image Builder accepted the cancel of ${build} but had not confirmed it yet (${status}).`;
    case "not-requested":
      return `${build} keeps running (cancel-on-abort is false).`;
    case "failed": {
      const cancel = `the cancel of ${build} ${cancelFailed(ending.failure)}`;
      const image = record.snapshot?.image;
      if (image && isFinal(image.status))
        return `${cancel}; the build had already ended (${status}).`;
      return `${cancel}, and the build was not seen stopping (${status}). It may still be running: cancel it in the Image Builder console or with aws imagebuilder cancel-image-creation --image-build-version-arn ${build}`;
    }
  }
}
function cancelFailed(failure) {
  switch (failure.why) {
    case "timed-out":
      return `was sent but got no answer within ${Math.round(failure.waitedMs / 1e3)} s`;
    case "credentials-expired":
      return `failed because the AWS credentials expired (${failure.error})`;
    case "error":
      return `failed (${failure.error})`;
  }
}
function causeParagraph(cause) {
  const sentences = [
    sentence(`${whereItFailed(cause)}${cause.error ? `: ${oneLine(cause.error)}` : ""}`)
  ];
  if (cause.reason) sentences.push(sentence(`Image Builder says: ${oneLine(cause.reason)}`));
  const printed = cause.printed.slice(-PRINTED_LINES_IN_ANNOTATION);
  if (printed.length > 0)
    sentences.push(sentence(`The step printed: ${printed.map(oneLine).join(" \u23CE ")}`));
  if (cause.distribution) {
    const { errorMessage, regionFailures } = cause.distribution;
    if (errorMessage && errorMessage !== cause.error)
      sentences.push(sentence(`Distribution failed: ${oneLine(errorMessage)}`));
    const regions = regionFailures.map((failure) => regionFailure(failure, cause.error));
    if (regions.length > 0) sentences.push(sentence(`Failed regions: ${regions.join("; ")}`));
  }
  if (cause.next) sentences.push(`Next: ${cause.next}`);
  return sentences.join(" ");
}
function whereItFailed(cause) {
  const stage = cause.stage ? ` during ${cause.stage}` : "";
  const step = cause.failedStep ? ` at ${cause.failedStep.workflow.name} \u203A ${cause.failedStep.step.name}${inParentheses(cause.failedStep.step.action)}` : "";
  const component = cause.component ? `, component ${componentPlace(cause.component)}` : "";
  return `Image build ${cause.status}${stage}${step}${component}`;
}
function componentPlace(component) {
  const where = [
    component.phaseName && `phase ${component.phaseName}`,
    component.stepName && `step ${component.stepName}${inParentheses(component.action)}`
  ].filter(Boolean);
  return [component.componentArn ?? "unnamed", ...where].join(", ");
}
function regionFailure(failure, saidError) {
  const account = failure.targetAccountId ? ` (account ${failure.targetAccountId})` : "";
  const step = failure.imageConfigurationStep ? ` at ${failure.imageConfigurationStep}` : "";
  const error = failure.errorMessage && failure.errorMessage !== saidError ? `: ${oneLine(failure.errorMessage)}` : "";
  return `${failure.region ?? "a region"}${account}: ${failure.status ?? "FAILED"}${step}${error}`;
}
function inParentheses(value) {
  return value ? ` (${value})` : "";
}
function sentence(value) {
  return /[.!?]$/.test(value) ? value : `${value}.`;
}
function oneLine(value) {
  return value.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

export {
  clientConfig,
  createImagebuilderClient,
  sameComponent,
  causeOf,
  componentName,
  failureOf,
  cancelSentence,
  componentPlace,
  regionFailure,
  UntrustedWriter,
  cancelBudget,
  cancelBuild,
  cancelOnStop,
  cancelOutcome
};
