import {
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  DescribeLogGroupsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { DescribeRepositoriesCommand } from '@aws-sdk/client-ecr';
import { ListClustersCommand } from '@aws-sdk/client-ecs';
import { ListRolesCommand } from '@aws-sdk/client-iam';
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { ListSecretsCommand } from '@aws-sdk/client-secrets-manager';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { AwsClients, createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { resolveEnvironment } from '../../actions/lib/environment';
import { installFakeDocker } from '../build-push-image/fake-docker';
import { uniqueProject } from '../register-task-defs/fixtures';
import { AwsCallRecorder, FaultOptions } from '../support/aws-proxy';
import { comparable, configFile, resources, runChain, secretValues, STEPS, visible } from './chain';

// The provisioning chain (committed bundles, workflow order, environment input only) through a proxy
// that answers a quarter of all requests itself, as AWS does under sustained throttling: 400
// ThrottlingException / Throttling, 503 RequestLimitExceeded / SlowDown, and some 500s, each in the
// service's own wire protocol, never forwarded. The actions' clients retry (the SDK's standard mode,
// maxAttempts 8 from aws-clients.ts); the result must be what an undisturbed run makes, with no
// duplicate. The seed fixes which request of each operation fails, so CI sees the same storm.
const region = 'us-east-1';
const aws = createClients(targetFromEnv());
afterAll(() => Object.values(aws).forEach((client) => client.destroy()));

const STORM: FaultOptions = { rate: 0.25, serverErrorShare: 0.2, seed: 20261127 };
const SERVICES = ['ec2', 'ecr', 'ecs', 'elasticfilesystem', 'iam', 'logs', 's3', 'secretsmanager', 'sts']; // + rds in rds mode

async function chainThrough(environment: string, faults?: FaultOptions) {
  const project = uniqueProject();
  const config = configFile(project);
  const docker = installFakeDocker();
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string, faults);
  await recorder.start();
  try {
    const started = Date.now();
    const chain = await runChain({ environment, config, endpoint: recorder.endpoint, dockerDir: docker.dir });
    const ms = Date.now() - started;
    const env = resolveEnvironment(environment, { project }, { region });
    return { project, env, chain, ms, calls: [...recorder.calls], faults: [...recorder.faults] };
  } finally {
    await recorder.stop();
  }
}

type Probe = (c: AwsClients) => Promise<{ $metadata: { attempts?: number } }>;
/** One read-only call per service, with the codes AWS throttles and fails with: [throttling, status], 500. */
const PROBES: [string, Probe, [string, number], string][] = [
  ['ecs', (c) => c.ecs.send(new ListClustersCommand({})), ['ThrottlingException', 400], 'InternalFailure'],
  ['ecr', (c) => c.ecr.send(new DescribeRepositoriesCommand({})), ['ThrottlingException', 400], 'InternalFailure'],
  [
    'logs',
    (c) => c.logs.send(new DescribeLogGroupsCommand({ limit: 1 })),
    ['ThrottlingException', 400],
    'InternalFailure',
  ],
  [
    'secretsmanager',
    (c) => c.secrets.send(new ListSecretsCommand({})),
    ['ThrottlingException', 400],
    'InternalFailure',
  ],
  ['iam', (c) => c.iam.send(new ListRolesCommand({ MaxItems: 1 })), ['Throttling', 400], 'InternalFailure'],
  ['rds', (c) => c.rds.send(new DescribeDBInstancesCommand({})), ['Throttling', 400], 'InternalFailure'],
  ['sts', (c) => c.sts.send(new GetCallerIdentityCommand({})), ['Throttling', 400], 'InternalFailure'],
  ['ec2', (c) => c.ec2.send(new DescribeVpcsCommand({})), ['RequestLimitExceeded', 503], 'InternalError'],
  ['s3', (c) => c.s3.send(new ListBucketsCommand({})), ['SlowDown', 503], 'InternalError'],
];

async function throughFaultyProxy<T>(serverErrorShare: number, body: (recorder: AwsCallRecorder) => Promise<T>) {
  // Only the first request of each service fails (rate 0 after it).
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string, { rate: 0, serverErrorShare, seed: 1 });
  await recorder.start();
  try {
    return await body(recorder);
  } finally {
    await recorder.stop();
  }
}

describe.each([
  { kind: 'throttling', serverErrorShare: 0 },
  { kind: 'a 500', serverErrorShare: 1 },
])("the proxy's $kind answers", ({ serverErrorShare }) => {
  it.each(PROBES)(
    '%s: the SDK reads the error AWS would send, and retries it',
    async (service, probe, throttle, fail) => {
      const [code, status] = serverErrorShare ? [fail, 500] : throttle;
      await throughFaultyProxy(serverErrorShare, async (recorder) => {
        const noRetry = createClients({ region, endpoint: recorder.endpoint, maxAttempts: 1 });
        await expect(probe(noRetry)).rejects.toMatchObject({ name: code, $metadata: { httpStatusCode: status } });
        expect(recorder.faults).toEqual([expect.objectContaining({ service, status, code, applied: false })]);
        expect(recorder.calls).toEqual([]); // never reached the emulator
        Object.values(noRetry).forEach((client) => client.destroy());
      });
      await throughFaultyProxy(serverErrorShare, async (recorder) => {
        const clients = createClients({ region, endpoint: recorder.endpoint }); // the actions' retry settings
        const answer = await probe(clients);
        expect(answer.$metadata.attempts).toBe(2);
        expect([recorder.faults.length, recorder.calls.length]).toEqual([1, 1]);
        Object.values(clients).forEach((client) => client.destroy());
      });
    },
  );
});

it('with appliedShare, a mutating request reaches the emulator before its 500 (AWS failing after the change)', async () => {
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string, {
    rate: 0,
    serverErrorShare: 1,
    appliedShare: 1,
    seed: 1,
  });
  await recorder.start();
  const clients = createClients({ region, endpoint: recorder.endpoint, maxAttempts: 1 });
  const logGroupName = `/airflow-fargate-test/${uniqueProject()}`;
  try {
    await expect(clients.logs.send(new CreateLogGroupCommand({ logGroupName }))).rejects.toMatchObject({
      name: 'InternalFailure',
    });
    expect(recorder.faults).toEqual([expect.objectContaining({ operation: 'CreateLogGroup', applied: true })]);
    const found = await aws.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: logGroupName }));
    expect(found.logGroups?.map((g) => g.logGroupName)).toEqual([logGroupName]);
  } finally {
    await aws.logs.send(new DeleteLogGroupCommand({ logGroupName }));
    Object.values(clients).forEach((client) => client.destroy());
    await recorder.stop();
  }
});

describe.each([
  ['pr-77', 'container'],
  ['main', 'rds'],
])('the provisioning chain for %s (%s database) under a throttling storm', (environment, mode) => {
  it('succeeds, and leaves exactly what an undisturbed run leaves, without duplicates', async () => {
    const [calm, storm] = await Promise.all([chainThrough(environment), chainThrough(environment, STORM)]);

    // The storm was real: every service the chain used had requests refused, of both kinds.
    const used = [...new Set(storm.calls.map((c) => c.service))].sort();
    expect(used).toEqual([...SERVICES, ...(mode === 'rds' ? ['rds'] : [])].sort());
    expect([...new Set(storm.faults.map((f) => f.service))].sort()).toEqual(used);
    const codes = new Set(storm.faults.map((f) => `${f.service} ${f.status} ${f.code}`));
    expect(codes).toContain('ecs 400 ThrottlingException');
    expect(codes).toContain('iam 400 Throttling');
    expect(codes).toContain('ec2 503 RequestLimitExceeded');
    expect(codes).toContain('s3 503 SlowDown');
    expect(storm.faults.some((f) => f.status === 500)).toBe(true);
    expect(storm.faults.length / (storm.faults.length + storm.calls.length)).toBeGreaterThan(0.2);
    expect(calm.faults).toEqual([]);

    expect(storm.chain['provision-rds'].outputs['database-mode']).toBe(mode);
    expect(storm.chain['register-task-defs'].outputs.image).toBe(storm.chain['build-push-image'].outputs.image);

    // Same resources as the undisturbed environment, names and ARNs aside; and no duplicates.
    const [calmResources, stormResources] = await Promise.all([resources(aws, calm.env), resources(aws, storm.env)]);
    expect(comparable(stormResources, storm.project)).toEqual(comparable(calmResources, calm.project));
    const families = stormResources.taskDefinitions as Record<string, { revisions: number }>;
    expect(Object.values(families).map((f) => f.revisions)).toEqual(Array(mode === 'container' ? 6 : 5).fill(1));
    const groups = stormResources.securityGroups as Record<string, { count: number }>;
    expect(Object.values(groups).map((g) => g.count)).toEqual([1, 1]);
    expect(stormResources.secrets).toHaveLength(mode === 'container' ? 5 : 4);
    expect(stormResources.images).toHaveLength(1);

    // Retried requests leak no secret either.
    const values = await secretValues(aws, storm.chain['provision-rds']);
    for (const step of STEPS) for (const value of values) expect(visible(storm.chain[step])).not.toContain(value);

    console.info(
      `storm ${environment}: ${storm.calls.length} calls forwarded, ${storm.faults.length} faults injected ` +
        `(${storm.faults.filter((f) => f.status === 500).length} of them 500s), ${storm.ms} ms; ` +
        `undisturbed: ${calm.calls.length} calls, ${calm.ms} ms`,
    );
  });
});
