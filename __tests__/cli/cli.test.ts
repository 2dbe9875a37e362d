import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { AwsCallRecorder } from '../support/aws-proxy';
import { repoRoot } from '../support/emulator';
import { vpcWithDns } from '../teardown/fixtures';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

// The CLI as a user runs it: `node bin/airflow-fargate.js ...` (the committed bundle), against the
// emulator through a proxy that counts AWS calls.
describe('the CLI', () => {
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
  const project = `cli${Date.now().toString(36)}`;
  const image = 'public.ecr.aws/docker/library/busybox:1.36';
  const configFile = (text: string) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'af-cli-')), 'airflow-fargate.yml');
    writeFileSync(file, text);
    return file;
  };
  const config = configFile(`project: ${project}\n`);
  // The emulator allows one Cloud Map namespace per VPC (AWS allows many): each deployed environment
  // gets a VPC of its own through its own config file, same project.
  const configs: Record<string, string> = {};

  const cli = (...args: string[]): Promise<CliRun> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'airflow-fargate.js'), ...args], {
        cwd: repoRoot,
        env: { ...process.env, AWS_ENDPOINT_URL: recorder.endpoint, GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    });
  const status = async (environment: string) => {
    const run = await cli('status', '--environment', environment, '--config', configs[environment], '--json');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as { resources: { kind: string; name: string }[] };
  };

  beforeAll(async () => {
    await recorder.start();
    const aws = createClients(targetFromEnv());
    for (const environment of ['main', 'pr-1']) {
      configs[environment] = configFile(`project: ${project}\nvpcId: ${await vpcWithDns(aws)}\n`);
    }
  });
  afterAll(() => recorder.stop());
  beforeEach(() => recorder.reset());

  it('prints its usage', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: airflow-fargate <command> --environment <name>/);
  });

  it.each([
    [['deploy'], /--environment is required/],
    [['launch', '--environment', 'main'], /unknown command "launch"/],
    [['deploy', '--environment', 'bad name!'], /environment: "bad name!" has characters/],
    [['deploy', '--environment', 'pr-1', '--colour'], /Unknown option '--colour'/],
    [['teardown', '--environment', 'main'], /confirm/],
  ])('reports %p before any AWS call', async (args, message) => {
    const run = await cli(...args, '--config', config);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(recorder.calls).toEqual([]);
  });

  it('deploys, re-deploys without a change, plans, reports status and tears down', async () => {
    const aws = createClients(targetFromEnv());
    for (const environment of ['main', 'pr-1']) {
      const run = await cli('deploy', '--environment', environment, '--config', configs[environment], '--image', image);
      expect({ environment, code: run.code, tail: run.code ? run.stderr.slice(-2000) : '' }).toEqual({
        environment,
        code: 0,
        tail: '',
      });
      expect(run.stderr).toMatch(/== run-airflow: done/);
    }

    recorder.reset();
    const again = await cli('deploy', '--environment', 'pr-1', '--config', configs['pr-1'], '--image', image);
    expect(again.code).toBe(0);
    expect(recorder.mutating()).toEqual([]);

    recorder.reset();
    const plan = await cli('plan', '--environment', 'pr-1', '--config', configs['pr-1']);
    expect(plan.code).toBe(0);
    expect(plan.stderr).toMatch(/keep\s+ecs-cluster/);
    expect(plan.stderr).not.toMatch(/create /);
    expect(recorder.mutating()).toEqual([]);
    const fresh = await cli('plan', '--environment', 'pr-2', '--config', config);
    expect(fresh.stderr).toMatch(/create\s+rds-instance|create\s+secret/);

    const pr1 = await status('pr-1');
    const kinds = new Set(pr1.resources.map((r) => r.kind));
    for (const kind of [
      'ecs-service',
      'ecs-cluster',
      'task-definition',
      'iam-role',
      'security-group',
      'secret',
      'log-group',
      's3-bucket',
    ]) {
      expect(kinds).toContain(kind);
    }

    // Nothing secret in anything the CLI printed.
    const secretArns = pr1.resources.filter((r) => r.kind === 'secret');
    const values: string[] = [];
    for (const secret of secretArns) {
      const value = (await aws.secrets.send(new GetSecretValueCommand({ SecretId: secret.name })))
        .SecretString as string;
      values.push(value, ...Object.values(JSON.parse(value.startsWith('{') ? value : '{}') as Record<string, string>));
    }
    const printed = again.stdout + again.stderr + plan.stdout + plan.stderr + JSON.stringify(pr1);
    for (const value of values.filter((v) => v.length >= 8)) expect(printed).not.toContain(value);

    const mainBefore = await status('main');
    const down = await cli('teardown', '--environment', 'pr-1', '--config', configs['pr-1']);
    expect(down.code).toBe(0);
    expect((await status('pr-1')).resources).toEqual([]);
    expect(await status('main')).toEqual(mainBefore);

    const refused = await cli('teardown', '--environment', 'main', '--config', configs.main, '--confirm', 'pr-1');
    expect(refused.code).toBe(2);
    const dry = await cli(
      'teardown',
      '--environment',
      'main',
      '--config',
      configs.main,
      '--confirm',
      'main',
      '--dry-run',
    );
    expect(dry.code).toBe(0);
    expect(await status('main')).toEqual(mainBefore);
    const gone = await cli(
      'teardown',
      '--environment',
      'main',
      '--config',
      config,
      '--confirm',
      'main',
      '--skip-final-snapshot',
    );
    expect(gone.code).toBe(0);
    expect((await status('main')).resources).toEqual([]);
  }, 300_000);
});
