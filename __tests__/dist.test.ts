import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './support/emulator';

// The committed bundles are what users run, and what the other tests execute: they must be exactly
// what the sources build.
describe('committed dist bundles', () => {
  it('match a fresh build of every action', () => {
    const actions = readdirSync(path.join(repoRoot, 'actions')).filter((a) =>
      existsSync(path.join(repoRoot, 'actions', a, 'action.yml')),
    );
    expect(actions.length).toBeGreaterThanOrEqual(3);
    const result = spawnSync(process.execPath, ['scripts/build-actions.js', '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`${actions.length + 1} bundles match their sources`); // and the CLI
    expect(result.status).toBe(0);
  }, 240_000);
});
