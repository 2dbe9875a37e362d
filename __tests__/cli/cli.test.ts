import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { remoteBundle, SYNC_RECORD_KEY } from '../../actions/lib/dag-bundle';
import { resolveEnvironment } from '../../actions/lib/environment';
import { arnContext } from '../../actions/lib/iam-roles';
import { logsBucketName } from '../../actions/lib/logs-bucket';
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

  const run = (args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<CliRun> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'airflow-fargate.js'), ...args], {
        cwd: options.cwd ?? repoRoot,
        env: { ...process.env, AWS_ENDPOINT_URL: recorder.endpoint, GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
      child.stdin.end(options.stdin ?? '');
    });
  const cli = (...args: string[]): Promise<CliRun> => run(args);
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
    [['deploy', '--environment', 'pr-1', '--dags-only', '--image', 'x'], /--dags-only deploys no image/],
    [['status', '--environment', 'pr-1', '--dags-only'], /--dags-only goes with deploy only/],
  ])('reports %p before any AWS call', async (args, message) => {
    const run = await cli(...args, '--config', config);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(recorder.calls).toEqual([]);
  });

  it.each([
    ['dags/etl.py\ndags/sub/helpers.py\n', 'dags'],
    ['dags/etl.py\nplugins/hello.py\n', 'bundle'],
    ['config/webserver_config.py\r\n', 'bundle'],
    ['dags/etl.py\nairflow-image/requirements.txt\n', 'full'],
    ['airflow-fargate.yml\n', 'full'],
    ['', 'full'],
  ])('scope: %j on stdin prints %s, with no AWS call', async (paths, expected) => {
    const result = await run(['scope'], { stdin: paths });
    expect(result).toEqual({ code: 0, stdout: `${expected}\n`, stderr: '' });
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
    expect(down.code === 0 ? 0 : down.stderr.slice(-3000)).toBe(0);
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

  it('a DAG-only change: deploy --dags-only uploads and syncs, with no image, task definition or service call', async () => {
    const aws = createClients(targetFromEnv());
    const environment = 'pr-3';
    const settings = configFile(`project: ${project}\nvpcId: ${await vpcWithDns(aws)}\n`);
    const env = resolveEnvironment(environment, { project }, { region: 'us-east-1' });
    const bucket = logsBucketName(env, await arnContext(aws.sts, 'us-east-1'));
    // The checkout the CLI runs in: the bundle is read from the current directory.
    const workspace = mkdtempSync(path.join(tmpdir(), 'af-cli-checkout-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
      writeFileSync(path.join(workspace, file), text);
    };
    write('dags/etl.py', 'etl = 1\n');
    write('dags/old.py', 'old = 1\n');
    write('plugins/hello.py', 'hello = 1\n');
    const deploy = (...extra: string[]) =>
      run(['deploy', '--environment', environment, '--config', settings, ...extra], { cwd: workspace });

    const full = await deploy('--image', image);
    expect(full.code === 0 ? 0 : full.stderr.slice(-3000)).toBe(0);
    expect([...(await remoteBundle(aws.s3, bucket)).keys()].sort()).toEqual([
      'dags/etl.py',
      'dags/old.py',
      'plugins/hello.py',
    ]);
    expect(recorder.calls.filter((c) => c.operation === 'RunTask')).toHaveLength(1);
    expect(recorder.mutating().map((c) => c.operation)).toContain(`PUT /${bucket}/${SYNC_RECORD_KEY}`);

    write('dags/etl.py', 'etl = 2\n');
    rmSync(path.join(workspace, 'dags/old.py'));
    recorder.reset();
    const dags = await deploy('--dags-only');
    expect(dags.code === 0 ? 0 : dags.stderr.slice(-3000)).toBe(0);
    expect(dags.stderr.match(/^== [\w-]+$/gm)).toEqual(['== run-airflow']);
    expect(recorder.mutating().map((c) => `${c.service} ${c.operation}`)).toEqual([
      `s3 PUT /${bucket}/bundle/dags/etl.py`,
      `s3 POST /${bucket}/`,
      'ecs RunTask',
      `s3 PUT /${bucket}/${SYNC_RECORD_KEY}`,
    ]);
    // No image build (no ECR call at all for an adopted image), no task definition, no service change.
    expect(
      recorder.calls.filter(
        (c) => c.service === 'ecr' || /^(RegisterTaskDefinition|CreateService|UpdateService)$/.test(c.operation),
      ),
    ).toEqual([]);
    // The deleted DAG is gone from the prefix the sync task copies into the volume.
    expect([...(await remoteBundle(aws.s3, bucket)).keys()].sort()).toEqual(['dags/etl.py', 'plugins/hello.py']);

    const down = await run(['teardown', '--environment', environment, '--config', settings]);
    expect(down.code === 0 ? 0 : down.stderr.slice(-3000)).toBe(0);
    rmSync(workspace, { recursive: true, force: true });
  }, 300_000);
});
