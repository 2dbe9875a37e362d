import { PutImageCommand } from '@aws-sdk/client-ecr';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildPushImage, BuildPushOptions, getInputs } from '../../actions/build-push-image/src/run';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { ensureRepository, findImage } from '../../actions/lib/ecr-repository';
import { resolveEnvironment } from '../../actions/lib/environment';
import { ConfigError } from '../../actions/lib/errors';
import { contentHash, parseImageReference } from '../../actions/lib/image-build';
import { AwsCallRecorder } from '../support/aws-proxy';
import { runBundle } from '../support/run-bundle';
import { emptyPathDir, installFakeDocker, makeWorkspace, uniqueProject } from './fake-docker';

// Against the emulator (moto server) over HTTP with the real SDK. There is no Docker engine here:
// a fake `docker` first on PATH records its arguments and, for `buildx build --push`, puts the
// image into the emulator's ECR, so the digest the action reads back is real. Each test has its
// own project (its own repository): test files share one emulator and run in parallel.
const region = 'us-east-1';
const aws = createClients(targetFromEnv());
const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

function setup(environment = 'pr-4') {
  const project = uniqueProject();
  const root = makeWorkspace(project);
  const env = resolveEnvironment(environment, { project }, { region });
  const options: BuildPushOptions = { ecr: aws.ecr, env, root, mask: () => undefined, log: () => undefined };
  return { project, root, env, options };
}

async function withRecorder<T>(body: (recorder: AwsCallRecorder) => Promise<T>): Promise<T> {
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
  await recorder.start();
  try {
    return await body(recorder);
  } finally {
    await recorder.stop();
  }
}

describe('build-push-image', () => {
  it('builds and pushes when no image has this content, and outputs the URI with the digest ECR holds', async () => {
    const { root, env, options } = setup('pr-4');
    const docker = installFakeDocker();
    process.env.PATH = docker.dir;

    const result = await buildPushImage(options);

    const tag = `preview-${contentHash(root)}`;
    const inEcr = await findImage(aws.ecr, env.names.ecrRepository, { imageTag: tag });
    expect(result).toMatchObject({ built: true, outcome: 'built', tag });
    expect(result.repository.action).toBe('created');
    expect(result.image).toBe(`${result.repository.uri}@${inEcr?.digest}`);
    expect(docker.calls().map((c) => c.args.slice(0, 2).join(' '))).toEqual([
      'buildx version',
      'version --format',
      'login --username',
      'buildx build',
      'logout 123456789012.dkr.ecr.us-east-1.amazonaws.com',
    ]);
  });

  it('a second run with the image in ECR makes no mutating AWS call and runs no docker', async () => {
    const { options } = setup('pr-5');
    const docker = installFakeDocker();
    process.env.PATH = docker.dir;
    const first = await buildPushImage(options);
    const dockerCalls = docker.calls().length;

    await withRecorder(async (recorder) => {
      const viaRecorder = createClients({ region, endpoint: recorder.endpoint });
      const again = await buildPushImage({ ...options, ecr: viaRecorder.ecr });
      expect(again).toMatchObject({ built: false, outcome: 'present', image: first.image, tag: first.tag });
      expect(again.repository.action).toBe('unchanged');
      expect(again.reason).toBe(`${first.tag} is already in ECR`);
      expect(recorder.calls.map((c) => c.operation)).toContain('DescribeImages');
      expect(recorder.mutating()).toEqual([]);
    });
    expect(docker.calls()).toHaveLength(dockerCalls);
  });

  it('builds a new image when the image folder changes, and not for a DAG, plugin or README change', async () => {
    const { root, options } = setup('pr-6');
    const docker = installFakeDocker();
    process.env.PATH = docker.dir;
    const first = await buildPushImage(options);

    writeFileSync(path.join(root, 'README.md'), '# docs only\n');
    writeFileSync(path.join(root, 'dags', 'hello.py'), 'from airflow.sdk import dag, task\n');
    writeFileSync(path.join(root, 'plugins', 'hello_plugin.py'), 'PLUGIN = 2\n');
    const bundleOnly = await buildPushImage(options);
    expect(bundleOnly).toMatchObject({ built: false, image: first.image, tag: first.tag });

    writeFileSync(path.join(root, 'airflow-image', 'requirements.txt'), 'apache-airflow-providers-amazon==9.1.0\n');
    const changed = await buildPushImage(options);
    expect(changed.built).toBe(true);
    expect(changed.tag).not.toBe(first.tag);
    expect(changed.image).not.toBe(first.image);
    expect(docker.calls().filter((c) => c.args[1] === 'build')).toHaveLength(2);
  });

  it('main reuses the preview image of the same content under its own release tag, without Docker', async () => {
    const { root, env, options } = setup('pr-8');
    process.env.PATH = installFakeDocker().dir;
    const preview = await buildPushImage(options);

    process.env.PATH = emptyPathDir();
    const main = resolveEnvironment('main', { project: env.project }, { region });
    const release = await buildPushImage({ ...options, env: main });
    const hash = contentHash(root);
    expect(release).toMatchObject({ built: false, outcome: 'retagged', tag: `release-${hash}`, image: preview.image });
    const image = await findImage(aws.ecr, env.names.ecrRepository, { imageTag: `release-${hash}` });
    // One image with both tags: the lifecycle policy's release rule now shields it from expiry.
    expect(image?.tags.sort()).toEqual([`preview-${hash}`, `release-${hash}`]);

    // Previews of the same content then use that image as it is.
    const other = resolveEnvironment('pr-9', { project: env.project }, { region });
    const again = await buildPushImage({ ...options, env: other });
    expect(again).toMatchObject({ built: false, outcome: 'present', image: preview.image });
  });

  it('without Docker, fails saying Docker with Buildx is needed or the image input', async () => {
    const { env, options } = setup('pr-10');
    process.env.PATH = emptyPathDir();
    await expect(buildPushImage(options)).rejects.toThrow(
      /^Docker with Buildx is needed to build the image.*pass the "image" input/,
    );
    process.env.PATH = installFakeDocker('no-daemon').dir;
    await expect(buildPushImage(options)).rejects.toThrow(/Cannot connect to the Docker daemon/);
    // Nothing half-made: the repository holds no image.
    expect(
      await findImage(aws.ecr, env.names.ecrRepository, { imageTag: `preview-${contentHash(options.root)}` }),
    ).toBe(undefined);
  });

  it('a failed build fails the run and logs Docker out', async () => {
    const { options } = setup('pr-11');
    const docker = installFakeDocker('build-fails');
    process.env.PATH = docker.dir;
    await expect(buildPushImage(options)).rejects.toThrow(/docker buildx build of .*:preview-[0-9a-f]+ failed/);
    expect(docker.calls().at(-1)?.args[0]).toBe('logout');
  });

  it('succeeds without building when another run pushed the same content first', async () => {
    const { env, options } = setup('pr-14');
    process.env.PATH = installFakeDocker('lost-race').dir;
    const result = await buildPushImage(options);
    const inEcr = await findImage(aws.ecr, env.names.ecrRepository, { imageTag: result.tag });
    expect(result).toMatchObject({
      built: false,
      outcome: 'present',
      image: `${result.repository.uri}@${inEcr?.digest}`,
    });
    expect(result.reason).toBe(`another run pushed ${result.tag} first`);
  });

  describe('the image input', () => {
    it('adopts an image from another registry as given, without Docker', async () => {
      const { options } = setup('pr-12');
      const docker = installFakeDocker('no-buildx');
      process.env.PATH = docker.dir;
      const raw = 'apache/airflow:3.3.2-python3.12';
      const result = await buildPushImage({ ...options, image: { raw, ref: parseImageReference(raw) } });
      expect(result).toMatchObject({ image: raw, tag: '3.3.2-python3.12', built: false, outcome: 'adopted' });
      expect(docker.calls()).toEqual([]);
    });

    it("resolves an image in this account's ECR to its digest, and refuses one that is not there", async () => {
      const { env, options } = setup('pr-13');
      process.env.PATH = emptyPathDir();
      const { uri } = await ensureRepository(aws.ecr, env);
      const manifest = JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        config: {
          mediaType: 'application/vnd.docker.container.image.v1+json',
          size: 1,
          digest: `sha256:${'c'.repeat(64)}`,
        },
        layers: [
          {
            mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
            size: 1,
            digest: `sha256:${'d'.repeat(64)}`,
          },
        ],
      });
      await aws.ecr.send(
        new PutImageCommand({
          repositoryName: env.names.ecrRepository,
          imageTag: 'hand-made',
          imageManifest: manifest,
        }),
      );
      const digest = (await findImage(aws.ecr, env.names.ecrRepository, { imageTag: 'hand-made' }))?.digest;

      const byTag = await buildPushImage({
        ...options,
        image: { raw: `${uri}:hand-made`, ref: parseImageReference(`${uri}:hand-made`) },
      });
      expect(byTag).toMatchObject({ image: `${uri}@${digest}`, tag: 'hand-made', built: false, outcome: 'adopted' });

      const missing = `${uri}:no-such-tag`;
      await expect(
        buildPushImage({ ...options, image: { raw: missing, ref: parseImageReference(missing) } }),
      ).rejects.toThrow(
        `input "image": ${missing} is not in ECR repository ${env.names.ecrRepository} of this account`,
      );
    });
  });
});

describe('build-push-image inputs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  const cases: [string, Record<string, string>, object | RegExp][] = [
    ['environment alone', { INPUT_ENVIRONMENT: 'pr-1' }, { environment: 'pr-1', image: undefined }],
    [
      'an image reference, trimmed',
      { INPUT_ENVIRONMENT: 'main', INPUT_IMAGE: ' apache/airflow:3.3.2-python3.12 ' },
      {
        image: {
          raw: 'apache/airflow:3.3.2-python3.12',
          ref: { repository: 'apache/airflow', tag: '3.3.2-python3.12' },
        },
      },
    ],
    [
      'the workspace from GITHUB_WORKSPACE',
      { INPUT_ENVIRONMENT: 'main', GITHUB_WORKSPACE: '/w/repo', INPUT_CONFIG: 'deploy/af.yml' },
      { workspace: '/w/repo', configPath: '/w/repo/deploy/af.yml', configRequired: true },
    ],
    ['no environment', { INPUT_ENVIRONMENT: ' ' }, /input "environment" is required/],
    ['a nonsense image', { INPUT_ENVIRONMENT: 'main', INPUT_IMAGE: 'my image!' }, /^input "image": "my image!" is not/],
  ];
  it.each(cases)('%s', (_what, vars, expected) => {
    Object.assign(process.env, vars);
    if (expected instanceof RegExp) {
      expect(() => getInputs()).toThrow(ConfigError);
      expect(() => getInputs()).toThrow(expected);
    } else {
      expect(getInputs()).toMatchObject(expected);
    }
  });
});

describe('build-push-image bundle', () => {
  it('runs with only the environment input: builds, then a second run skips with no mutating call', async () => {
    const project = uniqueProject();
    const root = makeWorkspace(project);
    const docker = installFakeDocker();
    const runnerEnv = { GITHUB_WORKSPACE: root, PATH: docker.dir };

    const first = await runBundle('build-push-image', { environment: 'pr-21' }, runnerEnv);
    expect(first.stderr).not.toMatch(/::error/);
    expect(first.exitCode).toBe(0);
    const tag = `preview-${contentHash(root)}`;
    const digest = (await findImage(aws.ecr, `${project}/airflow`, { imageTag: tag }))?.digest;
    expect(first.outputs).toEqual({
      image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/${project}/airflow@${digest}`,
      'image-tag': tag,
      built: 'true',
      'repository-uri': `123456789012.dkr.ecr.us-east-1.amazonaws.com/${project}/airflow`,
    });
    expect(first.summary).toMatch(/ECR repository.*created/s);
    expect(first.summary).toContain('built and pushed');
    // The registry password was masked before docker login saw it.
    expect(first.stdout).toContain('::add-mask::123456789012-auth-token');
    const builds = docker.calls().filter((c) => c.args[1] === 'build').length;
    expect(builds).toBe(1);

    await withRecorder(async (recorder) => {
      const second = await runBundle(
        'build-push-image',
        { environment: 'pr-21' },
        { ...runnerEnv, AWS_ENDPOINT_URL: recorder.endpoint },
      );
      expect(second.exitCode).toBe(0);
      expect(second.outputs).toMatchObject({ image: first.outputs.image, 'image-tag': tag, built: 'false' });
      expect(second.summary).toMatch(/ECR repository.*unchanged/s);
      expect(second.summary).toContain(`not built: ${tag} is already in ECR`);
      expect(recorder.calls.length).toBeGreaterThan(0);
      expect(recorder.mutating()).toEqual([]);
    });
    expect(docker.calls().filter((c) => c.args[1] === 'build')).toHaveLength(builds);
  });

  it('fails with the action name and the Docker message when there is no Docker', async () => {
    const root = makeWorkspace(uniqueProject());
    const run = await runBundle(
      'build-push-image',
      { environment: 'pr-22' },
      { GITHUB_WORKSPACE: root, PATH: emptyPathDir() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::build-push-image: Docker with Buildx is needed to build the image/);
    expect(run.outputs).toEqual({});
  });

  it('adopts the image input without Docker', async () => {
    const root = makeWorkspace(uniqueProject());
    const run = await runBundle(
      'build-push-image',
      { environment: 'main', image: 'apache/airflow:3.3.2-python3.12' },
      { GITHUB_WORKSPACE: root, PATH: emptyPathDir() },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      image: 'apache/airflow:3.3.2-python3.12',
      'image-tag': '3.3.2-python3.12',
      built: 'false',
    });
    expect(run.summary).toContain('not built: the "image" input was given');
  });

  it('reports a nonsense image input as a configuration error before any AWS call', async () => {
    const root = makeWorkspace(uniqueProject());
    await withRecorder(async (recorder) => {
      const run = await runBundle(
        'build-push-image',
        { environment: 'main', image: 'not an image!!' },
        { GITHUB_WORKSPACE: root, PATH: emptyPathDir(), AWS_ENDPOINT_URL: recorder.endpoint },
      );
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain('::error::build-push-image: configuration error: input "image": "not an image!!"');
      expect(recorder.calls).toEqual([]);
    });
  });
});
