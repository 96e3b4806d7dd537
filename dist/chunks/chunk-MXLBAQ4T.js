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

// src/report/clip.ts
function clip(value, max, note = " \u2026 (cut)") {
  if (value.length <= max) return value;
  let end = Math.max(0, max - note.length);
  const last = value.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return `${value.slice(0, end)}${note}`;
}

// src/report/markdown.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;",
  "\\": "&#92;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "(": "&#40;",
  ")": "&#41;",
  "!": "&#33;",
  "#": "&#35;",
  "~": "&#126;",
  $: "&#36;",
  ":": "&#58;",
  "@": "&#64;"
};
var MARKUP = /[&<>"'|\\`*_[\]()!#~$:@]/g;
var JOINER = "\u2060";
var AUTOLINK_STARTS = /(@)|(www)(\.)|(:)(\/\/)/gi;
function text(value, maxChars = Infinity) {
  return inert(clip(value, maxChars)).replace(/\r\n|\r|\n/g, "<br>");
}
function code(value, maxChars = Infinity) {
  return `<code>${text(value, maxChars)}</code>`;
}
function preformatted(lines, maxLineChars) {
  const body = lines.flatMap((line) => clip(line, maxLineChars).split(/\r\n|\r|\n/)).map(inert).join("\n");
  return `<pre>${body}</pre>`;
}
function link(label, url) {
  return `[${label}](${url})`;
}
function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
function inert(value) {
  return value.replace(
    AUTOLINK_STARTS,
    (match, at, www, dot, colon) => at ? `@${JOINER}` : www ? `${www}${JOINER}${dot ?? ""}` : `${colon ?? ""}${JOINER}//`
  ).replace(MARKUP, (character) => ENTITIES[character] ?? character);
}

export {
  INPUT_DEFAULTS,
  RECIPE_ONLY_INPUTS,
  AMI_ONLY_INPUTS,
  CONTAINER_ONLY_INPUTS,
  RECIPE_SETTINGS_IGNORED_ELSEWHERE,
  environmentReader,
  withDefaults,
  givenBy,
  clip,
  text,
  code,
  preformatted,
  link,
  table
};
