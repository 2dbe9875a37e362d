import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { resolveEnvironment } from '../../actions/lib/environment';
import { localBundle, remoteBundle } from '../../actions/lib/dag-bundle';
import { arnContext } from '../../actions/lib/iam-roles';
import { describeEnvironment, Inventory } from '../../actions/lib/inventory';
import { logsBucketName } from '../../actions/lib/logs-bucket';
import { repoRoot } from '../support/emulator';
import { installFakeDocker } from '../build-push-image/fake-docker';
import { AwsCallRecorder } from '../support/aws-proxy';
import { BundleRun, runBundle } from '../support/run-bundle';
import { configFile, vpcWithDns } from '../teardown/fixtures';
import { runChain } from './chain';

// All five committed bundles, run the way the runner runs them, in the workflows' order, against
// the emulator through a proxy that counts AWS calls.
describe('the whole pipeline, bundle by bundle', () => {
  const aws = createClients(targetFromEnv());
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
  const project = `e2e${Date.now().toString(36)}`;
  const docker = installFakeDocker();
  const configs: Record<string, string> = {};
  const endpoint = () => ({ AWS_ENDPOINT_URL: recorder.endpoint });
  const ok = (run: BundleRun) => expect(run.exitCode === 0 ? 'ok' : run.stdout + run.stderr).toBe('ok');
  const inventory = (name: string): Promise<Inventory> =>
    describeEnvironment(aws, resolveEnvironment(name, { project }, { region: process.env.AWS_REGION }));

  async function deploy(environment: string) {
    const config = configs[environment];
    const chain = await runChain({ environment, config, endpoint: recorder.endpoint, dockerDir: docker.dir });
    const run = await runBundle('run-airflow', { environment, config }, endpoint());
    ok(run);
    return { chain, run };
  }

  beforeAll(async () => {
    await recorder.start();
    // The emulator allows one Cloud Map namespace per VPC (AWS allows many): a VPC per environment.
    for (const environment of ['main', 'pr-1']) {
      configs[environment] = configFile({ project, vpcId: await vpcWithDns(aws) });
    }
  });
  afterAll(() => recorder.stop());

  it('deploys main and pr-1, re-deploys without a change, tears pr-1 down, then main', async () => {
    recorder.reset();
    const first = { main: await deploy('main'), pr1: await deploy('pr-1') };
    expect(first.main.chain['build-push-image'].outputs.built).toBe('true');
    // run-airflow uploaded the checkout's DAG bundle and synced it into each environment's volume.
    const ctx = await arnContext(aws.sts, process.env.AWS_REGION as string);
    for (const name of ['main', 'pr-1']) {
      const env = resolveEnvironment(name, { project }, { region: process.env.AWS_REGION });
      expect([...(await remoteBundle(aws.s3, logsBucketName(env, ctx))).keys()]).toEqual([
        ...localBundle(repoRoot).keys(),
      ]);
    }
    expect(recorder.calls.filter((c) => c.operation === 'RunTask')).toHaveLength(2);
    expect(first.main.run.stdout).toMatch(/DAG bundle sync \S+-bundle-sync:1: copied into the volume by task/);
    expect(first.main.run.outputs.services).toContain('api-server');
    // Same content: the preview reuses main's image instead of building again.
    expect(docker.calls().filter((c) => c.args[0] === 'buildx' && c.args[1] === 'build')).toHaveLength(1);
    expect(first.pr1.chain['build-push-image'].outputs.image).toBe(first.main.chain['build-push-image'].outputs.image);

    recorder.reset();
    const again = { main: await deploy('main'), pr1: await deploy('pr-1') };
    expect(recorder.mutating()).toEqual([]);
    expect(recorder.calls.length).toBeGreaterThan(0);
    expect(again.pr1.run.outputs.services).toBe(first.pr1.run.outputs.services);

    const mainBefore = await inventory('main');
    expect((await inventory('pr-1')).resources.length).toBeGreaterThan(10);

    const down = await runBundle('teardown', { environment: 'pr-1', config: configs['pr-1'] }, endpoint());
    ok(down);
    expect((await inventory('pr-1')).resources).toEqual([]);
    expect(await inventory('main')).toEqual(mainBefore);

    recorder.reset();
    ok(await runBundle('teardown', { environment: 'pr-1', config: configs['pr-1'] }, endpoint()));
    expect(recorder.mutating()).toEqual([]); // a second teardown is a clean no-op

    const refused = await runBundle('teardown', { environment: 'main', config: configs.main }, endpoint());
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(/confirm/);
    expect(await inventory('main')).toEqual(mainBefore);

    const gone = await runBundle(
      'teardown',
      { environment: 'main', config: configs.main, confirm: 'main' },
      endpoint(),
    );
    ok(gone);
    expect(gone.outputs['final-snapshot']).toMatch(/main/);
    expect((await inventory('main')).resources).toEqual([]);
  }, 300_000);
});
