import {
  CreateRoleCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAM,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { resolveEnvironment } from '../../actions/lib/environment';
import {
  arnContext,
  ensureRoles,
  executionRolePolicy,
  PolicyDocument,
  roleSpecs,
  taskRolePolicy,
  WILDCARD_RESOURCE_EXCEPTIONS,
  destroyRoles,
  parsePolicyDocument,
} from '../../actions/lib/iam-roles';
import { ecrRepositoryArnOf } from '../../actions/lib/task-definitions';
import { AwsCallRecorder } from '../support/aws-proxy';
import { uniqueProject } from '../register-task-defs/fixtures';

const ctx = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const env = resolveEnvironment('pr-7', { project: 'demo' }, { region: 'us-east-1' });
const rdsSecret = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-abc-123456';
const input = {
  ecrRepositoryArns: ['arn:aws:ecr:us-east-1:123456789012:repository/demo/airflow'],
  extraSecretArns: [rdsSecret],
  bucket: 'demo-pr-7-logs-0123abcd',
  logPrefix: 'task-logs',
};
const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every "*" in a policy must be a listed exception; every other resource must name this environment. */
function wildcardProblems(role: 'execution' | 'task', policy: PolicyDocument): string[] {
  const problems: string[] = [];
  for (const s of policy.Statement) {
    for (const action of asList(s.Action)) if (action.includes('*')) problems.push(`${s.Sid}: action ${action}`);
    for (const resource of asList(s.Resource)) {
      if (resource === '*') {
        const allowed = asList(s.Action).every((a) =>
          WILDCARD_RESOURCE_EXCEPTIONS.some((x) => x.role === role && x.action === a),
        );
        if (!allowed) problems.push(`${s.Sid}: resource * for ${asList(s.Action).join(',')}`);
      } else if (
        !resource.includes(env.names.stem) &&
        !resource.endsWith(':repository/demo/airflow') &&
        resource !== rdsSecret
      ) {
        problems.push(`${s.Sid}: ${resource} is not this environment's`);
      }
    }
  }
  return problems;
}

describe('IAM role policies (pure)', () => {
  it('use "*" only where listed with a reason, and only on this environment otherwise', () => {
    expect(wildcardProblems('execution', executionRolePolicy(env, ctx, input))).toEqual([]);
    expect(wildcardProblems('task', taskRolePolicy(env, ctx, input))).toEqual([]);
    for (const exception of WILDCARD_RESOURCE_EXCEPTIONS) expect(exception.reason.length).toBeGreaterThan(20);
  });

  it('the checker itself catches a broad grant', () => {
    const broad: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'Broad', Effect: 'Allow', Action: 's3:*', Resource: '*' }],
    };
    expect(wildcardProblems('task', broad)).toEqual(['Broad: action s3:*', 'Broad: resource * for s3:*']);
  });

  it('trust only ECS tasks of this account', () => {
    const { execution, task } = roleSpecs(env, ctx, input);
    for (const trust of [execution.trust, task.trust]) {
      expect(trust.Statement).toEqual([
        expect.objectContaining({
          Effect: 'Allow',
          Principal: { Service: 'ecs-tasks.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } },
        }),
      ]);
    }
  });

  it('scope the task role to its bucket prefix, worker family, cluster and the worker roles', () => {
    const statements = Object.fromEntries(taskRolePolicy(env, ctx, input).Statement.map((s) => [s.Sid, s]));
    expect(statements.TaskLogsReadWrite.Resource).toBe('arn:aws:s3:::demo-pr-7-logs-0123abcd/task-logs/*');
    expect(statements.TaskLogsList.Condition).toEqual({ StringLike: { 's3:prefix': ['task-logs', 'task-logs/*'] } });
    expect(statements.EcsExecutorRunWorkers.Resource).toBe(
      'arn:aws:ecs:us-east-1:123456789012:task-definition/demo-pr-7-worker:*',
    );
    expect(statements.EcsExecutorRunWorkers.Condition).toEqual({
      ArnEquals: { 'ecs:cluster': 'arn:aws:ecs:us-east-1:123456789012:cluster/demo-pr-7' },
    });
    expect(statements.EcsExecutorWatchWorkers.Resource).toBe('arn:aws:ecs:us-east-1:123456789012:task/demo-pr-7/*');
    expect(statements.EcsExecutorPassWorkerRoles).toMatchObject({
      Resource: ['arn:aws:iam::123456789012:role/demo-pr-7-execution', 'arn:aws:iam::123456789012:role/demo-pr-7-task'],
      Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
    });
    expect(statements.AirflowSecretsBackend.Resource).toEqual([
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:airflow-fargate/demo-pr-7/connections/*',
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:airflow-fargate/demo-pr-7/variables/*',
    ]);
  });

  it('let the execution role read only this environment’s secrets plus the named extra ones', () => {
    const secrets = executionRolePolicy(env, ctx, input).Statement.find((s) => s.Sid === 'EnvironmentSecrets');
    expect(secrets?.Resource).toEqual([
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:airflow-fargate/demo-pr-7/*',
      rdsSecret,
    ]);
    const logs = executionRolePolicy(env, ctx, input).Statement.find((s) => s.Sid === 'ContainerLogs');
    expect(logs?.Resource).toBe('arn:aws:logs:us-east-1:123456789012:log-group:/airflow-fargate/demo-pr-7:*');
  });
});

// Against the emulator (moto server) over HTTP with the real SDK.
describe('IAM roles (emulator)', () => {
  const aws = createClients(targetFromEnv());

  it('creates both roles once, then changes nothing, and repairs a tampered policy', async () => {
    const mine = resolveEnvironment('pr-3', { project: uniqueProject() }, { region: 'us-east-1' });
    const account = await arnContext(aws.sts, 'us-east-1');
    const first = await ensureRoles(aws.iam, mine, account, input);
    expect([first.execution.status, first.task.status]).toEqual(['created', 'created']);

    const role = (await aws.iam.send(new GetRoleCommand({ RoleName: mine.names.taskRole }))).Role;
    expect(parsePolicyDocument(role?.AssumeRolePolicyDocument)).toMatchObject({
      Statement: [{ Principal: { Service: 'ecs-tasks.amazonaws.com' } }],
    });
    expect(role?.Tags).toEqual(expect.arrayContaining([{ Key: 'airflow-fargate:environment', Value: 'pr-3' }]));
    const stored = await aws.iam.send(
      new GetRolePolicyCommand({ RoleName: mine.names.taskRole, PolicyName: 'airflow-fargate' }),
    );
    expect(parsePolicyDocument(stored.PolicyDocument)).toEqual(taskRolePolicy(mine, account, input));

    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      const recorded = createClients({ region: 'us-east-1', endpoint: recorder.endpoint });
      const again = await ensureRoles(recorded.iam, mine, account, input);
      expect([again.execution.status, again.task.status]).toEqual(['unchanged', 'unchanged']);
      expect(recorder.mutating()).toEqual([]);
      expect(recorder.calls.length).toBeGreaterThan(0);
    } finally {
      await recorder.stop();
    }

    await aws.iam.send(
      new PutRolePolicyCommand({
        RoleName: mine.names.taskRole,
        PolicyName: 'airflow-fargate',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
        }),
      }),
    );
    const repaired = await ensureRoles(aws.iam, mine, account, input);
    expect([repaired.execution.status, repaired.task.status]).toEqual(['unchanged', 'updated']);
    const back = await aws.iam.send(
      new GetRolePolicyCommand({ RoleName: mine.names.taskRole, PolicyName: 'airflow-fargate' }),
    );
    expect(parsePolicyDocument(back.PolicyDocument)).toEqual(taskRolePolicy(mine, account, input));

    expect(await destroyRoles(aws.iam, mine)).toEqual([mine.names.executionRole, mine.names.taskRole]);
    expect(await destroyRoles(aws.iam, mine)).toEqual([]);
  });
});

// aws-sdk-client-mock: the emulator grants everything, so a refused call can only be shown with a mock.
describe('IAM roles when AWS refuses (mocked)', () => {
  it('names the role, the operation and AWS’s message', async () => {
    const iam = new IAM({ region: 'us-east-1' });
    const mocked = mockClient(iam);
    mocked.on(GetRoleCommand).rejects(Object.assign(new Error('Role not found'), { name: 'NoSuchEntityException' }));
    mocked.on(CreateRoleCommand).rejects(
      Object.assign(new Error('User: deployer is not authorized to perform: iam:CreateRole'), {
        name: 'AccessDenied',
      }),
    );
    await expect(ensureRoles(iam, env, ctx, input)).rejects.toThrow(
      /CreateRole IAM role demo-pr-7-(execution|task) failed: AccessDenied: User: deployer is not authorized to perform: iam:CreateRole/,
    );
    mocked.restore();
  });
});

describe('image repositories the execution role may pull from', () => {
  it.each([
    [
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/airflow:1',
      'arn:aws:ecr:eu-west-1:123456789012:repository/team/airflow',
    ],
    [
      `123456789012.dkr.ecr.us-east-1.amazonaws.com/x@sha256:${'c'.repeat(64)}`,
      'arn:aws:ecr:us-east-1:123456789012:repository/x',
    ],
    ['apache/airflow:3.3.2-python3.12', undefined],
    ['public.ecr.aws/docker/library/postgres:16', undefined],
  ])('%s → %s', (image, arn) => {
    expect(ecrRepositoryArnOf(image, 'aws')).toBe(arn);
  });
});
