import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { ConfigFile } from '../../actions/lib/config';
import { resolveEnvironment } from '../../actions/lib/environment';
import { AwsCallRecorder } from '../support/aws-proxy';
import { BundleRun, runBundle } from '../support/run-bundle';
import { ownConfig } from './fixtures';

const aws = createClients(targetFromEnv());
afterAll(() => Object.values(aws).forEach((client) => client.destroy()));

function configFile(config: ConfigFile): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ra-config-')), 'airflow-fargate.yml');
  writeFileSync(file, JSON.stringify(config)); // JSON is YAML
  return file;
}

/** Exit code 0; on failure the assertion shows the step's log. */
function succeeded(run: BundleRun): void {
  expect(run.exitCode === 0 ? 'exit 0' : run.stdout + run.stderr).toBe('exit 0');
}

// The committed bundles, run like the runner runs them, in the workflow's order, against the
// emulator (moto server) over HTTP.
describe('run-airflow bundle', () => {
  it('starts the environment provision-rds and register-task-defs prepared; a re-run makes no mutating call', async () => {
    const settings = await ownConfig(aws);
    const config = configFile(settings);
    const env = resolveEnvironment('pr-41', settings, { region: 'us-east-1' });
    succeeded(await runBundle('provision-rds', { environment: 'pr-41', config }));
    succeeded(
      await runBundle('register-task-defs', { environment: 'pr-41', config, image: 'apache/airflow:3.3.2-python3.12' }),
    );

    const first = await runBundle('run-airflow', { environment: 'pr-41', config, 'wait-timeout-minutes': '2' });
    succeeded(first);
    const services = JSON.parse(first.outputs.services);
    expect(Object.keys(services)).toEqual(['database', 'api-server', 'scheduler', 'dag-processor', 'triggerer']);
    for (const [component, arn] of Object.entries(services)) {
      expect(arn).toBe(
        `arn:aws:ecs:us-east-1:123456789012:service/${env.names.cluster}/${env.names.service(component)}`,
      );
    }
    expect(first.outputs.cluster).toBe(env.names.cluster);
    // The emulator's services start no tasks, so there is no public IP: an empty url, said so.
    expect(first.outputs.url).toBe('');
    expect(first.outputs['internal-url']).toBe(`http://api-server.${env.names.serviceDiscoveryNamespace}:8080`);
    expect(first.stdout).toMatch(/::warning::run-airflow: no public URL: the api-server service has no running task/);
    expect(first.stdout).toMatch(/ECS services of pr-41: database stable after/);
    expect(first.summary).toContain('<h2>run-airflow: pr-41</h2>');
    expect(first.summary).toMatch(/<td>ECS cluster<\/td><td>[^<]+<\/td><td>created<\/td><td>\d+s<\/td>/);
    expect(first.summary).toMatch(
      /<td>ECS service \(api-server\)<\/td><td>[^<]+-api-server:1<\/td><td>created, stable/,
    );

    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      const again = await runBundle(
        'run-airflow',
        { environment: 'pr-41', config },
        { AWS_ENDPOINT_URL: recorder.endpoint },
      );
      succeeded(again);
      expect(recorder.mutating()).toEqual([]);
      expect(recorder.calls.length).toBeGreaterThan(0);
      expect(JSON.parse(again.outputs.services)).toEqual(services);
      expect(again.summary).not.toMatch(/<td>(created|updated)/);
      expect(again.outputs.image).toBe('apache/airflow:3.3.2-python3.12');

      // The DAG-only deploy of the same checkout: the volume already holds its bundle.
      recorder.reset();
      const dags = await runBundle(
        'run-airflow',
        { environment: 'pr-41', config, 'dags-only': 'true' },
        { AWS_ENDPOINT_URL: recorder.endpoint },
      );
      succeeded(dags);
      expect(recorder.mutating()).toEqual([]);
      expect(dags.stdout).toMatch(/^Environment pr-41 \(preview, container database\) in us-east-1: DAG-only deploy$/m);
      expect(dags.summary).toContain('<h2>run-airflow: pr-41 (DAG-only deploy)</h2>');
      expect(dags.summary).toContain('Only the DAG bundle was deployed: no image, task definition or service change.');
      expect(dags.summary).toMatch(
        /<td>DAG bundle sync<\/td><td>[^<]+-bundle-sync<\/td><td>unchanged: the volume holds this bundle/,
      );
      expect(dags.outputs).toEqual({ ...again.outputs });
    } finally {
      await recorder.stop();
    }
  });

  it('a bad input fails before any AWS call, naming the input', async () => {
    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      const run = await runBundle(
        'run-airflow',
        { environment: 'pr-42', 'wait-timeout-minutes': 'forever' },
        { AWS_ENDPOINT_URL: recorder.endpoint },
      );
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain(
        '::error::run-airflow: configuration error: input "wait-timeout-minutes": "forever" is not a whole number of minutes from 1 to 180',
      );
      expect(recorder.calls).toEqual([]);
      const dagsOnly = await runBundle(
        'run-airflow',
        { environment: 'pr-42', 'dags-only': 'maybe' },
        { AWS_ENDPOINT_URL: recorder.endpoint },
      );
      expect(dagsOnly.exitCode).toBe(1);
      expect(dagsOnly.stdout).toContain(
        '::error::run-airflow: configuration error: input "dags-only": "maybe" is not true or false; leave it empty for false.',
      );
      expect(recorder.calls).toEqual([]);
    } finally {
      await recorder.stop();
    }
  });

  it('says which step to run first when nothing was provisioned', async () => {
    const config = configFile(await ownConfig(aws));
    const run = await runBundle('run-airflow', { environment: 'pr-43', config });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::run-airflow: security group \S+-pr-43-tasks does not exist in vpc-\S+: run register-task-defs first/,
    );
  });
});
