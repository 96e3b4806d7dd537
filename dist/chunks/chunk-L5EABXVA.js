import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/inputs/defaults.ts
var INPUT_DEFAULTS = {
  "pipeline-arn": "",
  "image-arn": "",
  name: "",
  version: "",
  "parent-image": "",
  components: "",
  platform: "",
  "instance-types": "",
  "instance-profile": "EC2InstanceProfileForImageBuilder",
  "subnet-id": "",
  "security-group-ids": "",
  "root-volume-size": "",
  "distribution-regions": "",
  "ami-name": "",
  "ami-tags": "",
  "share-with": "",
  tags: "",
  "image-tests": "true",
  "image-scanning": "false",
  "skip-if-unchanged": "false",
  "dry-run": "false",
  "ssm-parameter": "",
  "launch-templates": "",
  "execution-role": "",
  "promote-image": "",
  retry: "false",
  "retry-on-rerun": "false",
  "image-type": "ami",
  "container-repository": "",
  dockerfile: "",
  "container-tags": "",
  wait: "true",
  "timeout-minutes": "0",
  "cancel-on-abort": "true",
  "poll-interval-seconds": "30",
  "stream-logs": "true",
  summary: "true",
  region: ""
};
var RECIPE_ONLY_INPUTS = [
  "parent-image",
  "components",
  "version",
  "platform",
  "instance-types",
  "subnet-id",
  "security-group-ids",
  "root-volume-size",
  "distribution-regions",
  "ami-name",
  "share-with",
  "skip-if-unchanged",
  "dry-run",
  "ssm-parameter",
  "launch-templates",
  "execution-role",
  "image-type",
  "container-repository",
  "dockerfile",
  "container-tags"
];
var AMI_ONLY_INPUTS = [
  "ami-name",
  "ami-tags",
  "share-with",
  "launch-templates",
  "root-volume-size",
  "ssm-parameter"
];
var CONTAINER_ONLY_INPUTS = [
  "container-repository",
  "dockerfile",
  "container-tags"
];
var PROMOTE_INPUTS = [
  "distribution-regions",
  "share-with",
  "ami-tags",
  "ssm-parameter",
  "launch-templates",
  "execution-role",
  "dry-run"
];
var RECIPE_SETTINGS_IGNORED_ELSEWHERE = [
  "instance-profile",
  "image-tests",
  "image-scanning"
];

// src/inputs/reader.ts
function environmentReader(env) {
  return (name) => env[`INPUT_${name.toUpperCase()}`]?.trim();
}
function withDefaults(raw) {
  return (name) => {
    const value = raw(name);
    return value === void 0 || value === "" ? INPUT_DEFAULTS[name] : value;
  };
}
function givenBy(read) {
  return (name) => read(name) !== INPUT_DEFAULTS[name];
}

export {
  INPUT_DEFAULTS,
  RECIPE_ONLY_INPUTS,
  AMI_ONLY_INPUTS,
  CONTAINER_ONLY_INPUTS,
  PROMOTE_INPUTS,
  RECIPE_SETTINGS_IGNORED_ELSEWHERE,
  environmentReader,
  withDefaults,
  givenBy
};
