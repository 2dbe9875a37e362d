// Dead-code elimination for the AWS SDK's schema tables in a bundle file (used by build-actions.js).
//
// Each SDK client describes every shape of its whole service in one module, schemas/schemas_0.js
// (EC2: some 13,000 declarations, of which the library's commands need about 500), and executing
// them all is most of the time a service's first call takes. webpack drops the exports nobody
// imports but leaves their declarations in place; ncc's minifier removes no dead code. The module
// holds nothing but `const _x = "...";` strings and `var X = [...];` arrays, which have no side
// effects, so a declaration whose name appears nowhere else in the file, directly or through
// another declaration still needed, can go. Names are matched as words anywhere outside comments,
// strings included, which can only keep more than needed. A layout this does not recognise fails
// the build rather than guess.
const vm = require('node:vm');
const { wrap } = require('node:module');

const REGION = /^;\/\/ CONCATENATED MODULE: .*@aws-sdk\/client-[^/]+\/dist-es\/schemas\/schemas_\d+\.js$/;
const STRING = /^const ([A-Za-z_$][\w$]*) = "[^"\\]*";$/;
const ARRAY = /^var ([A-Za-z_$][\w$]*) = \[/;
const NAME = /[A-Za-z_$][\w$]*/g;

/** The declarations of the schema modules in `lines`: name, first and last line. */
function declarations(lines) {
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    if (!REGION.test(lines[i])) continue;
    for (
      i++;
      i < lines.length && !lines[i].startsWith(';// CONCATENATED MODULE:') && !lines[i].startsWith('/***/');
      i++
    ) {
      const string = STRING.exec(lines[i]);
      const array = ARRAY.exec(lines[i]);
      if (string) found.push({ name: string[1], first: i, last: i });
      if (!array) continue;
      let last = i;
      while (!/\];$/.test(lines[last]) || (last > i && lines[last] !== '];')) {
        last++;
        if (last >= lines.length || (/^\S/.test(lines[last]) && lines[last] !== '];')) {
          throw new Error(`prune-sdk-schemas: unexpected layout of ${array[1]} (line ${i + 1})`);
        }
      }
      found.push({ name: array[1], first: i, last });
      i = last;
    }
    i--;
  }
  return found;
}

/** The file without the schema declarations nothing uses; unchanged when it has none. */
function pruneSdkSchemas(text) {
  const lines = text.split('\n');
  const declared = new Map(declarations(lines).map((d) => [d.name, d]));
  if (!declared.size) return text;
  const inside = new Uint8Array(lines.length);
  for (const d of declared.values()) inside.fill(1, d.first, d.last + 1);

  const used = new Set();
  const pending = [];
  const scan = (line) => {
    for (const [name] of line.matchAll(NAME)) {
      if (declared.has(name) && !used.has(name)) {
        used.add(name);
        pending.push(name);
      }
    }
  };
  lines.forEach((line, i) => inside[i] || /^\s*\/\//.test(line) || scan(line));
  while (pending.length) {
    const d = declared.get(pending.pop());
    for (let i = d.first; i <= d.last; i++) scan(lines[i]);
  }

  const drop = new Uint8Array(lines.length);
  for (const d of declared.values()) if (!used.has(d.name)) drop.fill(1, d.first, d.last + 1);
  const pruned = lines.filter((_, i) => !drop[i]).join('\n');
  new vm.Script(wrap(pruned)); // a syntax error here is this function's bug: fail the build
  return pruned;
}

module.exports = { pruneSdkSchemas };
