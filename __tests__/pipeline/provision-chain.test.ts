import { DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { resolveEnvironment } from '../../actions/lib/environment';
import { CONTAINER_NAME } from '../../actions/lib/task-definitions';
import { installFakeDocker } from '../build-push-image/fake-docker';
import { uniqueProject } from '../register-task-defs/fixtures';
import { AwsCallRecorder } from '../support/aws-proxy';
import {
  ChainRun,
  configFile,
  masked,
  registeredDefinitions,
  resources,
  runChain,
  SECRET_OUTPUTS,
  secretValues,
  STEPS,
  visible,
} from './chain';

// The three committed bundles chained the way the deploy workflow chains them, against the emulator
// (moto server) through a recording proxy: build-push-image and provision-rds side by side, then
// register-task-defs with build-push-image's image. Each step gets only the environment (and a config
// file naming a project of its own, so parallel test files do not collide). The fake `docker` puts
// the image into the emulator's ECR directly, so the recorder does not see it.
const region = 'us-east-1';
const aws = createClients(targetFromEnv());
afterAll(() => Object.values(aws).forEach((client) => client.destroy()));

async function recorded(body: (endpoint: string) => Promise<ChainRun>) {
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
  await recorder.start();
  try {
    const chain = await body(recorder.endpoint);
    return { chain, calls: [...recorder.calls], mutating: recorder.mutating() };
  } finally {
    await recorder.stop();
  }
}

/** Outputs but build-push-image's "built", which says whether this very run built (by design). */
const sameAcrossRuns = (outputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(outputs).filter(([name]) => name !== 'built'));

/** The ARN a secrets valueFrom points into ("arn:...:secret:name-abcdef:password::" → the ARN). */
const secretArnOf = (valueFrom: string) => valueFrom.split(':').slice(0, 7).join(':');

describe.each([
  ['pr-31', 'container'],
  ['main', 'rds'],
])('the provisioning chain for %s (%s database)', (environment, mode) => {
  it('succeeds with only the environment, lines up the outputs, leaks no secret, and a re-run changes nothing', async () => {
    const started = Date.now();
    const project = uniqueProject();
    const config = configFile(project);
    const env = resolveEnvironment(environment, { project }, { region });
    const docker = installFakeDocker();
    const chain = (endpoint: string) => runChain({ environment, config, endpoint, dockerDir: docker.dir });

    const first = await recorded(chain);
    const build = first.chain['build-push-image'];
    const provision = first.chain['provision-rds'];
    const register = first.chain['register-task-defs'];

    // build-push-image built and pushed; register-task-defs deployed exactly that image.
    expect(build.outputs.image).toMatch(new RegExp(`\\.amazonaws\\.com/${project}/airflow@sha256:[0-9a-f]{64}$`));
    expect(docker.calls().filter((c) => c.args[0] === 'buildx' && c.args[1] === 'build')).toHaveLength(1);
    expect(register.outputs.image).toBe(build.outputs.image);
    expect(provision.outputs['database-mode']).toBe(mode);

    // Every task definition runs that image and takes its secrets from what provision-rds made.
    const definitions = await registeredDefinitions(aws, register);
    expect(definitions).toHaveLength(5);
    const containers = definitions.flatMap((d) => d.containerDefinitions ?? []);
    expect(new Set(containers.map((c) => c.image))).toEqual(new Set([build.outputs.image]));
    // (admin-password may be referenced too: the api-server creates the admin user from it.)
    const referenced = new Set(containers.flatMap((c) => (c.secrets ?? []).map((s) => secretArnOf(s.valueFrom ?? ''))));
    const provisioned = SECRET_OUTPUTS.map((o) => provision.outputs[o]);
    expect(provisioned.every((arn) => arn.startsWith('arn:aws:secretsmanager:'))).toBe(true);
    expect([...referenced].filter((arn) => !provisioned.includes(arn))).toEqual([]);
    for (const o of ['database-secret-arn', 'fernet-key-secret-arn', 'jwt-secret-arn', 'api-secret-key-secret-arn']) {
      expect(referenced).toContain(provision.outputs[o]);
    }
    const scheduler = definitions.find((d) => d.family === env.names.taskFamily('scheduler'));
    const plain = Object.fromEntries(
      (scheduler?.containerDefinitions?.find((c) => c.name === CONTAINER_NAME)?.environment ?? []).map((e) => [
        e.name,
        e.value,
      ]),
    );
    expect(plain.AIRFLOW_DB_HOST).toBe(provision.outputs['database-host']);
    expect(plain.AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER).toBe(`s3://${register.outputs['logs-bucket']}/task-logs`);

    // No generated secret value anywhere a person (or a later step) could see it.
    const values = await secretValues(aws, provision);
    const defsToSearch = [...definitions];
    if (mode === 'container') {
      const db = await aws.ecs.send(
        new DescribeTaskDefinitionCommand({ taskDefinition: provision.outputs['database-task-definition-arn'] }),
      );
      defsToSearch.push(db.taskDefinition ?? {});
    }
    const shown = [...STEPS.map((s) => visible(first.chain[s])), JSON.stringify(defsToSearch)].join('\n');
    for (const value of values) expect(shown).not.toContain(value);
    // ...while provision-rds told the runner to mask every value it generated.
    const generated = mode === 'rds' ? values.filter((v) => !v.includes('P@55w0rd!')) : values;
    expect(generated.length).toBeGreaterThanOrEqual(4);
    expect(masked(provision)).toEqual(expect.arrayContaining(generated));

    const before = await resources(aws, env);

    // The whole chain again, nothing changed: no mutating call, no docker build, the same outputs.
    const second = await recorded(chain);
    expect(second.mutating).toEqual([]);
    expect(docker.calls().filter((c) => c.args[0] === 'buildx' && c.args[1] === 'build')).toHaveLength(1);
    expect([build.outputs.built, second.chain['build-push-image'].outputs.built]).toEqual(['true', 'false']);
    for (const step of STEPS) {
      expect({ step, outputs: sameAcrossRuns(second.chain[step].outputs) }).toEqual({
        step,
        outputs: sameAcrossRuns(first.chain[step].outputs),
      });
      expect(second.chain[step].summary).not.toMatch(/\b(created|updated)\b/);
      for (const value of values) expect(visible(second.chain[step])).not.toContain(value);
    }
    expect(await resources(aws, env)).toEqual(before);

    console.info(
      `chain ${environment}: first run ${first.calls.length} calls (${first.mutating.length} mutating), ` +
        `re-run ${second.calls.length} calls (${second.mutating.length} mutating), ${Date.now() - started} ms`,
    );
  });
});
