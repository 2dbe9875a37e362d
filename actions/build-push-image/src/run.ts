import { AwsClients } from '../../lib/aws-clients';
import { CommonInputs, getCommonInputs, prepare, workspaceRoot } from '../../lib/action';
import { addImageTag, EnsuredRepository, ensureRepository, findImage } from '../../lib/ecr-repository';
import { Environment } from '../../lib/environment';
import {
  buildAndPush,
  candidateTags,
  checkDocker,
  CommandRunner,
  contentHash,
  contentTag,
  dockerLoginToEcr,
  dockerLogout,
  execRunner,
  ImageReference,
  parseImageReference,
  requireDockerfile,
} from '../../lib/image-build';
import * as step from '../../lib/step';

export interface Inputs extends CommonInputs {
  /** An existing image to use instead of building. */
  image?: { raw: string; ref: ImageReference };
  /** The repository root: what the content tag is computed over and the build context. */
  workspace: string;
}

export function getInputs(): Inputs {
  const common = getCommonInputs();
  const raw = step.getInput('image').trim();
  return {
    ...common,
    image: raw ? { raw, ref: parseImageReference(raw, 'image') } : undefined,
    workspace: workspaceRoot(),
  };
}

export type Outcome = 'built' | 'present' | 'retagged' | 'adopted';

export interface BuildPushResult {
  repository: EnsuredRepository;
  /** What to deploy: URI@digest for images in ECR. */
  image: string;
  tag: string;
  built: boolean;
  outcome: Outcome;
  /** Why it was (not) built, in words for the log and summary. */
  reason: string;
}

export interface BuildPushOptions {
  ecr: AwsClients['ecr'];
  env: Environment;
  root: string;
  image?: Inputs['image'];
  runner?: CommandRunner;
  mask?: (secret: string) => void;
  log?: (line: string) => void;
}

export async function buildPushImage(options: BuildPushOptions): Promise<BuildPushResult> {
  const { ecr, env, root } = options;
  const runner = options.runner ?? execRunner;
  const mask = options.mask ?? step.setSecret;
  const log = options.log ?? step.info;

  // Local checks first: a checkout without the image's sources fails before any AWS call.
  const hash = options.image ? undefined : (requireDockerfile(root), contentHash(root));

  const repository = await ensureRepository(ecr, env);
  log(`ECR repository ${repository.name}: ${repository.action}${describeChanges(repository)}`);
  if (options.image) return adopt(ecr, repository, options.image);

  const tag = contentTag(hash as string, env.kind);
  const at = (digest: string) => `${repository.uri}@${digest}`;
  for (const candidate of candidateTags(hash as string, env.kind)) {
    const found = await findImage(ecr, repository.name, { imageTag: candidate });
    if (!found) continue;
    if (candidate === tag) {
      return {
        repository,
        image: at(found.digest),
        tag,
        built: false,
        outcome: 'present',
        reason: `${tag} is already in ECR`,
      };
    }
    if (env.kind === 'preview') {
      const reason = `a long-lived environment's image ${candidate} has the same content`;
      return { repository, image: at(found.digest), tag: candidate, built: false, outcome: 'present', reason };
    }
    // A long-lived environment adopts the preview image of the same content under its own tag, so
    // the lifecycle policy no longer expires it.
    const tagged = await addImageTag(ecr, repository.name, found.digest, tag);
    const reason = `preview image ${candidate} has the same content; tagged it ${tag}`;
    return { repository, image: at(tagged.digest), tag, built: false, outcome: 'retagged', reason };
  }

  log(`No image with content ${hash} in ECR: building ${tag}`);
  await checkDocker(runner);
  const host = await dockerLoginToEcr(ecr, runner, repository.registryId, mask);
  let raced = false;
  try {
    const labels: Record<string, string> = { 'airflow-fargate.content-hash': hash as string };
    if (process.env.GITHUB_SHA) labels['org.opencontainers.image.revision'] = process.env.GITHUB_SHA;
    await buildAndPush(runner, { root, target: `${repository.uri}:${tag}`, labels });
  } catch (err) {
    // Two runs with the same content can race; the immutable tag lets only one push win.
    if (!(await findImage(ecr, repository.name, { imageTag: tag }))) throw err;
    raced = true;
  } finally {
    await dockerLogout(runner, host);
  }
  const pushed = await findImage(ecr, repository.name, { imageTag: tag });
  if (!pushed) throw new Error(`pushed ${repository.uri}:${tag}, but ECR does not show that tag`);
  if (raced) {
    const reason = `another run pushed ${tag} first`;
    return { repository, image: at(pushed.digest), tag, built: false, outcome: 'present', reason };
  }
  const reason = 'no image with this content was in ECR';
  return { repository, image: at(pushed.digest), tag, built: true, outcome: 'built', reason };
}

async function adopt(
  ecr: AwsClients['ecr'],
  repository: EnsuredRepository,
  image: NonNullable<Inputs['image']>,
): Promise<BuildPushResult> {
  const { ref, raw } = image;
  const registryHost = repository.uri.split('/')[0];
  if (ref.registry !== registryHost) {
    return {
      repository,
      image: raw,
      tag: ref.tag ?? '',
      built: false,
      outcome: 'adopted',
      reason: 'the "image" input was given',
    };
  }
  const id = { imageTag: ref.digest ? ref.tag : (ref.tag ?? 'latest'), imageDigest: ref.digest };
  const found = await findImage(ecr, ref.repository, id, repository.registryId);
  if (!found) {
    throw new Error(
      `input "image": ${raw} is not in ECR repository ${ref.repository} of this account. Push it first, or leave "image" empty to build.`,
    );
  }
  return {
    repository,
    image: `${registryHost}/${ref.repository}@${found.digest}`,
    tag: ref.tag ?? found.tags[0] ?? '',
    built: false,
    outcome: 'adopted',
    reason: 'the "image" input was given; resolved its digest in ECR',
  };
}

function describeChanges(repository: EnsuredRepository): string {
  return repository.changes.length > 0 ? ` (${repository.changes.join('; ')})` : '';
}

export async function run(): Promise<void> {
  const inputs = getInputs();
  const { env, aws } = prepare(inputs);
  const result = await buildPushImage({ ecr: aws.ecr, env, root: inputs.workspace, image: inputs.image });
  step.info(`Image: ${result.image} (${result.built ? 'built' : `not built: ${result.reason}`})`);
  const core = await step.actionsCore();
  core.setOutput('image', result.image);
  core.setOutput('image-tag', result.tag);
  core.setOutput('built', String(result.built));
  core.setOutput('repository-uri', result.repository.uri);
  await core.summary
    .addHeading(`build-push-image: ${env.name}`, 3)
    .addTable([
      [
        { data: 'Resource', header: true },
        { data: 'Name', header: true },
        { data: 'Result', header: true },
      ],
      ['ECR repository', result.repository.name, `${result.repository.action}${describeChanges(result.repository)}`],
      ['Image tag', result.tag || '(none)', result.outcome],
      ['Image', result.image, result.built ? `built and pushed: ${result.reason}` : `not built: ${result.reason}`],
    ])
    .write();
}
