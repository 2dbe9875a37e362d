import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import {
  ensureSyncTaskDefinition,
  runBundleSync,
  syncFailure,
  syncTaskDefinition,
} from '../../actions/lib/bundle-sync';
import { COMPONENTS } from '../../actions/lib/config';
import { ensureTaskDefinition, taskDefinitions } from '../../actions/lib/task-definitions';
import { taskInput as input, volume } from './bundle-fixtures';
import { teardown } from '../../actions/lib/teardown';
import { AwsCallRecorder } from '../support/aws-proxy';
import { uniqueProject } from '../register-task-defs/fixtures';

describe('the DAG bundle volume in the task definitions', () => {
  it('mounts the EFS access point read-only at /opt/airflow/bundle in every component and the worker', () => {
    const defs = taskDefinitions(input());
    for (const component of COMPONENTS) {
      const def = defs[component];
      expect(def.volumes).toEqual([
        {
          name: 'bundle',
          efsVolumeConfiguration: {
            fileSystemId: volume.fileSystemId,
            transitEncryption: 'ENABLED',
            authorizationConfig: { accessPointId: volume.accessPointId, iam: 'DISABLED' },
          },
        },
      ]);
      const airflow = def.containerDefinitions?.find((c) => c.name === 'airflow');
      expect(airflow?.mountPoints).toEqual([
        { sourceVolume: 'bundle', containerPath: '/opt/airflow/bundle', readOnly: true },
      ]);
      expect(airflow?.environment).toEqual(
        expect.arrayContaining([
          { name: 'AIRFLOW__CORE__DAGS_FOLDER', value: '/opt/airflow/bundle/dags' },
          { name: 'AIRFLOW__CORE__PLUGINS_FOLDER', value: '/opt/airflow/bundle/plugins' },
          { name: 'AIRFLOW__FAB__CONFIG_FILE', value: '/opt/airflow/bundle/config/webserver_config.py' },
          { name: 'PYTHONPATH', value: '/opt/airflow/bundle/config' },
        ]),
      );
    }
  });

  it('leaves DAGs to the image when there is no volume', () => {
    const def = taskDefinitions(input('demo', false))['dag-processor'];
    expect(def.volumes).toBeUndefined();
    expect(def.containerDefinitions?.[0].mountPoints).toBeUndefined();
    expect(def.containerDefinitions?.[0].environment?.map((e) => e.name)).not.toContain('AIRFLOW__CORE__DAGS_FOLDER');
  });

  it('gives the sync task the volume writable and the sync script with the bundle prefix', () => {
    const def = syncTaskDefinition({ ...input(), bundleVolume: volume });
    expect(def.family).toBe('demo-pr-9-bundle-sync');
    expect(def.containerDefinitions?.[0]).toMatchObject({
      command: ['python', '/opt/airflow/sync-bundle.py', 's3://demo-pr-9-logs-12345678/bundle/', '/opt/airflow/bundle'],
      mountPoints: [{ sourceVolume: 'bundle', containerPath: '/opt/airflow/bundle', readOnly: false }],
    });
  });

  it('reports a failed copy with its exit code and reason', () => {
    expect(syncFailure({ containers: [{ name: 'sync', exitCode: 0 }] })).toBeUndefined();
    expect(
      syncFailure({ stoppedReason: 'Essential container in task exited', containers: [{ name: 'sync', exitCode: 1 }] }),
    ).toBe('exit code 1, Essential container in task exited');
    expect(syncFailure({ stoppedReason: 'CannotPullContainerError', containers: [{ name: 'sync' }] })).toBe(
      'no exit code, CannotPullContainerError',
    );
  });
});

// Against the emulator (moto server) over HTTP with the real SDK; it does not check that the file
// system exists, and its tasks stop after a few DescribeTasks calls.
describe('the sync task in the emulator', () => {
  const aws = createClients(targetFromEnv());

  it('registers once (a second ensure changes nothing), runs on the cluster and waits until it stopped', async () => {
    const wanted = { ...input(uniqueProject()), bundleVolume: volume };
    const first = await ensureSyncTaskDefinition(aws.ecs, wanted);
    expect(first.status).toBe('created');
    const worker = await ensureTaskDefinition(aws.ecs, taskDefinitions(wanted).worker);

    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      const recorded = createClients({ region: 'us-east-1', endpoint: recorder.endpoint });
      expect(await ensureSyncTaskDefinition(recorded.ecs, wanted)).toEqual({ ...first, status: 'unchanged' });
      expect(await ensureTaskDefinition(recorded.ecs, taskDefinitions(wanted).worker)).toEqual({
        ...worker,
        status: 'unchanged',
      });
      expect(recorder.mutating()).toEqual([]);

      await aws.ecs.createCluster({ clusterName: wanted.env.names.cluster });
      const subnets = await aws.ec2.describeSubnets({ Filters: [{ Name: 'default-for-az', Values: ['true'] }] });
      const groups = await aws.ec2.describeSecurityGroups({ Filters: [{ Name: 'group-name', Values: ['default'] }] });
      recorder.reset();
      const lines: string[] = [];
      const arn = await runBundleSync(
        recorded.ecs,
        wanted.env,
        {
          taskDefinitionArn: first.arn,
          subnetIds: [subnets.Subnets?.[0].SubnetId as string],
          securityGroupIds: [groups.SecurityGroups?.[0].GroupId as string],
        },
        { log: (line) => lines.push(line), sleep: async () => undefined },
      );
      expect(arn).toMatch(/:task\//);
      expect(recorder.mutating().map((c) => c.operation)).toEqual(['RunTask']);
      expect(lines.at(-1)).toMatch(/^DAG bundle sync [\w-]+: STOPPED after/);
    } finally {
      await recorder.stop();
    }

    const removed = await teardown(aws, wanted.env, {
      dryRun: false,
      confirmed: false,
      skipFinalSnapshot: true,
      timeoutMs: 60_000,
      log: () => undefined,
      pollMs: 10,
    });
    expect(removed.steps).toContainEqual(
      expect.objectContaining({ resource: expect.objectContaining({ arn: first.arn }), outcome: 'deleted' }),
    );
    const after = await aws.ecs.describeTaskDefinition({ taskDefinition: first.arn }).catch(() => undefined);
    expect(after?.taskDefinition?.status ?? 'gone').not.toBe('ACTIVE');
  });
});
