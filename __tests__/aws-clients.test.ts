import { DescribeClustersCommand, CreateClusterCommand } from '@aws-sdk/client-ecs';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { CreateSecretCommand, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { createClients, targetFromEnv } from '../actions/lib/aws-clients';

// These run against the emulator started by the jest global setup (moto in server mode, over HTTP).
describe('AWS clients', () => {
  it('takes region and endpoint from AWS_REGION and AWS_ENDPOINT_URL', () => {
    expect(targetFromEnv({ AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:1' })).toEqual({
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:1',
    });
    expect(targetFromEnv({ AWS_DEFAULT_REGION: 'us-west-2' })).toEqual({ region: 'us-west-2', endpoint: undefined });
  });

  it('names the missing variable when there is no region', () => {
    expect(() => targetFromEnv({})).toThrow(/AWS_REGION/);
  });

  it('reaches the emulator with the real SDK, S3 with path-style addressing', async () => {
    const aws = createClients(targetFromEnv());
    const identity = await aws.sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Account).toMatch(/^\d{12}$/);

    await aws.s3.send(new CreateBucketCommand({ Bucket: 'aws-clients-test-bucket' }));
    await aws.s3.send(new PutObjectCommand({ Bucket: 'aws-clients-test-bucket', Key: 'dags/a.py', Body: 'print(1)' }));
    const object = await aws.s3.send(new GetObjectCommand({ Bucket: 'aws-clients-test-bucket', Key: 'dags/a.py' }));
    expect(await object.Body?.transformToString()).toBe('print(1)');

    await aws.ecs.send(new CreateClusterCommand({ clusterName: 'aws-clients-test' }));
    const clusters = await aws.ecs.send(new DescribeClustersCommand({ clusters: ['aws-clients-test'] }));
    expect(clusters.clusters?.[0]?.status).toBe('ACTIVE');

    await aws.secrets.send(new CreateSecretCommand({ Name: 'aws-clients-test/secret', SecretString: 's3cr3t' }));
    const secret = await aws.secrets.send(new GetSecretValueCommand({ SecretId: 'aws-clients-test/secret' }));
    expect(secret.SecretString).toBe('s3cr3t');
  });

  it('calls the SDK through the aggregated clients’ method names, only for the commands lib/sdk lists', async () => {
    const aws = createClients(targetFromEnv());
    aws.iam.destroy(); // nothing made yet: nothing to do
    await aws.ecs.createCluster({ clusterName: 'aws-clients-methods' });
    const clusters = await aws.ecs.describeClusters({ clusters: ['aws-clients-methods'] });
    expect(clusters.clusters?.[0]?.clusterName).toBe('aws-clients-methods');
    // The types refuse a command the library does not list; a caller that gets round them is told where to add it.
    const unlisted = aws.ecs as unknown as { listAccountSettings(input: object): Promise<unknown> };
    await expect(unlisted.listAccountSettings({})).rejects.toThrow(
      'ListAccountSettingsCommand is not listed in actions/lib/sdk/ecs.ts',
    );
    Object.values(aws).forEach((client) => client.destroy());
  });
});
