import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { RDSClient } from '@aws-sdk/client-rds';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { STSClient } from '@aws-sdk/client-sts';

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

type ClientConfig = { region: string; maxAttempts: number; endpoint?: string };

/* eslint-disable @typescript-eslint/no-require-imports -- see CLIENTS */
/**
 * Each client is made, and its SDK package loaded, on first use: loading all nine packages and
 * building all nine clients is most of an action's start-up time, and an action uses a few.
 */
const CLIENTS: { [K in keyof AwsClients]: (config: ClientConfig) => AwsClients[K] } = {
  ecs: (c) => new (require('@aws-sdk/client-ecs') as typeof import('@aws-sdk/client-ecs')).ECSClient(c),
  ecr: (c) => new (require('@aws-sdk/client-ecr') as typeof import('@aws-sdk/client-ecr')).ECRClient(c),
  rds: (c) => new (require('@aws-sdk/client-rds') as typeof import('@aws-sdk/client-rds')).RDSClient(c),
  // A custom endpoint has no per-bucket DNS names, so buckets go in the path.
  s3: (c) =>
    new (require('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3')).S3Client({
      ...c,
      forcePathStyle: Boolean(c.endpoint),
    }),
  iam: (c) => new (require('@aws-sdk/client-iam') as typeof import('@aws-sdk/client-iam')).IAMClient(c),
  ec2: (c) => new (require('@aws-sdk/client-ec2') as typeof import('@aws-sdk/client-ec2')).EC2Client(c),
  logs: (c) =>
    new (
      require('@aws-sdk/client-cloudwatch-logs') as typeof import('@aws-sdk/client-cloudwatch-logs')
    ).CloudWatchLogsClient(c),
  secrets: (c) =>
    new (
      require('@aws-sdk/client-secrets-manager') as typeof import('@aws-sdk/client-secrets-manager')
    ).SecretsManagerClient(c),
  sts: (c) => new (require('@aws-sdk/client-sts') as typeof import('@aws-sdk/client-sts')).STSClient(c),
};
/* eslint-enable @typescript-eslint/no-require-imports */

export function createClients(target: AwsTarget): AwsClients {
  const config: ClientConfig = {
    region: target.region,
    maxAttempts: target.maxAttempts ?? 8,
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
  };
  const clients = {} as AwsClients;
  for (const name of Object.keys(CLIENTS) as (keyof AwsClients)[]) {
    let client: AwsClients[typeof name] | undefined;
    Object.defineProperty(clients, name, {
      enumerable: true,
      get: () => (client ??= CLIENTS[name](config)),
      // Tests may put a client of their own in place.
      set: (value: AwsClients[typeof name]) => (client = value),
    });
  }
  return clients;
}
