import { AwsClients } from '../../actions/lib/aws-clients';
import { DatabaseInfo } from '../../actions/lib/database';
import { resolveEnvironment } from '../../actions/lib/environment';
import { tlsOnlyPolicy } from '../../actions/lib/logs-bucket';
import { TaskDefinitionInput } from '../../actions/lib/task-definitions';

const secret = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x';
const database = {
  mode: 'container',
  engine: 'postgres',
  host: 'db.internal',
  port: 5432,
  name: 'airflow',
  secretArn: secret,
  usernameValueFrom: `${secret}:username::`,
  passwordValueFrom: `${secret}:password::`,
  securityGroupId: 'sg-0db',
  secrets: { fernetKey: secret, jwtSecret: secret, apiSecretKey: secret, adminPassword: secret },
} as DatabaseInfo;
export const volume = { fileSystemId: 'fs-0123456789abcdef0', accessPointId: 'fsap-0123456789abcdef0' };

/** A task definition input for environment pr-9 of a project, with made-up ARNs (pure tests and the emulator). */
export function taskInput(
  project = 'demo',
  withVolume = true,
  network = { subnetIds: ['subnet-1'], securityGroupIds: ['sg-0tasks'] },
): TaskDefinitionInput {
  const env = resolveEnvironment('pr-9', { project }, { region: 'us-east-1' });
  return {
    env,
    image: 'public.ecr.aws/example/airflow:1',
    executionRoleArn: 'arn:aws:iam::123456789012:role/demo-pr-9-execution',
    taskRoleArn: 'arn:aws:iam::123456789012:role/demo-pr-9-task',
    logGroup: env.names.logGroup,
    bucket: 'demo-pr-9-logs-12345678',
    logPrefix: 'task-logs',
    ...network,
    database,
    bundleVolume: withVolume ? volume : undefined,
  };
}

/** A bucket with the environment bucket's TLS-only policy, which the emulator evaluates as AWS does for TLS requests. */
export async function bucketWithPolicy(s3: AwsClients['s3'], bucket: string): Promise<void> {
  await s3.createBucket({ Bucket: bucket });
  await s3.putBucketPolicy({ Bucket: bucket, Policy: JSON.stringify(tlsOnlyPolicy(bucket, 'aws')) });
}
