import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/emulator';

// The AWS CLI and gh are not here: small stand-ins answer with the shapes the real ones print
// (get-resources' ResourceTagMappingList; gh pr view --json state --jq .state) and log their calls.
function sweep(options: { tags: Array<Record<string, string>>; states: Record<string, string>; config?: string }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sweep-'));
  const bin = path.join(dir, 'bin');
  spawnSync('mkdir', [bin]);
  const log = path.join(dir, 'calls');
  const tagged = {
    ResourceTagMappingList: options.tags.map((tags, i) => ({
      ResourceARN: `arn:aws:logs:us-east-1:123456789012:log-group:${i}`,
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    })),
  };
  const fake = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!/usr/bin/env bash\necho "${name} $*" >> ${JSON.stringify(log)}\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  fake('aws', `cat <<'JSON'\n${JSON.stringify(tagged)}\nJSON`);
  const cases = Object.entries(options.states)
    .map(([n, s]) => `  ${n}) echo ${s} ;;`)
    .join('\n');
  fake(
    'gh',
    `case "$3" in\n${cases}\n  *) echo "GraphQL: Could not resolve to a PullRequest with the number of $3." >&2; exit 1 ;;\nesac`,
  );
  const files = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  if (options.config) writeFileSync(path.join(dir, 'airflow-fargate.yml'), options.config);
  const result = spawnSync('bash', [path.join(repoRoot, 'scripts', 'sweep-previews.sh')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...files, PATH: `${bin}:/usr/bin:/bin` },
  });
  return {
    ...result,
    output: readFileSync(files.GITHUB_OUTPUT, 'utf8'),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    calls: readFileSync(log, 'utf8').trim().split('\n'),
  };
}

const tag = (environment: string, project = 'airflow') => ({
  'airflow-fargate:project': project,
  'airflow-fargate:environment': environment,
});

describe('the preview sweep', () => {
  it('lists the previews whose pull request is closed or merged, and keeps open ones and main', () => {
    const run = sweep({
      tags: [tag('pr-3'), tag('pr-3'), tag('pr-12'), tag('pr-7'), tag('main'), tag('staging'), tag('pr-40')],
      states: { 3: 'MERGED', 12: 'CLOSED', 7: 'OPEN' },
    });
    expect(run.status).toBe(0);
    expect(run.output).toBe('environments=["pr-3","pr-12"]\n');
    expect(run.stdout.trim().split('\n').pop()).toBe('["pr-3","pr-12"]');
    expect(run.stdout).toMatch(/::warning::pr-40: no pull request #40 found; left alone/);
    expect(run.summary).toContain('| pr-7 | #7 open | kept |');
    expect(run.summary).toContain('| pr-12 | #12 closed | tear down |');
    // One lookup per preview, none for main or staging.
    expect(run.calls.filter((c) => c.startsWith('gh ')).sort()).toEqual(
      [
        'gh pr view 12 --json state --jq .state',
        'gh pr view 3 --json state --jq .state',
        'gh pr view 40 --json state --jq .state',
        'gh pr view 7 --json state --jq .state',
      ].sort(),
    );
  });

  it("asks AWS for the config file's project only", () => {
    const run = sweep({ tags: [], states: {}, config: "region: eu-west-1\nproject: 'data-team' # ours\n" });
    expect(run.status).toBe(0);
    expect(run.calls[0]).toBe(
      'aws resourcegroupstaggingapi get-resources --tag-filters Key=airflow-fargate:project,Values=data-team --output json',
    );
    expect(run.output).toBe('environments=[]\n');
    expect(run.summary).toContain('No preview environment has resources in AWS.');
  });

  it('fails loudly when AWS cannot be asked', () => {
    const broken = spawnSync('bash', [path.join(repoRoot, 'scripts', 'sweep-previews.sh'), 'p'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${mkdtempSync(path.join(tmpdir(), 'empty-'))}:/usr/bin:/bin` },
      cwd: tmpdir(),
    });
    expect(broken.status).not.toBe(0);
    expect(broken.stdout).not.toContain('[]');
  });
});
