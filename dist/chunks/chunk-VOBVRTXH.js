import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

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
  clip,
  text,
  code,
  preformatted,
  link,
  table
};
