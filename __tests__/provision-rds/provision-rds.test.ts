import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { getInputs } from '../../actions/provision-rds/src/run';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { resolveEnvironment } from '../../actions/lib/environment';
import { ConfigError } from '../../actions/lib/errors';
import { AwsCallRecorder } from '../support/aws-proxy';
import { BundleRun, runBundle } from '../support/run-bundle';

// The committed dist/ bundle, run the way the runner runs it, against the emulator (moto server)
// through a recording proxy. moto makes RDS instances `available` at once.
const region = 'us-east-1';
const clients = createClients(targetFromEnv());

const SECRET_OUTPUTS = [
  'database-secret-arn',
  'fernet-key-secret-arn',
  'jwt-secret-arn',
  'api-secret-key-secret-arn',
  'admin-password-secret-arn',
];

/** A workspace whose config file gives the run a project of its own (test files share one emulator). */
function workspace(): { dir: string; project: string } {
  const project = `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'af-provision-rds-'));
  writeFileSync(path.join(dir, 'airflow-fargate.yml'), `project: ${project}\n`);
  return { dir, project };
}

async function runRecorded(inputs: Record<string, string>, dir: string) {
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
  await recorder.start();
  try {
    const run = await runBundle('provision-rds', inputs, {
      GITHUB_WORKSPACE: dir,
      AWS_ENDPOINT_URL: recorder.endpoint,
    });
    return { run, calls: [...recorder.calls], mutating: recorder.mutating() };
  } finally {
    await recorder.stop();
  }
}

/** Every generated secret value, and the JSON parts of the JSON ones. */
async function secretValues(outputs: Record<string, string>): Promise<string[]> {
  const values: string[] = [];
  for (const name of SECRET_OUTPUTS) {
    const text = (await clients.secrets.send(new GetSecretValueCommand({ SecretId: outputs[name] })))
      .SecretString as string;
    values.push(text);
    if (text.startsWith('{')) values.push(JSON.parse(text).password);
  }
  return values;
}

/** What a reader of the log, the summary or the outputs would see (the runner eats ::add-mask:: lines). */
function visible(run: BundleRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');
}

function maskedValues(run: BundleRun): string[] {
  return run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::add-mask::'))
    .map((l) => l.slice('::add-mask::'.length));
}

describe('provision-rds bundle', () => {
  it('a preview with only the environment input gets a container database, and no secret is shown', async () => {
    const { dir, project } = workspace();
    const env = resolveEnvironment('pr-12', { project }, { region });

    const first = await runRecorded({ environment: 'pr-12' }, dir);
    expect(first.run.stderr).not.toMatch(/::error::/);
    expect(first.run.exitCode).toBe(0);
    const { outputs } = first.run;
    expect(outputs).toMatchObject({
      'database-mode': 'container',
      'database-engine': 'postgres',
      'database-host': `database.${env.names.serviceDiscoveryNamespace}`,
      'database-port': '5432',
      'database-name': 'airflow',
    });
    expect(outputs['database-task-definition-arn']).toContain(`task-definition/${env.names.taskFamily('database')}:`);
    for (const name of SECRET_OUTPUTS) expect(outputs[name]).toMatch(/^arn:aws:secretsmanager:us-east-1:/);
    expect(first.calls.some((c) => c.service === 'rds')).toBe(false);

    const values = await secretValues(outputs);
    const seen = visible(first.run);
    for (const value of values) expect(seen).not.toContain(value);
    const masked = maskedValues(first.run);
    for (const value of values) expect(masked).toContain(value);

    expect(first.run.summary).toContain('provision-rds: pr-12');
    expect(first.run.summary).toContain(env.names.taskFamily('database'));
    expect(first.run.summary).toMatch(/<td>task definition<\/td><td>[^<]+<\/td><td>created<\/td>/);

    // A re-run with nothing changed: no mutating call, same outputs, nothing new to mask.
    const second = await runRecorded({ environment: 'pr-12' }, dir);
    expect(second.run.exitCode).toBe(0);
    expect(second.mutating).toEqual([]);
    expect(second.run.outputs).toEqual(outputs);
    expect(maskedValues(second.run)).toEqual([]);
    expect(await secretValues(second.run.outputs)).toEqual(values);
    expect(second.run.summary).not.toMatch(/<td>(created|updated)<\/td>/);
  });

  it('main gets an RDS instance (managed master secret), and a re-run changes nothing', async () => {
    const { dir, project } = workspace();
    const env = resolveEnvironment('main', { project }, { region });

    const first = await runRecorded({ environment: 'main' }, dir);
    expect(first.run.exitCode).toBe(0);
    const instance = (
      await clients.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: env.names.dbInstance }))
    ).DBInstances?.[0];
    expect(first.run.outputs).toMatchObject({
      'database-mode': 'rds',
      'database-engine': 'postgres',
      'database-host': instance?.Endpoint?.Address,
      'database-port': '5432',
      'database-name': 'airflow',
      'database-secret-arn': instance?.MasterUserSecret?.SecretArn,
      'database-task-definition-arn': '',
    });
    expect(instance).toMatchObject({ DeletionProtection: true, StorageEncrypted: true, PubliclyAccessible: false });
    expect(first.run.stdout).toMatch(new RegExp(`RDS instance ${env.names.dbInstance}: available after \\d+s`));

    const values = await secretValues(first.run.outputs);
    for (const value of values) expect(visible(first.run)).not.toContain(value);

    const second = await runRecorded({ environment: 'main' }, dir);
    expect(second.run.exitCode).toBe(0);
    expect(second.mutating).toEqual([]);
    expect(second.run.outputs).toEqual(first.run.outputs);
    expect(await secretValues(second.run.outputs)).toEqual(values);
  });

  it.each([
    [{ environment: '' }, /input "environment" is required/],
    [{ environment: 'pr 1' }, /environment: "pr 1" has characters/],
    [{ environment: 'pr-1', 'wait-timeout-minutes': 'soon' }, /input "wait-timeout-minutes": "soon"/],
  ])('fails before any AWS call on a configuration mistake (%o)', async (inputs, message) => {
    const { dir } = workspace();
    const { run, calls } = await runRecorded(inputs, dir);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::provision-rds: configuration error: /);
    expect(run.stdout).toMatch(message);
    expect(calls).toEqual([]);
  });
});

describe('provision-rds inputs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it.each([
    ['', 60],
    ['30', 30],
    [' 240 ', 240],
  ])('wait-timeout-minutes %p gives %p minutes', (raw, minutes) => {
    process.env.INPUT_ENVIRONMENT = 'pr-1';
    process.env['INPUT_WAIT-TIMEOUT-MINUTES'] = raw;
    expect(getInputs()).toMatchObject({ environment: 'pr-1', waitTimeoutMinutes: minutes });
  });

  it.each(['0', '-5', '1.5', 'ten', '241'])('wait-timeout-minutes %p is a configuration error', (raw) => {
    process.env.INPUT_ENVIRONMENT = 'pr-1';
    process.env['INPUT_WAIT-TIMEOUT-MINUTES'] = raw;
    expect(() => getInputs()).toThrow(ConfigError);
    expect(() => getInputs()).toThrow(/input "wait-timeout-minutes"/);
  });
});

afterAll(() => {
  for (const client of Object.values(clients)) client.destroy();
});
