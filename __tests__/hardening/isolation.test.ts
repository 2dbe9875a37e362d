import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { describeEnvironment } from '../../actions/lib/inventory';
import { uniqueProject } from '../register-task-defs/fixtures';
import { AwsCallRecorder } from '../support/aws-proxy';
import {
  cli,
  deployArgs,
  destroyClients,
  environmentConfig,
  expectSuccess,
  fullDescription,
  teardownArgs,
} from './support';

// main, pr-1 and pr-10 of one project side by side (pr-1 is a prefix of pr-10, and every name of
// pr-1 a prefix of pr-10's): tearing pr-1 down must leave the other two exactly as they were, down
// to every policy, rule, task definition and tag, and must touch nothing of theirs.
jest.setTimeout(300_000);

const aws = createClients(targetFromEnv());
const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
beforeAll(() => recorder.start());
afterAll(async () => {
  await recorder.stop();
  destroyClients(aws);
});

it('tearing down pr-1 leaves main and pr-10 exactly as they were', async () => {
  const project = uniqueProject();
  const envs = await Promise.all(
    ['main', 'pr-1', 'pr-10'].map((name) =>
      environmentConfig(aws, name, { project, longLivedDefaults: { deletionProtection: false } }),
    ),
  );
  const [main, pr1, pr10] = envs;
  for (const { file, env } of envs) expectSuccess(await cli(deployArgs(env.name, file), recorder.endpoint));

  const before = await Promise.all([fullDescription(aws, main.env), fullDescription(aws, pr10.env)]);
  recorder.reset();
  expectSuccess(await cli(teardownArgs('pr-1', pr1.file), recorder.endpoint));
  expect((await describeEnvironment(aws, pr1.env)).resources).toEqual([]);
  expect(await Promise.all([fullDescription(aws, main.env), fullDescription(aws, pr10.env)])).toEqual(before);

  expect(recorder.mutating().length).toBeGreaterThan(10); // the teardown did delete things

  for (const { file, env } of [main, pr10]) expectSuccess(await cli(teardownArgs(env.name, file), recorder.endpoint));
  for (const { env } of envs) expect((await describeEnvironment(aws, env)).resources).toEqual([]);
});
