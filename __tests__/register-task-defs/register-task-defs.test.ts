import { DescribeTaskDefinitionCommand, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import {
  DescribeAccessPointsCommand,
  DescribeFileSystemsCommand,
  DescribeMountTargetsCommand,
} from '@aws-sdk/client-efs';
import { GetRolePolicyCommand } from '@aws-sdk/client-iam';
import { CreateSecretCommand } from '@aws-sdk/client-secrets-manager';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { COMPONENTS } from '../../actions/lib/config';
import { ConfigFile } from '../../actions/lib/config';
import { resolveEnvironment } from '../../actions/lib/environment';
import { parsePolicyDocument } from '../../actions/lib/iam-roles';
import { getInputs } from '../../actions/register-task-defs/src/run';
import { AwsCallRecorder } from '../support/aws-proxy';
import { BundleRun, runBundle } from '../support/run-bundle';
import { provision, pushImage, uniqueProject } from './fixtures';

const aws = createClients(targetFromEnv());
afterAll(() => Object.values(aws).forEach((client) => client.destroy()));

function configFile(config: ConfigFile): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'rtd-config-')), 'airflow-fargate.yml');
  writeFileSync(file, JSON.stringify(config)); // JSON is YAML
  return file;
}

/** Exit code 0; on failure the assertion shows the step's log. */
function succeeded(run: BundleRun): void {
  expect(run.exitCode === 0 ? 'exit 0' : run.stdout + run.stderr).toBe('exit 0');
}

/** The ACTIVE revisions of the given families (ECS's familyPrefix takes a whole family name). */
async function revisions(families: string[]): Promise<string[]> {
  const listed = await Promise.all(
    families.map((familyPrefix) => aws.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix, status: 'ACTIVE' }))),
  );
  return listed.flatMap((l) => (l.taskDefinitionArns ?? []).map((a) => a.split('/').pop() as string)).sort();
}

describe('getInputs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it.each([
    [{ ENVIRONMENT: 'pr-1' }, { environment: 'pr-1', image: undefined }],
    [
      { ENVIRONMENT: ' main ', IMAGE: ' repo/airflow:1 ' },
      { environment: 'main', image: 'repo/airflow:1' },
    ],
    [
      { ENVIRONMENT: 'main', IMAGE: `123456789012.dkr.ecr.us-east-1.amazonaws.com/a/airflow@sha256:${'b'.repeat(64)}` },
      { image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/a/airflow@sha256:${'b'.repeat(64)}` },
    ],
  ])('%j gives %j', (inputs, expected) => {
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k}`] = v;
    expect(getInputs()).toMatchObject(expected);
  });

  it.each([
    [{}, /input "environment" is required/],
    [{ ENVIRONMENT: 'pr-1', IMAGE: 'Not An Image' }, /input "image": "Not An Image" is not an image reference/],
    [{ ENVIRONMENT: 'pr-1', IMAGE: 'repo/airflow@sha256:short' }, /input "image".*digest/],
  ])('%j is refused: %s', (inputs, message) => {
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k}`] = v;
    expect(() => getInputs()).toThrow(message);
  });
});

// The committed bundle, run like the runner runs it, against the emulator (moto server) over HTTP.
describe('register-task-defs bundle', () => {
  it('registers everything for a preview, changes nothing on a re-run, and only new revisions for a new image', async () => {
    const project = uniqueProject();
    const config = configFile({ project });
    const env = resolveEnvironment('pr-21', { project }, { region: 'us-east-1' });
    const { info, values } = await provision(aws, env);

    const first = await runBundle('register-task-defs', { environment: 'pr-21', config, image: 'repo/airflow:1' });
    succeeded(first);
    const arns = JSON.parse(first.outputs['task-definition-arns']);
    expect(Object.keys(arns).sort()).toEqual([...COMPONENTS].sort());
    for (const c of COMPONENTS) {
      expect(arns[c]).toMatch(new RegExp(`:task-definition/${project}-pr-21-${c}:1$`));
      expect(first.outputs[`${c}-task-definition-arn`]).toBe(arns[c]);
    }
    expect(first.outputs.image).toBe('repo/airflow:1');
    expect(first.summary).toMatch(/IAM execution role.*created/);
    expect(first.summary).toMatch(/S3 task-log bucket.*created/);
    expect(first.summary).toMatch(/Task definition \(worker\).*created/);

    // The DAG bundle volume, mounted by every definition and writable by the sync task's.
    const fileSystemId = first.outputs['file-system-id'];
    const accessPointId = first.outputs['access-point-id'];
    expect(fileSystemId).toMatch(/^fs-/);
    expect(accessPointId).toMatch(/^fsap-/);
    expect(first.outputs['bundle-sync-task-definition-arn']).toMatch(
      new RegExp(`:task-definition/${project}-pr-21-bundle-sync:1$`),
    );
    for (const row of [
      /EFS file system \(DAG bundle\)<\/td><td>fs-[^<]+<\/td><td>created/,
      /EFS mount targets<\/td><td>fsmt-[^<]+<\/td><td>created/,
      /EFS access point \(uid 50000\)<\/td><td>fsap-[^<]+<\/td><td>created/,
      /Security group \(DAG bundle volume\)<\/td><td>sg-[^<]+<\/td><td>created/,
      /Task definition \(DAG bundle sync\)<\/td><td>[^<]+-bundle-sync:1<\/td><td>created/,
    ]) {
      expect(first.summary).toMatch(row);
    }
    const [fs] = (await aws.efs.send(new DescribeFileSystemsCommand({ FileSystemId: fileSystemId }))).FileSystems ?? [];
    expect(fs).toMatchObject({ Encrypted: true, Name: `${project}-pr-21-bundle` });
    const zones = (await aws.efs.send(new DescribeMountTargetsCommand({ FileSystemId: fileSystemId }))).MountTargets;
    expect(new Set(zones?.map((m) => m.AvailabilityZoneName)).size).toBe(zones?.length); // one per zone
    const [point] =
      (await aws.efs.send(new DescribeAccessPointsCommand({ FileSystemId: fileSystemId }))).AccessPoints ?? [];
    expect(point).toMatchObject({ AccessPointId: accessPointId, PosixUser: { Uid: 50000, Gid: 0 } });
    const sync = await aws.ecs.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: first.outputs['bundle-sync-task-definition-arn'] }),
    );
    const volumes = [
      {
        name: 'bundle',
        efsVolumeConfiguration: {
          fileSystemId,
          transitEncryption: 'ENABLED',
          authorizationConfig: { accessPointId, iam: 'DISABLED' },
        },
      },
    ];
    expect(sync.taskDefinition?.volumes).toMatchObject(volumes); // ECS adds rootDirectory "/"
    expect(sync.taskDefinition?.containerDefinitions?.[0].mountPoints).toEqual([
      { sourceVolume: 'bundle', containerPath: '/opt/airflow/bundle', readOnly: false },
    ]);

    // Read every definition back: secrets only by reference, all the same ones, none for workers' DB.
    const described = await Promise.all(
      COMPONENTS.map((c) =>
        aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arns[c], include: ['TAGS'] })),
      ),
    );
    const text = JSON.stringify(described) + first.stdout + first.summary + JSON.stringify(first.outputs);
    for (const value of values) expect(text).not.toContain(value);
    const shared = described.map((d) =>
      Object.fromEntries(
        (d.taskDefinition?.containerDefinitions?.[0].secrets ?? [])
          .filter((s) => /FERNET|JWT_SECRET|API__SECRET_KEY/.test(s.name as string))
          .map((s) => [s.name, s.valueFrom]),
      ),
    );
    expect(shared[0]).toEqual({
      AIRFLOW__CORE__FERNET_KEY: info.secrets.fernetKey,
      AIRFLOW__API_AUTH__JWT_SECRET: info.secrets.jwtSecret,
      AIRFLOW__API__SECRET_KEY: info.secrets.apiSecretKey,
    });
    for (const s of shared) expect(s).toEqual(shared[0]);
    for (const d of described) {
      expect(d.taskDefinition?.volumes).toMatchObject(volumes);
      expect(d.taskDefinition?.containerDefinitions?.[0].mountPoints).toEqual([
        { sourceVolume: 'bundle', containerPath: '/opt/airflow/bundle', readOnly: true },
      ]);
    }
    const worker = described[COMPONENTS.indexOf('worker')].taskDefinition?.containerDefinitions?.[0];
    expect(JSON.stringify(worker)).not.toContain(info.secretArn);
    expect(worker?.environment?.find((e) => e.name === 'AIRFLOW_DB_HOST')).toBeUndefined();

    // A second run: nothing to do, and not one mutating AWS call.
    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      const second = await runBundle(
        'register-task-defs',
        { environment: 'pr-21', config, image: 'repo/airflow:1' },
        { AWS_ENDPOINT_URL: recorder.endpoint },
      );
      succeeded(second);
      expect(recorder.mutating()).toEqual([]);
      expect(JSON.parse(second.outputs['task-definition-arns'])).toEqual(arns);
      expect(second.outputs).toMatchObject({
        'file-system-id': fileSystemId,
        'access-point-id': accessPointId,
        'bundle-sync-task-definition-arn': first.outputs['bundle-sync-task-definition-arn'],
      });
      expect(second.summary).not.toMatch(/created|updated/);
    } finally {
      await recorder.stop();
    }

    // Without the input the environment keeps its image.
    const keep = await runBundle('register-task-defs', { environment: 'pr-21', config });
    succeeded(keep);
    expect(keep.outputs.image).toBe('repo/airflow:1');
    expect(JSON.parse(keep.outputs['task-definition-arns'])).toEqual(arns);

    const moved = await runBundle('register-task-defs', { environment: 'pr-21', config, image: 'repo/airflow:2' });
    succeeded(moved);
    const movedArns = JSON.parse(moved.outputs['task-definition-arns']);
    for (const c of COMPONENTS) expect(movedArns[c]).toBe(arns[c].replace(/:1$/, ':2'));
    expect(moved.outputs['bundle-sync-task-definition-arn']).toMatch(/-bundle-sync:2$/); // the sync runs the image
    expect(moved.outputs['file-system-id']).toBe(fileSystemId);
    expect(await revisions(COMPONENTS.map((c) => env.names.taskFamily(c)))).toEqual(
      COMPONENTS.flatMap((c) => [`${project}-pr-21-${c}:1`, `${project}-pr-21-${c}:2`]).sort(),
    );
    expect(moved.summary).toMatch(/IAM task role.*unchanged/);
  });

  it('a long-lived environment on RDS with Google sign-in: newest ECR image, RDS secret, callback URL', async () => {
    const project = uniqueProject();
    const secretName = `${project}/google-oauth`;
    const config = configFile({ project, oauth: { provider: 'google', secretName } });
    const env = resolveEnvironment('main', { project }, { region: 'us-east-1' });
    const { info, values } = await provision(aws, env);
    expect(info.mode).toBe('rds');
    const google = await aws.secrets.send(
      new CreateSecretCommand({
        Name: secretName,
        SecretString: JSON.stringify({
          client_id: 'cid-123.apps.googleusercontent.com',
          client_secret: 'GOCSPX-s3cr3t',
        }),
      }),
    );
    const digest = await pushImage(aws, env, 'release-abc');

    const run = await runBundle('register-task-defs', { environment: 'main', config });
    succeeded(run);
    expect(run.outputs.image).toMatch(new RegExp(`\\.amazonaws\\.com/${project}/airflow@${digest}$`));
    expect(run.summary).toContain('`https://<your Airflow host>/auth/oauth-authorized/google`');

    const api = (
      await aws.ecs.send(
        new DescribeTaskDefinitionCommand({ taskDefinition: run.outputs['api-server-task-definition-arn'] }),
      )
    ).taskDefinition?.containerDefinitions?.[0];
    const secrets = Object.fromEntries((api?.secrets ?? []).map((s) => [s.name, s.valueFrom]));
    expect(secrets).toMatchObject({
      AIRFLOW_DB_PASSWORD: `${info.secretArn}:password::`,
      GOOGLE_OAUTH_CLIENT_ID: `${google.ARN}:client_id::`,
      GOOGLE_OAUTH_CLIENT_SECRET: `${google.ARN}:client_secret::`,
    });
    expect(api?.environment).toEqual(expect.arrayContaining([{ name: 'AIRFLOW_DB_HOST', value: info.host }]));
    const text = JSON.stringify(api) + run.stdout + run.summary;
    for (const value of [...values, 'GOCSPX-s3cr3t', 'cid-123.apps.googleusercontent.com'])
      expect(text).not.toContain(value);

    const policy = await aws.iam.send(
      new GetRolePolicyCommand({ RoleName: env.names.executionRole, PolicyName: 'airflow-fargate' }),
    );
    const statement = (
      parsePolicyDocument(policy.PolicyDocument) as { Statement: { Sid: string; Resource: string[] }[] }
    ).Statement.find((s) => s.Sid === 'EnvironmentSecrets');
    expect(statement?.Resource).toEqual(expect.arrayContaining([info.secretArn, google.ARN]));
    expect(statement?.Resource.some((r) => r.includes(`:repository/`))).toBe(false);
  });

  it('fails clearly, before any AWS call, on a bad image, and says to run provision-rds when it has not run', async () => {
    const project = uniqueProject();
    const config = configFile({ project });
    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      const bad = await runBundle(
        'register-task-defs',
        { environment: 'pr-3', config, image: 'Bad Image' },
        { AWS_ENDPOINT_URL: recorder.endpoint },
      );
      expect(bad.exitCode).toBe(1);
      expect(bad.stdout).toContain('::error::register-task-defs: configuration error: input "image"');
      expect(recorder.calls).toEqual([]);

      const early = await runBundle(
        'register-task-defs',
        { environment: 'pr-3', config, image: 'repo/airflow:1' },
        { AWS_ENDPOINT_URL: recorder.endpoint },
      );
      expect(early.exitCode).toBe(1);
      expect(early.stdout).toMatch(/::error::register-task-defs: .*run provision-rds for environment pr-3/);
      expect(recorder.mutating().map((c) => c.operation)).not.toContain('RegisterTaskDefinition');
    } finally {
      await recorder.stop();
    }
  });
});
