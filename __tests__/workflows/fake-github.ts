import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * GitHub's REST API for one repository, as far as the pr-comment action uses it (issue comments;
 * deployments and their statuses), served on 127.0.0.1 with GitHub's response shapes, so that the
 * committed bundle can run in its own process as the runner runs it (nock only reaches this
 * process). Pagination is left out: the lists stay short here, pr-comment.test.ts and
 * github-deployments.test.ts cover it.
 */
export interface FakeGitHub {
  url: string;
  comments: Map<number, Array<{ id: number; body: string }>>;
  deployments: Array<{ id: number; environment: string; statuses: string[] }>;
  /** What GitHub does when a job that declares `environment:` starts and succeeds. */
  recordDeployment(environment: string): void;
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeGitHub(repository: string): Promise<FakeGitHub> {
  const comments = new Map<number, Array<{ id: number; body: string }>>();
  const deployments: FakeGitHub['deployments'] = [];
  const requests: string[] = [];
  let nextId = 1;
  const base = `/repos/${repository}`;
  const commentShape = (c: { id: number; body: string }, issue: number) => ({
    ...c,
    html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${c.id}`,
    user: { login: 'github-actions[bot]' },
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {};
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(status === 204 ? undefined : JSON.stringify(data));
    };
    const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : '';
    let m: RegExpExecArray | null;
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      const list = comments.get(issue) ?? [];
      comments.set(issue, list);
      if (req.method === 'GET')
        return send(
          200,
          list.map((c) => commentShape(c, issue)),
        );
      const comment = { id: nextId++, body: body.body };
      list.push(comment);
      return send(201, commentShape(comment, issue));
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(path)) && req.method === 'PATCH') {
      for (const [issue, list] of comments) {
        const comment = list.find((c) => c.id === Number(m![1]));
        if (comment) return send(200, commentShape(Object.assign(comment, { body: body.body }), issue));
      }
      return send(404, { message: 'Not Found' });
    }
    if (path === '/deployments' && req.method === 'GET') {
      const environment = url.searchParams.get('environment');
      const found = deployments.filter((d) => !environment || d.environment === environment).reverse();
      return send(
        200,
        found.map((d) => ({ id: d.id, environment: d.environment, ref: 'topic', task: 'deploy' })),
      );
    }
    if ((m = /^\/deployments\/(\d+)\/statuses$/.exec(path))) {
      const deployment = deployments.find((d) => d.id === Number(m![1]));
      if (!deployment) return send(404, { message: 'Not Found' });
      if (req.method === 'GET') {
        return send(
          200,
          [...deployment.statuses].reverse().map((state, i) => ({ id: i + 1, state })),
        );
      }
      deployment.statuses.push(body.state);
      return send(201, { id: nextId++, state: body.state });
    }
    return send(404, { message: `Not Found (the fake has no ${req.method} ${url.pathname})` });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      res.writeHead(500);
      res.end(JSON.stringify({ message: err.message }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    comments,
    deployments,
    requests,
    recordDeployment(environment) {
      deployments.push({ id: nextId++, environment, statuses: ['in_progress', 'success'] });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
