import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ImagebuilderClient,
  ListImageBuildVersions$,
  commonParams
} from "./chunk-T4C5SD55.js";
import {
  Command,
  createPaginator,
  getEndpointPlugin
} from "./chunk-62XFFN6W.js";

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/ListImageBuildVersionsCommand.js
var ListImageBuildVersionsCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "ListImageBuildVersions", {}).n("ImagebuilderClient", "ListImageBuildVersionsCommand").sc(ListImageBuildVersions$).build() {
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/pagination/ListImageBuildVersionsPaginator.js
var paginateListImageBuildVersions = createPaginator(ImagebuilderClient, ListImageBuildVersionsCommand, "nextToken", "nextToken", "maxResults");

export {
  paginateListImageBuildVersions
};
