import type { ContainerDefinition, RegisterTaskDefinitionCommandInput, TaskDefinition } from '@aws-sdk/client-ecs';
import { AwsClients } from './aws-clients';
import { ensureDbSubnetGroup, EnsureStatus } from './db-subnet-group';
import { DatabaseEngine, DatabaseMode, ecsTags, Environment } from './environment';
import { aws, AwsError, errorName } from './errors';
import {
  DB_PORTS,
  describeSecurityGroups,
  ensureDatabaseSecurityGroup,
  ensureTaskSecurityGroup,
  resolveNetwork,
} from './network';
import { DB_NAME, DbWaitOptions, describeDbInstance, ensureDbInstance } from './rds-instance';
import { describeSecretArn, ensureSecret, GeneratedSecret, secretName } from './secrets';
import { dropRetriedDuplicate } from './task-definitions';

export { EnsureStatus };

/** ECS names of the container-mode database: task family/service component, container, Cloud Map service. */
export const DATABASE_COMPONENT = 'database';
export const DATABASE_CONTAINER = 'database';
export const DATABASE_DISCOVERY_NAME = 'database';
export const CONTAINER_DB_USER = 'airflow';

/** Docker's official images through ECR Public (same images as Docker Hub, without its pull limits). */
export const DATABASE_IMAGES: Record<DatabaseEngine, string> = {
  postgres: 'public.ecr.aws/docker/library/postgres:16',
  mysql: 'public.ecr.aws/docker/library/mysql:8.4',
};
const CONTAINER_SIZE: Record<DatabaseEngine, { cpu: number; memory: number }> = {
  postgres: { cpu: 256, memory: 512 },
  mysql: { cpu: 512, memory: 1024 },
};

/** ARNs of the values every Airflow component shares. */
export interface SharedSecretArns {
  fernetKey: string;
  jwtSecret: string;
  apiSecretKey: string;
  adminPassword: string;
}

/** What the other actions need to know about the environment's metadata database. */
export interface DatabaseInfo {
  mode: DatabaseMode;
  engine: DatabaseEngine;
  host: string;
  port: number;
  name: string;
  /** A Secrets Manager secret holding JSON {"username", "password"} (RDS-managed in rds mode). */
  secretArn: string;
  /** ECS `secrets` valueFrom for the user name and the password. */
  usernameValueFrom: string;
  passwordValueFrom: string;
  /** The group the database sits in (the container-mode service must use it). */
  securityGroupId: string;
  /** Container mode: the database task definition's latest ACTIVE revision. */
  taskDefinitionArn?: string;
  secrets: SharedSecretArns;
}

export interface ResourceResult {
  resource: string;
  name: string;
  status: EnsureStatus;
  detail?: string;
}

export interface EnsureDatabaseOptions {
  /** Called with every generated value before anything could print it (core.setSecret). */
  mask: (value: string) => void;
  wait: DbWaitOptions;
}

export interface EnsuredDatabase {
  info: DatabaseInfo;
  resources: ResourceResult[];
  warnings: string[];
}

/** The container-mode database's host name: its Cloud Map service in the environment's namespace. */
export function containerDatabaseHost(env: Environment): string {
  return `${DATABASE_DISCOVERY_NAME}.${env.names.serviceDiscoveryNamespace}`;
}

export function secretValueFrom(secretArn: string, key: string): string {
  return `${secretArn}:${key}::`;
}

const SHARED: Record<keyof SharedSecretArns, GeneratedSecret> = {
  fernetKey: 'fernet-key',
  jwtSecret: 'jwt-secret',
  apiSecretKey: 'api-secret-key',
  adminPassword: 'admin-password',
};

async function ensureSharedSecrets(
  awsClients: AwsClients,
  env: Environment,
  mask: (value: string) => void,
): Promise<{ arns: SharedSecretArns; resources: ResourceResult[] }> {
  const entries = await Promise.all(
    (Object.entries(SHARED) as [keyof SharedSecretArns, GeneratedSecret][]).map(async ([key, kind]) => {
      const made = await ensureSecret(awsClients.secrets, env, kind, mask);
      return { key, arn: made.arn, kind, created: made.created };
    }),
  );
  return {
    arns: Object.fromEntries(entries.map((e) => [e.key, e.arn])) as unknown as SharedSecretArns,
    resources: entries.map((e) => ({
      resource: 'secret',
      name: secretName(env, e.kind),
      status: e.created ? 'created' : 'unchanged',
    })),
  };
}

async function ensureSecurityGroups(awsClients: AwsClients, env: Environment, vpcId: string) {
  const tasks = await ensureTaskSecurityGroup(awsClients.ec2, env, vpcId);
  const db = await ensureDatabaseSecurityGroup(awsClients.ec2, env, vpcId, tasks.groupId);
  const status = (g: { created: boolean; changed: boolean }): EnsureStatus =>
    g.created ? 'created' : g.changed ? 'updated' : 'unchanged';
  return {
    dbGroupId: db.groupId,
    resources: [
      { resource: 'security group', name: env.names.taskSecurityGroup, status: status(tasks), detail: tasks.groupId },
      { resource: 'security group', name: env.names.dbSecurityGroup, status: status(db), detail: db.groupId },
    ] as ResourceResult[],
  };
}

/**
 * Everything the environment's metadata database needs, in the environment's mode, plus the
 * shared generated secrets. Independent steps run concurrently.
 */
export async function ensureDatabase(
  awsClients: AwsClients,
  env: Environment,
  options: EnsureDatabaseOptions,
): Promise<EnsuredDatabase> {
  return env.database === 'rds'
    ? ensureRdsDatabase(awsClients, env, options)
    : ensureContainerDatabase(awsClients, env, options);
}

async function ensureRdsDatabase(
  awsClients: AwsClients,
  env: Environment,
  options: EnsureDatabaseOptions,
): Promise<EnsuredDatabase> {
  const database = async () => {
    const network = await resolveNetwork(awsClients.ec2, env);
    const [subnetGroup, groups] = await Promise.all([
      ensureDbSubnetGroup(awsClients.rds, env, network.subnetIds),
      ensureSecurityGroups(awsClients, env, network.vpcId),
    ]);
    const instance = await ensureDbInstance(
      awsClients.rds,
      env,
      { subnetGroup: subnetGroup.name, securityGroupId: groups.dbGroupId },
      options.wait,
    );
    return { subnetGroup, groups, instance };
  };
  const [shared, { subnetGroup, groups, instance }] = await Promise.all([
    ensureSharedSecrets(awsClients, env, options.mask),
    database(),
  ]);
  const info = rdsInfo(env, instance.instance, groups.dbGroupId, shared.arns);
  return {
    info,
    resources: [
      { resource: 'DB subnet group', name: subnetGroup.name, status: subnetGroup.status },
      ...groups.resources,
      {
        resource: 'RDS instance',
        name: instance.identifier,
        status: instance.status,
        detail: instance.changes.join('; ') || undefined,
      },
      ...shared.resources,
    ],
    warnings: instance.warnings.map((w) => `RDS instance ${instance.identifier}: ${w}`),
  };
}

function rdsInfo(
  env: Environment,
  instance: Awaited<ReturnType<typeof describeDbInstance>>,
  securityGroupId: string,
  secrets: SharedSecretArns,
): DatabaseInfo {
  const id = env.names.dbInstance;
  const host = instance?.Endpoint?.Address;
  const secretArn = instance?.MasterUserSecret?.SecretArn;
  if (!instance) throw new Error(`RDS instance ${id} does not exist: run provision-rds for environment ${env.name}`);
  if (!host || !secretArn) {
    throw new Error(
      `RDS instance ${id} is ${instance.DBInstanceStatus ?? 'not ready'} and has no ${host ? 'managed master secret' : 'endpoint'} yet: run provision-rds for environment ${env.name}`,
    );
  }
  return {
    mode: 'rds',
    engine: env.engine,
    host,
    port: instance.Endpoint?.Port ?? DB_PORTS[env.engine],
    name: instance.DBName ?? DB_NAME,
    secretArn,
    usernameValueFrom: secretValueFrom(secretArn, 'username'),
    passwordValueFrom: secretValueFrom(secretArn, 'password'),
    securityGroupId,
    secrets,
  };
}

async function ensureContainerDatabase(
  awsClients: AwsClients,
  env: Environment,
  options: EnsureDatabaseOptions,
): Promise<EnsuredDatabase> {
  const groups = async () => ensureSecurityGroups(awsClients, env, (await resolveNetwork(awsClients.ec2, env)).vpcId);
  const [shared, credentials, network, executionRoleArn] = await Promise.all([
    ensureSharedSecrets(awsClients, env, options.mask),
    ensureSecret(awsClients.secrets, env, 'database', options.mask),
    groups(),
    executionRoleArnOf(awsClients.sts, env),
  ]);
  const taskDefinition = await ensureDatabaseTaskDefinition(awsClients.ecs, env, {
    secretArn: credentials.arn,
    executionRoleArn,
  });
  return {
    info: containerInfo(env, credentials.arn, network.dbGroupId, taskDefinition.arn, shared.arns),
    resources: [
      ...network.resources,
      {
        resource: 'secret',
        name: secretName(env, 'database'),
        status: credentials.created ? 'created' : 'unchanged',
      },
      {
        resource: 'task definition',
        name: env.names.taskFamily(DATABASE_COMPONENT),
        status: taskDefinition.status,
        detail: taskDefinition.arn,
      },
      ...shared.resources,
    ],
    warnings: [],
  };
}

function containerInfo(
  env: Environment,
  secretArn: string,
  securityGroupId: string,
  taskDefinitionArn: string | undefined,
  secrets: SharedSecretArns,
): DatabaseInfo {
  return {
    mode: 'container',
    engine: env.engine,
    host: containerDatabaseHost(env),
    port: DB_PORTS[env.engine],
    name: DB_NAME,
    secretArn,
    usernameValueFrom: secretValueFrom(secretArn, 'username'),
    passwordValueFrom: secretValueFrom(secretArn, 'password'),
    securityGroupId,
    taskDefinitionArn,
    secrets,
  };
}

/** The execution role register-task-defs creates, as an ARN in the caller's account and partition. */
export async function executionRoleArnOf(sts: AwsClients['sts'], env: Environment): Promise<string> {
  const me = await aws('GetCallerIdentity', 'the AWS account', () => sts.getCallerIdentity({}));
  const partition = me.Arn?.split(':')[1] || 'aws';
  return `arn:${partition}:iam::${me.Account}:role/${env.names.executionRole}`;
}

/** The database container's task definition: credentials only through ECS `secrets`. */
export function databaseTaskDefinition(
  env: Environment,
  refs: { secretArn: string; executionRoleArn: string },
): RegisterTaskDefinitionCommandInput {
  const { cpu, memory } = CONTAINER_SIZE[env.engine];
  const port = DB_PORTS[env.engine];
  const password = secretValueFrom(refs.secretArn, 'password');
  const postgres = env.engine === 'postgres';
  const container: ContainerDefinition = {
    name: DATABASE_CONTAINER,
    image: DATABASE_IMAGES[env.engine],
    essential: true,
    // moto refuses to run a task whose containers have no memory; Fargate accepts it too.
    memory,
    portMappings: [{ containerPort: port, protocol: 'tcp', name: DATABASE_DISCOVERY_NAME }],
    environment: postgres
      ? [
          { name: 'POSTGRES_DB', value: DB_NAME },
          { name: 'POSTGRES_USER', value: CONTAINER_DB_USER },
        ]
      : [
          { name: 'MYSQL_DATABASE', value: DB_NAME },
          { name: 'MYSQL_USER', value: CONTAINER_DB_USER },
        ],
    // Root gets the same password: MySQL's random root password would be printed to the logs.
    secrets: postgres
      ? [{ name: 'POSTGRES_PASSWORD', valueFrom: password }]
      : [
          { name: 'MYSQL_PASSWORD', valueFrom: password },
          { name: 'MYSQL_ROOT_PASSWORD', valueFrom: password },
        ],
    healthCheck: {
      command: postgres
        ? ['CMD-SHELL', `pg_isready -h 127.0.0.1 -U ${CONTAINER_DB_USER} -d ${DB_NAME}`]
        : ['CMD-SHELL', 'mysqladmin ping -h 127.0.0.1 --silent'],
      interval: 10,
      timeout: 5,
      retries: 5,
      startPeriod: 30,
    },
    stopTimeout: 30,
    logConfiguration: {
      logDriver: 'awslogs',
      options: {
        'awslogs-group': env.names.logGroup,
        'awslogs-region': env.region,
        'awslogs-stream-prefix': DATABASE_COMPONENT,
      },
    },
  };
  return {
    family: env.names.taskFamily(DATABASE_COMPONENT),
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: String(cpu),
    memory: String(memory),
    executionRoleArn: refs.executionRoleArn,
    containerDefinitions: [container],
    tags: ecsTags(env),
  };
}

/** True when every field `want` sets has the same value in `have` (AWS adds defaults of its own). */
export function sameContent(want: unknown, have: unknown): boolean {
  if (Array.isArray(want)) {
    return Array.isArray(have) && want.length === have.length && want.every((w, i) => sameContent(w, have[i]));
  }
  if (want !== null && typeof want === 'object') {
    if (have === null || typeof have !== 'object') return false;
    return Object.entries(want).every(
      ([k, v]) => v === undefined || sameContent(v, (have as Record<string, unknown>)[k]),
    );
  }
  return want === have;
}

function taskDefinitionUnchanged(want: RegisterTaskDefinitionCommandInput, have: TaskDefinition): boolean {
  return sameContent({ ...want, family: undefined, tags: undefined }, have);
}

async function latestTaskDefinition(ecs: AwsClients['ecs'], family: string): Promise<TaskDefinition | undefined> {
  try {
    return (await ecs.describeTaskDefinition({ taskDefinition: family })).taskDefinition;
  } catch (err) {
    // ECS answers a family with no ACTIVE revision with a ClientException, not a NotFound.
    if (errorName(err) === 'ClientException' && /Unable to describe task definition/i.test(String(err))) {
      return undefined;
    }
    throw new AwsError(`task definition ${family}`, 'DescribeTaskDefinition', err);
  }
}

/** Registers a new revision only when the content differs from the latest ACTIVE one. */
export async function ensureDatabaseTaskDefinition(
  ecs: AwsClients['ecs'],
  env: Environment,
  refs: { secretArn: string; executionRoleArn: string },
): Promise<{ arn: string; status: EnsureStatus }> {
  const want = databaseTaskDefinition(env, refs);
  const family = want.family as string;
  const latest = await latestTaskDefinition(ecs, family);
  if (latest && taskDefinitionUnchanged(want, latest)) {
    return { arn: latest.taskDefinitionArn as string, status: 'unchanged' };
  }
  const made = await aws('RegisterTaskDefinition', `task definition ${family}`, () => ecs.registerTaskDefinition(want));
  const def = made.taskDefinition as TaskDefinition;
  await dropRetriedDuplicate(ecs, def, latest?.revision, (earlier) => taskDefinitionUnchanged(want, earlier));
  return { arn: def.taskDefinitionArn as string, status: latest ? 'updated' : 'created' };
}

async function sharedSecretArns(awsClients: AwsClients, env: Environment): Promise<SharedSecretArns> {
  const entries = await Promise.all(
    (Object.entries(SHARED) as [keyof SharedSecretArns, GeneratedSecret][]).map(async ([key, kind]) => {
      const arn = await describeSecretArn(awsClients.secrets, env, kind);
      if (!arn) {
        throw new Error(
          `secret ${secretName(env, kind)} does not exist: run provision-rds for environment ${env.name}`,
        );
      }
      return [key, arn] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as SharedSecretArns;
}

async function databaseGroupId(awsClients: AwsClients, env: Environment): Promise<string> {
  const group = (await describeSecurityGroups(awsClients.ec2, env)).find(
    (g) => g.GroupName === env.names.dbSecurityGroup,
  );
  if (!group?.GroupId) {
    throw new Error(
      `security group ${env.names.dbSecurityGroup} does not exist: run provision-rds for environment ${env.name}`,
    );
  }
  return group.GroupId;
}

/**
 * Finds the environment's database and shared secrets by their deterministic names, without
 * changing anything (for the actions that run after provision-rds with only the environment name).
 */
export async function describeDatabase(awsClients: AwsClients, env: Environment): Promise<DatabaseInfo> {
  if (env.database === 'rds') {
    const [instance, groupId, secrets] = await Promise.all([
      describeDbInstance(awsClients.rds, env),
      databaseGroupId(awsClients, env),
      sharedSecretArns(awsClients, env),
    ]);
    return rdsInfo(env, instance, groupId, secrets);
  }
  const [secretArn, groupId, secrets, taskDefinition] = await Promise.all([
    describeSecretArn(awsClients.secrets, env, 'database'),
    databaseGroupId(awsClients, env),
    sharedSecretArns(awsClients, env),
    latestTaskDefinition(awsClients.ecs, env.names.taskFamily(DATABASE_COMPONENT)),
  ]);
  if (!secretArn) {
    throw new Error(
      `secret ${secretName(env, 'database')} does not exist: run provision-rds for environment ${env.name}`,
    );
  }
  return containerInfo(env, secretArn, groupId, taskDefinition?.taskDefinitionArn, secrets);
}
