import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { localBundle, remoteBundle, SYNC_RECORD_KEY } from '../../actions/lib/dag-bundle';
import { arnContext } from '../../actions/lib/iam-roles';
import { logsBucketName } from '../../actions/lib/logs-bucket';
import { resolveEnvironment } from '../../actions/lib/environment';
import { describeEnvironment } from '../../actions/lib/inventory';
import { installFakeDocker } from '../build-push-image/fake-docker';
import { AwsCallRecorder } from '../support/aws-proxy';
import { BundleRun, runBundle } from '../support/run-bundle';
import { configFile, vpcWithDns } from '../teardown/fixtures';
import { FakeGitHub, startFakeGitHub } from './fake-github';
import {
  callerCheckout,
  Doc,
  inputsWithDefaults,
  interpolate,
  jobRuns,
  needsOf,
  ourAction,
  runShellStep,
  triggers,
  workflow,
} from './workflow-files';

/**
 * Runs a reusable workflow's jobs the way GitHub would schedule them (a job starts when all it
 * needs are done; jobs ready together run side by side; a job whose `if` is false, or one of whose
 * needs did not succeed, is skipped), each job's step of one of our actions as the committed bundle
 * with exactly the `with:` the workflow file gives, expressions evaluated, and the defaults of the
 * action's other inputs, as the runner fills them; each `run:` step by bash in the caller's
 * checkout. Other actions (checkouts, credentials) are the runner's business: the checkout is
 * `workspace`, with ours linked at .airflow-fargate. A job that declares `environment:` records a
 * deployment of it on (fake) GitHub, as GitHub does.
 */
async function runWorkflow(
  file: string,
  given: Record<string, unknown>,
  runner: Record<string, string>,
  gh: FakeGitHub,
  github: Record<string, unknown>,
) {
  const doc = workflow(file);
  const call = triggers(doc).workflow_call;
  const inputs = inputsWithDefaults(call.inputs, given);
  const job = { workflow_repository: 'octo/airflow-fargate', workflow_sha: 'abc123' };
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
        const spec: Doc = doc.jobs[id];
        const steps: Record<string, { outputs: Record<string, string> }> = {};
        // The repository variable the README tells adopters to set.
        const vars = { AWS_DEPLOY_ROLE_ARN: 'arn:aws:iam::123456789012:role/deploy' };
        const ctx = { inputs, github, needs: done, steps, secrets: {}, job, vars };
        if (!jobRuns(spec, ctx)) {
          done[id] = { result: 'skipped', outputs: {} };
          return;
        }
        let run: BundleRun | undefined;
        let args: Doc | undefined;
        for (const step of spec.steps as Doc[]) {
          if (step.run !== undefined) {
            const shell = runShellStep(step, ctx, runner.GITHUB_WORKSPACE);
            expect(shell.code === 0 ? 'ok' : `${id}: ${step.name}\n${shell.stdout}\n${shell.stderr}`).toBe('ok');
            if (step.id) steps[step.id] = { outputs: shell.outputs };
            continue;
          }
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
          Object.entries<string>(spec.outputs ?? {}).map(([k, v]) => [k, String(interpolate(v, ctx) ?? '')]),
        );
        if (spec.environment) gh.recordDeployment(interpolate(spec.environment.name, ctx));
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
// The pull request is opened (a full deploy), then updated with a DAG change (a DAG-only deploy:
// no image, database or task definition job, run-airflow with dags-only), then closed.
describe('the deploy and teardown workflows, run with the committed bundles', () => {
  const aws = createClients(targetFromEnv());
  const project = `wf${Date.now().toString(36)}`;
  const docker = installFakeDocker();
  const environment = 'pr-5';
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub('octo/airflow-fargate');
    await recorder.start();
  });
  afterAll(async () => {
    Object.values(aws).forEach((client) => client.destroy());
    await gh.close();
    await recorder.stop();
  });

  it('deploys pr-5 in full, then only its DAGs, then tears it down', async () => {
    const config = configFile({ project, vpcId: await vpcWithDns(aws) });
    const region = process.env.AWS_REGION as string;
    const checkout = callerCheckout();
    const base = checkout.commit('base');
    const event = path.join(mkdtempSync(path.join(tmpdir(), 'af-event-')), 'event.json');
    const pullRequest = (action: string, head = base) => {
      const payload = {
        action,
        number: 5,
        pull_request: {
          number: 5,
          head: { sha: head, repo: { full_name: 'octo/airflow-fargate', fork: false } },
          base: { sha: base, repo: { full_name: 'octo/airflow-fargate' } },
        },
      };
      writeFileSync(event, JSON.stringify(payload));
      return {
        event_name: 'pull_request',
        repository: 'octo/airflow-fargate',
        token: 'ghs_job_token',
        sha: head,
        event: payload,
      };
    };
    const runner = {
      AWS_ENDPOINT_URL: recorder.endpoint,
      PATH: `${docker.dir}:${process.env.PATH}`,
      GITHUB_WORKSPACE: checkout.dir,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'octo/airflow-fargate',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
    };
    const inputs = {
      environment,
      'aws-region': region,
      config,
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
    };
    const env = resolveEnvironment(environment, { project }, { region });
    const bucket = logsBucketName(env, await arnContext(aws.sts, region));

    const deploy = await runWorkflow('deploy.yml', inputs, runner, gh, pullRequest('opened'));
    expect(deploy.order).toEqual([
      ['scope'],
      ['build-push-image', 'provision-rds'],
      ['register-task-defs'],
      ['run-airflow'],
      ['comment'],
    ]);
    const { jobs } = deploy;
    expect(deploy.outputs.scope).toBe('full');
    expect(jobs['register-task-defs'].with?.image).toBe(jobs['build-push-image'].step?.outputs.image);
    expect(jobs['register-task-defs'].step?.outputs.image).toBe(jobs['build-push-image'].outputs.image);
    expect(jobs['run-airflow'].with?.['dags-only']).toBe('false');
    expect(jobs['run-airflow'].step?.outputs.services).toContain('api-server');
    expect(deploy.outputs.url).toBe(jobs['run-airflow'].step?.outputs.url);
    expect(deploy.outputs.image).toMatch(/@sha256:/);
    expect(deploy.outputs.image).toBe(jobs['build-push-image'].outputs.image);
    // The checkout's DAG bundle went up with the full deploy.
    expect([...(await remoteBundle(aws.s3, bucket)).keys()]).toEqual([...localBundle(checkout.dir).keys()]);

    // The comment job's bundle, given what the chain produced, wrote the pull request's comment.
    expect(jobs.comment.step?.outputs.action).toBe('created');
    const [comment] = gh.comments.get(5) ?? [];
    expect(comment.body).toContain('Deployed');
    expect(comment.body).toContain(deploy.outputs.image);
    if (deploy.outputs.url) expect(comment.body).toContain(deploy.outputs.url);
    expect(gh.deployments).toEqual([{ id: expect.any(Number), environment, statuses: ['in_progress', 'success'] }]);
    expect((await describeEnvironment(aws, env)).resources.length).toBeGreaterThan(10);

    // A push to the pull request changing one DAG and deleting another.
    const head = checkout.commit('DAGs only', (dir) => {
      writeFileSync(
        path.join(dir, 'dags/tutorial.py'),
        `${readFileSync(path.join(dir, 'dags/tutorial.py'), 'utf8')}\n# changed\n`,
      );
      rmSync(path.join(dir, 'dags/tutorial_taskflow_api.py'));
    });
    recorder.reset();
    const dags = await runWorkflow('deploy.yml', inputs, runner, gh, pullRequest('synchronize', head));
    expect(dags.outputs.scope).toBe('dags');
    expect(Object.fromEntries(Object.entries(dags.jobs).map(([id, j]) => [id, j.result]))).toEqual({
      scope: 'success',
      'build-push-image': 'skipped',
      'provision-rds': 'skipped',
      'register-task-defs': 'skipped',
      'run-airflow': 'success',
      comment: 'success',
    });
    expect(dags.jobs['run-airflow'].with?.['dags-only']).toBe('true');
    expect(dags.outputs.image).toBe(deploy.outputs.image);
    expect(recorder.mutating().map((c) => `${c.service} ${c.operation}`)).toEqual([
      `s3 PUT /${bucket}/bundle/dags/tutorial.py`,
      `s3 POST /${bucket}/`,
      'ecs RunTask',
      `s3 PUT /${bucket}/${SYNC_RECORD_KEY}`,
    ]);
    // The image check reads ECR; nothing is built, registered or updated.
    expect(
      recorder.calls
        .filter((c) => c.service === 'ecr' || /TaskDefinition|Service/.test(c.operation))
        .map((c) => c.operation)
        .sort(),
    ).toEqual(['DescribeImages', 'DescribeServices', 'DescribeTaskDefinition', 'DescribeTaskDefinition']);
    expect(docker.calls().filter((c) => c.args[1] === 'build')).toHaveLength(1);
    expect([...(await remoteBundle(aws.s3, bucket)).keys()]).not.toContain('dags/tutorial_taskflow_api.py');
    expect(gh.comments.get(5)).toHaveLength(1);
    expect(gh.comments.get(5)![0].body).toContain('Deployed');

    const teardown = await runWorkflow(
      'teardown.yml',
      { environment, 'aws-region': region, config },
      runner,
      gh,
      pullRequest('closed', head),
    );
    expect(teardown.jobs.teardown.with).toMatchObject({ environment, 'dry-run': 'false', confirm: '' });
    expect(JSON.parse(teardown.jobs.teardown.step?.outputs.deleted ?? '[]').length).toBeGreaterThan(10);
    expect((await describeEnvironment(aws, env)).resources).toEqual([]);
    // Still one comment, now saying so, and the deployments GitHub recorded are inactive.
    expect(gh.comments.get(5)).toHaveLength(1);
    expect(gh.comments.get(5)![0].body).toContain('Torn down');
    expect(gh.deployments.map((d) => d.statuses.at(-1))).toEqual(['inactive', 'inactive']);
    expect(JSON.parse(teardown.jobs.comment.step?.outputs.deployments ?? '[]').sort()).toEqual(
      gh.deployments.map((d) => d.id).sort(),
    );
  }, 300_000);
});
