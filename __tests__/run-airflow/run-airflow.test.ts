import { DescribeClustersCommand, DescribeServicesCommand, DescribeServicesCommandInput } from '@aws-sdk/client-ecs';
import { GetServiceCommand, ListNamespacesCommand } from '@aws-sdk/client-servicediscovery';
import { AwsClients, createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { resolveEnvironment } from '../../actions/lib/environment';
import * as step from '../../actions/lib/step';
import { ensureTaskDefinition, taskDefinitions } from '../../actions/lib/task-definitions';
import { deploy, getInputs } from '../../actions/run-airflow/src/run';
import { AwsCallRecorder } from '../support/aws-proxy';
import { provision } from '../register-task-defs/fixtures';
import { captureCreateService, ownConfig, provisioned } from './fixtures';

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
    [{ ENVIRONMENT: 'pr-1' }, { environment: 'pr-1', waitTimeoutMinutes: 30 }],
    [
      { ENVIRONMENT: 'main', 'WAIT-TIMEOUT-MINUTES': ' 45 ' },
      { environment: 'main', waitTimeoutMinutes: 45 },
    ],
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
  ])('%j is refused: %s', (inputs, message) => {
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k}`] = v;
    expect(() => getInputs()).toThrow(message);
  });
});

// Against the emulator (moto server) over HTTP with the real SDK.
describe('run-airflow (emulator)', () => {
  it('starts a preview: cluster with Container Insights, Cloud Map, five services with the circuit breaker; a re-run changes nothing', async () => {
    const { env } = await provisioned(aws, 'pr-5', await ownConfig(aws));
    const sent = await withRecorder(async (clients) => {
      const captured = captureCreateService(clients.ecs);
      const result = await deploy(clients, env, 1, fast);
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
        ['ECS service (database)', 'created'],
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
      expect(again.rows.filter((r) => r.kind !== 'api-server address').map((r) => r.result.split(',')[0])).toEqual(
        Array(9).fill('unchanged'),
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
        `task definitions ${['api-server', 'scheduler', 'dag-processor', 'triggerer'].map((c) => env.names.taskFamily(c)).join(', ')} have no ACTIVE revision: run register-task-defs first (environment pr-7)`,
      );
      expect(recorder.mutating()).toEqual([]);
    });
  });
});
