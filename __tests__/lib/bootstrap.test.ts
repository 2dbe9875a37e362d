import {
  AddClientIDToOpenIDConnectProviderCommand,
  CreateOpenIDConnectProviderCommand,
  GetOpenIDConnectProviderCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAM,
  IAMClient,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import {
  bootstrap,
  DEPLOY_POLICY_NAME,
  DEPLOY_WILDCARD_EXCEPTIONS,
  deployRoleName,
  deployRolePolicy,
  destroyDeployRole,
  INLINE_POLICY_LIMIT,
  policySize,
} from '../../actions/lib/deploy-role';
import { ConfigError } from '../../actions/lib/errors';
import {
  allowedSubjects,
  ensureGithubProvider,
  githubProviderArn,
  githubTrustPolicy,
  trustScope,
} from '../../actions/lib/github-oidc';
import { arnContext, parsePolicyDocument, PolicyDocument } from '../../actions/lib/iam-roles';
import { AwsCallRecorder } from '../support/aws-proxy';
import { repoRoot } from '../support/emulator';

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const ctx = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const unique = () => `b${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

describe('trust scope from the flags', () => {
  it.each([
    [{ repository: 'octo-org/data-platform' }, ['repo:octo-org/data-platform:*']],
    [{ repository: 'o/r.js', branches: 'main' }, ['repo:o/r.js:ref:refs/heads/main']],
    [
      { repository: 'o/r', branches: 'main, release/*,refs/heads/hotfix' },
      ['repo:o/r:ref:refs/heads/main', 'repo:o/r:ref:refs/heads/release/*', 'repo:o/r:ref:refs/heads/hotfix'],
    ],
    [
      { repository: 'o/r', environments: 'main,pr-*', pullRequests: true },
      ['repo:o/r:environment:main', 'repo:o/r:environment:pr-*', 'repo:o/r:pull_request'],
    ],
    [{ repository: 'o/r', pullRequests: true }, ['repo:o/r:pull_request']],
  ])('%p allows %p', (flags, subjects) => {
    expect(allowedSubjects(trustScope(flags))).toEqual(subjects);
  });

  it.each([
    [{}, /--repository is required/],
    [{ repository: 'octo-org' }, /not a GitHub repository. Give it as owner\/name/],
    [{ repository: 'a/b/c' }, /owner\/name/],
    [{ repository: '-bad/x' }, /owner\/name/],
    [{ repository: 'o/..' }, /owner\/name/],
    [{ repository: 'o/r*' }, /owner\/name/],
    [{ repository: 'o/r', branches: '' }, /--branches: empty/],
    [{ repository: 'o/r', branches: 'main,' }, /--branches: "" is not a branch/],
    [{ repository: 'o/r', branches: 'a:b' }, /--branches: "a:b" is not a branch/],
    [{ repository: 'o/r', environments: ' ' }, /--environments: empty/],
    [{ repository: 'o/r', environments: 'prod:x' }, /--environments: "prod:x"/],
  ])('%p is refused: %p', (flags, message) => {
    expect(() => trustScope(flags)).toThrow(ConfigError);
    expect(() => trustScope(flags)).toThrow(message);
  });

  it('trusts only GitHub tokens for STS from the repository', () => {
    const trust = githubTrustPolicy(githubProviderArn(ctx), trustScope({ repository: 'o/r' }));
    expect(trust.Statement).toEqual([
      {
        Sid: 'GitHubActions',
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:o/r:*' },
        },
      },
    ]);
  });
});

// The IAM action each SDK call of the library needs, where it is not "<prefix>:<operation>".
const IAM_PREFIX: Record<string, string> = {
  logs: 'logs',
  ec2: 'ec2',
  ecr: 'ecr',
  ecs: 'ecs',
  efs: 'elasticfilesystem',
  iam: 'iam',
  rds: 'rds',
  tagging: 'tag',
  s3: 's3',
  secrets: 'secretsmanager',
  servicediscovery: 'servicediscovery',
  sts: 'sts',
};
const S3_ACTIONS: Record<string, string> = {
  HeadBucket: 'ListBucket',
  ListObjectsV2: 'ListBucket',
  ListObjectVersions: 'ListBucketVersions',
  DeleteObjects: 'DeleteObject',
  GetBucketEncryption: 'GetEncryptionConfiguration',
  PutBucketEncryption: 'PutEncryptionConfiguration',
  GetPublicAccessBlock: 'GetBucketPublicAccessBlock',
  PutPublicAccessBlock: 'PutBucketPublicAccessBlock',
  GetBucketLifecycleConfiguration: 'GetLifecycleConfiguration',
  PutBucketLifecycleConfiguration: 'PutLifecycleConfiguration',
};
const NOT_THE_DEPLOY_ROLES: Record<string, string> = {
  'sts:GetCallerIdentity': 'needs no permission',
  'ecr:DeleteRepository': 'destroyProjectRepository removes a whole project; no action calls it',
};

/**
 * Every SDK call of the library, as IAM actions: the commands actions/lib/sdk/<client>.ts lists,
 * found in the sources as `<client>.<method>(` calls.
 */
function libraryActions(): Map<string, string> {
  const sdkDir = path.join(repoRoot, 'actions', 'lib', 'sdk');
  const clientsWith = new Map<string, { client: string; operation: string }[]>();
  for (const file of readdirSync(sdkDir)) {
    const client = file.replace(/\.ts$/, '');
    for (const [, operation] of readFileSync(path.join(sdkDir, file), 'utf8').matchAll(/\b(\w+)Command\b/g)) {
      const method = operation[0].toLowerCase() + operation.slice(1);
      clientsWith.set(method, [...(clientsWith.get(method) ?? []), { client, operation }]);
    }
  }
  const dir = path.join(repoRoot, 'actions', 'lib');
  const found = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    // The bootstrap's own calls run with the person's credentials, not the deploy role's.
    if (['deploy-role.ts', 'github-oidc.ts'].includes(file)) continue;
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const [, receiver, method] of source.matchAll(/(\w+)\.(\w+)\(/g)) {
      const candidates = clientsWith.get(method) ?? [];
      // Several services have tagResource, createService...: the client's name tells them apart (sd is Cloud Map).
      const call =
        candidates.length === 1
          ? candidates[0]
          : candidates.find((c) => c.client === (receiver === 'sd' ? 'servicediscovery' : receiver));
      if (!call) {
        if (candidates.length) throw new Error(`${file}: which service's ${method} does ${receiver}.${method}( call?`);
        continue;
      }
      const prefix = IAM_PREFIX[call.client];
      found.set(`${prefix}:${prefix === 's3' ? (S3_ACTIONS[call.operation] ?? call.operation) : call.operation}`, file);
    }
  }
  return found;
}

describe('the deploy policy', () => {
  const project = 'analytics';
  const policy = deployRolePolicy(ctx, project);
  const actions = new Set(policy.Statement.flatMap((s) => asList(s.Action)));

  it('allows every AWS call the actions make', () => {
    const calls = libraryActions();
    expect(calls.size).toBeGreaterThan(60);
    const missing = [...calls].filter(([a]) => !actions.has(a) && !(a in NOT_THE_DEPLOY_ROLES));
    expect(missing).toEqual([]);
  });

  it('has no wildcard action, and resources outside the project only in the listed exceptions', () => {
    const problems: string[] = [];
    for (const s of policy.Statement) {
      for (const action of asList(s.Action)) if (action.includes('*')) problems.push(`${s.Sid}: action ${action}`);
      const foreign = asList(s.Resource).filter(
        (r) => !r.includes(`:${project}-*`) && !r.includes(`/${project}-*`) && !r.includes(`/${project}/airflow`),
      );
      if (foreign.length && !(s.Sid in DEPLOY_WILDCARD_EXCEPTIONS)) problems.push(`${s.Sid}: ${foreign.join(', ')}`);
    }
    expect(problems).toEqual([]);
    // Every exception is in use: none stays listed after its statement is gone or narrowed.
    const used = policy.Statement.filter((s) => asList(s.Resource).some((r) => !r.includes(project))).map((s) => s.Sid);
    expect(Object.keys(DEPLOY_WILDCARD_EXCEPTIONS).sort()).toEqual([...new Set(used)].sort());
  });

  it("cannot change its own role, nor any role but the environments' two", () => {
    const iamResources = policy.Statement.filter((s) => asList(s.Action).some((a) => a.startsWith('iam:'))).flatMap(
      (s) => asList(s.Resource),
    );
    for (const r of iamResources) {
      expect(r).toMatch(
        /:role\/(analytics-\*-(execution|task)|aws-service-role\/(ecs|rds|elasticfilesystem)\.amazonaws\.com\/\w+)$/,
      );
    }
    expect(deployRoleName(project)).not.toMatch(/^analytics-.*-(execution|task)$/);
  });

  it("fits IAM's inline policy limit with the longest project, partition and region", () => {
    const longest = deployRolePolicy(
      { partition: 'aws-us-gov', region: 'ap-southeast-5', account: '123456789012' },
      'abcdefghijklmnop',
    );
    expect(policySize(longest)).toBeLessThan(INLINE_POLICY_LIMIT);
  });
});

describe('bootstrap against the emulator', () => {
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
  const region = targetFromEnv().region;
  let clients: ReturnType<typeof createClients>;
  beforeAll(async () => {
    await recorder.start();
    clients = createClients({ region, endpoint: recorder.endpoint });
  });
  afterAll(() => recorder.stop());
  beforeEach(() => recorder.reset());

  const roleOf = async (project: string) => {
    const role = (await clients.iam.send(new GetRoleCommand({ RoleName: deployRoleName(project) }))).Role!;
    const inline = await clients.iam.send(
      new GetRolePolicyCommand({ RoleName: deployRoleName(project), PolicyName: DEPLOY_POLICY_NAME }),
    );
    return {
      role,
      trust: parsePolicyDocument(role.AssumeRolePolicyDocument) as PolicyDocument,
      policy: parsePolicyDocument(inline.PolicyDocument) as PolicyDocument,
    };
  };
  const subjects = (trust: PolicyDocument) =>
    asList(trust.Statement[0].Condition?.StringLike['token.actions.githubusercontent.com:sub']);

  it('creates the provider and a role only the repository can assume, then changes nothing', async () => {
    const project = unique();
    const scope = trustScope({ repository: 'octo-org/data-platform' });
    const first = await bootstrap(clients, { project, region, scope });
    const account = await arnContext(clients.sts, region);
    expect(first.role).toMatchObject({ status: 'created', name: `airflow-fargate-${project}-deploy` });
    expect(first.role.arn).toBe(`arn:aws:iam::${account.account}:role/airflow-fargate-${project}-deploy`);
    expect(first.provider.arn).toBe(githubProviderArn(account));

    const provider = await clients.iam.send(
      new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: first.provider.arn }),
    );
    expect(provider.ClientIDList).toContain('sts.amazonaws.com');
    expect(provider.Url).toMatch(/token\.actions\.githubusercontent\.com$/);

    const { role, trust, policy } = await roleOf(project);
    expect(trust).toEqual(githubTrustPolicy(first.provider.arn, scope));
    expect(subjects(trust)).toEqual(['repo:octo-org/data-platform:*']);
    expect(policy).toEqual(deployRolePolicy(account, project));
    expect(role.MaxSessionDuration).toBe(7200);
    expect(role.Tags).toEqual(
      expect.arrayContaining([
        { Key: 'airflow-fargate:project', Value: project },
        { Key: 'airflow-fargate:repository', Value: 'octo-org/data-platform' },
      ]),
    );

    recorder.reset();
    const second = await bootstrap(clients, { project, region, scope });
    expect(second.role).toMatchObject({ status: 'unchanged', changes: [], arn: first.role.arn });
    expect(second.provider.status).toBe('unchanged');
    expect(recorder.mutating()).toEqual([]);
    expect(recorder.calls.length).toBeGreaterThan(0);

    expect(await destroyDeployRole(clients.iam, deployRoleName(project))).toBe(true);
    expect(await destroyDeployRole(clients.iam, deployRoleName(project))).toBe(false);
  });

  it('narrows and widens the trust policy when the flags change, with one call each', async () => {
    const project = unique();
    await bootstrap(clients, { project, region, scope: trustScope({ repository: 'o/r' }) });

    recorder.reset();
    const narrowed = await bootstrap(clients, {
      project,
      region,
      scope: trustScope({ repository: 'o/r', branches: 'main', environments: 'production,pr-*', pullRequests: true }),
    });
    expect(narrowed.role).toMatchObject({ status: 'updated', changes: ['trust policy'] });
    expect(recorder.mutating().map((c) => c.operation)).toEqual(['UpdateAssumeRolePolicy']);
    expect(subjects((await roleOf(project)).trust)).toEqual([
      'repo:o/r:ref:refs/heads/main',
      'repo:o/r:environment:production',
      'repo:o/r:environment:pr-*',
      'repo:o/r:pull_request',
    ]);

    recorder.reset();
    const widened = await bootstrap(clients, { project, region, scope: trustScope({ repository: 'o/r' }) });
    expect(widened.role.status).toBe('updated');
    expect(recorder.mutating().map((c) => c.operation)).toEqual(['UpdateAssumeRolePolicy']);
    expect(subjects((await roleOf(project)).trust)).toEqual(['repo:o/r:*']);
    await destroyDeployRole(clients.iam, deployRoleName(project));
  });

  it('puts back a permissions policy edited by hand', async () => {
    const project = unique();
    const scope = trustScope({ repository: 'o/r' });
    await bootstrap(clients, { project, region, scope });
    await clients.iam.send(
      new PutRolePolicyCommand({
        RoleName: deployRoleName(project),
        PolicyName: DEPLOY_POLICY_NAME,
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
        }),
      }),
    );
    recorder.reset();
    const again = await bootstrap(clients, { project, region, scope });
    expect(again.role).toMatchObject({ status: 'updated', changes: ['permissions policy'] });
    expect(recorder.mutating().map((c) => c.operation)).toEqual(['PutRolePolicy']);
    expect((await roleOf(project)).policy).toEqual(deployRolePolicy(await arnContext(clients.sts, region), project));
    await destroyDeployRole(clients.iam, deployRoleName(project));
  });
});

// Mocked: the provider is one per account and shared by the test files running in parallel, so
// the emulator's copy is not ours to break.
describe('an existing GitHub provider (mocked)', () => {
  const mockIam = () => mockClient(IAMClient);
  let iam: ReturnType<typeof mockIam>;
  beforeAll(() => (iam = mockIam()));
  afterEach(() => iam.reset());
  afterAll(() => iam.restore());

  it('gets the STS audience added when it lacks it, and is never recreated', async () => {
    iam.on(GetOpenIDConnectProviderCommand).resolves({ ClientIDList: ['other-audience'] });
    iam.on(AddClientIDToOpenIDConnectProviderCommand).resolves({});
    const result = await ensureGithubProvider(new IAM({ region: 'us-east-1' }), ctx, 'analytics');
    expect(result.status).toBe('updated');
    expect(iam.commandCalls(AddClientIDToOpenIDConnectProviderCommand)[0].args[0].input).toEqual({
      OpenIDConnectProviderArn: githubProviderArn(ctx),
      ClientID: 'sts.amazonaws.com',
    });
    expect(iam.commandCalls(CreateOpenIDConnectProviderCommand)).toHaveLength(0);
  });

  it('is adopted when another bootstrap creates it between our look and our create', async () => {
    const missing = Object.assign(new Error('not found'), { name: 'NoSuchEntity' });
    const exists = Object.assign(new Error('exists'), { name: 'EntityAlreadyExists' });
    iam
      .on(GetOpenIDConnectProviderCommand)
      .rejectsOnce(missing)
      .resolves({ ClientIDList: ['sts.amazonaws.com'] });
    iam.on(CreateOpenIDConnectProviderCommand).rejects(exists);
    const result = await ensureGithubProvider(new IAM({ region: 'us-east-1' }), ctx, 'analytics');
    expect(result).toEqual({ arn: githubProviderArn(ctx), status: 'unchanged' });
  });
});
