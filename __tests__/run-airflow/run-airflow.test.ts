import { DescribeClustersCommand, DescribeServicesCommand, DescribeServicesCommandInput } from '@aws-sdk/client-ecs';
import { GetServiceCommand, ListNamespacesCommand } from '@aws-sdk/client-servicediscovery';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AwsClients, createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { LOADED_RECORD_KEY, remoteBundle, SYNC_RECORD_KEY } from '../../actions/lib/dag-bundle';
import { resolveEnvironment } from '../../actions/lib/environment';
import * as step from '../../actions/lib/step';
import { ensureTaskDefinition, taskDefinitions } from '../../actions/lib/task-definitions';
import { deploy, deployDags, getInputs } from '../../actions/run-airflow/src/run';
import { AwsCallRecorder } from '../support/aws-proxy';
import { provision } from '../register-task-defs/fixtures';
import { captureCreateService, ownConfig, provisioned } from './fixtures';

/** A checkout holding only the DAG bundle's folders. */
function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ra-checkout-'));
  for (const [file, text] of Object.entries(files)) write(root, file, text);
  return root;
}
function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

const aws = createClients(targetFromEnv());
const sd = aws.servicediscovery;
const fast = { sleep: async () => undefined, pollIntervalMs: 1 };
let info: jest.SpyInstance;
beforeEach(() => {
  info = jest.spyOn(step, 'info').mockImplementation(() => undefined);
  jest.spyOn(step, 'warning').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());
afterAll(() => Object.values(aws).forEach((client) => client.destroy()));

async function withRecorder<T>(body: (clients: AwsClients, recorder: AwsCallRecorder) => Promise<T>): Promise<T> {
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
  await recorder.start();
  const clients = createClients({ region: 'us-east-1', endpoint: recorder.endpoint });
  try {
    return await body(clients, recorder);
  } finally {
    Object.values(clients).forEach((client) => client.destroy());
    await recorder.stop();
  }
}

describe('getInputs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it.each([
    [{ ENVIRONMENT: 'pr-1' }, { environment: 'pr-1', waitTimeoutMinutes: 30, dagsOnly: false }],
    [
      { ENVIRONMENT: 'main', 'WAIT-TIMEOUT-MINUTES': ' 45 ' },
      { environment: 'main', waitTimeoutMinutes: 45 },
    ],
    [{ ENVIRONMENT: 'pr-1', 'DAGS-ONLY': 'true' }, { dagsOnly: true }],
    [{ ENVIRONMENT: 'pr-1', 'DAGS-ONLY': 'TRUE' }, { dagsOnly: true }],
    [{ ENVIRONMENT: 'pr-1', 'DAGS-ONLY': 'False' }, { dagsOnly: false }],
    [{ ENVIRONMENT: 'pr-1', 'DAGS-ONLY': '' }, { dagsOnly: false }],
  ])('%j gives %j', (inputs, expected) => {
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k}`] = v;
    expect(getInputs()).toMatchObject(expected);
  });

  it.each([
    [{}, /input "environment" is required/],
    [{ ENVIRONMENT: 'pr-1', 'WAIT-TIMEOUT-MINUTES': '0' }, /input "wait-timeout-minutes": "0" is not a whole number/],
    [{ ENVIRONMENT: 'pr-1', 'WAIT-TIMEOUT-MINUTES': '2.5' }, /input "wait-timeout-minutes": "2.5"/],
    [{ ENVIRONMENT: 'pr-1', 'WAIT-TIMEOUT-MINUTES': 'soon' }, /input "wait-timeout-minutes": "soon"/],
    [{ ENVIRONMENT: 'pr-1', 'WAIT-TIMEOUT-MINUTES': '181' }, /from 1 to 180/],
    [
      { ENVIRONMENT: 'pr-1', 'DAGS-ONLY': 'yes' },
      /^input "dags-only": "yes" is not true or false; leave it empty for false\.$/,
    ],
    [{ ENVIRONMENT: 'pr-1', 'DAGS-ONLY': '1' }, /input "dags-only": "1" is not true or false/],
  ])('%j is refused: %s', (inputs, message) => {
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k}`] = v;
    expect(() => getInputs()).toThrow(message);
  });
});

// Against the emulator (moto server) over HTTP with the real SDK.
describe('run-airflow (emulator)', () => {
  it('starts a preview: cluster with Container Insights, Cloud Map, five services with the circuit breaker; a re-run changes nothing', async () => {
    const { env } = await provisioned(aws, 'pr-5', await ownConfig(aws));
    const sent = await withRecorder(async (clients, recorder) => {
      const captured = captureCreateService(clients.ecs);
      const result = await deploy(clients, env, 1, fast);
      // The volume is filled before the Airflow components start (the database may start alongside).
      const mutating = recorder.mutating().map((c) => c.operation);
      const synced = mutating.indexOf(`PUT /${env.names.stem}-logs/${SYNC_RECORD_KEY}`);
      expect(mutating.indexOf('RunTask')).toBeGreaterThan(-1);
      expect(mutating.indexOf('RunTask')).toBeLessThan(synced);
      expect(mutating.slice(synced).filter((op) => op === 'CreateService')).toHaveLength(4);
      expect(Object.keys(result.services)).toEqual([
        'database',
        'api-server',
        'scheduler',
        'dag-processor',
        'triggerer',
      ]);
      expect(result.cluster).toBe(env.names.cluster);
      // The emulator's services start no tasks: no public address, said so, and the internal one given.
      expect(result.url).toBe('');
      expect(result.internalUrl).toBe(`http://api-server.${env.names.serviceDiscoveryNamespace}:8080`);
      expect(result.rows.map((r) => [r.kind, r.result.split(/[ ,]/)[0]])).toEqual([
        ['ECS cluster', 'created'],
        ['Cloud Map namespace', 'created'],
        ['Cloud Map service', 'created'],
        ['Cloud Map service', 'created'],
        ['DAG bundle', 'DAG'],
        ['ECS service (database)', 'created'],
        ['DAG bundle sync', 'copied'],
        ['ECS service (api-server)', 'created'],
        ['ECS service (scheduler)', 'created'],
        ['ECS service (dag-processor)', 'created'],
        ['ECS service (triggerer)', 'created'],
        ['api-server address', 'no'],
      ]);
      return captured;
    });

    // Read back from the emulator.
    const clusters = await aws.ecs.send(
      new DescribeClustersCommand({ clusters: [env.names.cluster], include: ['SETTINGS', 'TAGS'] }),
    );
    expect(clusters.clusters?.[0].settings).toEqual([{ name: 'containerInsights', value: 'enabled' }]);
    expect(clusters.clusters?.[0].tags).toEqual(
      expect.arrayContaining([{ key: 'airflow-fargate:environment', value: 'pr-5' }]),
    );
    const namespaces = await sd.send(new ListNamespacesCommand({}));
    const namespace = namespaces.Namespaces?.find((n) => n.Name === env.names.serviceDiscoveryNamespace);
    expect(namespace?.Type).toBe('DNS_PRIVATE');
    // GetService names its namespace (ListServices' summaries do not, and moto ignores its filter).
    const registered = async (arn: string | undefined) => {
      const got = await sd.send(new GetServiceCommand({ Id: arn?.split('/').pop() }));
      return [got.Service?.Name, got.Service?.NamespaceId, got.Service?.DnsConfig?.DnsRecords];
    };

    const names = ['database', 'api-server', 'scheduler', 'dag-processor', 'triggerer'].map((c) =>
      env.names.service(c),
    );
    const described = await aws.ecs.send(
      new DescribeServicesCommand({ cluster: env.names.cluster, services: names, include: ['TAGS'] }),
    );
    const groups = (component: string) =>
      described.services?.find((s) => s.serviceName === env.names.service(component))?.networkConfiguration
        ?.awsvpcConfiguration;
    for (const service of described.services ?? []) {
      expect(service).toMatchObject({ launchType: 'FARGATE', desiredCount: 1, propagateTags: 'SERVICE' });
      expect(service.taskDefinition).toMatch(/:1$/);
      expect(service.networkConfiguration?.awsvpcConfiguration).toMatchObject({ assignPublicIp: 'ENABLED' });
      expect(service.networkConfiguration?.awsvpcConfiguration?.subnets).toHaveLength(2);
      expect(service.tags).toEqual(expect.arrayContaining([{ key: 'airflow-fargate:environment-id', value: 'pr-5' }]));
    }
    // The database sits in its own group, the Airflow components in the tasks' group.
    expect(groups('database')?.securityGroups).not.toEqual(groups('scheduler')?.securityGroups);
    expect(groups('api-server')?.securityGroups).toEqual(groups('scheduler')?.securityGroups);
    const serviceOf = (c: string) => described.services?.find((s) => s.serviceName === env.names.service(c));
    for (const c of ['api-server', 'database']) {
      const registries = serviceOf(c)?.serviceRegistries ?? [];
      expect(registries).toHaveLength(1);
      expect(await registered(registries[0].registryArn)).toEqual([c, namespace?.Id, [{ Type: 'A', TTL: 10 }]]);
    }
    expect(serviceOf('scheduler')?.serviceRegistries).toEqual([]);

    // The emulator does not describe the deployment configuration; what we asked for is this.
    expect(sent.map((s) => s.serviceName).sort()).toEqual([...names].sort());
    for (const s of sent) {
      expect(s.deploymentConfiguration?.deploymentCircuitBreaker).toEqual({ enable: true, rollback: true });
      expect(s.enableECSManagedTags).toBe(true);
    }

    // Progress lines while waiting for the services to become stable.
    const lines = info.mock.calls.map(([line]) => String(line));
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^ECS services of pr-5: .*stable after/)]));

    await withRecorder(async (clients, recorder) => {
      const again = await deploy(clients, env, 1, fast);
      expect(recorder.mutating()).toEqual([]);
      const rows = again.rows.filter((r) => r.kind !== 'api-server address');
      expect(rows.filter((r) => !r.kind.startsWith('DAG bundle')).map((r) => r.result.split(',')[0])).toEqual(
        Array(9).fill('unchanged'),
      );
      expect(rows.filter((r) => r.kind.startsWith('DAG bundle')).map((r) => r.result.split(/[ (:]/)[0])).toEqual([
        'DAG',
        'unchanged',
      ]);
      expect(rows.find((r) => r.kind === 'DAG bundle')?.result).toMatch(
        /^DAG bundle unchanged \(0 uploaded, 0 deleted/,
      );
    });
  });

  it('a new task definition revision updates exactly the services whose family changed', async () => {
    const { env, input } = await provisioned(aws, 'pr-6', await ownConfig(aws));
    const first = await deploy(aws, env, 1, fast);

    const scheduler = taskDefinitions({ ...input, image: 'registry.example.com/airflow:2' }).scheduler;
    const revised = await ensureTaskDefinition(aws.ecs, scheduler);
    expect(revised).toMatchObject({ status: 'updated', revision: 2 });

    await withRecorder(async (clients, recorder) => {
      const second = await deploy(clients, env, 1, fast);
      expect(recorder.mutating().map((c) => c.operation)).toEqual(['UpdateService']);
      expect(second.services).toEqual(first.services);
      const results = Object.fromEntries(
        second.rows.filter((r) => r.kind.startsWith('ECS service')).map((r) => [r.kind, r.result]),
      );
      expect(results['ECS service (scheduler)']).toMatch(/^updated \(task definition\), stable/);
      expect(Object.values(results).filter((r) => r.startsWith('unchanged'))).toHaveLength(4);
    });
    const described = await aws.ecs.send(
      new DescribeServicesCommand({
        cluster: env.names.cluster,
        services: [env.names.service('scheduler'), env.names.service('triggerer')],
      }),
    );
    expect(described.services?.map((s) => s.taskDefinition?.split('/').pop())).toEqual([
      `${env.names.taskFamily('scheduler')}:2`,
      `${env.names.taskFamily('triggerer')}:1`,
    ]);
  });

  it('a long-lived environment on RDS runs no database service and registers only the api-server', async () => {
    const { env } = await provisioned(aws, 'main', await ownConfig(aws));
    const result = await deploy(aws, env, 1, fast);
    expect(Object.keys(result.services)).toEqual(['api-server', 'scheduler', 'dag-processor', 'triggerer']);
    expect(result.rows.filter((r) => r.kind === 'Cloud Map service').map((r) => r.name)).toEqual([
      `api-server.${env.names.serviceDiscoveryNamespace}`,
    ]);
  });

  it('fails the deploy when the circuit breaker rolls a service back (emulator answer patched: moto never rolls back)', async () => {
    const { env } = await provisioned(aws, 'pr-10', await ownConfig(aws));
    const clients = createClients(targetFromEnv());
    // The real emulator for everything; only the scheduler's DescribeServices answer is made to
    // look like AWS's after the circuit breaker gave up on the new revision.
    const describeServices = clients.ecs.describeServices.bind(clients.ecs);
    clients.ecs.describeServices = (async (input: DescribeServicesCommandInput) => {
      const out = await describeServices(input);
      for (const s of out.services ?? []) {
        if (s.serviceName !== env.names.service('scheduler')) continue;
        s.deployments = [
          {
            ...s.deployments?.[0],
            rolloutState: 'FAILED',
            rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
          },
        ];
      }
      return out;
    }) as typeof describeServices;
    try {
      await expect(deploy(clients, env, 1, fast)).rejects.toThrow(
        new RegExp(
          `ECS service ${env.names.service('scheduler')} \\(scheduler\\): deployment .* failed: ECS deployment circuit breaker: tasks failed to start`,
        ),
      );
    } finally {
      Object.values(clients).forEach((client) => client.destroy());
    }
  });

  it('refuses, before changing anything, when register-task-defs has not run', async () => {
    const env = resolveEnvironment('pr-7', await ownConfig(aws), { region: 'us-east-1' });
    await provision(aws, env); // provision-rds only
    await withRecorder(async (clients, recorder) => {
      await expect(deploy(clients, env, 1, fast)).rejects.toThrow(
        `task definitions ${['api-server', 'scheduler', 'dag-processor', 'triggerer', 'bundle-sync'].map((c) => env.names.taskFamily(c)).join(', ')} have no ACTIVE revision: run register-task-defs first (it registers bundle-sync, the task that copies the DAG bundle into the volume) (environment pr-7)`,
      );
      expect(recorder.mutating()).toEqual([]);
    });
  });

  it('refuses, before changing anything, when the environment has no sync task, naming register-task-defs', async () => {
    const { env } = await provisioned(aws, 'pr-8', await ownConfig(aws));
    await aws.ecs.deregisterTaskDefinition({ taskDefinition: `${env.names.taskFamily('bundle-sync')}:1` });
    await withRecorder(async (clients, recorder) => {
      await expect(deploy(clients, env, 1, fast)).rejects.toThrow(
        `task definition ${env.names.taskFamily('bundle-sync')} has no ACTIVE revision: run register-task-defs first (it registers bundle-sync, the task that copies the DAG bundle into the volume) (environment pr-8)`,
      );
      expect(recorder.mutating()).toEqual([]);
    });
  });

  it('a full deploy that changes plugins restarts the Airflow components, not the database', async () => {
    const { env } = await provisioned(aws, 'pr-11', await ownConfig(aws));
    const root = checkout({ 'dags/a.py': 'a = 1\n', 'plugins/p.py': 'p = 1\n' });
    await deploy(aws, env, 1, { ...fast, root });
    write(root, 'plugins/p.py', 'p = 2\n');
    await withRecorder(async (clients, recorder) => {
      const result = await deploy(clients, env, 1, { ...fast, root });
      expect(recorder.mutating().map((c) => c.operation)).toEqual([
        `PUT /${env.names.stem}-logs/bundle/plugins/p.py`,
        'RunTask',
        `PUT /${env.names.stem}-logs/${SYNC_RECORD_KEY}`,
        ...Array(4).fill('UpdateService'),
        `PUT /${env.names.stem}-logs/${LOADED_RECORD_KEY}`,
      ]);
      const services = result.rows.filter((r) => r.kind.startsWith('ECS service'));
      expect(services.map((r) => r.result.split(',')[0])).toEqual([
        'unchanged',
        ...Array(4).fill('restarted (plugins/config changed)'),
      ]);
    });
    rmSync(root, { recursive: true, force: true });
  });

  it('dags-only: a DAG change is uploaded and synced with no cluster, service or task definition call', async () => {
    const { env } = await provisioned(aws, 'pr-12', await ownConfig(aws));
    const root = checkout({ 'dags/a.py': 'a = 1\n', 'dags/old.py': 'old = 1\n' });
    const full = await deploy(aws, env, 1, { ...fast, root });
    write(root, 'dags/a.py', 'a = 2\n');
    rmSync(path.join(root, 'dags/old.py'));
    await withRecorder(async (clients, recorder) => {
      const result = await deployDags(clients, env, 1, { ...fast, root });
      expect(recorder.mutating().map((c) => c.operation)).toEqual([
        `PUT /${env.names.stem}-logs/bundle/dags/a.py`,
        `POST /${env.names.stem}-logs/`,
        'RunTask',
        `PUT /${env.names.stem}-logs/${SYNC_RECORD_KEY}`,
      ]);
      expect(recorder.calls.filter((c) => /Cluster|Namespace|RegisterTaskDefinition|^ecr/.test(c.operation))).toEqual(
        [],
      );
      expect(result).toMatchObject({ services: full.services, cluster: full.cluster, image: full.image });
      expect(result.rows.map((r) => r.kind)).toEqual(['Image', 'DAG bundle', 'DAG bundle sync', 'api-server address']);
      expect(result.rows[1].result).toBe('DAG bundle: dags changed (1 uploaded, 1 deleted, 0 unchanged)');
    });
    expect([...(await remoteBundle(aws.s3, `${env.names.stem}-logs`)).keys()]).toEqual(['dags/a.py']);
    rmSync(root, { recursive: true, force: true });
  });
});
