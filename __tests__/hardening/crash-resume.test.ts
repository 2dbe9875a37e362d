import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { describeEnvironment } from '../../actions/lib/inventory';
import { uniqueProject } from '../register-task-defs/fixtures';
import { AwsCallRecorder } from '../support/aws-proxy';
import {
  cli,
  countByKind,
  deployArgs,
  environmentConfig,
  expectSuccess,
  killAfterMutating,
  startCli,
  teardownArgs,
  destroyClients,
} from './support';

// A deploy (and a teardown) killed at its n-th mutating AWS call, as a runner dies or a job is
// cancelled: the CLI and the bundles it runs are killed together (SIGKILL, no clean-up) right after
// the emulator applied the call and before the caller heard the answer. Running the same command
// again must converge on what an uninterrupted run makes, with no resource twice, and a teardown
// must leave nothing behind. One preview environment goes through every crash point in turn.
jest.setTimeout(900_000);

const CRASH_POINTS = [1, 5, 10, 20, 30, 40];

const aws = createClients(targetFromEnv());
const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
beforeAll(() => recorder.start());
afterAll(async () => {
  await recorder.stop();
  destroyClients(aws);
});

it('deploys and tears down converge after a crash at any of several points', async () => {
  const { file, env } = await environmentConfig(aws, 'pr-7', { project: uniqueProject() });
  const deploy = deployArgs(env.name, file);
  const teardown = teardownArgs(env.name, file);
  const counts = async () => countByKind(await describeEnvironment(aws, env));

  recorder.reset();
  expectSuccess(await cli(deploy, recorder.endpoint));
  const deployMutating = recorder.mutating().length;
  const expected = await counts();
  recorder.reset();
  expectSuccess(await cli(teardown, recorder.endpoint));
  const teardownMutating = recorder.mutating().length;
  expect(await counts()).toEqual({});
  expect(Math.max(...CRASH_POINTS)).toBeLessThan(Math.min(deployMutating, teardownMutating));

  for (const point of CRASH_POINTS) {
    const crashed = startCli(deploy, recorder.endpoint);
    killAfterMutating(recorder, point, crashed);
    expect({ point, signal: (await crashed.done).signal }).toEqual({ point, signal: 'SIGKILL' });

    expectSuccess(await cli(deploy, recorder.endpoint));
    expect({ point, counts: await counts() }).toEqual({ point, counts: expected });
    recorder.reset();
    expectSuccess(await cli(deploy, recorder.endpoint));
    expect({ point, mutating: recorder.mutating() }).toEqual({ point, mutating: [] }); // converged

    const stopped = startCli(teardown, recorder.endpoint);
    killAfterMutating(recorder, point, stopped);
    expect({ point, signal: (await stopped.done).signal }).toEqual({ point, signal: 'SIGKILL' });
    expectSuccess(await cli(teardown, recorder.endpoint));
    expect({ point, left: (await describeEnvironment(aws, env)).resources }).toEqual({ point, left: [] });
  }
  console.info(
    `crash and resume: ${CRASH_POINTS.length} deploy and ${CRASH_POINTS.length} teardown crash points ` +
      `(${CRASH_POINTS.join(', ')}) of ${deployMutating} and ${teardownMutating} mutating calls; ` +
      `kinds: ${JSON.stringify(expected)}`,
  );
});
