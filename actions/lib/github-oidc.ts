import type { GetOpenIDConnectProviderCommandOutput } from '@aws-sdk/client-iam';
import { AwsClients } from './aws-clients';
import { ConfigError, aws, AwsError, errorName, isNotFound } from './errors';
import { EnsureStatus, ArnContext, PolicyDocument } from './iam-roles';
import { TAG_PROJECT } from './environment';

/** GitHub Actions' token issuer, and the audience configure-aws-credentials asks for. */
export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
export const GITHUB_OIDC_AUDIENCE = 'sts.amazonaws.com';

// GitHub's rules: an owner is up to 39 letters, digits and single inner hyphens; a repository
// name up to 100 letters, digits, '.', '_' and '-'.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPOSITORY_NAME = /^[A-Za-z0-9._-]{1,100}$/;
// Branch and environment patterns: IAM's StringLike wildcards (* and ?) are allowed; ':' and ','
// are not, as they would make the token's subject ambiguous or split our list.
const BRANCH = /^[A-Za-z0-9._/+@=*?-]+$/;
const GITHUB_ENVIRONMENT = /^[A-Za-z0-9._/+@=*? -]+$/;

/** Which workflow runs of the repository may assume the deploy role. */
export interface TrustScope {
  /** owner/name. */
  repository: string;
  /** Branch names or patterns (release/*): runs of jobs without a GitHub environment on them. */
  branches: string[];
  /** GitHub environment names or patterns (pr-*): jobs that declare `environment:`. */
  environments: string[];
  /** Runs for pull requests (jobs without a GitHub environment). */
  pullRequests: boolean;
}

export function validateRepository(repository: string): string {
  const value = repository.trim();
  const [owner, name, ...rest] = value.split('/');
  if (
    !value ||
    rest.length ||
    !owner ||
    !name ||
    !OWNER.test(owner) ||
    !REPOSITORY_NAME.test(name) ||
    /^\.+$/.test(name)
  ) {
    throw new ConfigError(
      `--repository: "${repository}" is not a GitHub repository. Give it as owner/name, for example octo-org/data-platform.`,
    );
  }
  return value;
}

function validateList(flag: string, values: string[], pattern: RegExp, what: string): string[] {
  for (const v of values) {
    if (!v || !pattern.test(v)) {
      throw new ConfigError(
        `${flag}: "${v}" is not a ${what}. Give a comma-separated list such as ${flag === '--branches' ? 'main,release/*' : 'production,pr-*'} (* and ? are wildcards; no ':').`,
      );
    }
  }
  return [...new Set(values)];
}

/** Reads the flags into a scope; every mistake is a ConfigError, before any AWS call. */
export function trustScope(input: {
  repository?: string;
  branches?: string;
  environments?: string;
  pullRequests?: boolean;
}): TrustScope {
  if (!input.repository) {
    throw new ConfigError('--repository is required: the GitHub repository that deploys, as owner/name.');
  }
  const split = (text: string | undefined) =>
    text === undefined ? [] : text.split(',').map((s) => s.trim().replace(/^refs\/heads\//, ''));
  if (input.branches !== undefined && !input.branches.trim()) {
    throw new ConfigError('--branches: empty. Give branch names such as main,release/* or leave the flag out.');
  }
  if (input.environments !== undefined && !input.environments.trim()) {
    throw new ConfigError(
      '--environments: empty. Give GitHub environment names such as production,pr-* or leave the flag out.',
    );
  }
  return {
    repository: validateRepository(input.repository),
    branches: validateList('--branches', split(input.branches), BRANCH, 'branch name or pattern'),
    environments: validateList(
      '--environments',
      split(input.environments),
      GITHUB_ENVIRONMENT,
      'GitHub environment name or pattern',
    ),
    pullRequests: Boolean(input.pullRequests),
  };
}

/**
 * The token subjects (`sub` claims) allowed, in GitHub's default format: a job with an
 * `environment:` is `repo:o/n:environment:<env>`, a pull request's job `repo:o/n:pull_request`,
 * any other job `repo:o/n:ref:refs/heads/<branch>` (or refs/tags/...). No narrowing: `repo:o/n:*`.
 */
export function allowedSubjects(scope: TrustScope): string[] {
  const repo = `repo:${scope.repository}`;
  const subjects = [
    ...scope.branches.map((b) => `${repo}:ref:refs/heads/${b}`),
    ...scope.environments.map((e) => `${repo}:environment:${e}`),
    ...(scope.pullRequests ? [`${repo}:pull_request`] : []),
  ];
  return subjects.length ? subjects : [`${repo}:*`];
}

export function githubProviderArn(ctx: Pick<ArnContext, 'partition' | 'account'>): string {
  return `arn:${ctx.partition}:iam::${ctx.account}:oidc-provider/${GITHUB_OIDC_HOST}`;
}

/** Only tokens GitHub issued for this repository (and scope), meant for STS. */
export function githubTrustPolicy(providerArn: string, scope: TrustScope): PolicyDocument {
  const subjects = allowedSubjects(scope);
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'GitHubActions',
        Effect: 'Allow',
        Principal: { Federated: providerArn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { [`${GITHUB_OIDC_HOST}:aud`]: GITHUB_OIDC_AUDIENCE },
          StringLike: { [`${GITHUB_OIDC_HOST}:sub`]: subjects.length === 1 ? subjects[0] : subjects },
        },
      },
    ],
  };
}

export interface EnsuredProvider {
  arn: string;
  status: EnsureStatus;
}

export async function describeGithubProvider(
  iam: AwsClients['iam'],
  arn: string,
): Promise<GetOpenIDConnectProviderCommandOutput | undefined> {
  try {
    return await iam.getOpenIDConnectProvider({ OpenIDConnectProviderArn: arn });
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`OIDC provider ${GITHUB_OIDC_HOST}`, 'GetOpenIDConnectProvider', err);
  }
}

/**
 * The account's identity provider for GitHub's tokens, with STS as an audience. It is shared by
 * every role of the account that trusts GitHub, so an existing one is only ever given our audience,
 * never retagged or deleted.
 */
export async function ensureGithubProvider(
  iam: AwsClients['iam'],
  ctx: ArnContext,
  project: string,
  retried = false,
): Promise<EnsuredProvider> {
  const arn = githubProviderArn(ctx);
  const resource = `OIDC provider ${GITHUB_OIDC_HOST}`;
  const found = await describeGithubProvider(iam, arn);
  if (!found) {
    // No thumbprint: IAM then fetches one itself, and for GitHub's issuer it trusts its own CA
    // library rather than the thumbprint anyway.
    try {
      const created = await iam.createOpenIDConnectProvider({
        Url: `https://${GITHUB_OIDC_HOST}`,
        ClientIDList: [GITHUB_OIDC_AUDIENCE],
        Tags: [{ Key: TAG_PROJECT, Value: project }],
      });
      return { arn: created.OpenIDConnectProviderArn ?? arn, status: 'created' };
    } catch (err) {
      // Someone else (another bootstrap of the same account) created it meanwhile: use theirs.
      if (retried || errorName(err) !== 'EntityAlreadyExists')
        throw new AwsError(resource, 'CreateOpenIDConnectProvider', err);
      return ensureGithubProvider(iam, ctx, project, true);
    }
  }
  if (!(found.ClientIDList ?? []).includes(GITHUB_OIDC_AUDIENCE)) {
    await aws('AddClientIDToOpenIDConnectProvider', resource, () =>
      iam.addClientIDToOpenIDConnectProvider({
        OpenIDConnectProviderArn: arn,
        ClientID: GITHUB_OIDC_AUDIENCE,
      }),
    );
    return { arn, status: 'updated' };
  }
  return { arn, status: 'unchanged' };
}
