import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
    // A fresh build of the eight bundles takes minutes on a busy 2-core machine.
  }, 1_200_000);

  it("keep the AWS SDK and @actions/core's HTTP client out of each main file (start-up time)", () => {
    const mains = ['build-push-image', 'provision-rds', 'register-task-defs', 'run-airflow', 'teardown']
      .map((a) => path.join(repoRoot, 'actions', a, 'dist'))
      .concat(path.join(repoRoot, 'cli', 'dist'));
    for (const dist of mains) {
      const main = readFileSync(path.join(dist, 'index.js'), 'utf8');
      // Each AWS service is a chunk of its own, loaded on the service's first call.
      expect(main).not.toMatch(/node_modules\/@(aws-sdk|smithy)\//);
      expect(readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f)).length).toBeGreaterThanOrEqual(11);
      // @actions/core and its HTTP client come in a chunk too, once there are outputs to write.
      expect(main).not.toMatch(/undici/);
      expect(statSync(path.join(dist, 'index.js')).size).toBeLessThan(1_000_000);
    }
  });
});
