import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot, venvBin } from './support/emulator';

const trackedFiles = (): string[] =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);

function isShellScript(file: string): boolean {
  if (file.includes('node_modules/')) return false;
  if (file.endsWith('.sh')) return true;
  try {
    return /^#!.*\b(ba)?sh\b/.test(readFileSync(path.join(repoRoot, file), 'utf8').split('\n', 1)[0]);
  } catch {
    return false;
  }
}

describe('linters', () => {
  it('finds the shell scripts, Dockerfile and workflows it lints', () => {
    const files = trackedFiles();
    expect(files.filter(isShellScript).length).toBeGreaterThanOrEqual(3);
    expect(files).toContain('airflow-image/Dockerfile');
    expect(readdirSync(path.join(repoRoot, '.github/workflows')).length).toBeGreaterThan(0);
  });

  it('shellcheck finds nothing in any shell script', () => {
    const scripts = trackedFiles().filter(isShellScript);
    const result = spawnSync(venvBin('shellcheck'), ['--external-sources', ...scripts], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('hadolint finds nothing in the Dockerfile', () => {
    const result = spawnSync(venvBin('hadolint'), ['airflow-image/Dockerfile'], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  // actionlint checks each workflow's expressions, contexts and action inputs, and runs shellcheck on
  // every `run:` script it finds on PATH (the test bed's, put first).
  const actionlint = (args: string[], input?: string) =>
    spawnSync(venvBin('actionlint'), ['-no-color', ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      input,
      env: { ...process.env, PATH: `${path.dirname(venvBin('shellcheck'))}${path.delimiter}${process.env.PATH}` },
    });

  it('actionlint finds nothing in the workflows', () => {
    const files = readdirSync(path.join(repoRoot, '.github/workflows'))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => `.github/workflows/${f}`);
    const result = actionlint(files);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('actionlint knows the contexts the workflows use, and still reports typos next to them', () => {
    const workflow = (expression: string) =>
      `on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "\${{ ${expression} }}"\n`;
    for (const known of ['job.workflow_sha', 'job.workflow_repository', 'vars.AWS_REGION']) {
      expect(actionlint(['-'], workflow(known)).stdout).toBe('');
    }
    expect(actionlint(['-'], workflow('job.workflow_shaa')).stdout).toContain('"workflow_shaa" is not defined');
    expect(actionlint(['-'], workflow('var.AWS_REGION')).stdout).toContain('undefined variable "var"');
  });

  it('actionlint reports a broken workflow and a shell mistake in a run script (the linters really run)', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    const result = actionlint(['-'], broken);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('github.nope');
    const unquoted = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cp $1 $2\n';
    expect(actionlint(['-'], unquoted).stdout).toContain('shellcheck reported issue');
  });
});
