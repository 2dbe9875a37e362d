import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { describeEnvironment } from '../../actions/lib/inventory';
import { uniqueProject } from '../register-task-defs/fixtures';
import { AwsCallRecorder } from '../support/aws-proxy';
import {
  cli,
  countByKind,
  deployArgs,
  destroyClients,
  environmentConfig,
  expectSuccess,
  fullDescription,
  teardownArgs,
} from './support';

// Two deploys of the same environment started at the same moment (the workflow's concurrency group
// normally queues them; a manual CLI run next to a workflow run does not). Whatever each saw, the
// environment must end as one consistent environment: the same content as one deploy makes, each
// uniquely named resource once, and a further deploy finds nothing to change.
jest.setTimeout(300_000);

const aws = createClients(targetFromEnv());
const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
beforeAll(() => recorder.start());
afterAll(async () => {
  await recorder.stop();
  destroyClients(aws);
});

it.each(['pr-4', 'main'])('two deploys of %s at once end as one deploy would', async (environment) => {
  const [single, pair] = await Promise.all(
    [0, 1].map(() =>
      environmentConfig(aws, environment, {
        project: uniqueProject(),
        longLivedDefaults: { deletionProtection: false },
      }),
    ),
  );
  expectSuccess(await cli(deployArgs(environment, single.file), recorder.endpoint));
  const runs = await Promise.all([0, 1].map(() => cli(deployArgs(environment, pair.file), recorder.endpoint)));
  // One of them may lose a race AWS settles (a name taken between its look and its create); it must
  // then fail loudly, and a re-run must finish the job.
  for (const run of runs) if (run.code !== 0) expect(run.stderr).toMatch(/airflow-fargate deploy: /);
  expect(runs.some((run) => run.code === 0)).toBe(true);
  expectSuccess(await cli(deployArgs(environment, pair.file), recorder.endpoint));

  recorder.reset();
  expectSuccess(await cli(deployArgs(environment, pair.file), recorder.endpoint));
  expect(recorder.mutating()).toEqual([]);
  const [one, two] = await Promise.all([describeEnvironment(aws, single.env), describeEnvironment(aws, pair.env)]);
  // Deregistered revisions are history (each race or retry leaves some), not resources.
  const active = (inventory: typeof one) =>
    countByKind({
      ...inventory,
      resources: inventory.resources.filter((r) => !(r.kind === 'task-definition' && r.state === 'INACTIVE')),
    });
  const counts = [active(one), active(two)];
  // Everything exists once, as after one deploy: roles, groups, secrets, cluster, services, Cloud
  // Map services (the emulator, unlike AWS, lets both create one: the later creator deletes its own),
  // bucket, log group, and one ACTIVE revision of each task definition family.
  expect(counts[1]).toEqual(counts[0]);
  const latest = async (env: typeof single.env) =>
    ((await fullDescription(aws, env)) as { described: { taskDefinitions: Record<string, { content: unknown }> } })
      .described.taskDefinitions;
  const contents = (defs: Record<string, { content: unknown }>) => Object.values(defs).map((d) => d.content);
  expect(contents(await latest(pair.env))).toEqual(contents(await latest(single.env)));
  console.info(
    `concurrency ${environment}: exit codes ${runs.map((r) => r.code).join(' and ')}; ` +
      `${two.resources.filter((r) => r.kind === 'task-definition' && r.state === 'INACTIVE').length} revisions deregistered`,
  );

  for (const { file } of [single, pair]) expectSuccess(await cli(teardownArgs(environment, file), recorder.endpoint));
});
