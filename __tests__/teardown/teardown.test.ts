import { DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2';
import { DescribeImagesCommand } from '@aws-sdk/client-ecr';
import { DescribeFileSystemsCommand } from '@aws-sdk/client-efs';
import { DescribeClustersCommand, DescribeServicesCommand, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import { GetRoleCommand } from '@aws-sdk/client-iam';
import { DescribeDBSnapshotsCommand } from '@aws-sdk/client-rds';
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { DescribeSecretCommand } from '@aws-sdk/client-secrets-manager';
import { ListNamespacesCommand } from '@aws-sdk/client-servicediscovery';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { ConfigFile } from '../../actions/lib/config';
import { Environment, resolveEnvironment } from '../../actions/lib/environment';
import { arnContext } from '../../actions/lib/iam-roles';
import { Inventory, InventoryResource, ResourceKind, taskFamilies } from '../../actions/lib/inventory';
import { describeDbSubnetGroup } from '../../actions/lib/db-subnet-group';
import { describeDbInstance } from '../../actions/lib/rds-instance';
import { describeLogGroup } from '../../actions/lib/log-group';
import { logsBucketName } from '../../actions/lib/logs-bucket';
import { GENERATED_SECRETS, secretName } from '../../actions/lib/secrets';
import { getInputs } from '../../actions/teardown/src/run';
import { AwsCallRecorder } from '../support/aws-proxy';
import { runBundle } from '../support/run-bundle';
import { pushImage, uniqueProject } from '../register-task-defs/fixtures';
import {
  configFile,
  deployWithBundles,
  inventoryOf,
  repositoryUri,
  startWorker,
  succeeded,
  vpcWithDns,
} from './fixtures';

// Builds whole environments with the provision-rds, register-task-defs and run-airflow bundles first.
jest.setTimeout(240_000);

const aws = createClients(targetFromEnv());
afterAll(() => Object.values(aws).forEach((client) => client.destroy()));

describe('teardown inputs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it.each([
    [{ ENVIRONMENT: 'pr-1' }, { environment: 'pr-1', dryRun: false, skipFinalSnapshot: false, timeoutMinutes: 60 }],
    [
      {
        ENVIRONMENT: 'main',
        CONFIRM: ' main ',
        'DRY-RUN': 'true',
        'SKIP-FINAL-SNAPSHOT': 'TRUE',
        'TIMEOUT-MINUTES': '90',
      },
      { confirm: 'main', dryRun: true, skipFinalSnapshot: true, timeoutMinutes: 90 },
    ],
    [
      { ENVIRONMENT: 'pr-2', 'DRY-RUN': 'false', CONFIRM: '' },
      { dryRun: false, confirm: undefined },
    ],
  ])('%j gives %j', (inputs, expected) => {
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k}`] = v;
    expect(getInputs()).toMatchObject(expected);
  });

  it.each([
    [{}, /input "environment" is required/],
    [{ ENVIRONMENT: 'pr-1', 'DRY-RUN': 'maybe' }, /input "dry-run": "maybe" is not a boolean/],
    [{ ENVIRONMENT: 'pr-1', 'SKIP-FINAL-SNAPSHOT': 'y' }, /input "skip-final-snapshot"/],
    [{ ENVIRONMENT: 'pr-1', 'TIMEOUT-MINUTES': '0' }, /input "timeout-minutes": "0" is not a whole number/],
    [{ ENVIRONMENT: 'pr-1', 'TIMEOUT-MINUTES': 'soon' }, /input "timeout-minutes"/],
  ])('%j is refused: %s', (inputs, message) => {
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k}`] = v;
    expect(() => getInputs()).toThrow(message);
  });
});

/**
 * The environment's own resources. Which images count as only its own is derived from the others
 * (the shared image becomes pr-10's alone once pr-1 is gone), so images are compared separately.
 */
function owned(inventory: Inventory): InventoryResource[] {
  return inventory.resources.filter((r) => r.kind !== 'ecr-image');
}

function kinds(inventory: Inventory): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of inventory.resources) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}

async function snapshotsOf(env: Environment): Promise<string[]> {
  const found = await aws.rds.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: env.names.dbInstance }));
  return (found.DBSnapshots ?? []).map((s) => s.DBSnapshotIdentifier as string);
}

async function digests(env: Environment): Promise<string[]> {
  const found = await aws.ecr.send(new DescribeImagesCommand({ repositoryName: env.names.ecrRepository }));
  return (found.imageDetails ?? []).map((i) => i.imageDigest as string).sort();
}

/** Everything of the environment, looked up service by service without the inventory's code. */
async function leftovers(env: Environment): Promise<string[]> {
  const left: string[] = [];
  const cluster = await aws.ecs.send(new DescribeClustersCommand({ clusters: [env.names.cluster] }));
  if (cluster.clusters?.some((c) => c.status !== 'INACTIVE')) left.push('cluster');
  for (const component of ['api-server', 'scheduler', 'database']) {
    const s = await aws.ecs
      .send(new DescribeServicesCommand({ cluster: env.names.cluster, services: [env.names.service(component)] }))
      .catch(() => ({ services: [] }));
    if (s.services?.some((x) => x.status !== 'INACTIVE')) left.push(`service ${component}`);
  }
  for (const family of taskFamilies(env)) {
    for (const status of ['ACTIVE', 'INACTIVE'] as const) {
      const revisions = await aws.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family, status }));
      const ours = (revisions.taskDefinitionArns ?? []).filter((a) => a.split('/').pop()?.startsWith(`${family}:`));
      if (ours.length) left.push(`${status} task definitions ${family}`);
    }
  }
  for (const role of [env.names.executionRole, env.names.taskRole]) {
    if (await aws.iam.send(new GetRoleCommand({ RoleName: role })).catch(() => undefined)) left.push(role);
  }
  if (await describeLogGroup(aws.logs, env)) left.push('log group');
  const bucket = logsBucketName(env, await arnContext(aws.sts, env.region));
  if (await aws.s3.send(new HeadBucketCommand({ Bucket: bucket })).catch(() => undefined)) left.push('bucket');
  for (const kind of [...GENERATED_SECRETS, 'database' as const]) {
    const secret = await aws.secrets
      .send(new DescribeSecretCommand({ SecretId: secretName(env, kind) }))
      .catch(() => undefined);
    if (secret) left.push(`secret ${kind}`);
  }
  const groups = await aws.ec2.send(
    new DescribeSecurityGroupsCommand({
      Filters: [
        {
          Name: 'group-name',
          Values: [env.names.taskSecurityGroup, env.names.dbSecurityGroup, env.names.efsSecurityGroup],
        },
      ],
    }),
  );
  const volume = await aws.efs.send(new DescribeFileSystemsCommand({ CreationToken: env.names.bundleVolume }));
  if (volume.FileSystems?.length) left.push('EFS file system');
  left.push(...(groups.SecurityGroups ?? []).map((g) => `security group ${g.GroupName}`));
  const namespaces = await aws.servicediscovery.send(new ListNamespacesCommand({}));
  if (namespaces.Namespaces?.some((n) => n.Name === env.names.serviceDiscoveryNamespace)) left.push('namespace');
  if (await describeDbInstance(aws.rds, env)) left.push('RDS instance');
  if (await describeDbSubnetGroup(aws.rds, env)) left.push('DB subnet group');
  return left;
}

// One project with four environments built by the real bundles: pr-1 and pr-10 (whose names share
// a prefix), main and staging (long-lived, RDS). The tests run in order on that shared state.
describe('teardown bundle', () => {
  const project = uniqueProject();
  const names = ['pr-1', 'pr-10', 'main', 'staging'] as const;
  const config: ConfigFile = { project, longLived: ['staging'] };
  const envs = Object.fromEntries(
    names.map((name) => [name, resolveEnvironment(name, config, { region: 'us-east-1' })]),
  ) as Record<(typeof names)[number], Environment>;
  // One config file per environment: the same project, each in a VPC of its own (the emulator
  // allows one private DNS namespace per VPC).
  const files: Record<string, string> = {};
  let image: { shared: string; onlyPr1: string; release: string };
  let before: Record<string, Inventory>;

  beforeAll(async () => {
    for (const name of names) files[name] = configFile({ ...config, vpcId: await vpcWithDns(aws) });
    const env = envs['pr-1'];
    const shared = await pushImage(aws, env, 'preview-shared');
    const onlyPr1 = await pushImage(aws, env, 'preview-only1');
    const release = await pushImage(aws, env, 'release-1');
    image = { shared, onlyPr1, release };
    const uri = await repositoryUri(aws, env);
    await Promise.all([
      // pr-1 ran two images: one only it used (by digest), then the shared one (by tag).
      deployWithBundles('pr-1', files['pr-1'], [`${uri}@${onlyPr1}`, `${uri}:preview-shared`]),
      deployWithBundles('pr-10', files['pr-10'], [`${uri}@${shared}`]),
      deployWithBundles('main', files.main, [`${uri}@${release}`]),
      deployWithBundles('staging', files.staging, [`${uri}:release-1`]),
    ]);
    for (const name of names) await startWorker(aws, envs[name]);
    before = Object.fromEntries(
      await Promise.all(Object.entries(envs).map(async ([name, e]) => [name, await inventoryOf(aws, e)])),
    );
  });

  it('finds every resource of pr-1 by tags and names, and the images only it used', () => {
    expect(kinds(before['pr-1'])).toEqual({
      // database, api-server, scheduler, dag-processor, triggerer
      'ecs-service': 5,
      // the executor's worker, and the DAG bundle's sync task run-airflow ran: it stopped, but the
      // emulator lists tasks as desired RUNNING until StopTask
      'ecs-task': 2,
      'cloud-map-service': 2,
      'cloud-map-namespace': 1,
      'ecs-cluster': 1,
      'ecr-image': 1,
      // five components and the bundle's sync task with two revisions each, and the database container's definition
      'task-definition': 13,
      // the DAG bundle volume: one mount target in each of the VPC's two zones
      'efs-access-point': 1,
      'efs-mount-target': 2,
      'efs-file-system': 1,
      // the tasks', the database's and the volume's
      'security-group': 3,
      'iam-role': 2,
      'log-group': 1,
      's3-bucket': 1,
      secret: 5,
    } satisfies Partial<Record<ResourceKind, number>>);
    expect(before['pr-1'].resources.find((r) => r.kind === 'ecr-image')?.id).toBe(image.onlyPr1);
    expect(before['pr-1'].resources.filter((r) => r.refused)).toEqual([]);
    expect(before['pr-1'].notes.join('\n')).toContain(`${image.shared} is kept: another environment`);
    // main: an RDS instance and its subnet group, no images (long-lived environments keep theirs)
    expect(kinds(before.main)).toMatchObject({ 'rds-instance': 1, 'db-subnet-group': 1, secret: 4 });
    expect(kinds(before.main)['ecr-image']).toBeUndefined();
  });

  it('a dry run lists everything and changes nothing', async () => {
    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      const run = await runBundle(
        'teardown',
        { environment: 'pr-1', config: files['pr-1'], 'dry-run': 'true' },
        { AWS_ENDPOINT_URL: recorder.endpoint },
      );
      succeeded(run);
      expect(recorder.mutating()).toEqual([]);
      expect(recorder.calls.length).toBeGreaterThan(0);
      const listed = JSON.parse(run.outputs.resources) as { kind: string; name: string }[];
      expect(listed.map((r) => `${r.kind} ${r.name}`).sort()).toEqual(
        before['pr-1'].resources.map((r) => `${r.kind} ${r.name}`).sort(),
      );
      expect(JSON.parse(run.outputs.deleted)).toEqual([]);
      expect(run.summary).toContain('dry run, nothing deleted');
      expect(run.summary).toContain('would delete');
      expect(run.stdout).toContain(`would delete ecs-cluster ${envs['pr-1'].names.cluster}`);
    } finally {
      await recorder.stop();
    }
    expect(await inventoryOf(aws, envs['pr-1'])).toEqual(before['pr-1']);
  });

  it('main without confirm is refused before any AWS call', async () => {
    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      for (const confirm of ['', 'pr-1']) {
        const run = await runBundle(
          'teardown',
          { environment: 'main', config: files.main, confirm },
          { AWS_ENDPOINT_URL: recorder.endpoint },
        );
        expect(run.exitCode).toBe(1);
        expect(run.stdout).toContain('teardown: configuration error: environment "main" is long-lived');
        expect(run.stdout).toContain('set the input "confirm" to "main"');
      }
      expect(recorder.calls).toEqual([]);
    } finally {
      await recorder.stop();
    }
  });

  it('removes every resource of pr-1 and leaves pr-10, main and staging exactly as they were', async () => {
    const run = await runBundle('teardown', { environment: 'pr-1', config: files['pr-1'] });
    succeeded(run);
    const env = envs['pr-1'];
    expect((await inventoryOf(aws, env)).resources).toEqual([]);
    expect(await leftovers(env)).toEqual([]);
    for (const name of ['pr-10', 'main', 'staging'] as const) {
      expect(owned(await inventoryOf(aws, envs[name]))).toEqual(owned(before[name]));
    }
    expect(await leftovers(envs['pr-10'])).toEqual(
      expect.arrayContaining(['cluster', 'namespace', 'log group', 'EFS file system']),
    );

    // The image only pr-1 used is gone; the one pr-10 uses and the release image stay.
    const left = await digests(env);
    expect(left).toEqual(expect.arrayContaining([image.shared, image.release]));
    expect(left).not.toContain(image.onlyPr1);
    // Now only pr-10 uses the shared image: its teardown would take it.
    const pr10 = await inventoryOf(aws, envs['pr-10']);
    expect(pr10.resources.filter((r) => r.kind === 'ecr-image').map((r) => r.id)).toEqual([image.shared]);

    const deleted = JSON.parse(run.outputs.deleted) as { kind: string }[];
    expect(deleted.length).toBe(before['pr-1'].resources.length);
    expect(run.outputs['final-snapshot']).toBe('');
    expect(run.summary).toMatch(/<td>ecs-cluster<\/td><td>[^<]+<\/td><td>deleted<\/td><td>\d+s<\/td>/);
    expect(run.stdout).toMatch(/deleted +security-group /);
  });

  it('a second teardown is a clean no-op: no mutating call', async () => {
    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      const run = await runBundle(
        'teardown',
        { environment: 'pr-1', config: files['pr-1'] },
        { AWS_ENDPOINT_URL: recorder.endpoint },
      );
      succeeded(run);
      expect(recorder.mutating()).toEqual([]);
      expect(JSON.parse(run.outputs.deleted)).toEqual([]);
      expect(run.summary).toContain('Nothing of environment <code>pr-1</code> was found');
    } finally {
      await recorder.stop();
    }
  });

  it('main with confirm goes, deletion protection and all, and keeps a final snapshot', async () => {
    const run = await runBundle('teardown', { environment: 'main', config: files.main, confirm: 'main' });
    succeeded(run);
    const env = envs.main;
    const snapshot = run.outputs['final-snapshot'];
    expect(snapshot).toMatch(new RegExp(`^${env.names.dbInstance}-final-\\d{14}$`));
    expect(await snapshotsOf(env)).toContain(snapshot);
    expect(run.stdout).toContain('switching deletion protection off');
    expect(run.summary).toContain(`Final RDS snapshot kept: <code>${snapshot}</code>`);
    expect((await inventoryOf(aws, env)).resources).toEqual([]);
    expect(await leftovers(env)).toEqual([]);
    // Its release image stays: long-lived environments never lose images.
    expect(await digests(env)).toContain(image.release);
    expect(owned(await inventoryOf(aws, envs['pr-10']))).toEqual(owned(before['pr-10']));
  });

  it('staging with skip-final-snapshot goes without a snapshot', async () => {
    const run = await runBundle('teardown', {
      environment: 'staging',
      config: files.staging,
      confirm: 'staging',
      'skip-final-snapshot': 'true',
    });
    succeeded(run);
    expect(run.outputs['final-snapshot']).toBe('');
    expect(await snapshotsOf(envs.staging)).toEqual([]);
    expect((await inventoryOf(aws, envs.staging)).resources).toEqual([]);
    expect(owned(await inventoryOf(aws, envs['pr-10']))).toEqual(owned(before['pr-10']));
  });
});
