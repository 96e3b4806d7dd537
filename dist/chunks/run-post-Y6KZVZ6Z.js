import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  UntrustedWriter,
  cancelBudget,
  cancelBuild,
  cancelOutcome,
  cancelSentence,
  createImagebuilderClient
} from "./chunk-J2LKK36C.js";
import "./chunk-TRJRUJUG.js";
import {
  clientToken
} from "./chunk-T4C5SD55.js";
import "./chunk-MPQEDZ2V.js";
import "./chunk-XD2Z7BNE.js";
import {
  systemClock
} from "./chunk-PMVHIGTX.js";
import "./chunk-XGQITXQ4.js";
import {
  code,
  table,
  text
} from "./chunk-VOBVRTXH.js";
import "./chunk-L5EABXVA.js";
import {
  info,
  readMainStepState,
  setFailed,
  warning,
  writeJobSummary
} from "./chunk-Q4WSSAEA.js";
import "./chunk-UP3GJJZX.js";
import "./chunk-VDQZ3A6U.js";
import "./chunk-62XFFN6W.js";
import "./chunk-TECVXIYH.js";
import "./chunk-2DQCQC44.js";
import "./chunk-5HJ3J6EK.js";

// src/post/orphan-report.ts
var HEADLINES = {
  confirmed: "\u{1F6AB} Image build cancelled by the post step: the main step did not finish",
  unconfirmed: "\u23F3 Image build cancel accepted, not yet confirmed: the main step did not finish",
  failed: "\u26A0\uFE0F The image build could not be cancelled: the main step did not finish",
  "not-requested": "\u{1F504} The image build keeps running: the main step did not finish"
};
function orphanMessage(report2) {
  const snapshot = report2.image && { image: report2.image, workflows: [] };
  const sentence = cancelSentence({ imageArn: report2.imageArn, snapshot }, report2.outcome);
  return `The main step did not finish (the run was cancelled or the step was killed): ${sentence}`;
}
function orphanSummary(report2) {
  const facts = table(
    ["Status", text(report2.image?.status ?? "unknown")],
    [
      ["Image ARN", code(report2.imageArn)],
      ["Region", text(report2.region)]
    ]
  );
  return `${[`## ${HEADLINES[report2.outcome.cancel]}`, facts, text(orphanMessage(report2))].join("\n\n")}
`;
}

// src/post/run-post.ts
async function handleOrphanedBuild(runtime) {
  const { state, out } = runtime;
  if (state.finished) return { kind: "main-step-finished" };
  if (!state.imageArn) return { kind: "no-build" };
  const { imageArn, region } = state;
  if (!state.cancelOnAbort)
    return { kind: "orphaned-build", imageArn, region, outcome: { cancel: "not-requested" } };
  out.write([`The main step did not finish: cancelling image build ${imageArn}`]);
  const client = runtime.imagebuilder(region);
  try {
    const result = await cancelBuild(
      client,
      imageArn,
      clientToken("cancel", runtime.env),
      runtime.clock,
      cancelBudget(runtime.clock)
    );
    const outcome = cancelOutcome(result);
    return { kind: "orphaned-build", imageArn, region, outcome, image: result.image };
  } finally {
    client.destroy();
  }
}
async function runPost(runtime = {
  state: readMainStepState(),
  env: process.env,
  clock: systemClock,
  imagebuilder: createImagebuilderClient,
  out: new UntrustedWriter(info)
}) {
  const outcome = await handleOrphanedBuild(runtime);
  switch (outcome.kind) {
    case "main-step-finished":
      return;
    case "no-build":
      info("The main step did not finish, and no build was known to it: nothing to cancel.");
      return;
    case "orphaned-build":
      await report(outcome, runtime);
  }
}
async function report(orphan, runtime) {
  const message = orphanMessage(orphan);
  if (runtime.state.summary) await writeJobSummary(orphanSummary(orphan));
  if (orphan.outcome.cancel === "failed") setFailed(message);
  else warning(message);
}
export {
  handleOrphanedBuild,
  runPost
};
