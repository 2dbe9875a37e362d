import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { resolveEnvironment } from '../../actions/lib/environment';
import { describeEnvironment } from '../../actions/lib/inventory';
import { installFakeDocker } from '../build-push-image/fake-docker';
import { BundleRun, runBundle } from '../support/run-bundle';
import { configFile, vpcWithDns } from '../teardown/fixtures';
import { FakeGitHub, startFakeGitHub } from './fake-github';
import { Doc, inputsWithDefaults, interpolate, needsOf, ourAction, triggers, workflow } from './workflow-files';

/**
 * Runs a reusable workflow's jobs the way GitHub would schedule them (a job starts when all it
 * needs are done; jobs ready together run side by side), each job's step of one of our actions as
 * the committed bundle with exactly the `with:` the workflow file gives, expressions evaluated, and
 * the defaults of the action's other inputs, as the runner fills them. Only our actions' steps run:
 * checkouts and credentials are the runner's business. A job that declares `environment:` records
 * a deployment of it on (fake) GitHub, as GitHub does.
 */
async function runWorkflow(
  file: string,
  given: Record<string, unknown>,
  runner: Record<string, string>,
  gh: FakeGitHub,
) {
  const doc = workflow(file);
  const call = triggers(doc).workflow_call;
  const inputs = inputsWithDefaults(call.inputs, given);
  const github = { event_name: 'pull_request', repository: 'octo/airflow-fargate', token: 'ghs_job_token' };
  const done: Record<string, { result: string; outputs: Record<string, string>; step?: BundleRun; with?: Doc }> = {};
  const order: string[][] = [];
  const pending = new Set(Object.keys(doc.jobs));
  while (pending.size) {
    const ready = [...pending].filter((id) => needsOf(doc.jobs[id]).every((n) => n in done));
    expect(ready.length).toBeGreaterThan(0); // no cycle
    order.push(ready);
    await Promise.all(
      ready.map(async (id) => {
        pending.delete(id);
        const job: Doc = doc.jobs[id];
        const steps: Record<string, { outputs: Record<string, string> }> = {};
        const ctx = { inputs, github, needs: done, steps, secrets: {}, job: {} };
        let run: BundleRun | undefined;
        let args: Doc | undefined;
        for (const step of job.steps as Doc[]) {
          const action = ourAction(step.uses);
          if (!action) continue;
          args = Object.fromEntries(
            Object.entries<string>(step.with ?? {}).map(([k, v]) => [k, String(interpolate(v, ctx))]),
          );
          const defaults = Object.entries<Doc>(action.spec.inputs ?? {})
            .filter(([name, input]) => input.default !== undefined && !(name in args!))
            .map(([name, input]) => [name, String(interpolate(String(input.default), ctx))]);
          run = await runBundle(action.name, { ...Object.fromEntries(defaults), ...args }, runner);
          expect(run.exitCode === 0 ? 'ok' : `${id}\n${run.stdout}\n${run.stderr}`).toBe('ok');
          if (step.id) steps[step.id] = { outputs: run.outputs };
        }
        const outputs = Object.fromEntries(
          Object.entries<string>(job.outputs ?? {}).map(([k, v]) => [k, String(interpolate(v, ctx) ?? '')]),
        );
        if (job.environment) gh.recordDeployment(interpolate(job.environment.name, ctx));
        done[id] = { result: 'success', outputs, step: run, with: args };
      }),
    );
  }
  const outputs = Object.fromEntries(
    Object.entries<Doc>(call.outputs ?? {}).map(([k, o]) => [k, String(interpolate(o.value, { jobs: done }))]),
  );
  return { jobs: done, order, outputs };
}

// The dry run of the workflows themselves: deploy.yml then teardown.yml for one preview, against
// the emulator, with the inputs the files pass; a renamed input or output on either side fails here.
describe('the deploy and teardown workflows, run with the committed bundles', () => {
  const aws = createClients(targetFromEnv());
  const project = `wf${Date.now().toString(36)}`;
  const docker = installFakeDocker();
  const environment = 'pr-5';
  let gh: FakeGitHub;
  beforeAll(async () => (gh = await startFakeGitHub('octo/airflow-fargate')));
  afterAll(async () => {
    Object.values(aws).forEach((client) => client.destroy());
    await gh.close();
  });
  const runner = {
    AWS_ENDPOINT_URL: process.env.AWS_ENDPOINT_URL as string,
    PATH: `${docker.dir}:${process.env.PATH}`,
  };

  it('deploys pr-5 job by job, then tears it down', async () => {
    const config = configFile({ project, vpcId: await vpcWithDns(aws) });
    const region = process.env.AWS_REGION as string;
    const event = path.join(mkdtempSync(path.join(tmpdir(), 'af-event-')), 'event.json');
    const pullRequest = (action: string) =>
      writeFileSync(
        event,
        JSON.stringify({
          action,
          number: 5,
          pull_request: {
            number: 5,
            head: { repo: { full_name: 'octo/airflow-fargate', fork: false } },
            base: { repo: { full_name: 'octo/airflow-fargate' } },
          },
        }),
      );
    Object.assign(runner, {
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'octo/airflow-fargate',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
    });
    pullRequest('synchronize');
    const deploy = await runWorkflow(
      'deploy.yml',
      { environment, 'aws-region': region, config, 'role-to-assume': 'arn:aws:iam::123456789012:role/deploy' },
      runner,
      gh,
    );
    expect(deploy.order).toEqual([
      ['build-push-image', 'provision-rds'],
      ['register-task-defs'],
      ['run-airflow'],
      ['comment'],
    ]);
    const { jobs } = deploy;
    expect(jobs['register-task-defs'].with?.image).toBe(jobs['build-push-image'].step?.outputs.image);
    expect(jobs['register-task-defs'].step?.outputs.image).toBe(jobs['build-push-image'].outputs.image);
    expect(jobs['run-airflow'].step?.outputs.services).toContain('api-server');
    expect(deploy.outputs.url).toBe(jobs['run-airflow'].step?.outputs.url);
    expect(deploy.outputs.image).toMatch(/@sha256:/);

    // The comment job's bundle, given what the chain produced, wrote the pull request's comment.
    expect(jobs.comment.step?.outputs.action).toBe('created');
    const [comment] = gh.comments.get(5) ?? [];
    expect(comment.body).toContain('Deployed');
    expect(comment.body).toContain(deploy.outputs.image);
    if (deploy.outputs.url) expect(comment.body).toContain(deploy.outputs.url);
    expect(gh.deployments).toEqual([{ id: expect.any(Number), environment, statuses: ['in_progress', 'success'] }]);

    const env = resolveEnvironment(environment, { project }, { region });
    expect((await describeEnvironment(aws, env)).resources.length).toBeGreaterThan(10);

    pullRequest('closed');
    const teardown = await runWorkflow('teardown.yml', { environment, 'aws-region': region, config }, runner, gh);
    expect(teardown.jobs.teardown.with).toMatchObject({ environment, 'dry-run': 'false', confirm: '' });
    expect(JSON.parse(teardown.jobs.teardown.step?.outputs.deleted ?? '[]').length).toBeGreaterThan(10);
    expect((await describeEnvironment(aws, env)).resources).toEqual([]);
    // Still one comment, now saying so, and the deployment GitHub recorded is inactive.
    expect(gh.comments.get(5)).toHaveLength(1);
    expect(gh.comments.get(5)![0].body).toContain('Torn down');
    expect(gh.deployments.map((d) => d.statuses.at(-1))).toEqual(['inactive']);
    expect(teardown.jobs.comment.step?.outputs.deployments).toBe(`[${gh.deployments[0].id}]`);
  }, 300_000);
});
