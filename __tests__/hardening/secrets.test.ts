import {
  CreateSecretCommand,
  DeleteSecretCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
} from '@aws-sdk/client-secrets-manager';
import { DescribeTaskDefinitionCommand, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { visible } from '../pipeline/chain';
import { secretStrings, uniqueProject } from '../register-task-defs/fixtures';
import { AwsCallRecorder } from '../support/aws-proxy';
import { BundleRun, runBundle } from '../support/run-bundle';
import { cli, deployArgs, destroyClients, environmentConfig, IMAGE, teardownArgs } from './support';

// After a deploy, everything a user or an attacker with read access could see: every task
// definition of the project (all revisions), each action's log, outputs and job summary, and what
// the CLI prints (deploy, plan, status, teardown). None may hold the value of any secret the
// environment has: database password, fernet key, JWT secret, API secret key, admin password,
// OAuth client secret (and RDS's managed master password in RDS mode).
jest.setTimeout(300_000);

const aws = createClients(targetFromEnv());
const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
beforeAll(() => recorder.start());
afterAll(async () => {
  await recorder.stop();
  destroyClients(aws);
});

async function secretValuesOf(prefixes: string[]): Promise<string[]> {
  // Every page: the emulator is shared with the rest of the suite, which holds hundreds of secrets.
  const names: string[] = [];
  let NextToken: string | undefined;
  do {
    const page = await aws.secrets.send(new ListSecretsCommand({ MaxResults: 100, NextToken }));
    names.push(
      ...(page.SecretList ?? [])
        .map((s) => s.Name as string)
        .filter((name) => prefixes.some((p) => name.startsWith(p))),
    );
    NextToken = page.NextToken;
  } while (NextToken);
  const values = await Promise.all(
    names.map(async (SecretId) => ({
      value: (await aws.secrets.send(new GetSecretValueCommand({ SecretId }))).SecretString as string,
    })),
  );
  return secretStrings(values);
}

async function taskDefinitionsOf(project: string): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await aws.ecs.send(new ListTaskDefinitionsCommand({ nextToken }));
    arns.push(...(page.taskDefinitionArns ?? []).filter((arn) => arn.includes(`/${project}-`)));
    nextToken = page.nextToken;
  } while (nextToken);
  return Promise.all(
    arns.map(async (taskDefinition) =>
      JSON.stringify((await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition }))).taskDefinition),
    ),
  );
}

it.each([
  ['pr-5', 'container'],
  ['main', 'rds'],
])('nothing readable after deploying %s (%s database) holds a secret value', async (environment) => {
  const project = uniqueProject();
  const oauthSecret = `${project}/google-oauth`;
  await aws.secrets.send(
    new CreateSecretCommand({
      Name: oauthSecret,
      SecretString: JSON.stringify({
        client_id: 'id.apps.googleusercontent.com',
        client_secret: 'GOCSPX-s3cr3t-v4lue',
      }),
    }),
  );
  const { file, env } = await environmentConfig(aws, environment, {
    project,
    oauth: { provider: 'google', secretName: oauthSecret },
  });
  const inputs = { environment, config: file };
  const runner = { AWS_ENDPOINT_URL: recorder.endpoint };
  const bundles: Record<string, BundleRun> = {};
  bundles['provision-rds'] = await runBundle('provision-rds', inputs, runner);
  bundles['build-push-image'] = await runBundle('build-push-image', { ...inputs, image: IMAGE }, runner);
  bundles['register-task-defs'] = await runBundle('register-task-defs', { ...inputs, image: IMAGE }, runner);
  bundles['run-airflow'] = await runBundle('run-airflow', inputs, runner);
  for (const [step, run] of Object.entries(bundles)) expect({ step, exit: run.exitCode }).toEqual({ step, exit: 0 });

  const printed = [
    await cli(deployArgs(environment, file), recorder.endpoint),
    await cli(['plan', '--environment', environment, '--config', file], recorder.endpoint),
    await cli(['status', '--environment', environment, '--config', file, '--json'], recorder.endpoint),
  ];
  const values = await secretValuesOf([`${env.names.secretPrefix}/`, oauthSecret, 'rds!']);
  const rdsManaged = env.database === 'rds' ? ['P@55w0rd!'] : []; // the emulator's fixed managed password
  expect(values).toEqual(expect.arrayContaining(['GOCSPX-s3cr3t-v4lue', ...rdsManaged]));
  expect(values.length).toBeGreaterThanOrEqual(env.database === 'rds' ? 7 : 8);

  const readable: [string, string][] = [
    ...Object.entries(bundles).map(([step, run]): [string, string] => [
      `${step} log, outputs and summary`,
      visible(run),
    ]),
    ...printed.map((run, i): [string, string] => [`CLI run ${i}`, run.stdout + run.stderr]),
    ...(await taskDefinitionsOf(project)).map((def, i): [string, string] => [`task definition ${i}`, def]),
  ];
  expect(readable.length).toBeGreaterThanOrEqual(7 + 5); // every family's definition among them
  const leaks = readable.flatMap(([where, text]) =>
    values
      .filter((value) => value.length >= 6 && text.includes(value))
      .map((value) => `${where}: ${value.slice(0, 3)}…`),
  );
  expect(leaks).toEqual([]);
  console.info(`secrets ${environment}: ${values.length} secret values scanned for in ${readable.length} texts`);

  const down = await cli(teardownArgs(environment, file), recorder.endpoint);
  const downLeaks = values.filter((value) => value.length >= 6 && (down.stdout + down.stderr).includes(value));
  expect(downLeaks).toEqual([]);
  await aws.secrets.send(new DeleteSecretCommand({ SecretId: oauthSecret, ForceDeleteWithoutRecovery: true }));
});
