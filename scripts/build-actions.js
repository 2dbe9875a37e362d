#!/usr/bin/env node
// Bundles each action (actions/<name>/ with an action.yml and src/main.ts) into its dist/ with ncc:
// one self-contained file per action, which is what the runner executes; and the CLI into cli/dist/.
// With --check it builds into a temporary folder instead and fails when any committed bundle differs.
const { execFileSync } = require('node:child_process');
const { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const actionsDir = path.join(root, 'actions');
const ncc = path.join(root, 'node_modules', '.bin', 'ncc');
const check = process.argv.includes('--check');

const actions = readdirSync(actionsDir).filter(
  (name) =>
    existsSync(path.join(actionsDir, name, 'action.yml')) && existsSync(path.join(actionsDir, name, 'src', 'main.ts')),
);
const bundles = [
  ...actions.map((name) => ({ name: `actions/${name}`, entry: path.join(actionsDir, name, 'src', 'main.ts') })),
  { name: 'cli', entry: path.join(root, 'cli', 'main.ts') },
];
const stale = [];
for (const { name, entry } of bundles) {
  const dir = path.join(root, name);
  const out = check ? mkdtempSync(path.join(tmpdir(), 'af-dist-')) : path.join(dir, 'dist');
  execFileSync(ncc, ['build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (check) {
    for (const file of readdirSync(out)) {
      const committed = path.join(dir, 'dist', file);
      if (!existsSync(committed) || !readFileSync(committed).equals(readFileSync(path.join(out, file)))) {
        stale.push(`${name}/dist/${file}`);
      }
    }
    rmSync(out, { recursive: true, force: true });
  } else {
    console.log(`built ${name}/dist/index.js`);
  }
}
if (stale.length) {
  console.error(`out of date (run npm run build and commit): ${stale.join(', ')}`);
  process.exit(1);
}
if (check) console.log(`${bundles.length} bundles match their sources`);
