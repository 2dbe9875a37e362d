#!/usr/bin/env node
// Bundles each action (actions/<name>/ with an action.yml and src/main.ts) into its dist/ with ncc:
// one self-contained file per action, which is what the runner executes.
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
const stale = [];
for (const name of actions) {
  const dir = path.join(actionsDir, name);
  const out = check ? mkdtempSync(path.join(tmpdir(), `af-dist-${name}-`)) : path.join(dir, 'dist');
  execFileSync(ncc, ['build', path.join(dir, 'src', 'main.ts'), '-o', out, '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (check) {
    for (const file of readdirSync(out)) {
      const committed = path.join(dir, 'dist', file);
      if (!existsSync(committed) || !readFileSync(committed).equals(readFileSync(path.join(out, file)))) {
        stale.push(`actions/${name}/dist/${file}`);
      }
    }
    rmSync(out, { recursive: true, force: true });
  } else {
    console.log(`built actions/${name}/dist/index.js`);
  }
}
if (actions.length === 0) console.log('no actions to build');
if (stale.length) {
  console.error(`out of date (run npm run build and commit): ${stale.join(', ')}`);
  process.exit(1);
}
if (check) console.log(`${actions.length} bundles match their sources`);
