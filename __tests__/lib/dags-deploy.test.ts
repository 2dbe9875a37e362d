import { PutImageCommand } from '@aws-sdk/client-ecr';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { ensureSyncTaskDefinition, syncBundle, syncRecord } from '../../actions/lib/bundle-sync';
import {
  bundleDigest,
  LOADED_RECORD_KEY,
  localBundle,
  remoteBundle,
  SYNC_RECORD_KEY,
  uploadBundle,
} from '../../actions/lib/dag-bundle';
import { checkImageCurrent, deployDagsOnly, StaleImageError } from '../../actions/lib/dags-deploy';
import { ensureRepository } from '../../actions/lib/ecr-repository';
import { arnContext } from '../../actions/lib/iam-roles';
import { contentHash } from '../../actions/lib/image-build';
import { logsBucketName } from '../../actions/lib/logs-bucket';
import { serviceInput } from '../../actions/lib/services';
import { ensureTaskDefinition, taskDefinitions } from '../../actions/lib/task-definitions';
import { AwsCallRecorder } from '../support/aws-proxy';
import { uniqueProject } from '../register-task-defs/fixtures';
import { bucketWithPolicy, taskInput, volume } from './bundle-fixtures';

function write(root: string, file: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

const aws = createClients(targetFromEnv());

/** Puts an image under a tag into the repository (the emulator takes any manifest). */
async function pushImage(repositoryName: string, tag: string): Promise<string> {
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: {
      mediaType: 'application/vnd.docker.container.image.v1+json',
      size: 1,
      digest: `sha256:${'a'.repeat(64)}`,
    },
    layers: [
      {
        mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
        size: 2,
        digest: `sha256:${createHash('sha256').update(tag).digest('hex')}`,
      },
    ],
  };
  const put = await aws.ecr.send(
    new PutImageCommand({ repositoryName, imageTag: tag, imageManifest: JSON.stringify(manifest) }),
  );
  return put.image?.imageId?.imageDigest as string;
}

// Against the emulator (moto server) over HTTP with the real SDK, through the recording proxy.
// The environment is set up by hand from the library's own definitions (a full deploy takes
// minutes): worker and component task definitions mounting the volume, the sync task, two
// services, and the bucket.
describe('DAG-only deploy', () => {
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
    return { input, env: input.env, network };
  }

  it('uploads and syncs a DAG change with no image, task definition or service call; plugins restart the services', async () => {
    const { input, env, network } = await environment();
    const recorded = createClients({ region: 'us-east-1', endpoint: recorder.endpoint });
    const options = { root, log: () => undefined, timeoutMs: 60_000, sleep: async () => undefined };

    recorder.reset();
    await expect(deployDagsOnly(recorded, env, options)).rejects.toThrow(
      `environment pr-9 has no sync task definition (${env.names.taskFamily('bundle-sync')}): a DAG-only deploy needs a full deploy first`,
    );
    expect(recorder.mutating()).toEqual([]);

    await bucketWithPolicy(aws.s3, input.bucket);
    await aws.ecs.createCluster({ clusterName: env.names.cluster });
    const defs = taskDefinitions(input);
    await ensureTaskDefinition(aws.ecs, defs.worker);
    const sync = await ensureSyncTaskDefinition(aws.ecs, { ...input, bundleVolume: volume });
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
    const first = await deployDagsOnly(recorded, env, { ...options, log: (l) => lines.push(l) });
    expect(first.restarted.sort()).toEqual(['dag-processor', 'scheduler']);
    expect(first.sync.taskArn).toMatch(/:task\//);
    expect(lines).toContain('restarting scheduler, dag-processor to load the new plugins/config');
    expect(lines[0]).toBe(
      'image public.ecr.aws/example/airflow:1: not an image build-push-image tagged by content: not compared with the checkout',
    );

    write(root, 'dags/etl.py', 'etl = 2\n');
    rmSync(path.join(root, 'dags/old.py'));
    recorder.reset();
    const dagsOnly = await deployDagsOnly(recorded, env, options);
    expect(dagsOnly).toMatchObject({ restarted: [], bundle: { upload: ['dags/etl.py'], remove: ['dags/old.py'] } });
    expect(recorder.mutating().map((c) => `${c.service} ${c.operation}`)).toEqual([
      `s3 PUT /${input.bucket}/bundle/dags/etl.py`,
      `s3 POST /${input.bucket}/`,
      'ecs RunTask',
      `s3 PUT /${input.bucket}/${SYNC_RECORD_KEY}`,
    ]);
    expect(
      recorder.calls
        .filter((c) => c.service === 'ecr' || /TaskDefinition$|Service$/.test(c.operation))
        .map((c) => c.operation),
    ).toEqual(['DescribeTaskDefinition', 'DescribeTaskDefinition']);
    // The deleted DAG is gone from the prefix the sync task copies; the record is not part of the bundle.
    expect([...(await remoteBundle(aws.s3, input.bucket)).keys()].sort()).toEqual(['dags/etl.py', 'plugins/hello.py']);
    const record = await aws.s3.send(new GetObjectCommand({ Bucket: input.bucket, Key: SYNC_RECORD_KEY }));
    expect(await record.Body?.transformToString()).toBe(syncRecord(sync.arn, bundleDigest(localBundle(root))));

    // Nothing changed and the volume holds this bundle: reads only, no sync task.
    recorder.reset();
    const again = await deployDagsOnly(recorded, env, options);
    expect(again.sync).toEqual({ reason: expect.stringMatching(/^unchanged: the volume holds this bundle/) });
    expect(recorder.mutating()).toEqual([]);

    // A new revision of the sync task (another image or volume) has not filled its volume: it syncs.
    const newer = await ensureSyncTaskDefinition(aws.ecs, {
      ...input,
      image: 'public.ecr.aws/example/airflow:2',
      bundleVolume: volume,
    });
    recorder.reset();
    const resynced = await deployDagsOnly(recorded, env, options);
    expect(resynced.sync.reason).toMatch(new RegExp(`${newer.arn.split('/').pop()} had not synced it yet`));
    expect(recorder.mutating().map((c) => c.operation)).toEqual(['RunTask', `PUT /${input.bucket}/${SYNC_RECORD_KEY}`]);

    // A deploy that stopped after the sync, before the restart: the next one still restarts the
    // components (the record of what they loaded is the old one), and records it.
    write(root, 'config/webserver_config.py', 'AUTH_TYPE = 2\n');
    const stopped = await uploadBundle(aws.s3, input.bucket, root);
    await syncBundle(aws, env, { taskDefinitionArn: newer.arn, bucket: input.bucket, ...network }, stopped, {
      log: () => undefined,
      sleep: async () => undefined,
    });
    recorder.reset();
    const resumed = await deployDagsOnly(recorded, env, options);
    expect(resumed).toMatchObject({ bundle: { upload: [], remove: [] } });
    expect(resumed.sync.taskArn).toBeUndefined();
    expect(resumed.restarted.sort()).toEqual(['dag-processor', 'scheduler']);
    expect(recorder.mutating().map((c) => c.operation)).toEqual([
      'UpdateService',
      'UpdateService',
      `PUT /${input.bucket}/${LOADED_RECORD_KEY}`,
    ]);
    recorder.reset();
    expect((await deployDagsOnly(recorded, env, options)).restarted).toEqual([]);
    expect(recorder.mutating()).toEqual([]);
  });

  it('refuses, before any change, when the environment runs an image of other image inputs', async () => {
    const { input, env } = await environment();
    write(root, 'airflow-image/Dockerfile', 'FROM apache/airflow:3.3.2-python3.12\n');
    write(root, 'dags/etl.py', 'etl = 1\n');
    const repository = await ensureRepository(aws.ecr, env);
    const stale = `preview-${'0'.repeat(24)}`;
    const staleDigest = await pushImage(repository.name, stale);
    const current = `preview-${contentHash(root)}`;
    const currentDigest = await pushImage(repository.name, current);

    expect(await checkImageCurrent(aws.ecr, env, `${repository.uri}@${currentDigest}`, root)).toBe(
      `${current}: built from this checkout's airflow-image/`,
    );
    expect(await checkImageCurrent(aws.ecr, env, 'apache/airflow:3.3.2-python3.12', root)).toMatch(
      /^not an image build-push-image tagged by content/,
    );
    await expect(checkImageCurrent(aws.ecr, env, `${repository.uri}:${stale}`, root)).rejects.toThrow(StaleImageError);

    await bucketWithPolicy(aws.s3, input.bucket);
    await ensureTaskDefinition(
      aws.ecs,
      taskDefinitions({ ...input, image: `${repository.uri}@${staleDigest}` }).worker,
    );
    await ensureSyncTaskDefinition(aws.ecs, { ...input, bundleVolume: volume });
    const recorded = createClients({ region: 'us-east-1', endpoint: recorder.endpoint });
    recorder.reset();
    await expect(
      deployDagsOnly(recorded, env, { root, log: () => undefined, timeoutMs: 1_000, sleep: async () => undefined }),
    ).rejects.toThrow(
      `environment pr-9 runs image ${stale}, but this checkout's airflow-image/ hashes to ${contentHash(root)}: the image changed since the last full deploy, and a DAG-only deploy would leave it behind. Run a full deploy (without dags-only).`,
    );
    expect(recorder.mutating()).toEqual([]);
    expect((await remoteBundle(aws.s3, input.bucket)).size).toBe(0);
  });
});
