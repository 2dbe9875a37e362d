#!/usr/bin/env node
// Bundles each action (actions/<name>/ with an action.yml and src/main.ts) into its dist/ with ncc,
// which is what the runner executes, and the CLI into cli/dist/. Each bundle is an index.js plus
// chunk files beside it: every AWS service's SDK is a chunk that index.js loads on the service's
// first call (see actions/lib/aws-clients.ts). Packages are taken in their ES module form where they
// ship one, so that only the SDK commands the library uses go into the chunks, and the shapes those
// commands do not need are cut out of the SDK's schema tables (prune-sdk-schemas.js).
// With --check it builds into a temporary folder instead and fails when any committed file differs,
// is missing or is left over. `--only <name>` (for example `--only actions/run-airflow` or `--only cli`)
// builds that one bundle.
const { execFileSync } = require('node:child_process');
const { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { pruneSdkSchemas } = require('./prune-sdk-schemas');

const root = path.resolve(__dirname, '..');
const actionsDir = path.join(root, 'actions');
const check = process.argv.includes('--check');

const actions = readdirSync(actionsDir).filter(
  (name) =>
    existsSync(path.join(actionsDir, name, 'action.yml')) && existsSync(path.join(actionsDir, name, 'src', 'main.ts')),
);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
const bundles = [
  ...actions.map((name) => ({ name: `actions/${name}`, entry: path.join(actionsDir, name, 'src', 'main.ts') })),
  { name: 'cli', entry: path.join(root, 'cli', 'main.ts') },
].filter((bundle) => !only || bundle.name === only);
if (only && !bundles.length) {
  console.error(`--only ${only}: no such bundle (actions/<name> or cli)`);
  process.exit(1);
}

/** Builds one bundle into `out` (run in a process of its own: ncc keeps what it built in memory). */
async function emit(entry, out) {
  const ncc = require('@vercel/ncc');
  const { code, assets } = await ncc(entry, { mainFields: ['module', 'main'], license: 'licenses.txt', quiet: true });
  const files = [['index.js', code], ...Object.entries(assets).map(([name, asset]) => [name, asset.source])];
  for (const [name, contents] of files) {
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), name.endsWith('.js') ? pruneSdkSchemas(contents.toString()) : contents);
  }
}

async function main() {
  const stale = [];
  for (const { name, entry } of bundles) {
    const dist = path.join(root, name, 'dist');
    const out = mkdtempSync(path.join(tmpdir(), 'af-dist-'));
    try {
      execFileSync(process.execPath, [process.argv[1], '--emit', entry, out], { stdio: 'inherit' });
      const built = readdirSync(out);
      const committed = existsSync(dist) ? readdirSync(dist) : [];
      if (check) {
        for (const file of built) {
          const at = path.join(dist, file);
          if (!existsSync(at) || !readFileSync(at).equals(readFileSync(path.join(out, file)))) {
            stale.push(`${name}/dist/${file}`);
          }
        }
        for (const file of committed.filter((f) => !built.includes(f))) stale.push(`${name}/dist/${file} (left over)`);
      } else {
        for (const file of committed.filter((f) => !built.includes(f)))
          rmSync(path.join(dist, file), { recursive: true });
        mkdirSync(dist, { recursive: true });
        for (const file of built) writeFileSync(path.join(dist, file), readFileSync(path.join(out, file)));
        console.log(`built ${name}/dist (${built.length} files)`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  if (stale.length) {
    console.error(`out of date (run npm run build and commit): ${stale.join(', ')}`);
    process.exit(1);
  }
  if (check) console.log(`${bundles.length} bundles match their sources`);
}

const emitAt = process.argv.indexOf('--emit');
(emitAt > 0 ? emit(process.argv[emitAt + 1], process.argv[emitAt + 2]) : main()).catch((err) => {
  console.error(err);
  process.exit(1);
});
