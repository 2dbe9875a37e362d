import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { ensureSyncTaskDefinition } from '../../actions/lib/bundle-sync';
import { remoteBundle } from '../../actions/lib/dag-bundle';
import { deployDagsOnly } from '../../actions/lib/dags-deploy';
import { arnContext } from '../../actions/lib/iam-roles';
import { logsBucketName } from '../../actions/lib/logs-bucket';
import { serviceInput } from '../../actions/lib/services';
import { ensureTaskDefinition, taskDefinitions } from '../../actions/lib/task-definitions';
import { AwsCallRecorder } from '../support/aws-proxy';
import { uniqueProject } from '../register-task-defs/fixtures';
import { taskInput, volume } from './bundle-fixtures';

function write(root: string, file: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

// Against the emulator (moto server) over HTTP with the real SDK, through the recording proxy.
// The environment is set up by hand from the library's own definitions (a full deploy takes
// minutes): worker and component task definitions mounting the volume, the sync task, two
// services, and the bucket without its TLS-only Deny (the emulator refuses every object call under it).
describe('DAG-only deploy', () => {
  const aws = createClients(targetFromEnv());
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
  let root: string;

  beforeAll(() => recorder.start());
  afterAll(() => recorder.stop());
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'dags-deploy-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  async function environment() {
    const ctx = await arnContext(aws.sts, 'us-east-1');
    const subnets = await aws.ec2.describeSubnets({ Filters: [{ Name: 'default-for-az', Values: ['true'] }] });
    const groups = await aws.ec2.describeSecurityGroups({ Filters: [{ Name: 'group-name', Values: ['default'] }] });
    const network = {
      subnetIds: [subnets.Subnets?.[0].SubnetId as string],
      securityGroupIds: [groups.SecurityGroups?.[0].GroupId as string],
    };
    const base = taskInput(uniqueProject(), true, network);
    const input = { ...base, bucket: logsBucketName(base.env, ctx) };
    return { ctx, input, env: input.env, network };
  }

  it('uploads and syncs a DAG change with no image, task definition or service call; plugins restart the services', async () => {
    const { ctx, input, env, network } = await environment();
    const recorded = createClients({ region: 'us-east-1', endpoint: recorder.endpoint });
    const options = { root, log: () => undefined, timeoutMs: 60_000, sleep: async () => undefined };

    recorder.reset();
    await expect(deployDagsOnly(recorded, env, ctx, options)).rejects.toThrow(
      `environment pr-9 has no sync task definition (${env.names.taskFamily('bundle-sync')}): a DAG-only deploy needs a full deploy first`,
    );
    expect(recorder.mutating()).toEqual([]);

    await aws.s3.createBucket({ Bucket: input.bucket });
    await aws.ecs.createCluster({ clusterName: env.names.cluster });
    const defs = taskDefinitions(input);
    await ensureTaskDefinition(aws.ecs, defs.worker);
    await ensureSyncTaskDefinition(aws.ecs, { ...input, bundleVolume: volume });
    for (const component of ['scheduler', 'dag-processor'] as const) {
      const def = await ensureTaskDefinition(aws.ecs, defs[component]);
      await aws.ecs.createService(
        serviceInput(env, {
          component,
          taskDefinitionArn: def.arn,
          subnets: network.subnetIds,
          securityGroups: network.securityGroupIds,
          assignPublicIp: true,
        }),
      );
    }

    write(root, 'dags/etl.py', 'etl = 1\n');
    write(root, 'dags/old.py', 'old = 1\n');
    write(root, 'plugins/hello.py', 'hello = 1\n');
    const lines: string[] = [];
    const first = await deployDagsOnly(recorded, env, ctx, { ...options, log: (l) => lines.push(l) });
    expect(first.restarted.sort()).toEqual(['dag-processor', 'scheduler']);
    expect(lines).toContain('restarting scheduler, dag-processor to load the new plugins/config');

    write(root, 'dags/etl.py', 'etl = 2\n');
    rmSync(path.join(root, 'dags/old.py'));
    recorder.reset();
    const dagsOnly = await deployDagsOnly(recorded, env, ctx, options);
    expect(dagsOnly).toMatchObject({ restarted: [], bundle: { upload: ['dags/etl.py'], remove: ['dags/old.py'] } });
    expect(recorder.mutating().map((c) => `${c.service} ${c.operation}`)).toEqual([
      `s3 PUT /${input.bucket}/bundle/dags/etl.py`,
      `s3 POST /${input.bucket}/`,
      'ecs RunTask',
    ]);
    expect(
      recorder.calls
        .filter((c) => c.service === 'ecr' || /TaskDefinition$|Service$/.test(c.operation))
        .map((c) => c.operation),
    ).toEqual(['DescribeTaskDefinition', 'DescribeTaskDefinition']);
    expect([...(await remoteBundle(aws.s3, input.bucket)).keys()].sort()).toEqual(['dags/etl.py', 'plugins/hello.py']);
  });
});
