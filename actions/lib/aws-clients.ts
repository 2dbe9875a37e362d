import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ECSClient } from '@aws-sdk/client-ecs';
import { IAMClient } from '@aws-sdk/client-iam';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { STSClient } from '@aws-sdk/client-sts';

/** Where the clients talk to: real AWS, or any endpoint that speaks its protocols (the emulator). */
export interface AwsTarget {
  region: string;
  /** Overrides every service's endpoint; taken from AWS_ENDPOINT_URL when not given. */
  endpoint?: string;
  maxAttempts?: number;
}

export interface AwsClients {
  ecs: ECSClient;
  ecr: ECRClient;
  rds: RDSClient;
  s3: S3Client;
  iam: IAMClient;
  ec2: EC2Client;
  logs: CloudWatchLogsClient;
  secrets: SecretsManagerClient;
  sts: STSClient;
}

export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): AwsTarget {
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) {
    throw new Error('No AWS region: set AWS_REGION (for example us-east-1).');
  }
  return { region, endpoint: env.AWS_ENDPOINT_URL || undefined };
}

export function createClients(target: AwsTarget): AwsClients {
  const common = {
    region: target.region,
    maxAttempts: target.maxAttempts ?? 8,
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
  };
  return {
    ecs: new ECSClient(common),
    ecr: new ECRClient(common),
    rds: new RDSClient(common),
    // A custom endpoint has no per-bucket DNS names, so buckets go in the path.
    s3: new S3Client({ ...common, forcePathStyle: Boolean(target.endpoint) }),
    iam: new IAMClient(common),
    ec2: new EC2Client(common),
    logs: new CloudWatchLogsClient(common),
    secrets: new SecretsManagerClient(common),
    sts: new STSClient(common),
  };
}
