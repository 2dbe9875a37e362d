import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { freePort, repoRoot } from './support/emulator';

// The README's main-job command, end to end: real Airflow from the test bed on the local PostgreSQL.
describe('npm start (the main job)', () => {
  const database = `airflow_start_${process.pid}`;
  const state = mkdtempSync(path.join(tmpdir(), 'af-start-'));
  let port = 0;
  let child: ChildProcess;
  let output = '';

  beforeAll(async () => {
    port = await freePort();
    child = spawn('npm', ['start', '--silent'], {
      cwd: repoRoot,
      env: { ...process.env, AIRFLOW_LOCAL_PORT: String(port), AIRFLOW_LOCAL_DB: database, AIRFLOW_LOCAL_STATE: state },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const deadline = Date.now() + 240_000;
    while (!output.includes('Airflow is up')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 300_000);

  afterAll(() => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // already stopped by the test
    }
    execFileSync('psql', [
      '-h',
      '127.0.0.1',
      '-U',
      'postgres',
      '-qc',
      `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`,
    ]);
    rmSync(state, { recursive: true, force: true });
  });

  // Every process started for this run has its AIRFLOW_HOME inside our state folder.
  const processesOfThisStart = (): string[] =>
    readdirSync('/proc')
      .filter((pid) => /^\d+$/.test(pid))
      .flatMap((pid) => {
        try {
          const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
          if (!environ.includes(`AIRFLOW_HOME=${state}/home`)) return [];
          return [`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')}`];
        } catch {
          return []; // gone meanwhile
        }
      });

  const url = (p: string) => `http://127.0.0.1:${port}${p}`;

  it('prints the address, the user and where the password is, never the password itself', () => {
    const password = /ADMIN_PASSWORD=(.*)/.exec(readFileSync(path.join(state, 'secrets.env'), 'utf8'))?.[1] as string;
    expect(output).toContain(`http://localhost:${port}`);
    expect(output).toContain('user admin');
    expect(output).not.toContain(password);
  });

  it('serves the plugin route and reports healthy components', async () => {
    expect(await (await fetch(url('/hello/'))).text()).toBe('Hello, world');
    const health = (await (await fetch(url('/api/v2/monitor/health'))).json()) as Record<string, { status: string }>;
    expect(health.metadatabase.status).toBe('healthy');
    expect(health.scheduler.status).toBe('healthy');
  });

  it('signs the admin in and lists exactly our two DAGs', async () => {
    const password = /ADMIN_PASSWORD=(.*)/.exec(readFileSync(path.join(state, 'secrets.env'), 'utf8'))?.[1];
    const wrong = await fetch(url('/auth/token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'not-the-password' }),
    });
    expect(wrong.status).toBe(401);
    const token = await fetch(url('/auth/token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(token.status).toBeLessThan(300);
    const { access_token: accessToken } = (await token.json()) as { access_token: string };
    const deadline = Date.now() + 90_000;
    let ids: string[] = [];
    while (Date.now() < deadline) {
      const answer = await fetch(url('/api/v2/dags'), { headers: { Authorization: `Bearer ${accessToken}` } });
      const dags = (await answer.json()) as { dags: { dag_id: string }[] };
      ids = dags.dags.map((d) => d.dag_id).sort();
      if (ids.length >= 2) break;
      await new Promise((r) => setTimeout(r, 2000));
    }
    expect(ids).toEqual(['tutorial', 'tutorial_taskflow_api']);
  }, 120_000);

  it('stops every process it started on Ctrl-C', async () => {
    const started = processesOfThisStart();
    expect(started.length).toBeGreaterThanOrEqual(4); // api-server, scheduler, dag-processor, triggerer and their children
    process.kill(-(child.pid as number), 'SIGINT'); // what a terminal sends to the foreground process group
    const deadline = Date.now() + 60_000;
    let left = started;
    while (left.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      left = processesOfThisStart();
    }
    expect(left).toEqual([]);
    await expect(fetch(url('/api/v2/monitor/health'))).rejects.toThrow();
  }, 90_000);
});
