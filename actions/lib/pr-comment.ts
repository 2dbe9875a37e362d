import type { getOctokit } from '@actions/github';
import { ConfigError } from './errors';

/** Hidden first line of our comment: how a later run finds it again among the others. */
export const COMMENT_MARKER = '<!-- airflow-fargate:pr-comment -->';

export const STATUSES = ['deploying', 'deployed', 'failed', 'torn-down', 'teardown-failed'] as const;
export type Status = (typeof STATUSES)[number];

export interface CommentContent {
  environment: string;
  status: Status;
  url?: string;
  image?: string;
  runUrl?: string;
  /** ISO time shown in the comment; defaults to now. */
  at?: string;
}

export interface Target {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentResult =
  { action: 'created' | 'updated' | 'unchanged'; id: number; htmlUrl: string } | { action: 'skipped'; reason: string };

/** An authenticated Octokit client, as `github.getOctokit(token)` returns it. */
export type CommentsClient = ReturnType<typeof getOctokit>;

const HEADLINES: Record<Status, string> = {
  deploying: ':hourglass_flowing_sand: Deploying',
  deployed: ':white_check_mark: Deployed',
  failed: ':x: Deploy failed',
  'torn-down': ':wastebasket: Torn down',
  'teardown-failed': ':warning: Teardown failed',
};

export function parseStatus(value: string): Status {
  if ((STATUSES as readonly string[]).includes(value)) return value as Status;
  throw new ConfigError(`input "status" must be one of ${STATUSES.join(', ')}; got "${value}".`);
}

/** The comment's Markdown: what a reviewer reads on the pull request. */
export function renderComment(content: CommentContent): string {
  const at = content.at ?? new Date().toISOString();
  const gone = content.status === 'torn-down';
  const rows: Array<[string, string]> = [
    ['Environment', `\`${content.environment}\``],
    ['Status', HEADLINES[content.status]],
  ];
  if (gone) rows.push(['URL', 'none: the environment and its resources are deleted']);
  else if (content.url) rows.push(['URL', content.url]);
  else if (content.status === 'deployed') rows.push(['URL', 'not reported (no public IP: see the run)']);
  if (content.image && !gone) rows.push(['Image', `\`${content.image}\``]);
  if (content.runUrl) rows.push(['Run', `[workflow run](${content.runUrl})`]);
  rows.push(['Updated', at]);
  return [
    COMMENT_MARKER,
    `### Airflow preview \`${content.environment}\``,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`),
    '',
  ].join('\n');
}

/** Our earlier comment on the pull request, if any: the first one carrying the marker. */
export async function findComment(
  client: CommentsClient,
  target: Target,
): Promise<{ id: number; body: string; html_url: string } | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const found = page.data.find((c) => c.body?.includes(COMMENT_MARKER));
    if (found) return { id: found.id, body: found.body ?? '', html_url: found.html_url };
  }
  return undefined;
}

/** Creates our comment, or updates it in place: one comment per pull request, never two. */
export async function upsertComment(client: CommentsClient, target: Target, body: string): Promise<CommentResult> {
  const existing = await findComment(client, target);
  if (!existing) {
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body,
    });
    return { action: 'created', id: data.id, htmlUrl: data.html_url };
  }
  if (existing.body === body) return { action: 'unchanged', id: existing.id, htmlUrl: existing.html_url };
  const { data } = await client.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: existing.id,
    body,
  });
  return { action: 'updated', id: data.id, htmlUrl: data.html_url };
}

/** GITHUB_REPOSITORY ("owner/name") as the REST API's owner and repo. */
export function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner, repo, extra] = repository.split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new ConfigError(`GITHUB_REPOSITORY must be "owner/name"; got "${repository}".`);
  }
  return { owner, repo };
}

/** The parts of a workflow event payload that decide where (and whether) to comment. */
export interface EventPayload {
  pull_request?: {
    number: number;
    head?: { repo?: { full_name?: string; fork?: boolean } | null };
    base?: { repo?: { full_name?: string } };
  };
}

/**
 * Which pull request to comment on: the `pull-request` input, else the event's pull request, else
 * the number in a `pr-<number>` environment (a dispatched or scheduled teardown). Pull requests
 * from forks are skipped: their runs get a read-only token and no deployment.
 */
export function commentTarget(options: {
  repository: string;
  environment: string;
  pullRequest?: string;
  payload: EventPayload;
}): { target: Target } | { skip: string } {
  const { owner, repo } = splitRepository(options.repository);
  const pr = options.payload.pull_request;
  if (pr) {
    const head = pr.head?.repo?.full_name;
    if (pr.head?.repo?.fork || !head || head !== (pr.base?.repo?.full_name ?? options.repository)) {
      return { skip: `pull request #${pr.number} comes from a fork (${head ?? 'a deleted repository'}): no comment` };
    }
  }
  let number: number | undefined;
  if (options.pullRequest) {
    if (!/^[1-9][0-9]*$/.test(options.pullRequest)) {
      throw new ConfigError(`input "pull-request" must be a pull request number; got "${options.pullRequest}".`);
    }
    number = Number(options.pullRequest);
  } else if (pr) {
    number = pr.number;
  } else {
    const match = /^pr-([1-9][0-9]*)$/.exec(options.environment);
    if (match) number = Number(match[1]);
  }
  if (!number) return { skip: `environment "${options.environment}" belongs to no pull request: no comment` };
  return { target: { owner, repo, issueNumber: number } };
}
