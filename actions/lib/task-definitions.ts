import type {
  ContainerDefinition,
  KeyValuePair,
  RegisterTaskDefinitionCommandInput,
  Secret,
  TaskDefinition,
  Tag,
  Volume,
} from '@aws-sdk/client-ecs';
import type { ImageDetail } from '@aws-sdk/client-ecr';
import { AwsClients } from './aws-clients';
import { COMPONENTS, Component } from './config';
import { DatabaseInfo, describeDatabase, SharedSecretArns } from './database';
import { ecsTags, Environment } from './environment';
import { aws, AwsError, errorName, isNotFound } from './errors';
import { ArnContext, canonicalJson, EnsureStatus } from './iam-roles';
import { API_PORT } from './network';

/** The long-running Airflow components, one ECS service each (the worker is run by the executor). */
export const SERVICE_COMPONENTS = ['api-server', 'scheduler', 'dag-processor', 'triggerer'] as const;
export type ServiceComponent = (typeof SERVICE_COMPONENTS)[number];

/** Every task definition's one container; the ECS executor's `container_name` for workers. */
export const CONTAINER_NAME = 'airflow';
/** Init containers: the long-running container starts only after they exit 0. */
export const MIGRATE_CONTAINER = 'migrate';
export const ADMIN_USER_CONTAINER = 'admin-user';
/** Soft memory reservation of each init container; the `airflow` container reserves the rest. */
export const INIT_MEMORY_RESERVATION = 128;
export const SCHEDULER_HEALTH_PORT = 8974;
/** Our image's entrypoint (airflow-image/Dockerfile): builds the database URL, then the official one. */
export const ENTRYPOINT_WRAPPER = '/opt/airflow/entrypoint-wrapper.sh';
/** A connection without keys: boto3 then uses the task role. Remote logging and the executor use it. */
export const TASK_ROLE_CONN_ID = 'aws_task_role';
export const TAG_COMPONENT = 'airflow-fargate:component';

export const ECS_EXECUTOR = 'airflow.providers.amazon.aws.executors.ecs.ecs_executor.AwsEcsExecutor';
export const FAB_AUTH_MANAGER = 'airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager';
export const SECRETS_MANAGER_BACKEND = 'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend';

/** Where workers reach the api-server: its Cloud Map name (run-airflow registers the service). */
export function apiServerHost(env: Environment): string {
  return `api-server.${env.names.serviceDiscoveryNamespace}`;
}

export function executionApiUrl(env: Environment): string {
  return `http://${apiServerHost(env)}:${API_PORT}/execution/`;
}

/**
 * Default-VPC subnets are public and have no NAT: tasks need a public IP to pull the image.
 * Configured subnets are assumed private with a route out.
 */
export function assignPublicIp(env: Environment): boolean {
  return !env.subnetIds?.length;
}

export function secretsBackendPrefixes(env: Environment): { connections: string; variables: string } {
  return { connections: `${env.names.secretPrefix}/connections`, variables: `${env.names.secretPrefix}/variables` };
}

/**
 * What provision-rds made (the database and the shared secrets), found by deterministic names.
 * One function, so the action depends on provision-rds only through it.
 */
export function findProvisioned(clients: AwsClients, env: Environment): Promise<DatabaseInfo> {
  return describeDatabase(clients, env);
}

/** The Google client's secret: JSON with `client_id` and `client_secret`. */
export async function findOAuthSecretArn(client: AwsClients['secrets'], env: Environment): Promise<string | undefined> {
  if (!env.oauth) return undefined;
  const name = env.oauth.secretName;
  try {
    const found = await client.describeSecret({ SecretId: name });
    if (!found.DeletedDate) return found.ARN as string;
  } catch (err) {
    if (!isNotFound(err)) throw new AwsError(`secret ${name}`, 'DescribeSecret', err);
  }
  throw new Error(
    `oauth.secretName: secret "${name}" does not exist in ${env.region}. Create it with JSON keys "client_id" and "client_secret" from your Google OAuth client.`,
  );
}

const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)/;

/** The ECR repository an image is pulled from, when it is an ECR image. */
export function ecrRepositoryArnOf(image: string, partition: string): string | undefined {
  const m = ECR_IMAGE.exec(image);
  return m ? `arn:${partition}:ecr:${m[2]}:${m[1]}:repository/${m[3]}` : undefined;
}

export function projectRepositoryArn(env: Environment, ctx: ArnContext): string {
  return `arn:${ctx.partition}:ecr:${ctx.region}:${ctx.account}:repository/${env.names.ecrRepository}`;
}

/**
 * The image when none is given: what the environment runs now (its scheduler's latest active
 * revision), else the newest image pushed to the project's repository.
 */
export async function defaultImage(
  clients: { ecs: AwsClients['ecs']; ecr: AwsClients['ecr'] },
  env: Environment,
): Promise<string> {
  const current = await describeLatest(clients.ecs, env.names.taskFamily('scheduler'));
  const running = current?.containerDefinitions?.find((c) => c.name === CONTAINER_NAME)?.image;
  if (running) return running;

  const repository = env.names.ecrRepository;
  const images: ImageDetail[] = [];
  let uri: string | undefined;
  try {
    const repo = await clients.ecr.describeRepositories({ repositoryNames: [repository] });
    uri = repo.repositories?.[0]?.repositoryUri;
    let nextToken: string | undefined;
    do {
      const page = await clients.ecr.describeImages({ repositoryName: repository, nextToken });
      images.push(...(page.imageDetails ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
  } catch (err) {
    if (!isNotFound(err)) throw new AwsError(`ECR repository ${repository}`, 'DescribeImages', err);
  }
  const newest = images
    .filter((i) => i.imageDigest)
    .sort((a, b) => (b.imagePushedAt?.getTime() ?? 0) - (a.imagePushedAt?.getTime() ?? 0))[0];
  if (!uri || !newest) {
    throw new Error(
      `no image for environment ${env.name}: it has no task definitions yet and ECR repository ${repository} has no images. Run build-push-image first, or give the input "image".`,
    );
  }
  return `${uri}@${newest.imageDigest}`;
}

/** Everything the task definitions are built from. */
export interface TaskDefinitionInput {
  env: Environment;
  image: string;
  executionRoleArn: string;
  taskRoleArn: string;
  logGroup: string;
  bucket: string;
  logPrefix: string;
  subnetIds: string[];
  securityGroupIds: string[];
  /** The database and shared secrets (provision-rds's describeDatabase). */
  database: DatabaseInfo;
  oauthSecretArn?: string;
  /** The environment's EFS volume holding the DAG bundle; without it, DAGs come from the image. */
  bundleVolume?: BundleVolume;
}

/** The EFS file system and access point (owned by the Airflow user) every task mounts. */
export interface BundleVolume {
  fileSystemId: string;
  accessPointId: string;
}

/** Where the volume is mounted: the sync task fills it from S3 with dags/, plugins/ and config/. */
export const BUNDLE_PATH = '/opt/airflow/bundle';
export const BUNDLE_VOLUME = 'bundle';
export const DAG_FOLDER_REFRESH_SECONDS = 30;

/** Airflow reads DAGs, plugins, webserver_config.py and the logging config from the volume. */
export function bundleSettings(): Record<string, string> {
  return {
    AIRFLOW__CORE__DAGS_FOLDER: `${BUNDLE_PATH}/dags`,
    AIRFLOW__CORE__PLUGINS_FOLDER: `${BUNDLE_PATH}/plugins`,
    AIRFLOW__FAB__CONFIG_FILE: `${BUNDLE_PATH}/config/webserver_config.py`,
    // log_config.py: before the image's copy in $AIRFLOW_HOME/config, which Airflow appends.
    PYTHONPATH: `${BUNDLE_PATH}/config`,
    // How soon the dag-processor sees a DAG file a DAG-only deploy added or deleted (default 300 s);
    // changed files are re-read on their own, shorter cycle.
    AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL: String(DAG_FOLDER_REFRESH_SECONDS),
  };
}

export function bundleVolumes(volume: BundleVolume): Volume[] {
  return [
    {
      name: BUNDLE_VOLUME,
      efsVolumeConfiguration: {
        fileSystemId: volume.fileSystemId,
        // An access point requires encryption in transit.
        transitEncryption: 'ENABLED',
        authorizationConfig: { accessPointId: volume.accessPointId, iam: 'DISABLED' },
      },
    },
  ];
}

const pairs = (vars: Record<string, string>): KeyValuePair[] =>
  Object.entries(vars)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => ({ name, value }));
const secretRefs = (vars: Record<string, string>): Secret[] =>
  Object.entries(vars)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, valueFrom]) => ({ name, valueFrom }));

/** Plain settings every container gets: none of them is a secret. */
function commonEnvironment(input: TaskDefinitionInput): Record<string, string> {
  const e = input.env;
  const prefixes = secretsBackendPrefixes(e);
  const issuer = `airflow-fargate:${e.names.stem}`;
  return {
    AIRFLOW__CORE__EXECUTOR: ECS_EXECUTOR,
    AIRFLOW__AWS_ECS_EXECUTOR__REGION_NAME: e.region,
    AIRFLOW__AWS_ECS_EXECUTOR__CLUSTER: e.names.cluster,
    AIRFLOW__AWS_ECS_EXECUTOR__CONTAINER_NAME: CONTAINER_NAME,
    // The family without a revision: RunTask then takes the latest active worker revision.
    AIRFLOW__AWS_ECS_EXECUTOR__TASK_DEFINITION: e.names.taskFamily('worker'),
    AIRFLOW__AWS_ECS_EXECUTOR__LAUNCH_TYPE: 'FARGATE',
    AIRFLOW__AWS_ECS_EXECUTOR__SUBNETS: input.subnetIds.join(','),
    AIRFLOW__AWS_ECS_EXECUTOR__SECURITY_GROUPS: input.securityGroupIds.join(','),
    AIRFLOW__AWS_ECS_EXECUTOR__ASSIGN_PUBLIC_IP: assignPublicIp(e) ? 'True' : 'False',
    AIRFLOW__AWS_ECS_EXECUTOR__CONN_ID: TASK_ROLE_CONN_ID,
    AIRFLOW__CORE__EXECUTION_API_SERVER_URL: executionApiUrl(e),
    AIRFLOW__CORE__AUTH_MANAGER: FAB_AUTH_MANAGER,
    AIRFLOW__CORE__LOAD_EXAMPLES: 'False',
    AIRFLOW__API_AUTH__JWT_ISSUER: issuer,
    AIRFLOW__API_AUTH__JWT_AUDIENCE: issuer,
    AIRFLOW__LOGGING__REMOTE_LOGGING: 'True',
    AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER: `s3://${input.bucket}/${input.logPrefix}`,
    AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID: TASK_ROLE_CONN_ID,
    AIRFLOW__LOGGING__LOGGING_CONFIG_CLASS: 'log_config.LOGGING_CONFIG',
    AIRFLOW__LOGGING__JSON_LOGS: 'True',
    [`AIRFLOW_CONN_${TASK_ROLE_CONN_ID.toUpperCase()}`]: JSON.stringify({
      conn_type: 'aws',
      extra: { region_name: e.region },
    }),
    AIRFLOW__SECRETS__BACKEND: SECRETS_MANAGER_BACKEND,
    AIRFLOW__SECRETS__BACKEND_KWARGS: JSON.stringify({
      connections_prefix: prefixes.connections,
      variables_prefix: prefixes.variables,
      // Config lookups would read outside the prefixes the roles may read.
      config_prefix: null,
      region_name: e.region,
    }),
  };
}

function sharedSecrets(s: SharedSecretArns): Record<string, string> {
  return {
    AIRFLOW__CORE__FERNET_KEY: s.fernetKey,
    AIRFLOW__API_AUTH__JWT_SECRET: s.jwtSecret,
    AIRFLOW__API__SECRET_KEY: s.apiSecretKey,
  };
}

/** The separate parts the entrypoint wrapper builds the database URL from. */
function databaseParts(db: DatabaseInfo): { plain: Record<string, string>; secret: Record<string, string> } {
  return {
    plain: {
      AIRFLOW_DB_ENGINE: db.engine,
      AIRFLOW_DB_HOST: db.host,
      AIRFLOW_DB_PORT: String(db.port),
      AIRFLOW_DB_NAME: db.name,
    },
    secret: { AIRFLOW_DB_USER: db.usernameValueFrom, AIRFLOW_DB_PASSWORD: db.passwordValueFrom },
  };
}

function healthCheck(component: Component): ContainerDefinition['healthCheck'] {
  switch (component) {
    case 'api-server':
      return {
        command: [
          'CMD-SHELL',
          `curl --fail --silent --max-time 5 http://localhost:${API_PORT}/api/v2/monitor/health || exit 1`,
        ],
        interval: 30,
        timeout: 10,
        retries: 5,
        startPeriod: 120,
      };
    case 'scheduler':
      return {
        command: [
          'CMD-SHELL',
          `curl --fail --silent --max-time 5 http://localhost:${SCHEDULER_HEALTH_PORT}/health || exit 1`,
        ],
        interval: 30,
        timeout: 10,
        retries: 5,
        startPeriod: 120,
      };
    case 'dag-processor':
    case 'triggerer': {
      // A health check runs outside the entrypoint, so it goes through the wrapper to get the
      // database URL; it skips the wrapper's wait for the database. It starts Python, hence rarely.
      const job = component === 'triggerer' ? 'TriggererJob' : 'DagProcessorJob';
      return {
        command: [
          'CMD-SHELL',
          `CONNECTION_CHECK_MAX_COUNT=0 ${ENTRYPOINT_WRAPPER} airflow jobs check --job-type ${job} --local || exit 1`,
        ],
        interval: 120,
        timeout: 60,
        retries: 3,
        startPeriod: 180,
      };
    }
    default:
      return undefined;
  }
}

/** The container definition of one component (pure: no AWS call). */
export function containerDefinition(input: TaskDefinitionInput, component: Component): ContainerDefinition {
  const e = input.env;
  const plain = commonEnvironment(input);
  const secret = sharedSecrets(input.database.secrets);
  if (component === 'worker') {
    // Workers talk to the execution API only: no database credentials, and no wait for a database.
    plain.AIRFLOW_DB_REQUIRED = 'false';
    plain.CONNECTION_CHECK_MAX_COUNT = '0';
  } else {
    const db = databaseParts(input.database);
    Object.assign(plain, db.plain);
    Object.assign(secret, db.secret);
  }
  if (component === 'scheduler') plain.AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK = 'True';
  if (input.bundleVolume) Object.assign(plain, bundleSettings());
  if (component === 'api-server') {
    // Airflow starts one API worker process; a bigger task gets one per half vCPU.
    plain.AIRFLOW__API__WORKERS = String(Math.max(1, Math.floor(e.sizes['api-server'].cpu / 512)));
    if (e.oauth && input.oauthSecretArn) {
      secret.GOOGLE_OAUTH_CLIENT_ID = `${input.oauthSecretArn}:client_id::`;
      secret.GOOGLE_OAUTH_CLIENT_SECRET = `${input.oauthSecretArn}:client_secret::`;
      plain.AIRFLOW_OAUTH_DEFAULT_ROLE = e.oauth.defaultRole;
    }
  }
  const definition: ContainerDefinition = {
    name: CONTAINER_NAME,
    image: input.image,
    essential: true,
    // Fargate accepts a container limit equal to the task's; the emulator's RunTask needs one.
    memory: e.sizes[component].memory,
    environment: pairs(plain),
    secrets: secretRefs(secret),
    logConfiguration: {
      logDriver: 'awslogs',
      options: {
        'awslogs-group': input.logGroup,
        'awslogs-region': e.region,
        'awslogs-stream-prefix': component,
        mode: 'non-blocking',
        'max-buffer-size': '25m',
      },
    },
  };
  // The executor replaces the worker's command with the workload to run.
  if (component !== 'worker') definition.command = [component];
  if (component === 'api-server') definition.portMappings = [{ containerPort: API_PORT, protocol: 'tcp' }];
  if (input.bundleVolume) {
    definition.mountPoints = [{ sourceVolume: BUNDLE_VOLUME, containerPath: BUNDLE_PATH, readOnly: true }];
  }
  const check = healthCheck(component);
  if (check) definition.healthCheck = check;
  return definition;
}

/**
 * Creates the admin user from the admin-password secret unless it exists, with Airflow's FAB
 * security manager. Both values come from the environment (ECS `secrets`), never from a command
 * line; any failure exits non-zero, which stops the task and fails the deployment.
 */
export const ADMIN_USER_SCRIPT = `
import os, sys
from airflow.providers.fab.auth_manager.cli_commands.utils import get_application_builder
from airflow.utils.providers_configuration_loader import providers_configuration_loaded

@providers_configuration_loaded
def main():
    name = os.environ["AIRFLOW_ADMIN_USERNAME"]
    password = os.environ.pop("AIRFLOW_ADMIN_PASSWORD")
    with get_application_builder() as appbuilder:
        sm = appbuilder.sm
        if sm.find_user(username=name):
            print(f'admin user "{name}" already exists')
            return
        role = sm.find_role("Admin")
        if role is None:
            sys.exit("admin user: role Admin does not exist")
        if not sm.add_user(name, "Airflow", "Admin", f"{name}@airflow.invalid", role, password):
            sys.exit(f'admin user "{name}" could not be created')
        print(f'admin user "{name}" created')

main()
`.trim();

/**
 * The components that use the database first run an init container (`essential: false`) the
 * `airflow` container depends on with SUCCESS, so a failure stops the task and the circuit breaker
 * rolls back. The api-server's runs `airflow db migrate` (and then creates the admin user); the
 * others wait for its migration with `airflow db check-migrations`: Airflow's migration lock gives
 * up after 1.8 s, so four components migrating a fresh database at once fail (the local stack
 * showed it).
 */
function withInitContainers(
  input: TaskDefinitionInput,
  component: Component,
  main: ContainerDefinition,
): ContainerDefinition[] {
  if (component === 'worker') return [main];
  const init = (name: string, command: string[], extra: Partial<ContainerDefinition> = {}): ContainerDefinition => ({
    name,
    image: main.image,
    essential: false,
    command,
    // A soft reservation: init containers exit before `airflow` starts, so they share its memory.
    memoryReservation: INIT_MEMORY_RESERVATION,
    environment: main.environment,
    secrets: main.secrets,
    // Their environment points Airflow at the bundle (log_config.py, webserver_config.py).
    ...(main.mountPoints ? { mountPoints: main.mountPoints } : {}),
    logConfiguration: main.logConfiguration,
    ...extra,
  });
  // The database may still be starting (container mode): wait up to 3 minutes, not the default 1.
  const migrateEnv = pairs({
    ...Object.fromEntries((main.environment ?? []).map((p) => [p.name as string, p.value as string])),
    CONNECTION_CHECK_MAX_COUNT: '60',
  });
  const migrate = component === 'api-server' ? ['db', 'migrate'] : ['db', 'check-migrations', '-t', '600'];
  const containers = [init(MIGRATE_CONTAINER, migrate, { environment: migrateEnv })];
  if (component === 'api-server') {
    const admin = input.database.secrets.adminPassword;
    containers.push(
      init(ADMIN_USER_CONTAINER, ['python', '-c', ADMIN_USER_SCRIPT], {
        secrets: secretRefs({
          ...Object.fromEntries((main.secrets ?? []).map((p) => [p.name as string, p.valueFrom as string])),
          AIRFLOW_ADMIN_USERNAME: `${admin}:username::`,
          AIRFLOW_ADMIN_PASSWORD: `${admin}:password::`,
        }),
        dependsOn: [{ containerName: MIGRATE_CONTAINER, condition: 'SUCCESS' }],
      }),
    );
  }
  const reserved = containers.length * INIT_MEMORY_RESERVATION;
  return [
    {
      ...main,
      // The reservations of all containers must fit in the task's memory; the hard limit stays.
      memoryReservation: (main.memory as number) - reserved,
      dependsOn: containers.map((c) => ({ containerName: c.name, condition: 'SUCCESS' })),
    },
    ...containers,
  ];
}

/** The RegisterTaskDefinition input of one component (pure). */
export function taskDefinition(input: TaskDefinitionInput, component: Component): RegisterTaskDefinitionCommandInput {
  const e = input.env;
  return {
    family: e.names.taskFamily(component),
    taskRoleArn: input.taskRoleArn,
    executionRoleArn: input.executionRoleArn,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: String(e.sizes[component].cpu),
    memory: String(e.sizes[component].memory),
    containerDefinitions: withInitContainers(input, component, containerDefinition(input, component)),
    ...(input.bundleVolume ? { volumes: bundleVolumes(input.bundleVolume) } : {}),
    tags: [...ecsTags(e), { key: TAG_COMPONENT, value: component }],
  };
}

export function taskDefinitions(input: TaskDefinitionInput): Record<Component, RegisterTaskDefinitionCommandInput> {
  return Object.fromEntries(COMPONENTS.map((c) => [c, taskDefinition(input, c)])) as Record<
    Component,
    RegisterTaskDefinitionCommandInput
  >;
}

const byName = <T extends { name?: string }>(items: T[] | undefined): T[] =>
  [...(items ?? [])].sort((a, b) => ((a.name ?? '') < (b.name ?? '') ? -1 : 1));
const orEmpty = <T>(items: T[] | undefined): T[] | undefined => (items?.length ? items : undefined);

/**
 * The parts of a task definition we set, with AWS's defaults filled in, so what we would register
 * and what ECS describes compare equal when they mean the same.
 */
export function normalizeTaskDefinition(def: RegisterTaskDefinitionCommandInput | TaskDefinition): unknown {
  return {
    family: def.family,
    taskRoleArn: def.taskRoleArn,
    executionRoleArn: def.executionRoleArn,
    networkMode: def.networkMode,
    requiresCompatibilities: [...(def.requiresCompatibilities ?? [])].sort(),
    cpu: def.cpu === undefined ? undefined : String(def.cpu),
    memory: def.memory === undefined ? undefined : String(def.memory),
    volumes: orEmpty(
      byName(def.volumes).map((v) => ({
        name: v.name,
        efs: v.efsVolumeConfiguration && {
          fileSystemId: v.efsVolumeConfiguration.fileSystemId,
          rootDirectory: v.efsVolumeConfiguration.rootDirectory ?? '/',
          transitEncryption: v.efsVolumeConfiguration.transitEncryption ?? 'DISABLED',
          accessPointId: v.efsVolumeConfiguration.authorizationConfig?.accessPointId,
          iam: v.efsVolumeConfiguration.authorizationConfig?.iam ?? 'DISABLED',
        },
      })),
    ),
    containers: byName(def.containerDefinitions).map((c) => ({
      name: c.name,
      image: c.image,
      essential: c.essential ?? true,
      command: orEmpty(c.command),
      entryPoint: orEmpty(c.entryPoint),
      cpu: c.cpu || undefined,
      memory: c.memory,
      memoryReservation: c.memoryReservation,
      portMappings: orEmpty(
        (c.portMappings ?? []).map((p) => ({
          containerPort: p.containerPort,
          hostPort: p.hostPort ?? p.containerPort,
          protocol: p.protocol ?? 'tcp',
        })),
      ),
      environment: orEmpty(byName(c.environment)),
      secrets: orEmpty(byName(c.secrets)),
      mountPoints: orEmpty(
        (c.mountPoints ?? []).map((m) => ({
          sourceVolume: m.sourceVolume,
          containerPath: m.containerPath,
          readOnly: m.readOnly ?? false,
        })),
      ),
      dependsOn: orEmpty(
        [...(c.dependsOn ?? [])]
          .map((d) => ({ containerName: d.containerName, condition: d.condition }))
          .sort((a, b) => ((a.containerName ?? '') < (b.containerName ?? '') ? -1 : 1)),
      ),
      logConfiguration: c.logConfiguration && {
        logDriver: c.logConfiguration.logDriver,
        options: c.logConfiguration.options,
      },
      healthCheck: c.healthCheck && {
        command: c.healthCheck.command,
        interval: c.healthCheck.interval ?? 30,
        timeout: c.healthCheck.timeout ?? 5,
        retries: c.healthCheck.retries ?? 3,
        startPeriod: c.healthCheck.startPeriod ?? 0,
      },
    })),
  };
}

/** The latest ACTIVE revision of a family, or undefined. */
export async function describeLatest(
  ecs: AwsClients['ecs'],
  family: string,
): Promise<(TaskDefinition & { tags?: Tag[] }) | undefined> {
  try {
    const found = await ecs.describeTaskDefinition({ taskDefinition: family, include: ['TAGS'] });
    if (found.taskDefinition?.status !== 'ACTIVE') return undefined;
    return { ...found.taskDefinition, tags: found.tags };
  } catch (err) {
    // ECS answers a family it never saw with a ClientException "Unable to describe task definition".
    if (isNotFound(err) || (errorName(err) === 'ClientException' && /unable to describe/i.test(String(err)))) {
      return undefined;
    }
    throw new AwsError(`task definition ${family}`, 'DescribeTaskDefinition', err);
  }
}

export interface EnsuredTaskDefinition {
  family: string;
  arn: string;
  revision: number;
  status: EnsureStatus;
}

const sameContent = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * ECS has no idempotency token for RegisterTaskDefinition: when it registered a revision but the
 * answer was an error (or a concurrent run registered the same content), the retry registers a
 * second, identical one. When the revision just before ours is newer than the latest we saw and
 * `same` as ours, it is deregistered, so the family keeps one ACTIVE revision of that content.
 */
export async function dropRetriedDuplicate(
  ecs: AwsClients['ecs'],
  registered: TaskDefinition,
  latestSeen: number | undefined,
  same: (earlier: TaskDefinition) => boolean,
): Promise<void> {
  const previous = (registered.revision as number) - 1;
  if (previous <= (latestSeen ?? 0)) return;
  const arn = `${registered.family}:${previous}`;
  const earlier = await aws('DescribeTaskDefinition', `task definition ${arn}`, () =>
    ecs.describeTaskDefinition({ taskDefinition: arn }),
  ).catch(() => undefined); // best effort: an identical revision left ACTIVE does no harm
  if (earlier?.taskDefinition?.status !== 'ACTIVE' || !same(earlier.taskDefinition)) return;
  await aws('DeregisterTaskDefinition', `task definition ${arn}`, () =>
    ecs.deregisterTaskDefinition({ taskDefinition: arn }),
  );
}

/** Registers a new revision only when the content differs from the latest ACTIVE one. */
export async function ensureTaskDefinition(
  ecs: AwsClients['ecs'],
  wanted: RegisterTaskDefinitionCommandInput,
): Promise<EnsuredTaskDefinition> {
  const family = wanted.family as string;
  const resource = `task definition ${family}`;
  const latest = await describeLatest(ecs, family);
  if (latest && canonicalJson(normalizeTaskDefinition(latest)) === canonicalJson(normalizeTaskDefinition(wanted))) {
    const arn = latest.taskDefinitionArn as string;
    const have = new Map((latest.tags ?? []).map((t) => [t.key, t.value]));
    const missing = (wanted.tags ?? []).filter((t) => have.get(t.key) !== t.value);
    if (missing.length) {
      await aws('TagResource', resource, () => ecs.tagResource({ resourceArn: arn, tags: missing }));
    }
    return { family, arn, revision: latest.revision as number, status: missing.length ? 'updated' : 'unchanged' };
  }
  const registered = await aws('RegisterTaskDefinition', resource, () => ecs.registerTaskDefinition(wanted));
  const def = registered.taskDefinition as TaskDefinition;
  await dropRetriedDuplicate(ecs, def, latest?.revision, (earlier) =>
    sameContent(normalizeTaskDefinition(earlier), normalizeTaskDefinition(def)),
  );
  return {
    family,
    arn: def.taskDefinitionArn as string,
    revision: def.revision as number,
    status: latest ? 'updated' : 'created',
  };
}

/** All five families, registered in parallel. */
export async function ensureTaskDefinitions(
  ecs: AwsClients['ecs'],
  input: TaskDefinitionInput,
): Promise<Record<Component, EnsuredTaskDefinition>> {
  const defs = taskDefinitions(input);
  const results = await Promise.all(COMPONENTS.map((c) => ensureTaskDefinition(ecs, defs[c])));
  return Object.fromEntries(COMPONENTS.map((c, i) => [c, results[i]])) as Record<Component, EnsuredTaskDefinition>;
}

export async function describeTaskDefinitions(
  ecs: AwsClients['ecs'],
  env: Environment,
): Promise<Partial<Record<Component, TaskDefinition>>> {
  const found = await Promise.all(COMPONENTS.map((c) => describeLatest(ecs, env.names.taskFamily(c))));
  return Object.fromEntries(COMPONENTS.flatMap((c, i) => (found[i] ? [[c, found[i]]] : [])));
}

/** Deregisters every ACTIVE revision of the environment's families; returns the ARNs. */
export async function destroyTaskDefinitions(ecs: AwsClients['ecs'], env: Environment): Promise<string[]> {
  const deregistered: string[] = [];
  for (const component of COMPONENTS) {
    const family = env.names.taskFamily(component);
    let nextToken: string | undefined;
    do {
      const page = await aws('ListTaskDefinitions', `task definitions ${family}`, () =>
        ecs.listTaskDefinitions({ familyPrefix: family, status: 'ACTIVE', nextToken }),
      );
      for (const arn of page.taskDefinitionArns ?? []) {
        // familyPrefix also matches longer families (…-worker and …-worker2): keep to ours.
        if (arn.split('/').pop()?.replace(/:\d+$/, '') !== family) continue;
        await aws('DeregisterTaskDefinition', `task definition ${arn}`, () =>
          ecs.deregisterTaskDefinition({ taskDefinition: arn }),
        );
        deregistered.push(arn);
      }
      nextToken = page.nextToken;
    } while (nextToken);
  }
  return deregistered;
}
