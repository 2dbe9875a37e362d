import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/emulator';

/** lost-race: another run pushed the same tag first (the image lands in ECR, this push fails). */
export type FakeDockerMode = 'ok' | 'no-buildx' | 'no-daemon' | 'build-fails' | 'lost-race';

export interface FakeDockerCall {
  args: string[];
  stdin: string;
}

export interface FakeDocker {
  /** Put this directory (alone) on PATH. */
  dir: string;
  calls(): FakeDockerCall[];
}

/**
 * A `docker` executable standing in for Docker on a machine without an engine. It records each
 * invocation; for `buildx build --push` it seeds the image into the emulator's ECR with PutImage
 * (straight to `ecrEndpoint`, so call recorders in front of the emulator do not see it), so the
 * digest the action reads back afterwards is the emulator's.
 */
export function installFakeDocker(mode: FakeDockerMode = 'ok', ecrEndpoint = process.env.AWS_ENDPOINT_URL): FakeDocker {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-docker-'));
  const log = path.join(dir, 'calls.jsonl');
  const script = `#!${process.execPath}
const fs = require('node:fs');
const crypto = require('node:crypto');
const args = process.argv.slice(2);
const stdin = args[0] === 'login' ? fs.readFileSync(0, 'utf8') : '';
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ args, stdin }) + '\\n');
const mode = ${JSON.stringify(mode)};
const fail = (text) => { process.stderr.write(text + '\\n'); process.exit(1); };
const sha = (text) => 'sha256:' + crypto.createHash('sha256').update(text).digest('hex');
async function main() {
  if (args[0] === 'buildx' && args[1] === 'version') {
    if (mode === 'no-buildx') fail("docker: 'buildx' is not a docker command.");
    return console.log('github.com/docker/buildx v0.20.0 fake');
  }
  if (args[0] === 'version') {
    if (mode === 'no-daemon') fail('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?');
    return console.log('28.0.0');
  }
  if (args[0] === 'login') return console.log('Login Succeeded');
  if (args[0] === 'logout') return console.log('Removing login credentials');
  if (args[0] === 'buildx' && args[1] === 'build') {
    if (mode === 'build-fails') fail('ERROR: failed to solve: process "/bin/sh -c pip install" did not complete successfully');
    if (!args.includes('--push')) fail('fake docker only pushes');
    const target = args[args.indexOf('--tag') + 1];
    const [, host, repositoryName, tag] = /^([^/]+)\\/(.+):([^:/]+)$/.exec(target);
    const region = host.split('.')[3];
    const { ECRClient, PutImageCommand } = require(${JSON.stringify(path.join(repoRoot, 'node_modules', '@aws-sdk', 'client-ecr'))});
    const ecr = new ECRClient({ region, endpoint: ${JSON.stringify(ecrEndpoint)} });
    const manifest = {
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 1000, digest: sha('config ' + target) },
      layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 2000, digest: sha('layer ' + target) }],
    };
    await ecr.send(new PutImageCommand({ repositoryName, imageTag: tag, imageManifest: JSON.stringify(manifest) }));
    if (mode === 'lost-race') fail('ERROR: failed to push ' + target + ': tag invalid: The image tag already exists and cannot be overwritten because the repository is immutable.');
    return console.log('pushed ' + target);
  }
  fail('fake docker: unexpected arguments ' + args.join(' '));
}
main().catch((err) => fail(String(err)));
`;
  writeFileSync(path.join(dir, 'docker'), script);
  chmodSync(path.join(dir, 'docker'), 0o755);
  return {
    dir,
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as FakeDockerCall)
        : [],
  };
}

/** A directory with no docker in it, for "Docker is not installed". */
export function emptyPathDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'no-docker-'));
}

/** A minimal checkout: the image's inputs, a README, and a config file naming the project. */
export function makeWorkspace(project: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'af-workspace-'));
  const files: Record<string, string> = {
    'airflow-fargate.yml': `project: ${project}\n`,
    'README.md': '# a data team repository\n',
    'airflow-image/Dockerfile': 'FROM apache/airflow:3.3.2-python3.12\nCOPY airflow-image/requirements.txt /r.txt\n',
    'airflow-image/requirements.txt': 'apache-airflow-providers-amazon==9.0.0\n',
    'airflow-image/entrypoint-wrapper.sh': '#!/bin/sh\nexec /entrypoint "$@"\n',
    'dags/hello.py': 'from airflow.sdk import dag\n',
    'dags/sub/other.py': 'X = 1\n',
    'plugins/hello_plugin.py': 'PLUGIN = True\n',
    'config/log_config.py': 'LOGGING = {}\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  chmodSync(path.join(root, 'airflow-image/entrypoint-wrapper.sh'), 0o755);
  return root;
}

export function uniqueProject(): string {
  return `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`.slice(0, 16);
}
