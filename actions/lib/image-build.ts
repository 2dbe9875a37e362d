import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import * as path from 'node:path';
import { AwsClients } from './aws-clients';
import { Environment, EnvironmentKind } from './environment';
import { describeRepository, findImage, PREVIEW_TAG_PREFIX, RELEASE_TAG_PREFIX } from './ecr-repository';
import { aws, ConfigError } from './errors';

/**
 * Everything that goes into the image, relative to the repository root (what the Dockerfile copies).
 * Not dags/, plugins/ or config/: they reach the components through the DAG bundle's volume, so a
 * DAG change leaves the image, and its tag, as they are.
 */
export const IMAGE_INPUTS = ['airflow-image'] as const;
export const DOCKERFILE = 'airflow-image/Dockerfile';
/** Fargate task definitions run X86_64 unless told otherwise. */
export const IMAGE_PLATFORM = 'linux/amd64';
const CONTENT_HASH_LENGTH = 24;

function ignored(name: string): boolean {
  return name === '__pycache__' || name.endsWith('.pyc') || name.endsWith('.pyo');
}

/** Relative paths (forward slashes) of the files under one input, recursively. */
function listFiles(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  if (!lstatSync(full).isDirectory()) return [relative];
  return readdirSync(full)
    .filter((name) => !ignored(name))
    .flatMap((name) => listFiles(root, `${relative}/${name}`));
}

/**
 * A hash of the image's inputs: sorted relative paths, whether each file is executable (the
 * Dockerfile's COPY keeps modes) and its bytes. Anything else in the repository does not count.
 */
export function contentHash(root: string, inputs: readonly string[] = IMAGE_INPUTS): string {
  const hash = createHash('sha256');
  const files = inputs.flatMap((input) => listFiles(root, input)).sort();
  for (const file of files) {
    const full = path.join(root, file);
    const stat = lstatSync(full);
    const kind = stat.isSymbolicLink() ? 'link' : stat.mode & 0o111 ? 'exec' : 'file';
    const bytes = stat.isSymbolicLink() ? Buffer.from(readlinkSync(full)) : readFileSync(full);
    hash.update(`${file}\0${kind}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, CONTENT_HASH_LENGTH);
}

/** The tag an image of this content gets when built for an environment of this kind. */
export function contentTag(hash: string, kind: EnvironmentKind): string {
  return `${kind === 'preview' ? PREVIEW_TAG_PREFIX : RELEASE_TAG_PREFIX}${hash}`;
}

/** The content hash a tag of ours carries (preview-<hash> or release-<hash>), else undefined. */
export function contentHashOfTag(tag: string): string | undefined {
  for (const prefix of [PREVIEW_TAG_PREFIX, RELEASE_TAG_PREFIX]) {
    const hash = tag.startsWith(prefix) ? tag.slice(prefix.length) : '';
    if (new RegExp(`^[0-9a-f]{${CONTENT_HASH_LENGTH}}$`).test(hash)) return hash;
  }
  return undefined;
}

/** The image tags that hold this content: the kind's own first, then the other kind's. */
export function candidateTags(hash: string, kind: EnvironmentKind): string[] {
  const other: EnvironmentKind = kind === 'preview' ? 'long-lived' : 'preview';
  return [contentTag(hash, kind), contentTag(hash, other)];
}

/**
 * The image build-push-image made (or found) for this checkout's content, as URI@digest: what an
 * environment deploys when no image is named. Undefined when it has not been built yet.
 */
export async function findContentImage(
  ecr: AwsClients['ecr'],
  env: Environment,
  root: string,
): Promise<{ image: string; tag: string } | undefined> {
  const repository = await describeRepository(ecr, env);
  if (!repository?.repositoryName) return undefined;
  for (const tag of candidateTags(contentHash(root), env.kind)) {
    const found = await findImage(ecr, repository.repositoryName, { imageTag: tag });
    if (found) return { image: `${repository.repositoryUri}@${found.digest}`, tag };
  }
  return undefined;
}

/** Fails before any AWS call when the checkout has nothing to build. */
export function requireDockerfile(root: string): void {
  if (!existsSync(path.join(root, DOCKERFILE))) {
    throw new ConfigError(
      `${DOCKERFILE} not found under ${root}. Check out the repository first (actions/checkout), or pass the "image" input to use an existing image.`,
    );
  }
}

// --- image references -------------------------------------------------------------------------

export interface ImageReference {
  /** Registry host (with port), when the reference names one. */
  registry?: string;
  /** Repository path inside the registry, e.g. apache/airflow. */
  repository: string;
  tag?: string;
  digest?: string;
}

const LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?';
const HOST = new RegExp(`^(?:${LABEL})(?:\\.${LABEL})*(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Parses a container image reference (registry/path:tag@digest); ConfigError naming the input when it is not one. */
export function parseImageReference(reference: string, input = 'image'): ImageReference {
  const bad = (why: string) =>
    new ConfigError(
      `input "${input}": "${reference}" is not an image reference (${why}). Give one such as apache/airflow:3.3.2-python3.12 or <account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:<digest>.`,
    );
  if (!reference || /\s/.test(reference)) throw bad('empty or contains spaces');
  let rest = reference;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw bad('the digest must be sha256: and 64 lower-case hex digits');
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw bad(`tag "${tag}" must be up to 128 letters, digits, _ . -, not starting with . or -`);
  }
  const parts = rest.split('/');
  let registry: string | undefined;
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) {
    registry = parts.shift();
    if (!HOST.test(registry as string)) throw bad(`"${registry}" is not a registry host`);
  }
  if (parts.length === 0 || !parts.every((p) => PATH_COMPONENT.test(p))) {
    throw bad('the repository must be lower-case letters, digits and . _ - separated by /');
  }
  const repository = parts.join('/');
  if (repository.length > 255) throw bad('the repository name is longer than 255 characters');
  return { registry, repository, tag, digest };
}

// --- Docker -----------------------------------------------------------------------------------

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs a command; injectable so tests can stand in for Docker. */
export type CommandRunner = (
  command: string,
  args: string[],
  options?: { input?: string; cwd?: string; silent?: boolean },
) => Promise<CommandResult>;

/**
 * The real runner: @actions/exec, streaming output to the log. A missing executable is exit code 127.
 * Loaded on first use: run-airflow reads the content hash from this module and runs no command.
 */
export const execRunner: CommandRunner = async (command, args, options = {}) => {
  const exec = await import('@actions/exec');
  try {
    return await exec.getExecOutput(command, args, {
      ignoreReturnCode: true,
      silent: options.silent,
      cwd: options.cwd,
      input: options.input === undefined ? undefined : Buffer.from(options.input),
    });
  } catch (err) {
    return { exitCode: 127, stdout: '', stderr: err instanceof Error ? err.message : String(err) };
  }
};

function firstLine(result: CommandResult): string {
  return (result.stderr.trim() || result.stdout.trim()).split('\n')[0] || `exit code ${result.exitCode}`;
}

/** Fails with what to do when there is no Docker engine with Buildx to build with. */
export async function checkDocker(run: CommandRunner): Promise<void> {
  const checks: [string[], string][] = [
    [['buildx', 'version'], 'Buildx'],
    [['version', '--format', '{{.Server.Version}}'], 'a running Docker engine'],
  ];
  for (const [args, what] of checks) {
    const result = await run('docker', args, { silent: true });
    if (result.exitCode !== 0) {
      throw new Error(
        `Docker with Buildx is needed to build the image, and \`docker ${args.join(' ')}\` failed (no ${what}): ${firstLine(result)}. ` +
          'Run on a runner with Docker (GitHub-hosted ubuntu runners have it; add docker/setup-buildx-action if Buildx is missing), ' +
          'or pass the "image" input to use an image that is already built.',
      );
    }
  }
}

/**
 * Logs Docker in to the ECR registry. The password goes through stdin, is masked first, and never
 * appears in arguments or the environment. Returns the registry host to log out of.
 */
export async function dockerLoginToEcr(
  ecr: AwsClients['ecr'],
  run: CommandRunner,
  registryId: string,
  mask: (secret: string) => void,
): Promise<string> {
  const answer = await aws('GetAuthorizationToken', `ECR registry ${registryId}`, () =>
    ecr.getAuthorizationToken({ registryIds: [registryId] }),
  );
  const data = answer.authorizationData?.[0];
  if (!data?.authorizationToken || !data.proxyEndpoint) {
    throw new Error(`ECR registry ${registryId}: GetAuthorizationToken returned no token`);
  }
  mask(data.authorizationToken);
  const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
  const password = decoded.slice(decoded.indexOf(':') + 1);
  mask(password);
  const host = data.proxyEndpoint.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const result = await run('docker', ['login', '--username', 'AWS', '--password-stdin', host], { input: password });
  if (result.exitCode !== 0) throw new Error(`docker login to ${host} failed: ${firstLine(result)}`);
  return host;
}

export async function dockerLogout(run: CommandRunner, host: string): Promise<void> {
  await run('docker', ['logout', host], { silent: true });
}

export interface BuildRequest {
  root: string;
  /** repository URI:tag to push. */
  target: string;
  labels?: Record<string, string>;
}

/** `docker buildx build --push` of airflow-image/Dockerfile with the repository root as context. */
export function buildArgs(request: BuildRequest): string[] {
  const labels = Object.entries(request.labels ?? {}).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
  return [
    'buildx',
    'build',
    '--file',
    path.join(request.root, DOCKERFILE),
    '--platform',
    IMAGE_PLATFORM,
    // One plain image manifest: no attestation index for ECR to keep untagged beside it.
    '--provenance=false',
    '--progress=plain',
    ...labels,
    '--tag',
    request.target,
    '--push',
    request.root,
  ];
}

export async function buildAndPush(run: CommandRunner, request: BuildRequest): Promise<void> {
  const result = await run('docker', buildArgs(request), { cwd: request.root });
  if (result.exitCode !== 0) {
    throw new Error(
      `docker buildx build of ${request.target} failed (exit code ${result.exitCode}); see the log above`,
    );
  }
}
