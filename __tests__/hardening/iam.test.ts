import { GetBucketPolicyCommand } from '@aws-sdk/client-s3';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { DEPLOY_WILDCARD_EXCEPTIONS, deployRolePolicy } from '../../actions/lib/deploy-role';
import { githubProviderArn, githubTrustPolicy, trustScope } from '../../actions/lib/github-oidc';
import { ECS_TASKS_PRINCIPAL, PolicyDocument, WILDCARD_RESOURCE_EXCEPTIONS } from '../../actions/lib/iam-roles';
import { resources } from '../pipeline/chain';
import { uniqueProject } from '../register-task-defs/fixtures';
import { cli, deployArgs, destroyClients, environmentConfig, expectSuccess, teardownArgs } from './support';

// Every policy document we generate, as deployed (read back from IAM and S3) and as bootstrap
// writes it: no wildcard action anywhere; a "*" resource only where the list of exceptions says
// why; every trust policy admits only the service principal (or GitHub's OIDC provider) meant.
jest.setTimeout(180_000);

const aws = createClients(targetFromEnv());
afterAll(() => destroyClients(aws));

interface Statement {
  Sid?: string;
  Effect: string;
  Action?: string | string[];
  Resource?: string | string[];
  Principal?: unknown;
}
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const statements = (doc: unknown) => (doc as PolicyDocument).Statement as Statement[];

/** "service:Action" with no wildcard (iam:Get* and * alike are refused). */
function wildcardActions(doc: unknown): string[] {
  return statements(doc).flatMap((s) =>
    list(s.Action).filter((a) => a.includes('*') || !/^[a-z0-9-]+:[A-Za-z0-9]+$/.test(a)),
  );
}

it('environment roles: no wildcard action, "*" resources only as listed, trusted by ECS tasks alone', async () => {
  const { file, env } = await environmentConfig(aws, 'pr-8', { project: uniqueProject() });
  const endpoint = process.env.AWS_ENDPOINT_URL as string;
  expectSuccess(await cli(deployArgs(env.name, file), endpoint));
  try {
    const { roles } = (await resources(aws, env)) as {
      roles: Record<string, { trust: unknown; inline: Record<string, unknown>; attached: string[] }>;
    };
    const kinds: Record<string, 'execution' | 'task'> = {
      [env.names.executionRole]: 'execution',
      [env.names.taskRole]: 'task',
    };
    expect(Object.keys(roles).sort()).toEqual(Object.keys(kinds).sort());
    for (const [name, role] of Object.entries(roles)) {
      expect({ name, attached: role.attached }).toEqual({ name, attached: [] }); // no managed policy, no admin
      for (const doc of Object.values(role.inline)) {
        expect({ name, wildcardActions: wildcardActions(doc) }).toEqual({ name, wildcardActions: [] });
        for (const s of statements(doc)) {
          for (const resource of list(s.Resource)) {
            if (resource === '*') {
              const allowed = WILDCARD_RESOURCE_EXCEPTIONS.filter((e) => e.role === kinds[name]).map((e) => e.action);
              expect({ name, actions: list(s.Action) }).toEqual({ name, actions: expect.arrayContaining(allowed) });
              expect(list(s.Action).every((a) => allowed.includes(a))).toBe(true);
            } else if (resource.includes('*')) {
              // A wildcard only inside this environment's own names (log streams, secret suffixes, revisions).
              expect({ name, resource, own: resource.includes(env.names.stem) }).toEqual({ name, resource, own: true });
            }
          }
        }
      }
      const trust = statements(role.trust);
      expect(trust).toHaveLength(1);
      expect(trust[0]).toMatchObject({
        Effect: 'Allow',
        Principal: { Service: ECS_TASKS_PRINCIPAL },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:SourceAccount': expect.stringMatching(/^\d{12}$/) } },
      });
    }

    const bucket = env.names.logsBucket('123456789012', env.region);
    const policy = JSON.parse((await aws.s3.send(new GetBucketPolicyCommand({ Bucket: bucket }))).Policy as string);
    expect(statements(policy).every((s) => s.Effect === 'Deny')).toBe(true); // it only ever takes away
  } finally {
    expectSuccess(await cli(teardownArgs(env.name, file), endpoint));
  }
});

it('the deploy role: no wildcard action, resources outside the project only as listed, trusted by GitHub alone', () => {
  const ctx = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
  const policy = deployRolePolicy(ctx, 'analytics');
  expect(wildcardActions(policy)).toEqual([]);
  const unscoped = statements(policy)
    .filter((s) => list(s.Resource).some((r) => !r.includes('analytics') && !r.startsWith('arn:aws:iam::aws:')))
    .map((s) => s.Sid as string);
  for (const sid of unscoped)
    expect({ sid, reason: DEPLOY_WILDCARD_EXCEPTIONS[sid] }).toEqual({ sid, reason: expect.any(String) });

  const trust = statements(githubTrustPolicy(githubProviderArn(ctx), trustScope({ repository: 'octo/data' })));
  expect(trust).toEqual([
    expect.objectContaining({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
    }),
  ]);
  console.info(
    `iam: ${WILDCARD_RESOURCE_EXCEPTIONS.length} "*" exception(s) in the environment roles, ` +
      `${Object.keys(DEPLOY_WILDCARD_EXCEPTIONS).length} listed statements in the deploy role`,
  );
});
