import type { Role } from '@aws-sdk/client-iam';
import { AwsClients } from './aws-clients';
import { BUNDLE_PREFIX } from './dag-bundle';
import { Environment, tagList } from './environment';
import { aws, AwsError, createUnlessExists, deleteUnlessGone, isNotFound } from './errors';

export type EnsureStatus = 'created' | 'updated' | 'unchanged';

/** Where ARNs of this account live. */
export interface ArnContext {
  partition: string;
  region: string;
  account: string;
}

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export async function arnContext(sts: AwsClients['sts'], region: string): Promise<ArnContext> {
  const identity = await aws('GetCallerIdentity', 'the AWS account', () => sts.getCallerIdentity({}));
  return { partition: partitionOf(region), region, account: identity.Account as string };
}

/** The one inline policy we own on each role (inline, so teardown just deletes the role). */
export const POLICY_NAME = 'airflow-fargate';
export const ECS_TASKS_PRINCIPAL = 'ecs-tasks.amazonaws.com';

/**
 * Statements whose resource is "*" because AWS offers no narrower form. Tests check every "*" in
 * our policies against this list.
 */
export const WILDCARD_RESOURCE_EXCEPTIONS: readonly { role: 'execution' | 'task'; action: string; reason: string }[] = [
  {
    role: 'execution',
    action: 'ecr:GetAuthorizationToken',
    reason: 'the registry login token is account-wide; IAM accepts no resource but "*" for it',
  },
];

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  /** Absent only in trust policies. */
  Resource?: string | string[];
  Principal?: Record<string, string>;
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

/** Only ECS tasks of this account may assume the roles. */
export function ecsTasksTrustPolicy(ctx: ArnContext): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'EcsTasks',
        Effect: 'Allow',
        Principal: { Service: ECS_TASKS_PRINCIPAL },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:SourceAccount': ctx.account } },
      },
    ],
  };
}

export function secretsArnPattern(ctx: ArnContext, namePrefix: string): string {
  // Secrets Manager appends "-" and six random characters to every secret's name in its ARN.
  return `arn:${ctx.partition}:secretsmanager:${ctx.region}:${ctx.account}:secret:${namePrefix}/*`;
}

export function roleArn(ctx: ArnContext, name: string): string {
  return `arn:${ctx.partition}:iam::${ctx.account}:role/${name}`;
}

export interface ExecutionPolicyInput {
  /** ECR repositories the image may be pulled from (the project's, and an adopted image's). */
  ecrRepositoryArns: string[];
  /** Secrets outside the environment's prefix that containers get: RDS's managed secret, OAuth. */
  extraSecretArns: string[];
}

/** What ECS itself needs to start the tasks: pull the image, write the log group, read the secrets. */
export function executionRolePolicy(env: Environment, ctx: ArnContext, input: ExecutionPolicyInput): PolicyDocument {
  const statements: PolicyStatement[] = [
    {
      Sid: 'EcrLogin',
      Effect: 'Allow',
      Action: 'ecr:GetAuthorizationToken',
      // Account-wide token: AWS offers no narrower resource (see WILDCARD_RESOURCE_EXCEPTIONS).
      Resource: '*',
    },
  ];
  if (input.ecrRepositoryArns.length) {
    statements.push({
      Sid: 'EcrPull',
      Effect: 'Allow',
      Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
      Resource: [...new Set(input.ecrRepositoryArns)].sort(),
    });
  }
  statements.push(
    {
      Sid: 'ContainerLogs',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: `arn:${ctx.partition}:logs:${ctx.region}:${ctx.account}:log-group:${env.names.logGroup}:*`,
    },
    {
      Sid: 'EnvironmentSecrets',
      Effect: 'Allow',
      Action: 'secretsmanager:GetSecretValue',
      Resource: [secretsArnPattern(ctx, env.names.secretPrefix), ...[...new Set(input.extraSecretArns)].sort()],
    },
  );
  return { Version: '2012-10-17', Statement: statements };
}

export interface TaskPolicyInput {
  bucket: string;
  logPrefix: string;
}

/** What Airflow itself does: task logs in S3, the ECS executor, and the secrets backend. */
export function taskRolePolicy(env: Environment, ctx: ArnContext, input: TaskPolicyInput): PolicyDocument {
  const p = ctx.partition;
  const ecs = `arn:${p}:ecs:${ctx.region}:${ctx.account}`;
  const clusterArn = `${ecs}:cluster/${env.names.cluster}`;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'TaskLogsList',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: `arn:${p}:s3:::${input.bucket}`,
        Condition: { StringLike: { 's3:prefix': [input.logPrefix, `${input.logPrefix}/*`] } },
      },
      {
        Sid: 'TaskLogsReadWrite',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: `arn:${p}:s3:::${input.bucket}/${input.logPrefix}/*`,
      },
      // The DAG bundle's sync task copies the bundle/ prefix into the shared volume.
      {
        Sid: 'DagBundleList',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: `arn:${p}:s3:::${input.bucket}`,
        Condition: { StringLike: { 's3:prefix': [BUNDLE_PREFIX, `${BUNDLE_PREFIX}*`] } },
      },
      {
        Sid: 'DagBundleRead',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: `arn:${p}:s3:::${input.bucket}/${BUNDLE_PREFIX}*`,
      },
      {
        Sid: 'EcsExecutorRunWorkers',
        Effect: 'Allow',
        Action: 'ecs:RunTask',
        Resource: `${ecs}:task-definition/${env.names.taskFamily('worker')}:*`,
        Condition: { ArnEquals: { 'ecs:cluster': clusterArn } },
      },
      {
        Sid: 'EcsExecutorWatchWorkers',
        Effect: 'Allow',
        Action: ['ecs:DescribeTasks', 'ecs:StopTask'],
        Resource: `${ecs}:task/${env.names.cluster}/*`,
      },
      {
        Sid: 'EcsExecutorCluster',
        Effect: 'Allow',
        Action: 'ecs:DescribeClusters',
        Resource: clusterArn,
      },
      {
        Sid: 'EcsExecutorPassWorkerRoles',
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: [roleArn(ctx, env.names.executionRole), roleArn(ctx, env.names.taskRole)],
        Condition: { StringEquals: { 'iam:PassedToService': ECS_TASKS_PRINCIPAL } },
      },
      {
        Sid: 'AirflowSecretsBackend',
        Effect: 'Allow',
        Action: 'secretsmanager:GetSecretValue',
        Resource: [
          secretsArnPattern(ctx, `${env.names.secretPrefix}/connections`),
          secretsArnPattern(ctx, `${env.names.secretPrefix}/variables`),
        ],
      },
    ],
  };
}

/** JSON with object keys sorted, so documents compare by content. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** IAM returns policy documents URL-encoded. */
export function parsePolicyDocument(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(decodeURIComponent(text));
  }
}

export function sameDocument(current: string | undefined, wanted: PolicyDocument): boolean {
  return current !== undefined && canonicalJson(parsePolicyDocument(current)) === canonicalJson(wanted);
}

export interface RoleSpec {
  name: string;
  description: string;
  trust: PolicyDocument;
  policy: PolicyDocument;
}

export interface EnsuredRole {
  name: string;
  arn: string;
  status: EnsureStatus;
}

async function getRole(iam: AwsClients['iam'], name: string): Promise<Role | undefined> {
  try {
    return (await iam.getRole({ RoleName: name })).Role;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`IAM role ${name}`, 'GetRole', err);
  }
}

async function getInlinePolicy(iam: AwsClients['iam'], role: string): Promise<string | undefined> {
  try {
    return (await iam.getRolePolicy({ RoleName: role, PolicyName: POLICY_NAME })).PolicyDocument;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`inline policy ${POLICY_NAME} of IAM role ${role}`, 'GetRolePolicy', err);
  }
}

/** Creates the role or brings its trust policy, inline policy and tags to what we want. */
export async function ensureRole(iam: AwsClients['iam'], env: Environment, spec: RoleSpec): Promise<EnsuredRole> {
  const resource = `IAM role ${spec.name}`;
  let role = await getRole(iam, spec.name);
  let status: EnsureStatus = 'unchanged';
  if (!role) {
    const made = await createUnlessExists('CreateRole', resource, () =>
      iam.createRole({
        RoleName: spec.name,
        Description: spec.description,
        AssumeRolePolicyDocument: JSON.stringify(spec.trust),
        Tags: tagList(env),
      }),
    );
    // Already there: a retried or concurrent create made it with the same trust and tags.
    role = made ? (made.Role as Role) : await getRole(iam, spec.name);
    if (!role) throw new AwsError(resource, 'GetRole', new Error('it exists but cannot be found'));
    status = 'created';
  } else {
    if (!sameDocument(role.AssumeRolePolicyDocument, spec.trust)) {
      await aws('UpdateAssumeRolePolicy', resource, () =>
        iam.updateAssumeRolePolicy({ RoleName: spec.name, PolicyDocument: JSON.stringify(spec.trust) }),
      );
      status = 'updated';
    }
    const have = new Map((role.Tags ?? []).map((t) => [t.Key, t.Value]));
    const missing = tagList(env).filter((t) => have.get(t.Key) !== t.Value);
    if (missing.length) {
      await aws('TagRole', resource, () => iam.tagRole({ RoleName: spec.name, Tags: missing }));
      status = 'updated';
    }
  }
  const current = status === 'created' ? undefined : await getInlinePolicy(iam, spec.name);
  if (!sameDocument(current, spec.policy)) {
    await aws('PutRolePolicy', resource, () =>
      iam.putRolePolicy({
        RoleName: spec.name,
        PolicyName: POLICY_NAME,
        PolicyDocument: JSON.stringify(spec.policy),
      }),
    );
    if (status === 'unchanged') status = 'updated';
  }
  return { name: spec.name, arn: role.Arn as string, status };
}

export interface RolesInput extends ExecutionPolicyInput, TaskPolicyInput {}

export interface EnsuredRoles {
  execution: EnsuredRole;
  task: EnsuredRole;
}

export function roleSpecs(
  env: Environment,
  ctx: ArnContext,
  input: RolesInput,
): { execution: RoleSpec; task: RoleSpec } {
  const trust = ecsTasksTrustPolicy(ctx);
  return {
    execution: {
      name: env.names.executionRole,
      description: `ECS task execution role of Airflow environment ${env.id} (airflow-fargate)`,
      trust,
      policy: executionRolePolicy(env, ctx, input),
    },
    task: {
      name: env.names.taskRole,
      description: `Airflow task role of environment ${env.id} (airflow-fargate)`,
      trust,
      policy: taskRolePolicy(env, ctx, input),
    },
  };
}

/** Both roles of the environment, in parallel. */
export async function ensureRoles(
  iam: AwsClients['iam'],
  env: Environment,
  ctx: ArnContext,
  input: RolesInput,
): Promise<EnsuredRoles> {
  const specs = roleSpecs(env, ctx, input);
  const [execution, task] = await Promise.all([
    ensureRole(iam, env, specs.execution),
    ensureRole(iam, env, specs.task),
  ]);
  return { execution, task };
}

export async function describeRoles(iam: AwsClients['iam'], env: Environment): Promise<Role[]> {
  const roles = await Promise.all([getRole(iam, env.names.executionRole), getRole(iam, env.names.taskRole)]);
  return roles.filter((r): r is Role => r !== undefined);
}

/** Deletes both roles with their inline policies; returns the names it deleted. */
export async function destroyRoles(iam: AwsClients['iam'], env: Environment): Promise<string[]> {
  const deleted: string[] = [];
  for (const name of [env.names.executionRole, env.names.taskRole]) {
    if (!(await getRole(iam, name))) continue;
    const policies = await aws('ListRolePolicies', `IAM role ${name}`, () => iam.listRolePolicies({ RoleName: name }));
    for (const policy of policies.PolicyNames ?? []) {
      await aws('DeleteRolePolicy', `IAM role ${name}`, () =>
        iam.deleteRolePolicy({ RoleName: name, PolicyName: policy }),
      );
    }
    await aws('DeleteRole', `IAM role ${name}`, () => iam.deleteRole({ RoleName: name }));
    deleted.push(name);
  }
  return deleted;
}

/** Deletes one role after its inline policies; false when it was not there. */
export async function destroyRole(iam: AwsClients['iam'], name: string): Promise<boolean> {
  const resource = `IAM role ${name}`;
  try {
    const policies = await iam.listRolePolicies({ RoleName: name });
    for (const policy of policies.PolicyNames ?? []) {
      // NotFound here is about the policy (a retried call already deleted it), not the role.
      await deleteUnlessGone('DeleteRolePolicy', resource, () =>
        iam.deleteRolePolicy({ RoleName: name, PolicyName: policy }),
      );
    }
    await iam.deleteRole({ RoleName: name });
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err instanceof AwsError ? err : new AwsError(resource, 'DeleteRole', err);
  }
}
