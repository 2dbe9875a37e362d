import type { CloudWatchLogs } from '@aws-sdk/client-cloudwatch-logs';
import type { EC2 } from '@aws-sdk/client-ec2';
import type { ECR } from '@aws-sdk/client-ecr';
import type { ECS } from '@aws-sdk/client-ecs';
import type { EFS } from '@aws-sdk/client-efs';
import type { IAM } from '@aws-sdk/client-iam';
import type { RDS } from '@aws-sdk/client-rds';
import type { ResourceGroupsTaggingAPI } from '@aws-sdk/client-resource-groups-tagging-api';
import type { S3 } from '@aws-sdk/client-s3';
import type { SecretsManager } from '@aws-sdk/client-secrets-manager';
import type { ServiceDiscovery } from '@aws-sdk/client-servicediscovery';
import type { STS } from '@aws-sdk/client-sts';
import type * as Ec2Sdk from './sdk/ec2';
import type * as EcrSdk from './sdk/ecr';
import type * as EcsSdk from './sdk/ecs';
import type * as EfsSdk from './sdk/efs';
import type * as IamSdk from './sdk/iam';
import type * as LogsSdk from './sdk/logs';
import type * as RdsSdk from './sdk/rds';
import type * as S3Sdk from './sdk/s3';
import type * as SecretsSdk from './sdk/secrets';
import type * as ServiceDiscoverySdk from './sdk/servicediscovery';
import type * as StsSdk from './sdk/sts';
import type * as TaggingSdk from './sdk/tagging';

/** Where the clients talk to: real AWS, or any endpoint that speaks its protocols (the emulator). */
export interface AwsTarget {
  region: string;
  /** Overrides every service's endpoint; taken from AWS_ENDPOINT_URL when not given. */
  endpoint?: string;
  maxAttempts?: number;
}

/** The aggregated client's method for each command the service's sdk/ module exports. */
type CommandMethods<Sdk, Aggregated> = {
  [K in keyof Sdk]: K extends `${infer Name}Command` ? Uncapitalize<Name> : never;
}[keyof Sdk] &
  keyof Aggregated;

/**
 * One service's client as the library uses it: the SDK's aggregated client narrowed to the
 * commands listed in actions/lib/sdk/<service>.ts (a call to any other does not compile), plus
 * `send` and `destroy`. A real aggregated client (`new ECS(...)`) fits wherever one is expected.
 */
export type ServiceClient<Sdk, Aggregated> = Pick<
  Aggregated,
  Extract<CommandMethods<Sdk, Aggregated> | 'send' | 'destroy', keyof Aggregated>
>;

export interface AwsClients {
  ecs: ServiceClient<typeof EcsSdk, ECS>;
  ecr: ServiceClient<typeof EcrSdk, ECR>;
  rds: ServiceClient<typeof RdsSdk, RDS>;
  s3: ServiceClient<typeof S3Sdk, S3>;
  iam: ServiceClient<typeof IamSdk, IAM>;
  ec2: ServiceClient<typeof Ec2Sdk, EC2>;
  efs: ServiceClient<typeof EfsSdk, EFS>;
  logs: ServiceClient<typeof LogsSdk, CloudWatchLogs>;
  secrets: ServiceClient<typeof SecretsSdk, SecretsManager>;
  sts: ServiceClient<typeof StsSdk, STS>;
  servicediscovery: ServiceClient<typeof ServiceDiscoverySdk, ServiceDiscovery>;
  tagging: ServiceClient<typeof TaggingSdk, ResourceGroupsTaggingAPI>;
}

export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): AwsTarget {
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) {
    throw new Error('No AWS region: set AWS_REGION (for example us-east-1).');
  }
  return { region, endpoint: env.AWS_ENDPOINT_URL || undefined };
}

type ClientConfig = { region: string; maxAttempts: number; endpoint?: string; forcePathStyle?: boolean };
type Command = new (input: unknown) => unknown;
interface SdkModule {
  Client: new (config: ClientConfig) => {
    send(command: unknown, options?: unknown): Promise<unknown>;
    destroy(): void;
  };
}

/**
 * Each service's SDK package is loaded on its first call, from a chunk file of its own (the
 * bundler splits at each import()): compiling the SDK is most of a bundle's start-up time, and
 * an action calls a few services. Only the commands its sdk/ module lists go into the chunk.
 */
const SDK: { [K in keyof AwsClients]: () => Promise<unknown> } = {
  ecs: () => import('./sdk/ecs'),
  ecr: () => import('./sdk/ecr'),
  rds: () => import('./sdk/rds'),
  s3: () => import('./sdk/s3'),
  iam: () => import('./sdk/iam'),
  ec2: () => import('./sdk/ec2'),
  efs: () => import('./sdk/efs'),
  logs: () => import('./sdk/logs'),
  secrets: () => import('./sdk/secrets'),
  sts: () => import('./sdk/sts'),
  servicediscovery: () => import('./sdk/servicediscovery'),
  tagging: () => import('./sdk/tagging'),
};

/** A client whose methods load the service's SDK and make the real client on the first call. */
function lazyClient(service: string, load: () => Promise<unknown>, config: ClientConfig): unknown {
  let sdk: Promise<SdkModule> | undefined;
  let client: InstanceType<SdkModule['Client']> | undefined;
  const call = async (command: (sdk: SdkModule & Record<string, unknown>) => unknown, options: unknown) => {
    const loaded = (await (sdk ??= load() as Promise<SdkModule>)) as SdkModule & Record<string, unknown>;
    client ??= new loaded.Client(config);
    return client.send(command(loaded), options);
  };
  const methods: Record<string, unknown> = {
    send: (command: unknown, options?: unknown) => call(() => command, options),
    destroy: () => client?.destroy(),
  };
  return new Proxy(methods, {
    get(target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      const commandName = `${name[0].toUpperCase()}${name.slice(1)}Command`;
      return (target[name] ??= (input?: unknown, options?: unknown) =>
        call((loaded) => {
          const command = loaded[commandName] as Command | undefined;
          if (!command) throw new Error(`${commandName} is not listed in actions/lib/sdk/${service}.ts`);
          return new command(input);
        }, options));
    },
  });
}

export function createClients(target: AwsTarget): AwsClients {
  const config: ClientConfig = {
    region: target.region,
    maxAttempts: target.maxAttempts ?? 8,
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
  };
  const clients: Record<string, unknown> = {};
  for (const [service, load] of Object.entries(SDK)) {
    // A custom endpoint has no per-bucket DNS names, so buckets go in the path.
    const own = service === 's3' ? { ...config, forcePathStyle: Boolean(target.endpoint) } : config;
    clients[service] = lazyClient(service, load, own);
  }
  return clients as unknown as AwsClients;
}
