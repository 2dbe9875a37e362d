import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { ensureRepository, findImage } from '../../actions/lib/ecr-repository';
import { resolveEnvironment } from '../../actions/lib/environment';
import { ConfigError } from '../../actions/lib/errors';
import {
  buildAndPush,
  checkDocker,
  contentHash,
  contentTag,
  dockerLoginToEcr,
  execRunner,
  findContentImage,
  IMAGE_INPUTS,
  parseImageReference,
  requireDockerfile,
} from '../../actions/lib/image-build';
import { emptyPathDir, installFakeDocker, makeWorkspace, uniqueProject } from '../build-push-image/fake-docker';

describe('content tag', () => {
  const edits: [string, boolean, (root: string) => void][] = [
    // The DAG bundle (dags/, plugins/, config/) reaches the tasks through the volume, not the image.
    [
      'a DAG file changes',
      false,
      (r) => writeFileSync(path.join(r, 'dags/hello.py'), 'from airflow.sdk import task\n'),
    ],
    ['a DAG is added in a sub-folder', false, (r) => writeFileSync(path.join(r, 'dags/sub/new.py'), 'Y = 2\n')],
    ['a plugin changes', false, (r) => writeFileSync(path.join(r, 'plugins/hello_plugin.py'), 'PLUGIN = False\n')],
    ['a config file is removed', false, (r) => rmSync(path.join(r, 'config/log_config.py'))],
    ['the Dockerfile changes', true, (r) => writeFileSync(path.join(r, 'airflow-image/Dockerfile'), 'FROM scratch\n')],
    [
      'a file is renamed in the image folder',
      true,
      (r) => renameSync(path.join(r, 'airflow-image/requirements.txt'), path.join(r, 'airflow-image/reqs.txt')),
    ],
    ['the requirements change', true, (r) => writeFileSync(path.join(r, 'airflow-image/requirements.txt'), 'x==1\n')],
    [
      'the wrapper loses its executable bit',
      true,
      (r) => chmodSync(path.join(r, 'airflow-image/entrypoint-wrapper.sh'), 0o644),
    ],
    ['the README changes', false, (r) => writeFileSync(path.join(r, 'README.md'), '# changed\n')],
    ['the config file changes', false, (r) => writeFileSync(path.join(r, 'airflow-fargate.yml'), 'project: other\n')],
    ['a file outside the inputs appears', false, (r) => writeFileSync(path.join(r, 'notes.txt'), 'x')],
    [
      'Python caches appear',
      false,
      (r) => {
        mkdirSync(path.join(r, 'airflow-image/__pycache__'));
        writeFileSync(path.join(r, 'airflow-image/__pycache__/sync-bundle.cpython-312.pyc'), 'bytecode');
        writeFileSync(path.join(r, 'airflow-image/old.pyc'), 'bytecode');
      },
    ],
  ];

  it.each(edits)('when %s, the tag changes: %s', (_what, changes, edit) => {
    const root = makeWorkspace('t');
    const before = contentHash(root);
    edit(root);
    expect(contentHash(root) !== before).toBe(changes);
  });

  it('is the same for the same content in another checkout, and prefixed by the environment kind', () => {
    const a = contentHash(makeWorkspace('a'));
    expect(contentHash(makeWorkspace('b'))).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{24}$/);
    expect(contentTag(a, 'preview')).toBe(`preview-${a}`);
    expect(contentTag(a, 'long-lived')).toBe(`release-${a}`);
    expect(IMAGE_INPUTS).toEqual(['airflow-image']);
  });

  it('refuses a checkout without airflow-image/Dockerfile, pointing at checkout or the image input', () => {
    const root = makeWorkspace('t');
    expect(() => requireDockerfile(root)).not.toThrow();
    rmSync(path.join(root, 'airflow-image/Dockerfile'));
    expect(() => requireDockerfile(root)).toThrow(ConfigError);
    expect(() => requireDockerfile(root)).toThrow(/airflow-image\/Dockerfile not found.*actions\/checkout.*"image"/);
  });
});

describe('image references', () => {
  const good: [string, object][] = [
    ['apache/airflow:3.3.2-python3.12', { registry: undefined, repository: 'apache/airflow', tag: '3.3.2-python3.12' }],
    ['airflow', { repository: 'airflow', tag: undefined, digest: undefined }],
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/proj/airflow@sha256:' + 'a'.repeat(64),
      {
        registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
        repository: 'proj/airflow',
        digest: 'sha256:' + 'a'.repeat(64),
      },
    ],
    ['localhost:5000/my_team/air-flow:v1', { registry: 'localhost:5000', repository: 'my_team/air-flow', tag: 'v1' }],
    [
      'ghcr.io/org/img:1@sha256:' + 'b'.repeat(64),
      { registry: 'ghcr.io', tag: '1', digest: 'sha256:' + 'b'.repeat(64) },
    ],
  ];
  it.each(good)('accepts %s', (reference, parsed) => {
    expect(parseImageReference(reference)).toMatchObject(parsed);
  });

  const bad: [string, RegExp][] = [
    ['', /empty/],
    ['apache/airflow latest', /spaces/],
    ['Apache/Airflow:3', /lower-case/],
    ['apache/airflow:-bad', /tag "-bad"/],
    ['apache/airflow@sha256:123', /digest/],
    ['apache/airflow@md5:' + 'a'.repeat(32), /digest/],
    ['https://ghcr.io/org/img', /not an image reference/],
    ['ghcr.io/org//img', /lower-case/],
    ['not an image!!', /not an image reference/],
  ];
  it.each(bad)('refuses %j with a ConfigError naming the input', (reference, why) => {
    expect(() => parseImageReference(reference, 'image')).toThrow(ConfigError);
    expect(() => parseImageReference(reference, 'image')).toThrow(why);
    expect(() => parseImageReference(reference, 'image')).toThrow(/^input "image": /);
  });
});

describe('Docker', () => {
  const aws = createClients(targetFromEnv());
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  const noDocker: [string, () => string, RegExp][] = [
    ['docker is not on PATH', () => emptyPathDir(), /`docker buildx version` failed \(no Buildx\): Unable to locate/],
    [
      'docker has no buildx',
      () => installFakeDocker('no-buildx').dir,
      /`docker buildx version` failed \(no Buildx\): docker: 'buildx' is not a docker command/,
    ],
    [
      'no Docker engine runs',
      () => installFakeDocker('no-daemon').dir,
      /failed \(no a running Docker engine\): Cannot connect to the Docker daemon/,
    ],
  ];
  it.each(noDocker)('when %s, says Docker with Buildx is needed or the image input', async (_what, dir, detail) => {
    process.env.PATH = dir();
    const failure = checkDocker(execRunner);
    await expect(failure).rejects.toThrow(/^Docker with Buildx is needed to build the image/);
    await expect(checkDocker(execRunner)).rejects.toThrow(detail);
    await expect(checkDocker(execRunner)).rejects.toThrow(/pass the "image" input/);
  });

  it('logs in with the password on stdin (masked), builds with the repository root as context and pushes', async () => {
    const docker = installFakeDocker('ok');
    process.env.PATH = docker.dir;
    const env = resolveEnvironment('pr-5', { project: uniqueProject() }, { region: 'us-east-1' });
    const repo = await ensureRepository(aws.ecr, env);
    const root = makeWorkspace(env.project);
    const masked: string[] = [];

    await checkDocker(execRunner);
    const host = await dockerLoginToEcr(aws.ecr, execRunner, repo.registryId, (s) => masked.push(s));
    await buildAndPush(execRunner, { root, target: `${repo.uri}:preview-x`, labels: { a: 'b' } });

    expect(host).toBe(repo.uri.split('/')[0]);
    const calls = docker.calls();
    const login = calls.find((c) => c.args[0] === 'login');
    expect(login?.args).toEqual(['login', '--username', 'AWS', '--password-stdin', host]);
    expect(login?.stdin).toBe(`${repo.registryId}-auth-token`); // moto's password
    expect(masked).toContain(login?.stdin);
    expect(calls.flatMap((c) => c.args).join(' ')).not.toContain(login?.stdin as string);

    const build = calls.find((c) => c.args[1] === 'build')?.args ?? [];
    expect(build.slice(0, 2)).toEqual(['buildx', 'build']);
    expect(build[build.indexOf('--file') + 1]).toBe(path.join(root, 'airflow-image/Dockerfile'));
    expect(build[build.indexOf('--platform') + 1]).toBe('linux/amd64');
    expect(build[build.indexOf('--tag') + 1]).toBe(`${repo.uri}:preview-x`);
    expect(build).toContain('--push');
    expect(build[build.length - 1]).toBe(root);
    expect(await findImage(aws.ecr, repo.name, { imageTag: 'preview-x' })).toBeDefined();
  });

  it("finds the image of the checkout's content for deploys, preferring the environment kind's own tag", async () => {
    process.env.PATH = installFakeDocker('ok').dir;
    const project = uniqueProject();
    const preview = resolveEnvironment('pr-6', { project }, { region: 'us-east-1' });
    const main = resolveEnvironment('main', { project }, { region: 'us-east-1' });
    const root = makeWorkspace(project);
    expect(await findContentImage(aws.ecr, preview, root)).toBeUndefined(); // no repository yet
    const repo = await ensureRepository(aws.ecr, preview);
    expect(await findContentImage(aws.ecr, preview, root)).toBeUndefined(); // no image yet

    const tag = contentTag(contentHash(root), 'preview');
    await buildAndPush(execRunner, { root, target: `${repo.uri}:${tag}` });
    const digest = (await findImage(aws.ecr, repo.name, { imageTag: tag }))?.digest;
    expect(await findContentImage(aws.ecr, preview, root)).toEqual({ image: `${repo.uri}@${digest}`, tag });
    expect(await findContentImage(aws.ecr, main, root)).toEqual({ image: `${repo.uri}@${digest}`, tag });

    writeFileSync(path.join(root, 'airflow-image/requirements.txt'), 'changed==1\n');
    expect(await findContentImage(aws.ecr, preview, root)).toBeUndefined();
  });

  it('reports a failed build with the target and exit code', async () => {
    process.env.PATH = installFakeDocker('build-fails').dir;
    await expect(buildAndPush(execRunner, { root: makeWorkspace('t'), target: 'r/x:preview-1' })).rejects.toThrow(
      'docker buildx build of r/x:preview-1 failed (exit code 1)',
    );
  });
});
