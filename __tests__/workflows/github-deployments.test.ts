import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { getOctokit } from '@actions/github';
import nock from 'nock';
import { parseDeploymentMode, retireDeployments } from '../../actions/lib/github-deployments';
import { COMMENT_MARKER } from '../../actions/lib/pr-comment';
import { run } from '../../actions/pr-comment/src/run';

// GitHub's REST API cannot be reached from here: nock answers with its documented shapes for
// deployments (list filtered by environment, statuses newest first, create status, delete) and a
// small in-memory repository keeps them, with GitHub's rule that only inactive deployments of a
// repository with several may be deleted.
const API = 'https://api.github.com';
const repository = { owner: 'octo', repo: 'pipelines' };
const base = '/repos/octo/pipelines';

interface Deployment {
  id: number;
  environment: string;
  statuses: string[]; // oldest first
  deleted?: boolean;
}

function fakeRepository(deployments: Deployment[]) {
  const calls: string[] = [];
  const shape = (d: Deployment) => ({
    id: d.id,
    url: `${API}${base}/deployments/${d.id}`,
    sha: 'a'.repeat(40),
    ref: 'topic',
    task: 'deploy',
    environment: d.environment,
    creator: { login: 'github-actions[bot]' },
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  });
  const find = (uri: string) =>
    deployments.find((d) => !d.deleted && d.id === Number(/deployments\/(\d+)/.exec(uri)![1]));
  nock(API)
    .persist()
    .get(`${base}/deployments`)
    .query(true)
    .reply(function (uri) {
      calls.push(`GET ${uri}`);
      const url = new URL(uri, API);
      const environment = url.searchParams.get('environment');
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = deployments.filter((d) => !d.deleted && (!environment || d.environment === environment)).reverse();
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next}>; rel="next"`;
      }
      return [200, all.slice((page - 1) * perPage, page * perPage).map(shape), headers];
    })
    .get(/\/deployments\/\d+\/statuses/)
    .query(true)
    .reply(function (uri) {
      calls.push(`GET ${uri}`);
      const d = find(uri);
      if (!d) return [404, { message: 'Not Found' }];
      const perPage = Number(new URL(uri, API).searchParams.get('per_page') ?? 30);
      const newestFirst = d.statuses.map((state, i) => ({ id: d.id * 100 + i, state })).reverse();
      return [200, newestFirst.slice(0, perPage)];
    })
    .post(/\/deployments\/\d+\/statuses$/)
    .reply(function (uri, body) {
      calls.push(`POST ${uri} ${(body as { state: string }).state}`);
      const d = find(uri);
      if (!d) return [404, { message: 'Not Found' }];
      d.statuses.push((body as { state: string }).state);
      return [201, { id: d.id * 100 + d.statuses.length, state: (body as { state: string }).state }];
    })
    .delete(/\/deployments\/\d+$/)
    .reply(function (uri) {
      calls.push(`DELETE ${uri}`);
      const d = find(uri);
      if (!d) return [404, { message: 'Not Found' }];
      const live = deployments.filter((x) => !x.deleted);
      if (live.length > 1 && d.statuses.at(-1) !== 'inactive') {
        return [
          422,
          { message: 'We cannot delete an active deployment unless it is the only deployment in a given environment.' },
        ];
      }
      d.deleted = true;
      return [204, ''];
    });
  return calls;
}

// Node's own fetch, which nock intercepts (the runner's default goes through a proxy-aware agent).
const client = (token = 'test-token') => getOctokit(token, { request: { retries: 0 } });
const latest = (d: Deployment) => d.statuses.at(-1);

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe("a torn-down environment's GitHub deployments", () => {
  const history = (): Deployment[] => [
    { id: 1, environment: 'pr-42', statuses: ['in_progress', 'success', 'inactive'] }, // superseded by #3
    { id: 2, environment: 'pr-7', statuses: ['success'] },
    { id: 3, environment: 'pr-42', statuses: ['in_progress', 'success'] },
    { id: 4, environment: 'pr-42', statuses: ['in_progress', 'failure'] },
    { id: 5, environment: 'main', statuses: ['success'] },
  ];

  it('are all marked inactive; another environment is untouched', async () => {
    const deployments = history();
    const calls = fakeRepository(deployments);
    const result = await retireDeployments(client(), repository, 'pr-42', 'inactive');
    expect(result).toEqual({ found: [4, 3, 1], deactivated: [4, 3], deleted: [] });
    expect(deployments.map((d) => [d.id, latest(d)])).toEqual([
      [1, 'inactive'],
      [2, 'success'],
      [3, 'inactive'],
      [4, 'inactive'],
      [5, 'success'],
    ]);
    // One inactive status each, none for the one already inactive, nothing sent about #2 or #5.
    expect(deployments[0].statuses).toEqual(['in_progress', 'success', 'inactive']);
    expect(calls.filter((c) => /\/deployments\/(2|5)\b/.test(c))).toEqual([]);
  });

  it('are deleted when asked, after being marked inactive (GitHub refuses to delete active ones)', async () => {
    const deployments = history();
    const calls = fakeRepository(deployments);
    const result = await retireDeployments(client(), repository, 'pr-42', 'delete');
    expect(result.deleted).toEqual([4, 3, 1]);
    expect(deployments.filter((d) => !d.deleted).map((d) => d.id)).toEqual([2, 5]);
    const forThree = calls.filter((c) => c.includes('/deployments/3'));
    expect(forThree.map((c) => c.split(' ')[0])).toEqual(['GET', 'POST', 'DELETE']);
  });

  it('are found past the first page', async () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ id: i + 1, environment: 'pr-42', statuses: ['success'] }));
    fakeRepository(many);
    const result = await retireDeployments(client(), repository, 'pr-42', 'inactive');
    expect(result.deactivated).toHaveLength(130);
    expect(many.every((d) => latest(d) === 'inactive')).toBe(true);
  });

  it('a second run changes nothing', async () => {
    const deployments = history();
    const calls = fakeRepository(deployments);
    await retireDeployments(client(), repository, 'pr-42', 'inactive');
    calls.length = 0;
    expect(await retireDeployments(client(), repository, 'pr-42', 'inactive')).toEqual({
      found: [4, 3, 1],
      deactivated: [],
      deleted: [],
    });
    expect(calls.filter((c) => c.startsWith('POST') || c.startsWith('DELETE'))).toEqual([]);
  });

  it('none recorded (a pull request whose deploy never got that far): nothing to do', async () => {
    const calls = fakeRepository([{ id: 2, environment: 'pr-7', statuses: ['success'] }]);
    expect(await retireDeployments(client(), repository, 'pr-42', 'inactive')).toEqual({
      found: [],
      deactivated: [],
      deleted: [],
    });
    expect(calls).toHaveLength(1);
  });

  it('"keep" asks GitHub nothing', async () => {
    const calls = fakeRepository(history());
    expect(await retireDeployments(client(), repository, 'pr-42', 'keep')).toEqual({
      found: [],
      deactivated: [],
      deleted: [],
    });
    expect(calls).toEqual([]);
  });

  it("a read-only token fails the step with GitHub's message", async () => {
    nock(API)
      .get(`${base}/deployments`)
      .query(true)
      .reply(200, [{ id: 9, environment: 'pr-42' }]);
    nock(API).get(`${base}/deployments/9/statuses`).query(true).reply(200, []);
    nock(API).post(`${base}/deployments/9/statuses`).reply(403, { message: 'Resource not accessible by integration' });
    await expect(retireDeployments(client(), repository, 'pr-42', 'inactive')).rejects.toThrow(/not accessible/);
  });

  it('refuses an unknown mode, naming the choices', () => {
    expect(() => parseDeploymentMode('archive')).toThrow(/input "deployments" must be one of inactive, delete, keep/);
  });
});

// The pr-comment action as the teardown workflow's last job runs it (in process, so that nock
// answers for GitHub): the comment marked torn down and the deployments retired in one step.
describe('the pr-comment action after a teardown', () => {
  const saved = { ...process.env };
  let summary: string;
  beforeEach(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'af-pr-comment-'));
    summary = path.join(dir, 'summary');
    writeFileSync(summary, '');
    Object.assign(process.env, {
      GITHUB_REPOSITORY: 'octo/pipelines',
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_STEP_SUMMARY: summary,
      INPUT_TOKEN: 'test-token',
      INPUT_ENVIRONMENT: 'pr-42',
      INPUT_STATUS: 'torn-down',
      INPUT_COMMENT: 'true',
      INPUT_DEPLOYMENTS: 'inactive',
    });
    writeFileSync(process.env.GITHUB_OUTPUT as string, '');
    process.exitCode = undefined;
  });
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  function fakeComments(body: string) {
    let stored = body;
    nock(API)
      .persist()
      .get(`${base}/issues/42/comments`)
      .query(true)
      .reply(() => [200, [{ id: 5, body: stored, html_url: 'https://github.com/octo/pipelines/pull/42#c5' }]])
      .patch(`${base}/issues/comments/5`)
      .reply(200, (_uri, req) => {
        stored = (req as { body: string }).body;
        return { id: 5, body: stored, html_url: 'https://github.com/octo/pipelines/pull/42#c5' };
      });
    return () => stored;
  }

  it('marks the comment torn down and the deployments inactive', async () => {
    const deployments = [
      { id: 3, environment: 'pr-42', statuses: ['success'] },
      { id: 2, environment: 'pr-7', statuses: ['success'] },
    ];
    fakeRepository(deployments);
    const comment = fakeComments(`${COMMENT_MARKER}\nDeployed`);
    await run(client);
    expect(comment()).toContain('Torn down');
    expect(deployments.map(latest)).toEqual(['inactive', 'success']);
    expect(readFileSync(process.env.GITHUB_OUTPUT as string, 'utf8')).toMatch(/deployments<<[^\n]+\n\[3\]\n/);
    expect(readFileSync(summary, 'utf8')).toContain('1 found, 1 marked inactive');
  });

  it('with comment "false", leaves the pull request alone and still retires the deployments', async () => {
    const deployments = [{ id: 3, environment: 'pr-42', statuses: ['success'] }];
    fakeRepository(deployments); // no comment interceptors: a comment request would fail the run
    process.env.INPUT_COMMENT = 'false';
    await run(client);
    expect(latest(deployments[0])).toBe('inactive');
  });

  it('after a failed teardown, leaves the deployments as they are', async () => {
    const calls = fakeRepository([{ id: 3, environment: 'pr-42', statuses: ['success'] }]);
    fakeComments(`${COMMENT_MARKER}\nDeployed`);
    process.env.INPUT_STATUS = 'teardown-failed';
    await run(client);
    expect(calls).toEqual([]);
  });

  it('refuses a bad "deployments" value before calling GitHub', async () => {
    const calls = fakeRepository([]);
    process.env.INPUT_DEPLOYMENTS = 'archive';
    await expect(run(client)).rejects.toThrow(/input "deployments"/);
    expect(calls).toEqual([]);
  });
});
