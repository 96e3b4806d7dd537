import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/runner.ts
import { randomUUID } from "node:crypto";
import { appendFileSync, writeSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { EOL } from "node:os";
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function command(name, message, properties = {}) {
  const given = Object.entries(properties).filter(([, value]) => value !== "");
  const listed = Object.keys(properties).length > 0 ? ` ${given.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(",")}` : "";
  return `::${name}${listed}::${escapeData(message)}`;
}
function info(line) {
  process.stdout.write(`${line}${EOL}`);
}
function warning(message) {
  info(command("warning", message));
}
function setFailed(message) {
  process.exitCode = 1;
  info(command("error", message));
}
function failEarly(message, write = (text) => writeSync(1, text)) {
  process.exitCode = 1;
  write(`${command("error", message)}${EOL}`);
}
function appendFileCommand(file, name, value) {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (value.includes(delimiter) || name.includes(delimiter))
    throw new Error(`Unexpected input: the value must not contain the delimiter ${delimiter}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
}
function setOutput(name, value, env = process.env) {
  if (env.GITHUB_OUTPUT) return appendFileCommand(env.GITHUB_OUTPUT, name, value);
  info("");
  info(command("set-output", value, { name }));
}
function saveState(name, value, env = process.env) {
  if (env.GITHUB_STATE) return appendFileCommand(env.GITHUB_STATE, name, value);
  info(command("save-state", value, { name }));
}
function getState(name, env = process.env) {
  return env[`STATE_${name}`] || "";
}
async function appendSummary(markdown, env = process.env) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error(
      "Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries."
    );
  await appendFile(file, markdown, "utf8");
}
async function writeJobSummary(markdown, env = process.env) {
  try {
    await appendSummary(markdown, env);
  } catch (error) {
    warning(
      `The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

// src/state.ts
var KEYS = {
  region: "region",
  cancelOnAbort: "cancel-on-abort",
  summary: "summary",
  imageArn: "image-arn",
  finished: "finished"
};
function saveRunSettings(settings) {
  saveState(KEYS.region, settings.region);
  saveState(KEYS.cancelOnAbort, String(settings.cancelOnAbort));
  saveState(KEYS.summary, String(settings.summary));
}
function saveImageArn(imageArn) {
  saveState(KEYS.imageArn, imageArn);
}
function saveFinished(env = process.env) {
  saveState(KEYS.finished, "true", env);
}
function readMainStepState(read = getState) {
  return {
    region: read(KEYS.region),
    cancelOnAbort: read(KEYS.cancelOnAbort) !== "false",
    summary: read(KEYS.summary) !== "false",
    imageArn: read(KEYS.imageArn),
    finished: read(KEYS.finished) === "true"
  };
}

export {
  escapeData,
  info,
  warning,
  setFailed,
  failEarly,
  appendFileCommand,
  setOutput,
  writeJobSummary,
  saveRunSettings,
  saveImageArn,
  saveFinished,
  readMainStepState
};
