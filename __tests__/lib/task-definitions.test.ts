import {
  CreateClusterCommand,
  DescribeTaskDefinitionCommand,
  RunTaskCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-ecs';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { COMPONENTS } from '../../actions/lib/config';
import { DatabaseInfo } from '../../actions/lib/database';
import { resolveEnvironment } from '../../actions/lib/environment';
import { ensureTaskSecurityGroup, resolveNetwork } from '../../actions/lib/network';
import {
  CONTAINER_NAME,
  defaultImage,
  destroyTaskDefinitions,
  ensureTaskDefinitions,
  findProvisioned,
  normalizeTaskDefinition,
  TaskDefinitionInput,
  taskDefinitions,
} from '../../actions/lib/task-definitions';
import { AwsCallRecorder } from '../support/aws-proxy';
import { provision, pushImage, uniqueProject } from '../register-task-defs/fixtures';
import { taskInput } from './bundle-fixtures';

const arn = (name: string) =>
  `arn:aws:secretsmanager:us-east-1:123456789012:secret:airflow-fargate/demo-pr-9/${name}-AbCdEf`;
const database: DatabaseInfo = {
  mode: 'container',
  engine: 'postgres',
  host: 'database.demo-pr-9.airflow.internal',
  port: 5432,
  name: 'airflow',
  secretArn: arn('database'),
  usernameValueFrom: `${arn('database')}:username::`,
  passwordValueFrom: `${arn('database')}:password::`,
  securityGroupId: 'sg-0db',
  secrets: {
    fernetKey: arn('fernet-key'),
    jwtSecret: arn('jwt-secret'),
    apiSecretKey: arn('api-secret-key'),
    adminPassword: arn('admin-password'),
  },
};

function pureInput(config: object = {}): TaskDefinitionInput {
  const env = resolveEnvironment('pr-9', { project: 'demo', ...config }, { region: 'us-east-1' });
  return {
    env,
    image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/demo/airflow@sha256:' + 'a'.repeat(64),
    executionRoleArn: 'arn:aws:iam::123456789012:role/demo-pr-9-execution',
    taskRoleArn: 'arn:aws:iam::123456789012:role/demo-pr-9-task',
    logGroup: env.names.logGroup,
    bucket: 'demo-pr-9-logs-12345678',
    logPrefix: 'task-logs',
    subnetIds: ['subnet-1', 'subnet-2'],
    securityGroupIds: ['sg-0tasks'],
    database,
    oauthSecretArn:
      config && 'oauth' in config ? 'arn:aws:secretsmanager:us-east-1:123456789012:secret:google-AbCdEf' : undefined,
  };
}

const envOf = (def: ReturnType<typeof taskDefinitions>['worker']) =>
  Object.fromEntries((def.containerDefinitions?.[0].environment ?? []).map((e) => [e.name, e.value]));
const secretsOf = (def: ReturnType<typeof taskDefinitions>['worker']) =>
  Object.fromEntries((def.containerDefinitions?.[0].secrets ?? []).map((e) => [e.name, e.valueFrom]));

// Names whose values are secret: they may only ever come through ECS `secrets`.
const SECRET_VARIABLES = [
  'AIRFLOW__CORE__FERNET_KEY',
  'AIRFLOW__API_AUTH__JWT_SECRET',
  'AIRFLOW__API__SECRET_KEY',
  'AIRFLOW_DB_USER',
  'AIRFLOW_DB_PASSWORD',
  'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN',
  'GOOGLE_OAUTH_CLIENT_ID',
  'GOOGLE_OAUTH_CLIENT_SECRET',
];

describe('task definition builders (pure)', () => {
  const defs = taskDefinitions(pureInput());

  it.each([
    ['api-server', ['api-server'], 512, 1024],
    ['scheduler', ['scheduler'], 512, 1024],
    ['dag-processor', ['dag-processor'], 256, 512],
    ['triggerer', ['triggerer'], 256, 512],
    ['worker', undefined, 256, 512],
  ] as const)(
    '%s: Fargate, awsvpc, its command, sizes, container memory, JSON logs to its stream',
    (c, command, cpu, memory) => {
      const def = defs[c];
      expect(def).toMatchObject({
        family: `demo-pr-9-${c}`,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: String(cpu),
        memory: String(memory),
      });
      const container = def.containerDefinitions?.[0];
      expect(def.containerDefinitions?.map((d) => d.name)).toEqual(
        c === 'worker'
          ? ['airflow']
          : c === 'api-server'
            ? ['airflow', 'migrate', 'admin-user']
            : ['airflow', 'migrate'],
      );
      expect(container?.name).toBe(CONTAINER_NAME);
      expect(container?.command).toEqual(command);
      expect(container?.memory).toBe(memory);
      expect(container?.logConfiguration?.options).toMatchObject({
        'awslogs-group': '/airflow-fargate/demo-pr-9',
        'awslogs-stream-prefix': c,
      });
      expect(envOf(def)).toMatchObject({ AIRFLOW__LOGGING__JSON_LOGS: 'True', AIRFLOW__CORE__LOAD_EXAMPLES: 'False' });
      expect(def.tags).toEqual(expect.arrayContaining([{ key: 'airflow-fargate:component', value: c }]));
    },
  );

  it('every container runs the ECS executor against this environment and logs tasks to its bucket prefix', () => {
    for (const c of COMPONENTS) {
      expect(envOf(defs[c])).toMatchObject({
        AIRFLOW__CORE__EXECUTOR: 'airflow.providers.amazon.aws.executors.ecs.ecs_executor.AwsEcsExecutor',
        AIRFLOW__AWS_ECS_EXECUTOR__CLUSTER: 'demo-pr-9',
        AIRFLOW__AWS_ECS_EXECUTOR__CONTAINER_NAME: 'airflow',
        AIRFLOW__AWS_ECS_EXECUTOR__TASK_DEFINITION: 'demo-pr-9-worker',
        AIRFLOW__AWS_ECS_EXECUTOR__LAUNCH_TYPE: 'FARGATE',
        AIRFLOW__AWS_ECS_EXECUTOR__SUBNETS: 'subnet-1,subnet-2',
        AIRFLOW__AWS_ECS_EXECUTOR__SECURITY_GROUPS: 'sg-0tasks',
        AIRFLOW__AWS_ECS_EXECUTOR__ASSIGN_PUBLIC_IP: 'True',
        AIRFLOW__CORE__EXECUTION_API_SERVER_URL: 'http://api-server.demo-pr-9.airflow.internal:8080/execution/',
        AIRFLOW__CORE__AUTH_MANAGER: 'airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager',
        AIRFLOW__LOGGING__REMOTE_LOGGING: 'True',
        AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER: 's3://demo-pr-9-logs-12345678/task-logs',
        AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID: 'aws_task_role',
        AIRFLOW__LOGGING__LOGGING_CONFIG_CLASS: 'log_config.LOGGING_CONFIG',
        AIRFLOW__SECRETS__BACKEND: 'airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend',
      });
      const vars = envOf(defs[c]);
      // The remote-logging connection has no keys: boto3 falls back to the task role.
      expect(JSON.parse(vars.AIRFLOW_CONN_AWS_TASK_ROLE as string)).toEqual({
        conn_type: 'aws',
        extra: { region_name: 'us-east-1' },
      });
      expect(JSON.parse(vars.AIRFLOW__SECRETS__BACKEND_KWARGS as string)).toMatchObject({
        connections_prefix: 'airflow-fargate/demo-pr-9/connections',
        variables_prefix: 'airflow-fargate/demo-pr-9/variables',
      });
    }
  });

  it('migrations (and on the api-server the admin user) run first, in init containers the airflow container needs to succeed', () => {
    for (const c of ['api-server', 'scheduler', 'dag-processor', 'triggerer'] as const) {
      const [main, migrate, ...rest] = defs[c].containerDefinitions ?? [];
      expect(migrate).toMatchObject({
        name: 'migrate',
        essential: false,
        // Only the api-server migrates; the others wait for it (concurrent migrations time out on the lock).
        command: c === 'api-server' ? ['db', 'migrate'] : ['db', 'check-migrations', '-t', '600'],
        image: main.image,
      });
      // Through the image's entrypoint wrapper, with the same database parts and secrets as Airflow itself.
      expect(migrate.entryPoint).toBeUndefined();
      expect(migrate.secrets).toEqual(main.secrets);
      expect(Object.fromEntries((migrate.environment ?? []).map((e) => [e.name, e.value]))).toMatchObject({
        ...envOf(defs[c]),
        CONNECTION_CHECK_MAX_COUNT: '60',
      });
      const needs = c === 'api-server' ? ['migrate', 'admin-user'] : ['migrate'];
      expect(main.dependsOn).toEqual(needs.map((containerName) => ({ containerName, condition: 'SUCCESS' })));
      expect(main.essential).toBe(true);
      // Every container's reservation fits in the task's memory; the airflow container keeps its hard limit.
      const reserved = (defs[c].containerDefinitions ?? []).reduce(
        (sum, d) => sum + (d.memoryReservation ?? d.memory ?? 0),
        0,
      );
      expect(reserved).toBe(Number(defs[c].memory));
      expect(main.memory).toBe(Number(defs[c].memory));
      expect(rest.map((d) => d.name)).toEqual(c === 'api-server' ? ['admin-user'] : []);
    }
    expect(defs.worker.containerDefinitions?.[0].dependsOn).toBeUndefined();
  });

  it('with the DAG bundle volume, every container Airflow runs in (init containers too) mounts it read-only', () => {
    const withVolume = taskDefinitions(taskInput('demo', true));
    for (const c of COMPONENTS) {
      const containers = withVolume[c].containerDefinitions ?? [];
      expect(containers.length).toBeGreaterThan(0);
      for (const container of containers) {
        // Their environment sends Airflow to the volume for log_config.py and webserver_config.py.
        expect(container.environment).toContainEqual({ name: 'PYTHONPATH', value: '/opt/airflow/bundle/config' });
        // A DAG file added or deleted by a DAG-only deploy is seen within 30 s, not Airflow's 300.
        expect(container.environment).toContainEqual({ name: 'AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL', value: '30' });
        expect([c, container.name, container.mountPoints]).toEqual([
          c,
          container.name,
          [{ sourceVolume: 'bundle', containerPath: '/opt/airflow/bundle', readOnly: true }],
        ]);
      }
    }
  });

  it('the admin user comes from the admin-password secret through valueFrom, after the migration', () => {
    const admin = defs['api-server'].containerDefinitions?.find((d) => d.name === 'admin-user');
    expect(admin).toMatchObject({
      essential: false,
      dependsOn: [{ containerName: 'migrate', condition: 'SUCCESS' }],
    });
    expect(admin?.command?.slice(0, 2)).toEqual(['python', '-c']);
    const secrets = Object.fromEntries((admin?.secrets ?? []).map((e) => [e.name, e.valueFrom]));
    expect(secrets).toMatchObject({
      AIRFLOW_ADMIN_USERNAME: `${arn('admin-password')}:username::`,
      AIRFLOW_ADMIN_PASSWORD: `${arn('admin-password')}:password::`,
    });
    // Neither the password nor its variable's value is on a command line or in plain env.
    expect((admin?.environment ?? []).map((e) => e.name)).not.toContain('AIRFLOW_ADMIN_PASSWORD');
    expect(admin?.command?.[2]).toContain('os.environ.pop("AIRFLOW_ADMIN_PASSWORD")');
    for (const c of COMPONENTS) {
      for (const d of defs[c].containerDefinitions ?? []) {
        const plain = (d.environment ?? []).map((e) => e.name as string);
        expect(plain.filter((n) => [...SECRET_VARIABLES, 'AIRFLOW_ADMIN_PASSWORD'].includes(n))).toEqual([]);
      }
    }
    for (const c of ['scheduler', 'dag-processor', 'triggerer', 'worker'] as const) {
      expect(JSON.stringify(defs[c])).not.toContain(arn('admin-password'));
    }
  });

  it('configured (private) subnets get no public IP', () => {
    const vars = envOf(taskDefinitions(pureInput({ subnetIds: ['subnet-0abc'] })).worker);
    expect(vars.AIRFLOW__AWS_ECS_EXECUTOR__ASSIGN_PUBLIC_IP).toBe('False');
  });

  it('every container gets the same fernet, JWT and API keys, through valueFrom only', () => {
    for (const c of COMPONENTS) {
      expect(secretsOf(defs[c])).toMatchObject({
        AIRFLOW__CORE__FERNET_KEY: arn('fernet-key'),
        AIRFLOW__API_AUTH__JWT_SECRET: arn('jwt-secret'),
        AIRFLOW__API__SECRET_KEY: arn('api-secret-key'),
      });
      expect(Object.keys(envOf(defs[c])).filter((name) => SECRET_VARIABLES.includes(name))).toEqual([]);
    }
  });

  it('components get the database parts for the entrypoint wrapper; workers get none', () => {
    for (const c of ['api-server', 'scheduler', 'dag-processor', 'triggerer'] as const) {
      expect(envOf(defs[c])).toMatchObject({
        AIRFLOW_DB_ENGINE: 'postgres',
        AIRFLOW_DB_HOST: 'database.demo-pr-9.airflow.internal',
        AIRFLOW_DB_PORT: '5432',
        AIRFLOW_DB_NAME: 'airflow',
      });
      expect(secretsOf(defs[c])).toMatchObject({
        AIRFLOW_DB_USER: `${arn('database')}:username::`,
        AIRFLOW_DB_PASSWORD: `${arn('database')}:password::`,
      });
    }
    const worker = defs.worker;
    const names = [...Object.keys(envOf(worker)), ...Object.keys(secretsOf(worker))];
    expect(names.filter((n) => /^AIRFLOW_DB_|SQL_ALCHEMY/.test(n))).toEqual(['AIRFLOW_DB_REQUIRED']);
    expect(envOf(worker)).toMatchObject({ AIRFLOW_DB_REQUIRED: 'false', CONNECTION_CHECK_MAX_COUNT: '0' });
    expect(JSON.stringify(worker)).not.toContain(arn('database'));
  });

  it('health checks: api-server and scheduler over HTTP, the others through airflow jobs check', () => {
    expect(defs['api-server'].containerDefinitions?.[0].healthCheck?.command?.[1]).toContain(
      'http://localhost:8080/api/v2/monitor/health',
    );
    expect(defs['api-server'].containerDefinitions?.[0].portMappings).toEqual([
      { containerPort: 8080, protocol: 'tcp' },
    ]);
    expect(defs.scheduler.containerDefinitions?.[0].healthCheck?.command?.[1]).toContain(
      'http://localhost:8974/health',
    );
    expect(envOf(defs.scheduler).AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK).toBe('True');
    expect(defs.triggerer.containerDefinitions?.[0].healthCheck?.command?.[1]).toContain('--job-type TriggererJob');
    expect(defs['dag-processor'].containerDefinitions?.[0].healthCheck?.command?.[1]).toContain(
      '--job-type DagProcessorJob',
    );
    expect(defs.worker.containerDefinitions?.[0].healthCheck).toBeUndefined();
    expect(defs.worker.containerDefinitions?.[0].portMappings).toBeUndefined();
  });

  it('Google sign-in reaches only the api-server, from the named secret’s JSON keys', () => {
    const oauth = taskDefinitions(
      pureInput({ oauth: { provider: 'google', secretName: 'google', defaultRole: 'User' } }),
    );
    const google = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:google-AbCdEf';
    expect(secretsOf(oauth['api-server'])).toMatchObject({
      GOOGLE_OAUTH_CLIENT_ID: `${google}:client_id::`,
      GOOGLE_OAUTH_CLIENT_SECRET: `${google}:client_secret::`,
    });
    expect(envOf(oauth['api-server']).AIRFLOW_OAUTH_DEFAULT_ROLE).toBe('User');
    for (const c of ['scheduler', 'dag-processor', 'triggerer', 'worker'] as const) {
      expect(JSON.stringify(oauth[c])).not.toContain('GOOGLE_OAUTH');
    }
    expect(JSON.stringify(defs['api-server'])).not.toContain('GOOGLE_OAUTH');
  });

  it('normalising ignores order and AWS defaults but sees a changed value', () => {
    const def = defs.scheduler;
    const container = def.containerDefinitions?.[0];
    const reordered = {
      ...def,
      cpu: Number(def.cpu),
      containerDefinitions: [
        ...(def.containerDefinitions ?? []).slice(1).reverse(),
        { ...container, cpu: 0, environment: [...(container?.environment ?? [])].reverse(), volumesFrom: [] },
      ],
    };
    expect(normalizeTaskDefinition(reordered as never)).toEqual(normalizeTaskDefinition(def));
    const rest = (def.containerDefinitions ?? []).slice(1);
    const changed = { ...def, containerDefinitions: [{ ...container, image: 'other:1' }, ...rest] };
    expect(normalizeTaskDefinition(changed)).not.toEqual(normalizeTaskDefinition(def));
    const independent = { ...def, containerDefinitions: [{ ...container, dependsOn: [] }, ...rest] };
    expect(normalizeTaskDefinition(independent)).not.toEqual(normalizeTaskDefinition(def));
  });
});

// Against the emulator (moto server) over HTTP with the real SDK.
describe('task definitions (emulator)', () => {
  const aws = createClients(targetFromEnv());
  afterAll(() => Object.values(aws).forEach((client) => client.destroy()));

  async function realInput(env: ReturnType<typeof resolveEnvironment>, image: string): Promise<TaskDefinitionInput> {
    const network = await resolveNetwork(aws.ec2, env);
    const group = await ensureTaskSecurityGroup(aws.ec2, env, network.vpcId);
    return {
      ...pureInput(),
      env,
      image,
      logGroup: env.names.logGroup,
      subnetIds: network.subnetIds,
      securityGroupIds: [group.groupId],
      database: await findProvisioned(aws, env),
    };
  }

  it('says to run provision-rds first when its secrets are missing', async () => {
    const env = resolveEnvironment('pr-2', { project: uniqueProject() }, { region: 'us-east-1' });
    await expect(findProvisioned(aws, env)).rejects.toThrow(/run provision-rds for environment pr-2/);
  });

  it('registers once, describes back what it registered, leaks no secret, and re-registers only on change', async () => {
    const env = resolveEnvironment('pr-4', { project: uniqueProject() }, { region: 'us-east-1' });
    const { values } = await provision(aws, env);
    const input = await realInput(env, 'registry.example.com/airflow:1');

    const first = await ensureTaskDefinitions(aws.ecs, input);
    expect(COMPONENTS.map((c) => [first[c].status, first[c].revision])).toEqual(COMPONENTS.map(() => ['created', 1]));

    const wanted = taskDefinitions(input);
    for (const c of COMPONENTS) {
      const described = await aws.ecs.send(
        new DescribeTaskDefinitionCommand({ taskDefinition: first[c].arn, include: ['TAGS'] }),
      );
      expect(normalizeTaskDefinition(described.taskDefinition as never)).toEqual(normalizeTaskDefinition(wanted[c]));
      const text = JSON.stringify(described);
      for (const value of values) expect(text).not.toContain(value);
    }

    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      const recorded = createClients({ region: 'us-east-1', endpoint: recorder.endpoint });
      const again = await ensureTaskDefinitions(recorded.ecs, input);
      expect(COMPONENTS.map((c) => again[c].status)).toEqual(COMPONENTS.map(() => 'unchanged'));
      expect(recorder.mutating()).toEqual([]);
    } finally {
      await recorder.stop();
    }

    // A lost tag is put back without a new revision.
    await aws.ecs.send(
      new UntagResourceCommand({ resourceArn: first.triggerer.arn, tagKeys: ['airflow-fargate:component'] }),
    );
    const retagged = await ensureTaskDefinitions(aws.ecs, input);
    expect(retagged.triggerer).toMatchObject({ status: 'updated', revision: 1 });

    const moved = await ensureTaskDefinitions(aws.ecs, { ...input, image: 'registry.example.com/airflow:2' });
    expect(COMPONENTS.map((c) => [moved[c].status, moved[c].revision])).toEqual(COMPONENTS.map(() => ['updated', 2]));

    expect(await defaultImage(aws, env)).toBe('registry.example.com/airflow:2');
    expect((await destroyTaskDefinitions(aws.ecs, env)).length).toBe(10);
    expect(await destroyTaskDefinitions(aws.ecs, env)).toEqual([]);
  });

  it('the worker definition runs the way the ECS executor starts it', async () => {
    const env = resolveEnvironment('pr-11', { project: uniqueProject() }, { region: 'us-east-1' });
    await provision(aws, env);
    const defs = await ensureTaskDefinitions(aws.ecs, await realInput(env, 'registry.example.com/airflow:1'));
    const scheduler = (await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: defs.scheduler.arn })))
      .taskDefinition?.containerDefinitions?.[0];
    const conf = Object.fromEntries((scheduler?.environment ?? []).map((e) => [e.name, e.value as string]));
    await aws.ecs.send(new CreateClusterCommand({ clusterName: conf.AIRFLOW__AWS_ECS_EXECUTOR__CLUSTER }));
    const run = await aws.ecs.send(
      new RunTaskCommand({
        cluster: conf.AIRFLOW__AWS_ECS_EXECUTOR__CLUSTER,
        taskDefinition: conf.AIRFLOW__AWS_ECS_EXECUTOR__TASK_DEFINITION,
        launchType: conf.AIRFLOW__AWS_ECS_EXECUTOR__LAUNCH_TYPE as 'FARGATE',
        count: 1,
        networkConfiguration: {
          awsvpcConfiguration: {
            subnets: conf.AIRFLOW__AWS_ECS_EXECUTOR__SUBNETS.split(','),
            securityGroups: conf.AIRFLOW__AWS_ECS_EXECUTOR__SECURITY_GROUPS.split(','),
            assignPublicIp: conf.AIRFLOW__AWS_ECS_EXECUTOR__ASSIGN_PUBLIC_IP === 'True' ? 'ENABLED' : 'DISABLED',
          },
        },
        overrides: {
          containerOverrides: [
            { name: conf.AIRFLOW__AWS_ECS_EXECUTOR__CONTAINER_NAME, command: ['python', '-m', 'x'] },
          ],
        },
      }),
    );
    expect(run.failures).toEqual([]);
    expect(run.tasks?.[0].taskDefinitionArn).toBe(defs.worker.arn);
  });

  it('defaults the image to the newest one in the project’s repository when nothing runs yet', async () => {
    const env = resolveEnvironment('pr-12', { project: uniqueProject() }, { region: 'us-east-1' });
    await expect(defaultImage(aws, env)).rejects.toThrow(/Run build-push-image first, or give the input "image"/);
    await pushImage(aws, env, 'one');
    await new Promise((r) => setTimeout(r, 1100)); // push times have one-second resolution
    const digest = await pushImage(aws, env, 'two');
    expect(await defaultImage(aws, env)).toMatch(new RegExp(`/${env.names.ecrRepository}@${digest}$`));
  });
});
