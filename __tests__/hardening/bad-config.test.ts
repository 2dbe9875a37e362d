import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AwsCallRecorder } from '../support/aws-proxy';
import { runBundle } from '../support/run-bundle';
import { cli, IMAGE } from './support';

// Malformed config files and inputs, each through the CLI (deploy) and through an action bundle as
// the runner runs it: each must stop with its own message naming what to fix, and not one request
// may reach AWS (the proxy counts every request, answered or not).
const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
beforeAll(() => recorder.start());
afterAll(() => recorder.stop());
beforeEach(() => recorder.reset());
jest.setTimeout(180_000);

function file(text: string): string {
  const name = path.join(mkdtempSync(path.join(tmpdir(), 'af-bad-config-')), 'airflow-fargate.yml');
  writeFileSync(name, text);
  return name;
}

const CONFIG_FILES: [what: string, text: string, message: RegExp][] = [
  ['not YAML', 'project: [unclosed\n', /not valid YAML/],
  ['an unknown field', 'project: demo\nprojet: demo\n', /Unrecognized key.*projet|projet/],
  ['a project with capitals', 'project: Demo\n', /project: "Demo" must be 1-16 lower-case letters/],
  ['a project too long', `project: ${'a'.repeat(17)}\n`, /project/],
  ['a region that is no region', 'region: europe\n', /region.*must be an AWS region such as us-east-1/],
  ['a VPC that is no VPC id', 'vpcId: my-vpc\n', /vpcId.*must be a VPC id/],
  ['an empty subnet list', 'subnetIds: []\n', /subnetIds/],
  ['a subnet that is no subnet id', 'subnetIds: [sub-1]\n', /subnetIds.*must be subnet ids/],
  ['an impossible retention', 'logRetentionDays: 10\n', /logRetentionDays.*must be a CloudWatch retention/],
  ['a CIDR with a bad octet', 'allowedCidrs: [300.1.1.1/24]\n', /allowedCidrs.*IPv4 CIDR/],
  ['a CIDR without a mask', 'allowedCidrs: [10.0.0.1]\n', /allowedCidrs.*IPv4 CIDR/],
  ['an admin user with a space', 'adminUser: "the admin"\n', /adminUser.*letters, digits/],
  ['an unknown database mode', 'previewDefaults: {database: sqlite}\n', /previewDefaults.*database/],
  ['an unknown engine', 'longLivedDefaults: {engine: oracle}\n', /longLivedDefaults.*engine/],
  ['a storage below RDS minimum', 'longLivedDefaults: {dbStorageGiB: 5}\n', /dbStorageGiB/],
  [
    'an instance class of another form',
    'longLivedDefaults: {dbInstanceClass: t4g.micro}\n',
    /must look like db.t4g.micro/,
  ],
  [
    'a Fargate CPU that does not exist',
    'previewDefaults: {sizes: {worker: {cpu: 300, memory: 1024}}}\n',
    /cpu.*must be one of 256/,
  ],
  [
    'memory a CPU size does not allow',
    'previewDefaults: {sizes: {scheduler: {cpu: 256, memory: 8192}}}\n',
    /memory.*with cpu 256 must be 512-2048/,
  ],
  ['an unknown component', 'previewDefaults: {sizes: {webserver: {cpu: 256, memory: 512}}}\n', /webserver/],
  ['an OAuth provider we lack', 'oauth: {provider: github, secretName: x}\n', /oauth.*provider/],
  ['a reserved tag key', 'tags: {"aws:owner": me}\n', /tag keys: 1-128 characters, not starting with aws:/],
  ['our own tag key', 'tags: {"airflow-fargate:project": other}\n', /not starting with aws: or airflow-fargate:/],
];

const ENVIRONMENTS: [what: string, environment: string, message: RegExp][] = [
  ['a space', 'bad name', /environment: "bad name" has characters we cannot tag AWS resources with/],
  ['a shell metacharacter', 'pr-1;rm', /environment: "pr-1;rm" has characters/],
  ['punctuation only', '--', /environment: "--" needs at least one letter or digit/],
  ['201 characters', 'x'.repeat(201), /is 201 characters; the limit is 200/],
  ['non-ASCII', 'prüfung', /environment: "prüfung" has characters/],
];

/** Runs `fn` over `items`, a few at a time (each is a process of its own). */
async function eachLimited<T, R>(items: T[], fn: (item: T) => Promise<R>, limit = 4): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

const deploy = (args: string[]) => cli(['deploy', ...args, '--image', IMAGE], recorder.endpoint);

describe('a malformed config file', () => {
  it(`(${CONFIG_FILES.length} kinds): the CLI names the mistake, exits 2 and calls no AWS`, async () => {
    const runs = await eachLimited(CONFIG_FILES, ([, text]) =>
      deploy(['--environment', 'pr-1', '--config', file(text)]),
    );
    CONFIG_FILES.forEach(([what, , message], i) => {
      const { code, stderr } = runs[i];
      expect({ what, code, stderr }).toEqual({ what, code: 2, stderr: expect.stringMatching(message) });
      expect(stderr).toMatch(/configuration error|airflow-fargate\.yml/);
    });
    expect(new Set(runs.map((r) => r.stderr)).size).toBe(runs.length);
    expect([...recorder.calls, ...recorder.faults]).toEqual([]);
  });

  it('each mistake has a message of its own', async () => {
    const messages = await Promise.all(
      CONFIG_FILES.slice(0, 8).map(async ([, text]) => {
        const run = await runBundle(
          'provision-rds',
          { environment: 'pr-1', config: file(text) },
          {
            AWS_ENDPOINT_URL: recorder.endpoint,
          },
        );
        expect(run.exitCode).toBe(1);
        return run.stdout.split('\n').find((l) => l.startsWith('::error::'));
      }),
    );
    expect(messages.every((m) => m?.startsWith('::error::provision-rds: configuration error: '))).toBe(true);
    expect(new Set(messages).size).toBe(messages.length);
    expect([...recorder.calls, ...recorder.faults]).toEqual([]);
  });
});

describe('a malformed environment name or input', () => {
  it(`(${ENVIRONMENTS.length} kinds of environment name): the CLI names the mistake, exits 2 and calls no AWS`, async () => {
    const runs = await eachLimited(ENVIRONMENTS, ([, environment]) => deploy([`--environment=${environment}`]));
    ENVIRONMENTS.forEach(([what, , message], i) => {
      const { code, stderr } = runs[i];
      expect({ what, code, stderr }).toEqual({ what, code: 2, stderr: expect.stringMatching(message) });
    });
    expect([...recorder.calls, ...recorder.faults]).toEqual([]);
  });

  it.each([
    ['provision-rds', { environment: '' }, /input "environment" is required/],
    ['teardown', { environment: 'pr-1', 'dry-run': 'maybe' }, /input "dry-run": "maybe" is not a boolean/],
    ['teardown', { environment: 'main' }, /confirm/],
    ['run-airflow', { environment: 'pr-1', 'wait-timeout-minutes': 'soon' }, /input "wait-timeout-minutes"/],
    ['provision-rds', { environment: 'pr-1', config: '/nonexistent/airflow-fargate.yml' }, /does not exist/],
  ])('%s with %j: the action fails with its message before any AWS call', async (action, inputs, message) => {
    const run = await runBundle(action, inputs, { AWS_ENDPOINT_URL: recorder.endpoint });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(message);
    expect([...recorder.calls, ...recorder.faults]).toEqual([]);
  });
});
