import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readMainStepState
} from "../chunks/chunk-MWFYWLMU.js";
import "../chunks/chunk-ZACJXWEB.js";
import "../chunks/chunk-5HJ3J6EK.js";

// src/post.ts
if (!readMainStepState().finished) {
  const { runPost } = await import("../chunks/run-post-5TA5R5HV.js");
  await runPost();
}
