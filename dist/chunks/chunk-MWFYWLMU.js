import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  STATE_KEYS,
  getState,
  saveState
} from "./chunk-ZACJXWEB.js";

// src/state.ts
function saveRunSettings(settings) {
  saveState(STATE_KEYS.region, settings.region);
  saveState(STATE_KEYS.cancelOnAbort, String(settings.cancelOnAbort));
  saveState(STATE_KEYS.summary, String(settings.summary));
}
function saveImageArn(imageArn) {
  saveState(STATE_KEYS.imageArn, imageArn);
}
function saveFinished() {
  saveState(STATE_KEYS.finished, "true");
}
function readMainStepState(read = getState) {
  return {
    region: read(STATE_KEYS.region),
    cancelOnAbort: read(STATE_KEYS.cancelOnAbort) !== "false",
    summary: read(STATE_KEYS.summary) !== "false",
    imageArn: read(STATE_KEYS.imageArn),
    finished: read(STATE_KEYS.finished) === "true"
  };
}

export {
  saveRunSettings,
  saveImageArn,
  saveFinished,
  readMainStepState
};
