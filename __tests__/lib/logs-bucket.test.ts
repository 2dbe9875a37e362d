import {
  DeleteBucketLifecycleCommand,
  DeleteObjectCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutBucketPolicyCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { resolveEnvironment } from '../../actions/lib/environment';
import { arnContext } from '../../actions/lib/iam-roles';
import { destroyLogsBucket, ensureLogsBucket, tlsOnlyPolicy } from '../../actions/lib/logs-bucket';
import { AwsCallRecorder } from '../support/aws-proxy';
import { uniqueProject } from '../register-task-defs/fixtures';

// Against the emulator (moto server) over HTTP with the real SDK. The emulator (local/emulator.py)
// evaluates bucket policies as AWS does for TLS requests, which the SDK's requests stand for.
describe('task-log bucket', () => {
  const aws = createClients(targetFromEnv());

  it('is encrypted, never public, TLS only, expiring, tagged; a second run changes nothing', async () => {
    const env = resolveEnvironment('pr-8', { project: uniqueProject() }, { region: 'us-east-1' });
    const ctx = await arnContext(aws.sts, 'us-east-1');
    const first = await ensureLogsBucket(aws.s3, env, ctx);
    expect(first).toEqual({ name: env.names.logsBucket(ctx.account, 'us-east-1'), status: 'created', changes: [] });
    const Bucket = first.name;

    const encryption = await aws.s3.send(new GetBucketEncryptionCommand({ Bucket }));
    expect(
      encryption.ServerSideEncryptionConfiguration?.Rules?.[0].ApplyServerSideEncryptionByDefault?.SSEAlgorithm,
    ).toBe('AES256');
    const block = await aws.s3.send(new GetPublicAccessBlockCommand({ Bucket }));
    expect(block.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
    const policy = JSON.parse((await aws.s3.send(new GetBucketPolicyCommand({ Bucket }))).Policy as string);
    expect(policy.Statement).toEqual([
      expect.objectContaining({
        Effect: 'Deny',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${Bucket}`, `arn:aws:s3:::${Bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    ]);
    const lifecycle = await aws.s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket }));
    expect(lifecycle.Rules?.map((r) => [r.Status, r.Expiration?.Days])).toEqual([['Enabled', 30]]);
    const tags = await aws.s3.send(new GetBucketTaggingCommand({ Bucket }));
    expect(tags.TagSet).toEqual(expect.arrayContaining([{ Key: 'airflow-fargate:environment', Value: 'pr-8' }]));
    expect((await aws.s3.send(new GetBucketVersioningCommand({ Bucket }))).Status).toBeUndefined();

    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      const recorded = createClients({ region: 'us-east-1', endpoint: recorder.endpoint });
      expect(await ensureLogsBucket(recorded.s3, env, ctx)).toEqual({ name: Bucket, status: 'unchanged', changes: [] });
      expect(recorder.mutating()).toEqual([]);
    } finally {
      await recorder.stop();
    }

    await aws.s3.send(new DeleteBucketLifecycleCommand({ Bucket }));
    expect(await ensureLogsBucket(aws.s3, env, ctx)).toEqual({
      name: Bucket,
      status: 'updated',
      changes: ['lifecycle'],
    });
    const restored = await aws.s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket }));
    expect(restored.Rules?.[0].Expiration?.Days).toBe(30);
  });

  it('keeps a long-lived environment’s task logs a year', async () => {
    const env = resolveEnvironment('main', { project: uniqueProject() }, { region: 'us-east-1' });
    const ctx = await arnContext(aws.sts, 'us-east-1');
    const { name: Bucket } = await ensureLogsBucket(aws.s3, env, ctx);
    const lifecycle = await aws.s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket }));
    expect(lifecycle.Rules?.[0].Expiration?.Days).toBe(365);

    expect(await destroyLogsBucket(aws.s3, env, ctx)).toBe(true);
    await expect(aws.s3.send(new HeadBucketCommand({ Bucket }))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 404 },
    });
    expect(await destroyLogsBucket(aws.s3, env, ctx)).toBe(false);
  });

  it('takes object calls under its TLS-only Deny (requests over TLS); a Deny without a condition refuses them', async () => {
    const env = resolveEnvironment('pr-8', { project: uniqueProject() }, { region: 'us-east-1' });
    const ctx = await arnContext(aws.sts, 'us-east-1');
    const { name: Bucket } = await ensureLogsBucket(aws.s3, env, ctx);
    const Key = 'bundle/dags/example.py';

    await aws.s3.send(new PutObjectCommand({ Bucket, Key, Body: 'print("hello")\n' }));
    const read = await aws.s3.send(new GetObjectCommand({ Bucket, Key }));
    expect(await read.Body?.transformToString()).toBe('print("hello")\n');
    const listed = await aws.s3.send(new ListObjectsV2Command({ Bucket, Prefix: 'bundle/' }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual([Key]);

    const denyAll = tlsOnlyPolicy(Bucket, 'aws');
    delete denyAll.Statement[0].Condition;
    await aws.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: JSON.stringify(denyAll) }));
    const refused = { $metadata: { httpStatusCode: 403 } };
    await expect(aws.s3.send(new PutObjectCommand({ Bucket, Key, Body: 'x' }))).rejects.toMatchObject(refused);
    await expect(aws.s3.send(new GetObjectCommand({ Bucket, Key }))).rejects.toMatchObject(refused);

    // A Deny of TLS requests applies to the SDK's: the emulator sees them as TLS, not as "no transport".
    const denyTls = tlsOnlyPolicy(Bucket, 'aws');
    denyTls.Statement[0].Condition = { Bool: { 'aws:SecureTransport': 'true' } };
    await aws.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: JSON.stringify(denyTls) }));
    await expect(aws.s3.send(new PutObjectCommand({ Bucket, Key, Body: 'x' }))).rejects.toMatchObject(refused);

    await aws.s3.send(new PutBucketPolicyCommand({ Bucket, Policy: JSON.stringify(tlsOnlyPolicy(Bucket, 'aws')) }));
    await aws.s3.send(new DeleteObjectCommand({ Bucket, Key }));
    expect(await destroyLogsBucket(aws.s3, env, ctx)).toBe(true);
  });
});
