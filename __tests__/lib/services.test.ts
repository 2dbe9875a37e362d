import { DescribeNetworkInterfacesCommand, EC2, EC2Client } from '@aws-sdk/client-ec2';
import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  ECS,
  ECSClient,
  ListTasksCommand,
  Service,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { resolveEnvironment } from '../../actions/lib/environment';
import {
  apiServerAddress,
  DeploymentFailedError,
  serviceDifferences,
  serviceInput,
  serviceState,
  waitForServicesStable,
} from '../../actions/lib/services';

const env = resolveEnvironment('pr-3', { project: 'demo' }, { region: 'us-east-1' });
const td = (revision: number) => `arn:aws:ecs:us-east-1:123456789012:task-definition/demo-pr-3-scheduler:${revision}`;
const name = 'demo-pr-3-scheduler';

function service(overrides: Partial<Service>): Service {
  return {
    serviceName: name,
    status: 'ACTIVE',
    desiredCount: 1,
    runningCount: 1,
    taskDefinition: td(2),
    deployments: [{ id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: td(2), rolloutState: 'COMPLETED' }],
    events: [],
    ...overrides,
  };
}

/** A clock the waits' sleeps move forward, so minutes of waiting take no time. */
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe('serviceState (pure)', () => {
  it.each([
    ['one completed deployment, all running', service({}), { stable: true }],
    [
      'a new deployment still rolling out next to the old one',
      service({
        runningCount: 1,
        deployments: [
          { id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: td(2), rolloutState: 'IN_PROGRESS' },
          { id: 'ecs-svc/1', status: 'ACTIVE', taskDefinition: td(1), rolloutState: 'COMPLETED' },
        ],
      }),
      { stable: false },
    ],
    ['completed but not all tasks running', service({ runningCount: 0 }), { stable: false }],
  ])('%s', (_, given, expected) => {
    const state = serviceState(given, td(2));
    expect(state).toMatchObject(expected);
    expect(state.failure).toBeUndefined();
  });
});

describe('serviceDifferences (pure)', () => {
  const want = serviceInput(env, {
    component: 'scheduler',
    taskDefinitionArn: td(2),
    subnets: ['subnet-b', 'subnet-a'],
    securityGroups: ['sg-1'],
    assignPublicIp: true,
  });
  const same: Service = {
    taskDefinition: td(2),
    desiredCount: 1,
    networkConfiguration: {
      awsvpcConfiguration: { subnets: ['subnet-a', 'subnet-b'], securityGroups: ['sg-1'], assignPublicIp: 'ENABLED' },
    },
    serviceRegistries: [],
    propagateTags: 'SERVICE',
    enableECSManagedTags: true,
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
  };
  it.each([
    ['nothing', {}, []],
    ['the task definition', { taskDefinition: td(1) }, ['task definition']],
    ['a scaled-in service', { desiredCount: 0 }, ['desired count']],
    [
      'the subnets',
      {
        networkConfiguration: {
          awsvpcConfiguration: { subnets: ['subnet-a'], securityGroups: ['sg-1'], assignPublicIp: 'ENABLED' },
        },
      },
      ['network'],
    ],
    [
      'a circuit breaker without rollback',
      { deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } } },
      ['circuit breaker'],
    ],
    ['tag propagation', { propagateTags: 'NONE' }, ['tag propagation']],
  ] as [string, Partial<Service>, string[]][])('sees %s', (_, change, expected) => {
    expect(serviceDifferences(want, { ...same, ...change })).toEqual(expected);
  });
});

// aws-sdk-client-mock: the emulator cannot show these. Its services never fail a deployment, its
// circuit breaker never rolls back, it never leaves a service unstable when MOTO_ECS_SERVICE_RUNNING
// is set, and its services start no tasks (so no network interface with a public IP).
describe('waiting for services (mocked ECS: the emulator never rolls back or stays unstable)', () => {
  const ecsMock = mockClient(ECSClient);
  const ec2Mock = mockClient(EC2Client);
  const ecs = new ECS({ region: 'us-east-1' });
  const ec2 = new EC2({ region: 'us-east-1' });
  beforeEach(() => {
    ecsMock.reset();
    ec2Mock.reset();
  });
  const targets = [{ component: 'scheduler', name, taskDefinitionArn: td(2) }];

  it('a deployment the circuit breaker failed and rolled back fails with the service and AWS’s reason', async () => {
    const reason = 'ECS deployment circuit breaker: tasks failed to start.';
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce({
        services: [
          service({
            runningCount: 1,
            deployments: [
              { id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: td(2), rolloutState: 'IN_PROGRESS' },
              { id: 'ecs-svc/1', status: 'ACTIVE', taskDefinition: td(1), rolloutState: 'COMPLETED' },
            ],
          }),
        ],
      })
      .resolves({
        services: [
          service({
            taskDefinition: td(1),
            deployments: [
              {
                id: 'ecs-svc/3',
                status: 'PRIMARY',
                taskDefinition: td(1),
                rolloutState: 'IN_PROGRESS',
                rolloutStateReason: 'ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/1.',
              },
              {
                id: 'ecs-svc/2',
                status: 'ACTIVE',
                taskDefinition: td(2),
                rolloutState: 'FAILED',
                rolloutStateReason: reason,
              },
            ],
            events: [{ message: `(service ${name}) (deployment ecs-svc/2) deployment failed: tasks failed to start.` }],
          }),
        ],
      });
    const clock = fakeClock();
    const lines: string[] = [];
    const waiting = waitForServicesStable(ecs, env, targets, {
      timeoutMs: 600_000,
      log: (l) => lines.push(l),
      ...clock,
    });
    await expect(waiting).rejects.toThrow(DeploymentFailedError);
    await expect(waiting).rejects.toThrow(`ECS service ${name} (scheduler): deployment ecs-svc/2 failed: ${reason}`);
    expect(lines[0]).toMatch(/scheduler IN_PROGRESS, 1\/1 running, 2 deployments/);
  });

  it('a finished rollback (the old task definition back on the service) is a failure too', async () => {
    ecsMock.on(DescribeServicesCommand).resolves({
      services: [
        service({
          taskDefinition: td(1),
          deployments: [
            {
              id: 'ecs-svc/3',
              status: 'PRIMARY',
              taskDefinition: td(1),
              rolloutState: 'COMPLETED',
              rolloutStateReason: 'ECS deployment circuit breaker: rollback completed.',
            },
          ],
        }),
      ],
    });
    await expect(waitForServicesStable(ecs, env, targets, { timeoutMs: 60_000, log: () => undefined })).rejects.toThrow(
      /ECS rolled the service back to .*scheduler:1 \(we deployed .*scheduler:2\): ECS deployment circuit breaker: rollback completed/,
    );
  });

  it('a service that never stabilises times out with a clear message, after progress lines at most 30 s apart', async () => {
    ecsMock.on(DescribeServicesCommand).resolves({
      services: [
        service({
          runningCount: 0,
          deployments: [{ id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: td(2), rolloutState: 'IN_PROGRESS' }],
          events: [{ message: `(service ${name}) was unable to place a task.` }],
        }),
      ],
    });
    const clock = fakeClock();
    const stamped: number[] = [];
    const waiting = waitForServicesStable(ecs, env, targets, {
      timeoutMs: 5 * 60_000,
      log: () => stamped.push(clock.now()),
      limitSource: 'input "wait-timeout-minutes"',
      intervalMs: 7_000,
      ...clock,
    });
    await expect(waiting).rejects.toThrow(
      `ECS services did not become stable within 5m00s (input "wait-timeout-minutes"): scheduler (IN_PROGRESS, 0/1 running; last event: (service ${name}) was unable to place a task.).`,
    );
    expect(stamped.length).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < stamped.length; i++) expect(stamped[i] - stamped[i - 1]).toBeLessThanOrEqual(30_000);
  });

  it('the URL comes from the api-server task’s network interface: ListTasks → DescribeTasks → DescribeNetworkInterfaces', async () => {
    const task = `arn:aws:ecs:us-east-1:123456789012:task/${env.names.cluster}/abc123`;
    ecsMock
      .on(ListTasksCommand, { cluster: env.names.cluster, serviceName: env.names.service('api-server') })
      .resolves({ taskArns: [task] });
    ecsMock.on(DescribeTasksCommand).resolves({
      tasks: [
        {
          taskArn: task,
          lastStatus: 'RUNNING',
          attachments: [
            {
              type: 'ElasticNetworkInterface',
              details: [
                { name: 'subnetId', value: 'subnet-a' },
                { name: 'networkInterfaceId', value: 'eni-0123' },
              ],
            },
          ],
        },
      ],
    });
    ec2Mock
      .on(DescribeNetworkInterfacesCommand, { NetworkInterfaceIds: ['eni-0123'] })
      .resolves({ NetworkInterfaces: [{ PrivateIpAddress: '172.31.5.6', Association: { PublicIp: '203.0.113.7' } }] });
    expect(await apiServerAddress(ecs, ec2, env)).toEqual({
      taskArn: task,
      publicIp: '203.0.113.7',
      privateIp: '172.31.5.6',
    });
  });

  it('no running api-server task: no address', async () => {
    ecsMock.on(ListTasksCommand).resolves({ taskArns: [] });
    expect(await apiServerAddress(ecs, ec2, env)).toEqual({});
    expect(ec2Mock.calls()).toHaveLength(0);
  });
});
