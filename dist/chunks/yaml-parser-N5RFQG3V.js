import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-JJ22DMJZ.js";
import {
  __toESM
} from "./chunk-5HJ3J6EK.js";

// src/inputs/yaml-parser.ts
var import_yaml = __toESM(require_dist(), 1);
var export_parseYaml = import_yaml.parse;
export {
  export_parseYaml as parseYaml
};
