import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readMainStepState
} from "../chunks/chunk-Q4WSSAEA.js";
import "../chunks/chunk-5HJ3J6EK.js";

// src/post.ts
if (!readMainStepState().finished) {
  const { runPost } = await import("../chunks/run-post-Y6KZVZ6Z.js");
  await runPost();
}
