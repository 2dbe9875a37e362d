import {
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTasksCommand,
  Task,
} from '@aws-sdk/client-ecs';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { ChildProcess, execFileSync, spawn, SpawnOptions } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { freePort, repoRoot } from '../support/emulator';

// The README's main command end to end: the environment `local` deployed into a fresh AWS emulator
// and run with real Airflow on the local PostgreSQL, its tasks through the ECS executor.
describe('npm start (the local stack)', () => {
  const database = `airflow_local_test_${process.pid}`;
  const state = mkdtempSync(path.join(tmpdir(), 'af-local-'));
  // A copy of the project (the deploy uploads its dags/, plugins/ and config/ as the DAG bundle),
  // with two more DAGs, which must not live in the repository's dags/: one fails, one is deleted.
  const project = mkdtempSync(path.join(tmpdir(), 'af-local-project-'));
  for (const folder of ['dags', 'plugins', 'config']) {
    cpSync(path.join(repoRoot, folder), path.join(project, folder), {
      recursive: true,
      filter: (source) => !source.includes('__pycache__'),
    });
  }
  for (const fixture of ['failing_task.py', 'deleted_by_dags_only.py']) {
    cpSync(path.join(__dirname, 'dags', fixture), path.join(project, 'dags', fixture));
  }

  let port = 0;
  let child: ChildProcess;
  let output = '';
  let password = '';
  let token = '';
  const seconds: Record<string, number> = {};
  const url = (p: string) => `http://127.0.0.1:${port}${p}`;
  const stack = () => JSON.parse(readFileSync(path.join(state, 'stack.json'), 'utf8')) as Record<string, string>;
  const aws = () => ({
    endpoint: stack().emulator,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });

  async function start(label: string): Promise<void> {
    output = '';
    const began = Date.now();
    child = spawn('npm', ['start', '--silent'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        AIRFLOW_LOCAL_PORT: String(port),
        AIRFLOW_LOCAL_DB: database,
        AIRFLOW_LOCAL_STATE: state,
        AIRFLOW_LOCAL_PROJECT: project,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const deadline = Date.now() + 300_000;
    while (!output.includes('Airflow is up')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    seconds[label] = (Date.now() - began) / 1000;
  }

  // Every process the stack starts (the emulator, the deploy, each container) carries this marker.
  const processesOfThisStack = (): string[] =>
    readdirSync('/proc')
      .filter((pid) => /^\d+$/.test(pid))
      .flatMap((pid) => {
        try {
          const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
          if (!environ.includes(`AIRFLOW_LOCAL_RUN=${state}`)) return [];
          return [`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')}`];
        } catch {
          return []; // gone meanwhile
        }
      })
      .concat(
        // setproctitle blanks the api-server's environment; its title names the stack's port.
        allProcesses()
          .filter((p) => new RegExp(`\\bapi_server -- .*\\bport:${port}\\b`).test(p.command))
          .map((p) => `${p.pid} ${p.command}`),
      );

  async function stop(): Promise<string[]> {
    process.kill(-(child.pid as number), 'SIGINT'); // what a terminal sends to the foreground process group
    const deadline = Date.now() + 90_000;
    let left = processesOfThisStack();
    const running = () => child.exitCode === null && child.signalCode === null;
    while ((left.length || running()) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      left = processesOfThisStack();
    }
    return left;
  }

  async function api<T>(method: string, p: string, body?: unknown): Promise<T> {
    const answer = await fetch(url(p), {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!answer.ok) throw new Error(`${method} ${p}: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as T;
  }

  async function signIn(): Promise<string> {
    const answer = await fetch(url('/auth/token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(answer.status).toBeLessThan(300);
    return ((await answer.json()) as { access_token: string }).access_token;
  }

  async function finishedRun(dagId: string, runId: string): Promise<string> {
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      const run = await api<{ state: string }>('GET', `/api/v2/dags/${dagId}/dagRuns/${encodeURIComponent(runId)}`);
      if (['success', 'failed'].includes(run.state)) return run.state;
      await new Promise((r) => setTimeout(r, 2000));
    }
    throw new Error(`run ${runId} of ${dagId} did not finish`);
  }

  async function trigger(dagId: string): Promise<string> {
    await api('PATCH', `/api/v2/dags/${dagId}`, { is_paused: false });
    return (await api<{ dag_run_id: string }>('POST', `/api/v2/dags/${dagId}/dagRuns`, { logical_date: null }))
      .dag_run_id;
  }

  /**
   * The stopped worker tasks the ECS executor started with RunTask for one DAG run, as the emulator
   * recorded them. A task reports its state to the api-server before its process ends (and uploads
   * its log), so the run can succeed a moment before its last task stops.
   */
  async function workerTasks(dagId: string, runId: string, count: number): Promise<{ task: Task; taskId: string }[]> {
    const ecs = new ECSClient(aws());
    const cluster = stack().cluster;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const arns = (await ecs.send(new ListTasksCommand({ cluster, desiredStatus: 'STOPPED' }))).taskArns ?? [];
      const tasks = arns.length
        ? ((await ecs.send(new DescribeTasksCommand({ cluster, tasks: arns }))).tasks ?? [])
        : [];
      const found = tasks.flatMap((task) => {
        const command = task.overrides?.containerOverrides?.[0]?.command ?? [];
        const workload = JSON.parse(command[command.indexOf('--json-string') + 1] ?? '{}');
        const ti = workload.ti ?? {};
        return ti.dag_id === dagId && ti.run_id === runId ? [{ task, taskId: ti.task_id as string }] : [];
      });
      if (found.length >= count || Date.now() > deadline) return found;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  async function s3Log(task: Task, dagId: string, runId: string, taskId: string): Promise<string> {
    const ecs = new ECSClient(aws());
    const definition = (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: task.taskDefinitionArn })))
      .taskDefinition;
    const folder = definition?.containerDefinitions?.[0].environment?.find(
      (e) => e.name === 'AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER',
    )?.value as string;
    const [, bucket, prefix] = /^s3:\/\/([^/]+)\/(.*)$/.exec(folder) as RegExpExecArray;
    const s3 = new S3Client({ ...aws(), forcePathStyle: true });
    const listed = await s3.send(
      new ListObjectsV2Command({
        Bucket: bucket,
        Prefix: `${prefix}/dag_id=${dagId}/run_id=${runId}/task_id=${taskId}/`,
      }),
    );
    const key = listed.Contents?.[0]?.Key;
    if (!key) throw new Error(`no log of ${dagId}.${taskId} under s3://${bucket}/${prefix}`);
    return (await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body?.transformToString()) ?? '';
  }

  beforeAll(async () => {
    port = await freePort();
    await start('cold');
  }, 330_000);

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
    rmSync(project, { recursive: true, force: true });
  });

  it('prints the address, the admin user and the CLI command that reads its password, never the password', () => {
    expect(output).toContain(`Airflow is up on http://localhost:${port}`);
    expect(output).toContain('user admin');
    const command = /^\s*(AWS_ENDPOINT_URL=\S+ .*npx airflow-fargate admin-password --environment local)$/m.exec(
      output,
    );
    expect(command).not.toBeNull();
    password = execFileSync('bash', ['-c', (command as RegExpExecArray)[1]], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(output).not.toContain(password);
    // Each component's state as it came up, from its task definition's init containers to healthy.
    for (const line of ['api-server/migrate: exited with code 0', 'api-server/admin-user: exited with code 0']) {
      expect(output).toContain(line);
    }
    for (const c of ['api-server', 'scheduler', 'dag-processor', 'triggerer'])
      expect(output).toContain(`${c}/airflow: healthy`);
  });

  it('reports healthy components and serves the plugin route', async () => {
    const health = (await (await fetch(url('/api/v2/monitor/health'))).json()) as Record<string, { status: string }>;
    for (const component of ['metadatabase', 'scheduler', 'triggerer', 'dag_processor']) {
      expect(health[component].status).toBe('healthy');
    }
    expect(await (await fetch(url('/hello/'))).text()).toBe('Hello, world');
  });

  it('signs the admin in through the login page in headless Chromium and shows both DAGs', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.goto(url('/'));
      await page.waitForSelector('input[name="password"]');
      await page.fill('input[name="username"]', 'admin');
      await page.fill('input[name="password"]', password);
      await page.locator('input[type="submit"], button[type="submit"]').first().click();
      await page.waitForURL((u) => !u.pathname.startsWith('/auth/login'));
      const deadline = Date.now() + 90_000;
      let found: string[] = [];
      while (Date.now() < deadline) {
        await page.goto(url('/dags'));
        await page.waitForLoadState('networkidle');
        const text = await page.locator('body').innerText();
        found = ['tutorial_taskflow_api', 'tutorial'].filter((id) => new RegExp(`\\b${id}\\b`).test(text));
        if (found.length === 2) break;
        await new Promise((r) => setTimeout(r, 3000));
      }
      expect(found).toEqual(['tutorial_taskflow_api', 'tutorial']);
    } finally {
      await browser.close();
    }
  }, 150_000);

  // The DAG-only deploy runs before the DAG runs below and is checked after them: the dag-processor
  // picks the change up meanwhile.
  const dagsOnly = { began: 0, components: {} as Record<string, number> };

  it('deploys a changed, an added and a deleted DAG alone, the sync task run by the stack', async () => {
    const before = componentProcesses();
    dagsOnly.components = before;
    expect(Object.keys(before).sort()).toEqual(['api-server', 'dag-processor', 'scheduler', 'triggerer']);
    token = await signIn();
    // The DAG to delete is live first (parsed by the time both tutorials showed, at the latest soon).
    const parsed = Date.now() + 60_000;
    const live = async () =>
      (await fetch(url('/api/v2/dags/local_deleted_by_dags_only'), { headers: { Authorization: `Bearer ${token}` } }))
        .ok;
    while (!(await live()) && Date.now() < parsed) await new Promise((r) => setTimeout(r, 2000));
    expect(await live()).toBe(true);

    const tutorial = path.join(project, 'dags', 'tutorial.py');
    writeFileSync(
      tutorial,
      readFileSync(tutorial, 'utf8').replace('tags=["example"]', 'tags=["example", "dags-only"]'),
    );
    writeFileSync(
      path.join(project, 'dags', 'added_by_dags_only.py'),
      [
        'from datetime import datetime',
        'from airflow.sdk import dag, task',
        '',
        '@dag(schedule=None, start_date=datetime(2025, 1, 1), catchup=False)',
        'def added_by_dags_only():',
        '    @task',
        '    def hello() -> None:',
        '        print("hello")',
        '',
        '    hello()',
        '',
        'added_by_dags_only()',
        '',
      ].join('\n'),
    );
    rmSync(path.join(project, 'dags', 'deleted_by_dags_only.py'));

    const syncs = () =>
      output.match(/task \w+ \(airflow-local-bundle-sync:\d+\) sync: exited with code 0/g)?.length ?? 0;
    const syncedBefore = syncs();
    const began = Date.now();
    dagsOnly.began = began;
    const deployed = await runCommand(
      'node',
      [path.join(repoRoot, 'bin', 'airflow-fargate.js'), 'deploy', '--environment', 'local', '--dags-only'],
      {
        cwd: project,
        env: {
          ...process.env,
          GITHUB_WORKSPACE: project, // the bundle's root when set (else the current folder)
          // Through the stack's proxy, as the stack prints it: the deploy waits for its sync task's real exit code.
          AWS_ENDPOINT_URL: stack().proxy,
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'local',
          AWS_SECRET_ACCESS_KEY: 'local',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        },
      },
    );
    const deploySeconds = (Date.now() - began) / 1000;
    expect({ status: deployed.status, stderr: deployed.stderr }).toMatchObject({ status: 0 });
    // The stack ran the sync task (RunTask) and reported its real exit code to the waiting deploy.
    expect(syncs()).toBe(syncedBefore + 1);
    console.log(`local stack: DAG-only deploy ${deploySeconds.toFixed(1)} s\n${deployed.stderr}`);
  }, 120_000);

  describe('DAG runs through the ECS executor', () => {
    const runs: Record<string, { id: string; state: Promise<string> }> = {};

    beforeAll(async () => {
      token = await signIn();
      for (const dagId of ['tutorial_taskflow_api', 'local_failing_task']) {
        const id = await trigger(dagId);
        runs[dagId] = { id, state: finishedRun(dagId, id) };
      }
    }, 60_000);

    it('runs tutorial_taskflow_api to success, each task in a worker task, each log JSON in S3', async () => {
      const dagId = 'tutorial_taskflow_api';
      expect(await runs[dagId].state).toBe('success');
      const workers = await workerTasks(dagId, runs[dagId].id, 3);
      expect(workers.map((w) => w.taskId).sort()).toEqual(['extract', 'load', 'transform']);
      for (const { task, taskId } of workers) {
        expect(task.taskDefinitionArn).toMatch(/:task-definition\/airflow-local-worker:\d+$/);
        const log = await s3Log(task, dagId, runs[dagId].id, taskId);
        const lines = log.split('\n').filter((l) => l.trim());
        expect(lines.length).toBeGreaterThan(2);
        for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      }
    }, 200_000);

    it('reports the failing task failed, with its log, and the real exit code through DescribeTasks', async () => {
      const dagId = 'local_failing_task';
      const runId = runs[dagId].id;
      expect(await runs[dagId].state).toBe('failed');
      const instances = await api<{ task_instances: { task_id: string; state: string }[] }>(
        'GET',
        `/api/v2/dags/${dagId}/dagRuns/${encodeURIComponent(runId)}/taskInstances`,
      );
      expect(instances.task_instances.map((t) => [t.task_id, t.state])).toEqual([['fail_on_purpose', 'failed']]);
      const logs = await api<{ content: unknown }>(
        'GET',
        `/api/v2/dags/${dagId}/dagRuns/${encodeURIComponent(runId)}/taskInstances/fail_on_purpose/logs/1`,
      );
      expect(JSON.stringify(logs.content)).toContain('this task fails on purpose');
      const [worker] = await workerTasks(dagId, runId, 1);
      expect(await s3Log(worker.task, dagId, runId, 'fail_on_purpose')).toContain('this task fails on purpose');
      // What the scheduler sees goes through the stack's proxy: the process's own exit code.
      const exited = new RegExp(
        `task ${worker.task.taskArn?.split('/').pop()?.slice(0, 8)} .* exited with code (\\d+)`,
      );
      const code = Number(exited.exec(output)?.[1]);
      const viaProxy = await new ECSClient({ ...aws(), endpoint: stack().proxy }).send(
        new DescribeTasksCommand({ cluster: stack().cluster, tasks: [worker.task.taskArn as string] }),
      );
      expect(viaProxy.tasks?.[0].containers?.[0]).toMatchObject({ lastStatus: 'STOPPED', exitCode: code });
    }, 200_000);
  });

  /** A command run without blocking the event loop (the stack's output keeps being read meanwhile). */
  function runCommand(
    command: string,
    args: string[],
    options: SpawnOptions,
  ): Promise<{ status: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const run = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      run.stdout?.on('data', (c: Buffer) => (stderr += c.toString()));
      run.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
      run.on('error', reject);
      run.on('close', (status) => resolve({ status, stderr }));
    });
  }

  /** Parent and command line of every process on the machine. */
  function allProcesses(): { pid: number; parent: number; command: string }[] {
    return readdirSync('/proc')
      .filter((pid) => /^\d+$/.test(pid))
      .flatMap((pid) => {
        try {
          const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
          return [
            { pid: Number(pid), parent, command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ') },
          ];
        } catch {
          return []; // gone meanwhile
        }
      });
  }

  /**
   * The four components' main processes: the stack's own children. (The api-server renames itself
   * with setproctitle to "airflow api_server -- host:... port:...", which also blanks its environment.)
   */
  function componentProcesses(): Record<string, number> {
    const processes = allProcesses();
    const emulator = Number(
      processesOfThisStack()
        .find((line) => line.includes('local/emulator.py'))
        ?.split(' ')[0],
    );
    const stackPid = processes.find((p) => p.pid === emulator)?.parent;
    const found: Record<string, number> = {};
    for (const p of processes.filter((each) => each.parent === stackPid)) {
      const name = /\bairflow (api[-_]server|scheduler|dag-processor|triggerer)\b/.exec(p.command)?.[1];
      if (name) found[name.replace('_', '-')] = p.pid;
    }
    return found;
  }

  it('the running dag-processor picks the DAG-only changes up from the volume, restarting nothing', async () => {
    token = await signIn();
    const { began, components: before } = dagsOnly;
    expect(began).toBeGreaterThan(0);
    // The dag-processor lists the folder every refresh interval (the task definition's setting) and
    // parses changed files every 30 s (Airflow's min_file_process_interval).
    const ecs = new ECSClient(aws());
    const processor = (
      await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'airflow-local-dag-processor' }))
    ).taskDefinition?.containerDefinitions?.[0].environment;
    const refresh = Number(processor?.find((e) => e.name === 'AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL')?.value ?? 300);
    const deadline = Date.now() + (Math.max(refresh, 30) + 60) * 1000;
    const liveAfter: Record<string, number> = {};
    while (Date.now() < deadline) {
      const dag = async (id: string) => {
        const answer = await fetch(url(`/api/v2/dags/${id}`), { headers: { Authorization: `Bearer ${token}` } });
        return answer.ok ? ((await answer.json()) as { is_stale: boolean; tags: { name: string }[] }) : undefined;
      };
      const [added, changed, deleted] = await Promise.all([
        dag('added_by_dags_only'),
        dag('tutorial'),
        dag('local_deleted_by_dags_only'),
      ]);
      const seen = {
        added: Boolean(added && !added.is_stale),
        changed: Boolean(changed?.tags.some((t) => t.name === 'dags-only')),
        deleted: !deleted || deleted.is_stale,
      };
      for (const [change, live] of Object.entries(seen)) {
        if (live) liveAfter[change] ??= Math.round((Date.now() - began) / 1000);
      }
      if (Object.keys(liveAfter).length === 3) break;
      await new Promise((r) => setTimeout(r, 2000));
    }
    expect(Object.keys(liveAfter).sort()).toEqual(['added', 'changed', 'deleted']);
    // Read from the folder standing in for the EFS volume, which the sync task filled.
    const details = await api<{ fileloc: string }>('GET', '/api/v2/dags/added_by_dags_only/details');
    const escaped = state.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(details.fileloc).toMatch(new RegExp(`^${escaped}/efs/fs-[^/]+/fsap-[^/]+/dags/added_by_dags_only\\.py$`));
    expect(componentProcesses()).toEqual(before);
    console.log(
      `local stack: DAG-only changes live after (s from the deploy's start) ${JSON.stringify(liveAfter)}; dag-processor refresh interval ${refresh} s`,
    );
  }, 480_000);

  it('stops every process it started on Ctrl-C', async () => {
    expect(processesOfThisStack().length).toBeGreaterThanOrEqual(5); // the emulator and four components, at least
    const left = await stop();
    if (left.length) console.log(`the stack's last lines:\n${output.slice(-4000)}`);
    expect(left).toEqual([]);
    await expect(fetch(url('/api/v2/monitor/health'))).rejects.toThrow();
  }, 120_000);

  it('starts again from what the first start left: same admin password, database already migrated', async () => {
    await start('warm');
    expect(output).toContain('restored the first deploy');
    expect(readFileSync(path.join(state, 'logs', 'api-server', 'admin-user.log'), 'utf8')).toContain(
      'admin user "admin" already exists',
    );
    token = await signIn(); // the password the first start generated still signs in
    expect(token).toBeTruthy();
    // The figure only: on a shared 2-core machine the difference is too noisy to assert.
    console.log(`local stack: start to healthy ${seconds.cold.toFixed(1)} s cold, ${seconds.warm.toFixed(1)} s warm`);
    expect(await stop()).toEqual([]);
  }, 420_000);
});
