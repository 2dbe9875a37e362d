import type { ImageIdentifier, Repository } from '@aws-sdk/client-ecr';
import { AwsClients } from './aws-clients';
import { Environment, TAG_ENVIRONMENT, TAG_ENVIRONMENT_ID } from './environment';
import { aws, AwsError, createUnlessExists, isNotFound } from './errors';

/** Content tags of images built for preview environments start with this; the lifecycle policy expires them. */
export const PREVIEW_TAG_PREFIX = 'preview-';
/** Content tags of images built for long-lived environments start with this; they never expire. */
export const RELEASE_TAG_PREFIX = 'release-';
/** How many preview images the repository keeps (the newest ones); older ones expire. */
export const PREVIEW_IMAGES_KEPT = 100;
// ECR has no "keep forever": a rule that keeps this many release images exists only so the rules
// after it cannot select them (a rule never expires what a higher-priority rule's tags matched).
const RELEASE_IMAGES_KEPT = 9999;

/**
 * Rules are evaluated by priority, and an image whose tags a higher-priority rule matched is never
 * expired by a lower one. So an image tagged both preview-X and release-X (a preview image that a
 * long-lived environment adopted) is protected by rule 1.
 */
export function lifecyclePolicy(): { rules: object[] } {
  return {
    rules: [
      {
        rulePriority: 1,
        description: `Long-lived environments' images (${RELEASE_TAG_PREFIX}*): kept; this rule shields them from the rules below`,
        selection: {
          tagStatus: 'tagged',
          tagPrefixList: [RELEASE_TAG_PREFIX],
          countType: 'imageCountMoreThan',
          countNumber: RELEASE_IMAGES_KEPT,
        },
        action: { type: 'expire' },
      },
      {
        rulePriority: 2,
        description: `Preview images (${PREVIEW_TAG_PREFIX}*): keep the newest ${PREVIEW_IMAGES_KEPT}`,
        selection: {
          tagStatus: 'tagged',
          tagPrefixList: [PREVIEW_TAG_PREFIX],
          countType: 'imageCountMoreThan',
          countNumber: PREVIEW_IMAGES_KEPT,
        },
        action: { type: 'expire' },
      },
      {
        rulePriority: 3,
        description: 'Untagged images (interrupted pushes): expire after 1 day',
        selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 1 },
        action: { type: 'expire' },
      },
    ],
  };
}

/**
 * The repository is shared by all environments of a project, so it carries the project's tags but
 * not an environment's: no environment's teardown may take it for its own.
 */
export function repositoryTags(env: Environment): Record<string, string> {
  const tags = { ...env.tags };
  delete tags[TAG_ENVIRONMENT];
  delete tags[TAG_ENVIRONMENT_ID];
  return tags;
}

export interface EnsuredRepository {
  name: string;
  uri: string;
  arn: string;
  registryId: string;
  action: 'created' | 'updated' | 'unchanged';
  /** What an update changed, in words. */
  changes: string[];
}

export async function describeRepository(ecr: AwsClients['ecr'], env: Environment): Promise<Repository | undefined> {
  const name = env.names.ecrRepository;
  try {
    const found = await ecr.describeRepositories({ repositoryNames: [name] });
    return found.repositories?.[0];
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`ECR repository ${name}`, 'DescribeRepositories', err);
  }
}

/** Sorted-key JSON, so two policies compare equal whatever order AWS hands the keys back in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

async function currentLifecyclePolicy(ecr: AwsClients['ecr'], name: string): Promise<unknown> {
  try {
    const got = await ecr.getLifecyclePolicy({ repositoryName: name });
    return got.lifecyclePolicyText ? JSON.parse(got.lifecyclePolicyText) : undefined;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`ECR repository ${name}`, 'GetLifecyclePolicy', err);
  }
}

/**
 * Creates the project's repository (scan on push, immutable tags, lifecycle policy, tags) or brings
 * an existing one back to those settings. Reads only, when nothing differs.
 */
export async function ensureRepository(ecr: AwsClients['ecr'], env: Environment): Promise<EnsuredRepository> {
  const name = env.names.ecrRepository;
  const resource = `ECR repository ${name}`;
  const wantedTags = repositoryTags(env);
  const policy = lifecyclePolicy();
  const putPolicy = () =>
    aws('PutLifecyclePolicy', resource, () =>
      ecr.putLifecyclePolicy({ repositoryName: name, lifecyclePolicyText: JSON.stringify(policy) }),
    );

  let existing = await describeRepository(ecr, env);
  if (!existing) {
    const made = await createUnlessExists('CreateRepository', resource, () =>
      ecr.createRepository({
        repositoryName: name,
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
        encryptionConfiguration: { encryptionType: 'AES256' },
        tags: Object.entries(wantedTags).map(([Key, Value]) => ({ Key, Value })),
      }),
    );
    if (made) {
      await putPolicy();
      return { ...identity(made.repository), action: 'created', changes: [] };
    }
    existing = await describeRepository(ecr, env);
    if (!existing) throw new AwsError(resource, 'DescribeRepositories', new Error('it exists but cannot be found'));
  }

  const changes: string[] = [];
  const arn = existing.repositoryArn as string;
  if (existing.imageTagMutability !== 'IMMUTABLE') {
    await aws('PutImageTagMutability', resource, () =>
      ecr.putImageTagMutability({ repositoryName: name, imageTagMutability: 'IMMUTABLE' }),
    );
    changes.push('tags made immutable');
  }
  if (!existing.imageScanningConfiguration?.scanOnPush) {
    await aws('PutImageScanningConfiguration', resource, () =>
      ecr.putImageScanningConfiguration({
        repositoryName: name,
        imageScanningConfiguration: { scanOnPush: true },
      }),
    );
    changes.push('scan on push turned on');
  }
  if (canonical(await currentLifecyclePolicy(ecr, name)) !== canonical(policy)) {
    await putPolicy();
    changes.push('lifecycle policy set');
  }
  const listed = await aws('ListTagsForResource', resource, () => ecr.listTagsForResource({ resourceArn: arn }));
  const have = Object.fromEntries((listed.tags ?? []).map((t) => [t.Key, t.Value]));
  const missing = Object.entries(wantedTags).filter(([k, v]) => have[k] !== v);
  if (missing.length > 0) {
    await aws('TagResource', resource, () =>
      ecr.tagResource({ resourceArn: arn, tags: missing.map(([Key, Value]) => ({ Key, Value })) }),
    );
    changes.push(`tags ${missing.map(([k]) => k).join(', ')} set`);
  }
  return { ...identity(existing), action: changes.length > 0 ? 'updated' : 'unchanged', changes };
}

function identity(repo: Repository | undefined): Pick<EnsuredRepository, 'name' | 'uri' | 'arn' | 'registryId'> {
  return {
    name: repo?.repositoryName as string,
    uri: repo?.repositoryUri as string,
    arn: repo?.repositoryArn as string,
    registryId: repo?.registryId as string,
  };
}

export interface FoundImage {
  digest: string;
  tags: string[];
}

/** The image with this tag or digest in the repository, or undefined when it is not there. */
export async function findImage(
  ecr: AwsClients['ecr'],
  repositoryName: string,
  id: ImageIdentifier,
  registryId?: string,
): Promise<FoundImage | undefined> {
  try {
    const found = await ecr.describeImages({ repositoryName, registryId, imageIds: [id] });
    const image = found.imageDetails?.[0];
    return image?.imageDigest ? { digest: image.imageDigest, tags: image.imageTags ?? [] } : undefined;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`ECR repository ${repositoryName}`, 'DescribeImages', err);
  }
}

/**
 * Adds another (immutable) tag to an image already in the repository, without pulling or pushing
 * layers: ECR's documented way is to put the same manifest again under the new tag.
 */
export async function addImageTag(
  ecr: AwsClients['ecr'],
  repositoryName: string,
  digest: string,
  tag: string,
): Promise<FoundImage> {
  const resource = `ECR image ${repositoryName}@${digest}`;
  const got = await aws('BatchGetImage', resource, () =>
    ecr.batchGetImage({ repositoryName, imageIds: [{ imageDigest: digest }] }),
  );
  const image = got.images?.[0];
  if (!image?.imageManifest) throw new Error(`${resource}: ECR returned no manifest`);
  await aws('PutImage', resource, () =>
    ecr.putImage({
      repositoryName,
      imageManifest: image.imageManifest,
      imageManifestMediaType: image.imageManifestMediaType,
      imageTag: tag,
    }),
  );
  const found = await findImage(ecr, repositoryName, { imageTag: tag });
  if (!found) throw new Error(`${resource}: tagged ${tag}, but ECR does not show the tag`);
  return found;
}

/**
 * Deletes the project's repository with every image in it. The repository is shared by all of a
 * project's environments: call this only when removing the whole project, never for one environment.
 */
export async function destroyProjectRepository(ecr: AwsClients['ecr'], env: Environment): Promise<boolean> {
  const name = env.names.ecrRepository;
  try {
    await ecr.deleteRepository({ repositoryName: name, force: true });
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw new AwsError(`ECR repository ${name}`, 'DeleteRepository', err);
  }
}
