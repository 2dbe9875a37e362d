import { getOctokit } from '@actions/github';
import nock from 'nock';
import { COMMENT_MARKER, commentTarget, parseStatus, renderComment, upsertComment } from '../../actions/lib/pr-comment';

// GitHub's REST API cannot be reached from here: nock answers with its documented shapes
// (issue comments: list, create, update), and a small in-memory pull request keeps the comments.
const API = 'https://api.github.com';
const target = { owner: 'octo', repo: 'pipelines', issueNumber: 42 };
const commentsPath = `/repos/octo/pipelines/issues/42/comments`;

interface Comment {
  id: number;
  body: string;
  user: { login: string };
}

function fakePullRequest(initial: Comment[] = []) {
  const comments = [...initial];
  let nextId = 1000;
  const shape = (c: Comment) => ({
    ...c,
    html_url: `https://github.com/octo/pipelines/pull/42#issuecomment-${c.id}`,
    url: `${API}/repos/octo/pipelines/issues/comments/${c.id}`,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  });
  nock(API)
    .persist()
    .get(commentsPath)
    .query(true)
    .reply(function (uri) {
      const url = new URL(uri, API);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = comments.slice((page - 1) * perPage, page * perPage).map(shape);
      const last = Math.max(1, Math.ceil(comments.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        headers.link = `<${API}${commentsPath}?per_page=${perPage}&page=${page + 1}>; rel="next", <${API}${commentsPath}?per_page=${perPage}&page=${last}>; rel="last"`;
      }
      return [200, slice, headers];
    })
    .post(commentsPath)
    .reply(201, (_uri, body) => {
      const comment = { id: nextId++, body: (body as { body: string }).body, user: { login: 'github-actions[bot]' } };
      comments.push(comment);
      return shape(comment);
    })
    .patch(/\/repos\/octo\/pipelines\/issues\/comments\/\d+$/)
    .reply(200, (uri, body) => {
      const id = Number(uri.split('/').pop());
      const comment = comments.find((c) => c.id === id);
      if (!comment) return { message: 'Not Found' };
      comment.body = (body as { body: string }).body;
      return shape(comment);
    });
  return comments;
}

const client = () => getOctokit('test-token', { request: { retries: 0 } });
const at = '2026-03-01T12:00:00.000Z';
const deployed = (image: string) =>
  renderComment({
    environment: 'pr-42',
    status: 'deployed',
    url: 'http://203.0.113.7:8080',
    image,
    runUrl: 'https://github.com/octo/pipelines/actions/runs/1',
    at,
  });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('the sticky pull-request comment', () => {
  it('is created on the first deploy, with the URL, status, image and run link', async () => {
    const comments = fakePullRequest([{ id: 7, body: 'LGTM', user: { login: 'alice' } }]);
    const result = await upsertComment(client(), target, deployed('repo@sha256:aaa'));
    expect(result).toMatchObject({ action: 'created', id: 1000 });
    expect(comments).toHaveLength(2);
    const body = comments[1].body;
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('http://203.0.113.7:8080');
    expect(body).toContain('Deployed');
    expect(body).toContain('`repo@sha256:aaa`');
    expect(body).toContain('[workflow run](https://github.com/octo/pipelines/actions/runs/1)');
    expect(comments[0].body).toBe('LGTM');
  });

  it('is updated in place by later runs, never duplicated', async () => {
    const comments = fakePullRequest();
    const first = await upsertComment(client(), target, deployed('repo@sha256:aaa'));
    const second = await upsertComment(client(), target, deployed('repo@sha256:bbb'));
    expect(second).toMatchObject({ action: 'updated', id: 'id' in first ? first.id : -1 });
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('repo@sha256:bbb');
    expect(comments[0].body).not.toContain('repo@sha256:aaa');
    // The same content again: no write at all.
    expect(await upsertComment(client(), target, deployed('repo@sha256:bbb'))).toMatchObject({ action: 'unchanged' });
  });

  it('is found past the first page of a long conversation', async () => {
    const chatter = Array.from({ length: 150 }, (_, i) => ({
      id: i + 1,
      body: `comment ${i}`,
      user: { login: 'bob' },
    }));
    chatter[120].body = `${COMMENT_MARKER}\nold`;
    const comments = fakePullRequest(chatter);
    expect(await upsertComment(client(), target, deployed('x'))).toMatchObject({ action: 'updated', id: 121 });
    expect(comments).toHaveLength(150);
  });

  it('is marked torn down by the teardown, without the dead URL', async () => {
    const comments = fakePullRequest();
    await upsertComment(client(), target, deployed('repo@sha256:aaa'));
    const torn = renderComment({ environment: 'pr-42', status: 'torn-down', runUrl: 'https://x/runs/2', at });
    expect(await upsertComment(client(), target, torn)).toMatchObject({ action: 'updated' });
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('Torn down');
    expect(comments[0].body).not.toContain('203.0.113.7');
    expect(comments[0].body).toContain('https://x/runs/2');
  });

  it('reports GitHub refusing the write (a read-only token) as a failure', async () => {
    nock(API).get(commentsPath).query(true).reply(200, []);
    nock(API)
      .post(commentsPath)
      .reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com' });
    await expect(upsertComment(client(), target, deployed('x'))).rejects.toThrow(/Resource not accessible/);
  });
});

describe('where to comment', () => {
  const sameRepo = {
    number: 42,
    head: { repo: { full_name: 'octo/pipelines', fork: false } },
    base: { repo: { full_name: 'octo/pipelines' } },
  };
  it.each([
    ['the event pull request', { environment: 'pr-42', payload: { pull_request: sameRepo } }, 42],
    ['a dispatched teardown of pr-7', { environment: 'pr-7', payload: {} }, 7],
    ['the pull-request input first', { environment: 'pr-7', pullRequest: '9', payload: {} }, 9],
  ])('%s', (_name, options, number) => {
    expect(commentTarget({ repository: 'octo/pipelines', ...options })).toEqual({
      target: { owner: 'octo', repo: 'pipelines', issueNumber: number },
    });
  });

  it.each([
    ['a fork', { ...sameRepo, head: { repo: { full_name: 'mallory/pipelines', fork: true } } }, /fork/],
    ['a deleted fork', { ...sameRepo, head: { repo: null } }, /fork/],
  ])('skips %s', (_name, pullRequest, reason) => {
    const where = commentTarget({
      repository: 'octo/pipelines',
      environment: 'pr-42',
      payload: { pull_request: pullRequest },
    });
    expect(where).toEqual({ skip: expect.stringMatching(reason) });
  });

  it('skips an environment of no pull request (main)', () => {
    expect(commentTarget({ repository: 'octo/pipelines', environment: 'main', payload: {} })).toEqual({
      skip: expect.stringContaining('no pull request'),
    });
  });

  it.each([['0'], ['abc'], ['4.2']])('refuses pull-request "%s"', (value) => {
    expect(() => commentTarget({ repository: 'o/r', environment: 'x', pullRequest: value, payload: {} })).toThrow(
      /input "pull-request"/,
    );
  });

  it('refuses an unknown status, naming the choices', () => {
    expect(() => parseStatus('done')).toThrow(/deploying, deployed, failed, torn-down/);
  });
});
