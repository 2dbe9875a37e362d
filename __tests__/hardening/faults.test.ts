import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { describeEnvironment } from '../../actions/lib/inventory';
import { uniqueProject } from '../register-task-defs/fixtures';
import { AwsCallRecorder, FaultOptions } from '../support/aws-proxy';
import {
  cli,
  deployArgs,
  destroyClients,
  environmentConfig,
  expectSuccess,
  fullDescription,
  teardownArgs,
} from './support';

// A whole deploy and a whole teardown through the CLI (and so every bundle) while a fifth of ALL
// requests, every service, are answered the way AWS answers when it throttles or fails: 400
// ThrottlingException / Throttling, 503 RequestLimitExceeded / SlowDown, 500 InternalFailure /
// InternalError, each in the service's own wire protocol. Every 500 to a mutating call is sent on to
// the emulator first: the change is made and the caller still hears a 500, so the SDK's retry meets
// an AlreadyExists (or a NotFound when deleting), which the library must take as success.
// The result must equal an undisturbed deploy of the same environment in another project.
jest.setTimeout(600_000);

const FAULTS: FaultOptions = {
  rate: 0.2,
  serverErrorShare: 0.35,
  appliedShare: 1,
  seed: 6,
  // And, whatever the dice say, the first call of every kind of create and delete. EFS speaks REST:
  // its creates are POSTs (CreateFileSystem, CreateMountTarget, CreateAccessPoint) and its deletes
  // DELETEs, whose paths carry the id, so every EFS delete is failed once after it was made.
  applyThenFail:
    /^\w+ (Create|Delete|Register|Run|Put|Authorize|Attach)|^s3 (PUT|DELETE) $|^elasticfilesystem (POST|DELETE) /,
};

const aws = createClients(targetFromEnv());
afterAll(() => destroyClients(aws));

async function deployAndTearDown(environment: string, faults?: FaultOptions) {
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string, faults);
  await recorder.start();
  try {
    const { file, env } = await environmentConfig(aws, environment, { project: uniqueProject() });
    expectSuccess(await cli(deployArgs(environment, file), recorder.endpoint));
    const description = await fullDescription(aws, env);
    const deployFaults = recorder.faults.length;
    expectSuccess(await cli(teardownArgs(environment, file), recorder.endpoint));
    const left = (await describeEnvironment(aws, env)).resources;
    return { description, left, deployFaults, calls: [...recorder.calls], faults: [...recorder.faults] };
  } finally {
    await recorder.stop();
  }
}

describe.each([
  ['pr-3', 'container'],
  ['main', 'rds'],
])('%s (%s database) with a fifth of all requests failing', (environment) => {
  it('deploys and tears down like an undisturbed run', async () => {
    const [calm, storm] = await Promise.all([deployAndTearDown(environment), deployAndTearDown(environment, FAULTS)]);

    expect(storm.description).toEqual(calm.description);
    expect(storm.left).toEqual([]);
    expect(calm.left).toEqual([]);

    // The storm was real: every service refused requests, in each of the ways AWS does.
    const services = new Set(storm.calls.map((c) => c.service));
    expect(new Set(storm.faults.map((f) => f.service))).toEqual(services);
    const codes = new Set(storm.faults.map((f) => `${f.status} ${f.code}`));
    for (const code of ['400 ThrottlingException', '400 Throttling', '503 SlowDown', '503 RequestLimitExceeded']) {
      expect(codes).toContain(code);
    }
    expect(codes).toContain('500 InternalFailure');
    expect(storm.faults.length / (storm.faults.length + storm.calls.length)).toBeGreaterThanOrEqual(0.18);
    const applied = storm.faults.filter((f) => f.applied);
    expect(applied.some((f) => /^Create/.test(f.operation))).toBe(true);
    expect(applied.some((f) => /^Delete/.test(f.operation))).toBe(true);
    console.info(
      `faults ${environment}: ${storm.faults.length} of ${storm.faults.length + storm.calls.length} requests ` +
        `failed (${storm.deployFaults} in the deploy), ${applied.length} of them after the change was made: ` +
        applied.map((f) => f.operation).join(', '),
    );
  });
});
