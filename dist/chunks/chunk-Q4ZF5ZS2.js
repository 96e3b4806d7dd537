import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  GetComponent$,
  commonParams
} from "./chunk-T4C5SD55.js";
import {
  Command,
  getEndpointPlugin
} from "./chunk-62XFFN6W.js";

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/GetComponentCommand.js
var GetComponentCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "GetComponent", {}).n("ImagebuilderClient", "GetComponentCommand").sc(GetComponent$).build() {
};

export {
  GetComponentCommand
};
