#!/usr/bin/env node
// Bundles each action (actions/<name>/ with an action.yml and src/main.ts) into its dist/index.js
// with ncc: one self-contained file per action, which is what the runner executes.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const actionsDir = path.join(root, 'actions');
const ncc = path.join(root, 'node_modules', '.bin', 'ncc');

const actions = readdirSync(actionsDir).filter(
  (name) =>
    existsSync(path.join(actionsDir, name, 'action.yml')) && existsSync(path.join(actionsDir, name, 'src', 'main.ts')),
);
for (const name of actions) {
  const dir = path.join(actionsDir, name);
  execFileSync(
    ncc,
    ['build', path.join(dir, 'src', 'main.ts'), '-o', path.join(dir, 'dist'), '--license', 'licenses.txt', '--quiet'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  console.log(`built actions/${name}/dist/index.js`);
}
if (actions.length === 0) console.log('no actions to build');
