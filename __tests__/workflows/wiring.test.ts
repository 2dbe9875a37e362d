import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../support/emulator';
import {
  ACTIONS_PATH,
  calledWorkflow,
  condition,
  Doc,
  evaluate,
  expressions,
  interpolate,
  jobRuns,
  needsOf,
  ourAction,
  runShellStep,
  callerCheckout,
  strings,
  triggers,
  workflow,
  workflowFiles,
  workflowText,
} from './workflow-files';

const REUSABLE = ['deploy.yml', 'teardown.yml'];
const OURS = [...REUSABLE, 'environments.yml'];
const jobsOf = (file: string): Array<[string, Doc]> => Object.entries(workflow(file).jobs);

/** The caller workflow the README shows adopters, its `uses` pointed at the files here. */
function readmeCaller(): Doc {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Adopting it'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1];
  const doc = parse(yaml);
  for (const job of Object.values<Doc>(doc.jobs)) {
    expect(job.uses).toMatch(/^<owner>\/airflow-fargate\/\.github\/workflows\/[\w-]+\.yml@v1/);
    job.uses = job.uses.replace(/^<owner>\/airflow-fargate\/(.*)@v1.*$/, './$1');
  }
  return doc;
}

describe('triggers', () => {
  it('deploy is reusable only; teardown is reusable and dispatchable with the same inputs', () => {
    expect(Object.keys(triggers(workflow('deploy.yml')))).toEqual(['workflow_call']);
    const teardown = triggers(workflow('teardown.yml'));
    expect(Object.keys(teardown).sort()).toEqual(['workflow_call', 'workflow_dispatch']);
    expect(Object.keys(teardown.workflow_dispatch.inputs).sort()).toEqual(
      Object.keys(teardown.workflow_call.inputs).sort(),
    );
    for (const name of ['environment', 'confirm', 'dry-run'])
      expect(teardown.workflow_dispatch.inputs[name]).toBeDefined();
    const deploy = triggers(workflow('deploy.yml')).workflow_call;
    expect(Object.keys(deploy.inputs)).toEqual(
      expect.arrayContaining(['environment', 'aws-region', 'config', 'role-to-assume', 'image']),
    );
    expect(deploy.inputs.environment.required).toBe(true);
    expect(deploy.outputs.url.value).toBe('${{ jobs.run-airflow.outputs.url }}');
  });

  it('environments: pushes to main, the pull-request events, and a schedule', () => {
    const on = triggers(workflow('environments.yml'));
    expect(on.push.branches).toEqual(['main']);
    expect(on.pull_request.types.sort()).toEqual(['closed', 'opened', 'reopened', 'synchronize']);
    expect(on.schedule[0].cron).toMatch(/^[\d*/, -]+$/);
  });

  // Each event, as GitHub would deliver it, against the jobs' `if`s: which jobs run, on what.
  const repository = 'octo/airflow-fargate';
  const pr = (action: string, head = repository) => ({
    event_name: 'pull_request',
    repository,
    event: { action, number: 42, pull_request: { number: 42, head: { repo: head ? { full_name: head } : null } } },
  });
  const cases: Array<[string, Doc, Record<string, string>]> = [
    [
      'a push to main',
      { event_name: 'push', repository, ref: 'refs/heads/main', event: {} },
      { 'deploy-main': 'main' },
    ],
    ['a pull request opened', pr('opened'), { 'deploy-preview': 'pr-42' }],
    ['a pull request updated', pr('synchronize'), { 'deploy-preview': 'pr-42' }],
    ['a pull request reopened', pr('reopened'), { 'deploy-preview': 'pr-42' }],
    ['a pull request closed', pr('closed'), { 'teardown-preview': 'pr-42' }],
    ['a pull request from a fork', pr('opened', 'mallory/airflow-fargate'), { fork: '' }],
    ['a fork closing', pr('closed', 'mallory/airflow-fargate'), { fork: '' }],
    ['a pull request from a deleted fork', pr('synchronize', ''), { fork: '' }],
    ['the schedule', { event_name: 'schedule', repository, event: {} }, { 'find-stale-previews': '' }],
  ];
  it.each(cases)('%s runs exactly the right jobs', (_name, github, expected) => {
    const ran: Record<string, string> = {};
    for (const [id, job] of jobsOf('environments.yml')) {
      if (needsOf(job).length) continue; // the sweep's teardowns follow find-stale-previews
      if (condition(job.if, { github, secrets: {}, inputs: {} })) {
        ran[id] = job.with?.environment === undefined ? '' : interpolate(job.with.environment, { github });
      }
    }
    expect(ran).toEqual(expected);
  });

  const readmeCases: Array<[string, Doc, Record<string, string>]> = [
    ['a push to main', cases[0][1], { deploy: 'main' }],
    ['a pull request opened', pr('opened'), { deploy: 'pr-42' }],
    ['a pull request updated', pr('synchronize'), { deploy: 'pr-42' }],
    ['a pull request closed', pr('closed'), { teardown: 'pr-42' }],
    ['a pull request from a fork', pr('opened', 'mallory/airflow-fargate'), {}],
    ['a fork closing', pr('closed', 'mallory/airflow-fargate'), {}],
  ];
  it.each(readmeCases)("the README's caller workflow: %s", (_name, github, expected) => {
    const ran: Record<string, string> = {};
    for (const [id, job] of Object.entries<Doc>(readmeCaller().jobs)) {
      if (condition(job.if, { github })) ran[id] = interpolate(job.with.environment, { github });
    }
    expect(ran).toEqual(expected);
  });

  it('forks are told why they get no preview', () => {
    const steps = workflow('environments.yml').jobs.fork.steps;
    expect(strings(steps).join('\n')).toMatch(/::notice[^:]*::.*fork/i);
    expect(workflow('environments.yml').jobs.fork.permissions).toEqual({});
  });

  it('the sweep tears down each stale preview the script lists, and nothing when it lists none', () => {
    const { sweep } = workflow('environments.yml').jobs;
    expect(sweep.uses).toBe('./.github/workflows/teardown.yml');
    expect(sweep.with.environment).toBe('${{ matrix.environment }}');
    const needs = (environments: string) => ({ 'find-stale-previews': { outputs: { environments } } });
    expect(condition(sweep.if, { needs: needs('[]') })).toBe(false);
    expect(condition(sweep.if, { needs: needs('["pr-3","pr-9"]') })).toBe(true);
    expect(evaluate(sweep.strategy.matrix.environment.slice(3, -2), { needs: needs('["pr-3","pr-9"]') })).toEqual([
      'pr-3',
      'pr-9',
    ]);
  });

  it('nothing runs on pull_request_target, anywhere', () => {
    for (const file of workflowFiles()) {
      expect(Object.keys(triggers(workflow(file)))).not.toContain('pull_request_target');
      const code = workflowText(file)
        .split('\n')
        .filter((line) => !/^\s*#/.test(line));
      expect(code.join('\n')).not.toMatch(/pull_request_target/);
    }
  });
});

describe('credentials and permissions', () => {
  it('no AWS access keys anywhere: every AWS step assumes a role through OIDC', () => {
    for (const file of workflowFiles()) {
      expect(workflowText(file)).not.toMatch(
        /aws-access-key-id|aws-secret-access-key|AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|AKIA[0-9A-Z]{16}/,
      );
    }
    let seen = 0;
    for (const file of OURS) {
      for (const [id, job] of jobsOf(file)) {
        for (const step of job.steps ?? []) {
          if (!String(step.uses).startsWith('aws-actions/configure-aws-credentials@')) continue;
          seen++;
          expect(step.uses).toBe('aws-actions/configure-aws-credentials@v6');
          expect(Object.keys(step.with).sort()).toEqual(['aws-region', 'role-session-name', 'role-to-assume']);
          expect(job.permissions).toMatchObject({ 'id-token': 'write' });
          expect(`${file} ${id} ${step.with['role-to-assume']}`).toMatch(/role-to-assume|vars\.AWS_DEPLOY_ROLE_ARN/);
        }
      }
    }
    expect(seen).toBe(6); // deploy's four AWS jobs, teardown's, and the sweep's search
  });

  it('the role ARN is a repository variable, as the README tells adopters, never a secret', () => {
    for (const file of OURS) expect(workflowText(file)).not.toMatch(/secrets\.|^\s*secrets:/m);
    const given = (job: Doc) => job.with?.['role-to-assume'];
    for (const [, job] of jobsOf('environments.yml').filter(([, j]) => j.uses)) {
      expect(interpolate(given(job), { vars: { AWS_DEPLOY_ROLE_ARN: 'arn:aws:iam::1:role/d' } })).toBe(
        'arn:aws:iam::1:role/d',
      );
    }
    // A teardown dispatched from the Actions tab has no caller: it reads the variable itself.
    const step = workflow('teardown.yml').jobs.teardown.steps.find((s: Doc) => s.uses?.startsWith('aws-actions/'));
    const ctx = (given: string) => ({ inputs: { 'role-to-assume': given }, vars: { AWS_DEPLOY_ROLE_ARN: 'arn:var' } });
    expect(interpolate(step.with['role-to-assume'], ctx(''))).toBe('arn:var');
    expect(interpolate(step.with['role-to-assume'], ctx('arn:input'))).toBe('arn:input');
  });

  // What each kind of job may be granted: the OIDC token where AWS is called, pull-request writes
  // only where the comment is written, deployment writes only where a teardown retires them. A job
  // calling a reusable workflow grants the union of its jobs' permissions, skipped ones included:
  // GitHub refuses to start the run otherwise ("The nested job 'comment' is requesting
  // 'pull-requests: write', but is only allowed 'pull-requests: none'"), before any `if`.
  function needed(job: Doc): Record<string, string> {
    const called = calledWorkflow(job.uses);
    if (called) return Object.assign({}, ...Object.values<Doc>(called.jobs).map(needed));
    const uses = (job.steps ?? []).map((s: Doc) => String(s.uses ?? ''));
    const runs = (job.steps ?? []).map((s: Doc) => String(s.run ?? '')).join('\n');
    const want: Record<string, string> = {};
    if (uses.some((u: string) => u.startsWith('actions/checkout@'))) want.contents = 'read';
    if (uses.some((u: string) => u.startsWith('aws-actions/configure-aws-credentials@'))) want['id-token'] = 'write';
    const comments = (job.steps ?? []).filter((s: Doc) => ourAction(s.uses)?.name === 'pr-comment');
    if (comments.length) want['pull-requests'] = 'write';
    if (comments.some((s: Doc) => /torn-down/.test(s.with?.status))) want.deployments = 'write';
    if (/sweep-previews/.test(runs)) want['pull-requests'] = 'read';
    return want;
  }

  it.each(OURS)('%s: no default permissions; each job is granted exactly what it needs', (file) => {
    const doc = workflow(file);
    expect(doc.permissions).toEqual({});
    for (const [id, job] of jobsOf(file)) {
      expect({ job: id, permissions: job.permissions }).toEqual({ job: id, permissions: needed(job) });
    }
  });

  it("the README's caller workflow grants each call what it needs, no more", () => {
    const doc = readmeCaller();
    expect(doc.permissions).toEqual({});
    for (const [id, job] of Object.entries<Doc>(doc.jobs)) {
      expect({ job: id, permissions: job.permissions }).toEqual({ job: id, permissions: needed(job) });
    }
  });

  it('pull-request and deployment writes: only the jobs that run pr-comment, and their callers', () => {
    const writers = OURS.flatMap((file) =>
      jobsOf(file)
        .filter(([, job]) => job.permissions?.['pull-requests'] === 'write' || job.permissions?.deployments)
        .map(([id, job]) => {
          const runsPrComment = (job.steps ?? []).some((s: Doc) => ourAction(s.uses)?.name === 'pr-comment');
          return `${file}:${id}:${job.uses ?? (runsPrComment ? 'pr-comment' : 'other steps')}`;
        }),
    );
    expect(writers.sort()).toEqual([
      'deploy.yml:comment:pr-comment',
      'environments.yml:deploy-main:./.github/workflows/deploy.yml',
      'environments.yml:deploy-preview:./.github/workflows/deploy.yml',
      'environments.yml:sweep:./.github/workflows/teardown.yml',
      'environments.yml:teardown-preview:./.github/workflows/teardown.yml',
      'teardown.yml:comment:pr-comment',
    ]);
    expect(workflow('teardown.yml').jobs.comment.permissions.deployments).toBe('write');
    expect(workflow('deploy.yml').jobs.comment.permissions.deployments).toBeUndefined();
  });
});

describe('concurrency', () => {
  it.each(REUSABLE)('%s queues per environment and never cancels a run half-way', (file) => {
    const { concurrency } = workflow(file);
    expect(concurrency).toEqual({
      group: 'airflow-fargate-deploy-${{ inputs.environment }}',
      'cancel-in-progress': false,
    });
    const group = (environment: string) => interpolate(concurrency.group, { inputs: { environment } });
    expect(group('pr-7')).not.toBe(group('pr-70'));
    expect(group('main')).toBe('airflow-fargate-deploy-main');
  });
});

describe('the deploy chain', () => {
  const jobs = workflow('deploy.yml').jobs;
  const actionJob = (name: string) =>
    Object.entries<Doc>(jobs).find(([, job]) => (job.steps ?? []).some((s: Doc) => ourAction(s.uses)?.name === name));

  it('builds the image and provisions the database side by side, then task definitions, then Airflow', () => {
    expect(needsOf(actionJob('build-push-image')![1])).toEqual(['scope']);
    expect(needsOf(actionJob('provision-rds')![1])).toEqual(['scope']);
    expect(needsOf(actionJob('register-task-defs')![1]).sort()).toEqual(['build-push-image', 'provision-rds']);
    expect(needsOf(actionJob('run-airflow')![1])).toEqual(['scope', 'register-task-defs']);
    const register = actionJob('register-task-defs')![1].steps.find((s: Doc) => ourAction(s.uses));
    expect(register.with.image).toBe('${{ needs.build-push-image.outputs.image }}');
  });

  // The jobs GitHub runs, in order, given the scope job's answer and every job that runs succeeding.
  function ran(scope: string | undefined): Record<string, string> {
    const done: Record<string, { result: string; outputs: Record<string, string> }> = {};
    const withs: Record<string, string> = {};
    const pending = Object.keys(jobs);
    while (pending.length) {
      const id = pending.find((j) => needsOf(jobs[j]).every((n) => n in done)) as string;
      pending.splice(pending.indexOf(id), 1);
      const ctx = { inputs: { comment: true }, github: { event_name: 'pull_request' }, needs: done };
      if (!jobRuns(jobs[id], ctx)) {
        done[id] = { result: 'skipped', outputs: {} };
        continue;
      }
      const failed = id === 'scope' && scope === undefined;
      done[id] = { result: failed ? 'failure' : 'success', outputs: id === 'scope' && scope ? { scope } : {} };
      const step = (jobs[id].steps as Doc[]).find((s) => ourAction(s.uses));
      withs[id] =
        step?.with?.['dags-only'] === undefined ? done[id].result : String(interpolate(step.with['dags-only'], ctx));
    }
    return withs;
  }

  it.each([
    [
      'full',
      {
        scope: 'success',
        'build-push-image': 'success',
        'provision-rds': 'success',
        'register-task-defs': 'success',
        'run-airflow': 'false',
        comment: 'success',
      },
    ],
    ['dags', { scope: 'success', 'run-airflow': 'true', comment: 'success' }],
    ['bundle', { scope: 'success', 'run-airflow': 'true', comment: 'success' }],
    [undefined, { scope: 'failure', comment: 'success' }],
  ])('scope %s: runs exactly these jobs (run-airflow with dags-only as shown)', (scope, expected) => {
    expect(ran(scope)).toEqual(expected);
  });

  it('declares the GitHub environment with the URL run-airflow reports', () => {
    const [, job] = actionJob('run-airflow')!;
    expect(job.environment).toEqual({ name: '${{ inputs.environment }}', url: '${{ steps.run.outputs.url }}' });
    expect(job.steps.find((s: Doc) => s.id === 'run').uses).toBe(`./${ACTIONS_PATH}/actions/run-airflow`);
  });

  it('comments on the pull request whatever the outcome, with the status it had', () => {
    const { comment } = jobs;
    const github = (event_name: string) => ({ event_name });
    const ctx = (result: string, event = 'pull_request') => ({
      github: github(event),
      inputs: { comment: true, environment: 'pr-42' },
      needs: {
        'run-airflow': { result, outputs: { url: 'http://x' } },
        'build-push-image': { outputs: { image: 'i' } },
      },
      __status: result === 'success' ? 'success' : 'failure',
    });
    expect(condition(comment.if, ctx('failure'))).toBe(true);
    expect(needsOf(comment)).toContain('scope');
    expect(condition(comment.if, ctx('success', 'push'))).toBe(false);
    const step = comment.steps.find((s: Doc) => ourAction(s.uses)?.name === 'pr-comment');
    expect(interpolate(step.with.status, ctx('success'))).toBe('deployed');
    expect(interpolate(step.with.status, ctx('failure'))).toBe('failed');
    expect(interpolate(step.with.status, ctx('skipped'))).toBe('failed');
    const teardownJob = workflow('teardown.yml').jobs.comment;
    const teardownStep = teardownJob.steps.find((s: Doc) => ourAction(s.uses));
    const after = (result: string, inputs: Doc = {}) => ({
      inputs: { environment: 'pr-42', comment: true, 'dry-run': false, ...inputs },
      needs: { teardown: { result } },
      __status: result === 'success' ? 'success' : 'failure',
    });
    expect(interpolate(teardownStep.with.status, after('success'))).toBe('torn-down');
    expect(interpolate(teardownStep.with.status, after('failure'))).toBe('teardown-failed');
    // After every real teardown, failed ones included (the comment says so), and of any environment
    // (its deployments); a dry run deletes nothing, so it changes nothing on GitHub either.
    expect(condition(teardownJob.if, after('failure'))).toBe(true);
    expect(condition(teardownJob.if, after('success', { environment: 'main' }))).toBe(true);
    expect(condition(teardownJob.if, after('success', { 'dry-run': true }))).toBe(false);
    expect(interpolate(teardownStep.with.comment, after('success', { comment: false }))).toBe(false);
  });
});

describe('our actions inside reusable workflows', () => {
  it.each(OURS)("%s: each job checks out the caller's repository, then ours at this workflow's commit", (file) => {
    for (const [id, job] of jobsOf(file)) {
      const steps: Doc[] = job.steps ?? [];
      const first = steps.findIndex((s) => ourAction(s.uses));
      if (first < 0) continue;
      const ours = steps.findIndex(
        (s) => String(s.uses).startsWith('actions/checkout@') && s.with?.path === ACTIONS_PATH,
      );
      expect({ id, ours }).toEqual({ id, ours: expect.any(Number) });
      expect(ours).toBeGreaterThanOrEqual(0);
      expect(ours).toBeLessThan(first);
      const checkout = steps[ours].with;
      expect(checkout.repository).toMatch(/inputs\.actions-repository \|\| .*workflow_repository/);
      expect(checkout.ref).toMatch(/inputs\.actions-ref \|\| .*workflow_sha/);
      expect(checkout['persist-credentials']).toBe(false);
      // What the runner resolves: this workflow's repository and commit, unless the inputs say otherwise.
      const job_ = { workflow_repository: 'octo/airflow-fargate', workflow_sha: 'abc123' };
      expect(interpolate(checkout.repository, { inputs: {}, job: job_ })).toBe('octo/airflow-fargate');
      expect(interpolate(checkout.ref, { inputs: { 'actions-ref': 'v1' }, job: job_ })).toBe('v1');
      // The caller's checkout (which empties the workspace) comes first, at the workspace root.
      const callers = steps.filter((s, i) => i < ours && String(s.uses).startsWith('actions/checkout@'));
      for (const c of callers) expect(c.with?.path ?? '').toBe('');
      if (ourAction(steps[first].uses)?.name !== 'pr-comment') expect(callers).toHaveLength(1);
      // And a clear error first when the runner cannot name them (GitHub Enterprise Server).
      const guard = steps.slice(0, ours).find((s) => /workflow_repository/.test(s.env?.REPOSITORY ?? ''));
      expect(guard?.run).toMatch(/::error::.*actions-repository/);
    }
  });
});

describe('every reference resolves', () => {
  function check(file: string, doc: Doc = workflow(file)): string[] {
    const problems: string[] = [];
    const call = triggers(doc).workflow_call;
    for (const [name, output] of Object.entries<Doc>(call?.outputs ?? {})) {
      for (const m of strings(output.value)
        .join(' ')
        .matchAll(/jobs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (!doc.jobs[m[1]]?.outputs?.[m[2]]) problems.push(`${file} output ${name}: no jobs.${m[1]}.outputs.${m[2]}`);
      }
    }
    for (const [id, job] of Object.entries<Doc>(doc.jobs)) {
      const where = `${file} ${id}`;
      // needs.<job>.outputs.<name>: a job this one needs, which declares that output.
      for (const text of strings(job)) {
        for (const expr of expressions(text).concat(text === job.if ? [text] : [])) {
          for (const m of expr.matchAll(/needs\.([\w-]+)\.(outputs\.([\w-]+)|result)/g)) {
            if (!needsOf(job).includes(m[1])) problems.push(`${where}: needs.${m[1]} without needs: ${m[1]}`);
            const other = doc.jobs[m[1]];
            const declared = other?.uses ? calledWorkflow(other.uses)?.on.workflow_call.outputs : other?.outputs;
            if (m[3] && !declared?.[m[3]]) problems.push(`${where}: ${m[1]} declares no output ${m[3]}`);
          }
        }
      }
      // steps.<id>.outputs.<name>: an earlier step of this job that declares (or writes) it.
      const steps: Doc[] = job.steps ?? [];
      const outputsOf = (step: Doc): string[] => {
        const action = ourAction(step.uses);
        if (action) return Object.keys(action.spec.outputs ?? {});
        const script = /bash (scripts\/[\w.-]+)/.exec(String(step.run ?? ''));
        const text = String(step.run ?? '') + (script ? readFileSync(path.join(repoRoot, script[1]), 'utf8') : '');
        return [...text.matchAll(/echo "([\w-]+)=/g)].map((m) => m[1]);
      };
      const refs = [job.outputs, job.environment, ...steps.map((s) => [s.with, s.env, s.run, s.if])];
      for (const m of strings(refs)
        .join('\n')
        .matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const step = steps.find((s) => s.id === m[1]);
        if (!step) problems.push(`${where}: no step ${m[1]}`);
        else if (!outputsOf(step).includes(m[2])) problems.push(`${where}: step ${m[1]} has no output ${m[2]}`);
      }
      // with: given to our actions and to our reusable workflows: declared inputs, required ones given.
      const targets: Array<[string, Doc | undefined, Doc | undefined, Doc | undefined]> = [
        [`${where} ${job.uses}`, calledWorkflow(job.uses)?.on.workflow_call.inputs, job.with, job],
        ...steps
          .map((s) => [s, ourAction(s.uses)] as const)
          .filter(([, a]) => a)
          .map(([s, a]) => [`${where} ${a!.name}`, a!.spec.inputs, s.with, undefined] as [string, Doc, Doc, undefined]),
      ];
      for (const [label, inputs, given, caller] of targets) {
        if (!inputs) continue;
        for (const key of Object.keys(given ?? {}))
          if (!(key in inputs)) problems.push(`${label}: undeclared input ${key}`);
        for (const [key, decl] of Object.entries<Doc>(inputs)) {
          if (decl.required && decl.default === undefined && !(key in (given ?? {}))) {
            problems.push(`${label}: required input ${key} not given`);
          }
        }
        if (caller?.secrets && caller.secrets !== 'inherit') {
          const declared = calledWorkflow(caller.uses)?.on.workflow_call.secrets ?? {};
          for (const key of Object.keys(caller.secrets))
            if (!(key in declared)) problems.push(`${label}: undeclared secret ${key}`);
        }
      }
    }
    return problems;
  }

  it.each(OURS)('%s', (file) => expect(check(file)).toEqual([]));
  it("the README's caller workflow", () => expect(check('README.md', readmeCaller())).toEqual([]));

  it('and the check finds a wrong input, a missing required one, and an undeclared output', () => {
    const doc = workflow('deploy.yml');
    const step = doc.jobs['run-airflow'].steps.find((s: Doc) => s.id === 'run');
    const broken = JSON.stringify(doc).replace('steps.run.outputs.url', 'steps.run.outputs.address');
    expect(step.with.environment).toBeDefined();
    const parsed = JSON.parse(broken);
    parsed.jobs['run-airflow'].steps.find((s: Doc) => s.id === 'run').with = { colour: 'blue' };
    const problems = check('deploy.yml', parsed);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/run-airflow: undeclared input colour/),
        expect.stringMatching(/run-airflow: required input environment not given/),
        expect.stringMatching(/step run has no output address/),
      ]),
    );
  });
});

// The scope step's script, run by bash in a git checkout as the runner runs it, with the CLI's
// committed bundle (cli/dist) deciding from the paths git lists.
describe('the deploy scope, from the changed paths', () => {
  const job = workflow('deploy.yml').jobs.scope;
  const step = job.steps.find((s: Doc) => s.id === 'scope');
  const checkout = callerCheckout();
  const base = checkout.commit('base');
  const edit = (file: string, text: string) => (dir: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const dagChange = checkout.commit('a DAG', edit('dags/new_dag.py', 'X = 1\n'));
  const dagDeleted = checkout.commit('a DAG deleted', (dir) => rmSync(path.join(dir, 'dags/new_dag.py')));
  const plugin = checkout.commit('a plugin', edit('plugins/more.py', 'Y = 1\n'));
  const image = checkout.commit('the image', edit('airflow-image/requirements.txt', '# changed\n'));
  const workflowFile = checkout.commit('a workflow', edit('.github/workflows/airflow.yml', 'name: x\n'));
  const zeros = '0'.repeat(40);

  const push = (before: string, sha: string) => ({ event_name: 'push', sha, event: { before } });
  const pr = (action: string, baseSha: string, headSha: string) => ({
    event_name: 'pull_request',
    sha: 'merge-commit',
    event: { action, pull_request: { base: { sha: baseSha }, head: { sha: headSha } } },
  });
  const cases: Array<[string, Doc, string, RegExp, string?]> = [
    ['a push of a DAG', push(base, dagChange), 'dags', /1 path\(s\) changed/],
    ['a push deleting a DAG', push(dagChange, dagDeleted), 'dags', /1 path\(s\) changed/],
    ['a push of DAGs and a plugin', push(base, plugin), 'bundle', /1 path\(s\) changed/],
    ['a push of several commits, one to the image', push(base, image), 'full', /2 path\(s\) changed/],
    ['a push of a workflow file', push(image, workflowFile), 'full', /1 path\(s\) changed/],
    [
      'a new branch (before is all zeros)',
      push(zeros, dagChange),
      'full',
      /no earlier commit to compare with \(push\)/,
    ],
    ['a push after a rewritten history', push('1'.repeat(40), dagChange), 'full', /is not in the history/],
    ['a pull request opened', pr('opened', base, dagChange), 'full', /no earlier commit.*pull_request opened/],
    ['a pull request reopened', pr('reopened', base, dagChange), 'full', /pull_request reopened/],
    ['a pull request updated with DAGs', pr('synchronize', base, dagChange), 'dags', /from [0-9a-f]{7} to/],
    ['a pull request updated with the image', pr('synchronize', base, image), 'full', /2 path\(s\)/],
    [
      'an image given',
      push(base, dagChange),
      'full',
      /the image input names an image/,
      'registry.example.com/airflow:1',
    ],
  ];
  it.each(cases)('%s: %s', (_name, github, expected, why, imageInput = '') => {
    const run = runShellStep(
      step,
      { github, inputs: { image: imageInput }, job: {}, needs: {}, steps: {} },
      checkout.dir,
    );
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.outputs).toEqual({ scope: expected });
    expect(run.stdout).toMatch(new RegExp(`^Deploy scope: ${expected} \\(`));
    expect(run.stdout).toMatch(why);
    expect(run.summary).toMatch(new RegExp(`^### Deploy scope: ${expected}\n`));
  });

  it('checks out the whole history of the caller, then ours, before deciding', () => {
    const checkouts = job.steps.filter((s: Doc) => String(s.uses).startsWith('actions/checkout@'));
    expect(checkouts[0].with).toEqual({ 'persist-credentials': false, 'fetch-depth': 0 });
    expect(checkouts[1].with.path).toBe(ACTIONS_PATH);
    expect(step.run).toMatch(/node \.airflow-fargate\/bin\/airflow-fargate\.js scope/);
    expect(job.permissions).toEqual({ contents: 'read' });
  });
});
