import {
  DeleteLifecyclePolicyCommand,
  DescribeRepositoriesCommand,
  GetLifecyclePolicyCommand,
  ListTagsForResourceCommand,
  PutImageCommand,
  PutImageScanningConfigurationCommand,
  PutImageTagMutabilityCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-ecr';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import {
  addImageTag,
  destroyProjectRepository,
  describeRepository,
  ensureRepository,
  findImage,
  PREVIEW_TAG_PREFIX,
  RELEASE_TAG_PREFIX,
} from '../../actions/lib/ecr-repository';
import { resolveEnvironment, TAG_ENVIRONMENT, TAG_PROJECT } from '../../actions/lib/environment';
import { AwsCallRecorder } from '../support/aws-proxy';
import { uniqueProject } from '../build-push-image/fake-docker';

// Against the emulator (moto server) over HTTP with the real SDK. Each test has its own project,
// hence its own repository: test files share one emulator and run in parallel.
describe('ECR repository', () => {
  const aws = createClients(targetFromEnv());
  const environment = (name: string, project = uniqueProject()) =>
    resolveEnvironment(name, { project, tags: { team: 'data' } }, { region: 'us-east-1' });

  it('creates the repository with scan on push, immutable tags, the lifecycle policy and project tags', async () => {
    const env = environment('pr-7');
    const made = await ensureRepository(aws.ecr, env);
    expect(made.action).toBe('created');
    expect(made.name).toBe(`${env.project}/airflow`);
    expect(made.uri).toMatch(new RegExp(`^\\d{12}\\.dkr\\.ecr\\.us-east-1\\.amazonaws\\.com/${env.project}/airflow$`));

    const repo = (await aws.ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [made.name] })))
      .repositories?.[0];
    expect(repo?.imageTagMutability).toBe('IMMUTABLE');
    expect(repo?.imageScanningConfiguration?.scanOnPush).toBe(true);

    const policy = JSON.parse(
      (await aws.ecr.send(new GetLifecyclePolicyCommand({ repositoryName: made.name }))).lifecyclePolicyText as string,
    );
    const byPriority = [...policy.rules].sort((a, b) => a.rulePriority - b.rulePriority);
    // Release images are matched first, so the preview rule can never expire them.
    expect(byPriority.map((r) => r.selection.tagPrefixList?.[0] ?? r.selection.tagStatus)).toEqual([
      RELEASE_TAG_PREFIX,
      PREVIEW_TAG_PREFIX,
      'untagged',
    ]);
    expect(byPriority[0].selection).toMatchObject({ countType: 'imageCountMoreThan', countNumber: 9999 });
    expect(byPriority[1].selection).toMatchObject({ countType: 'imageCountMoreThan', countNumber: 100 });
    expect(byPriority[2].selection).toMatchObject({ countType: 'sinceImagePushed', countNumber: 1 });

    const tags = (await aws.ecr.send(new ListTagsForResourceCommand({ resourceArn: made.arn }))).tags ?? [];
    const tagMap = Object.fromEntries(tags.map((t) => [t.Key, t.Value]));
    expect(tagMap).toMatchObject({ [TAG_PROJECT]: env.project, team: 'data' });
    // Shared by every environment of the project: no environment's teardown may claim it.
    expect(tagMap[TAG_ENVIRONMENT]).toBeUndefined();
  });

  it('is shared by environments and a second ensure makes no mutating call', async () => {
    const project = uniqueProject();
    const first = await ensureRepository(aws.ecr, environment('pr-1', project));
    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      const viaRecorder = createClients({ region: 'us-east-1', endpoint: recorder.endpoint });
      const again = await ensureRepository(viaRecorder.ecr, environment('main', project));
      expect(again).toMatchObject({ action: 'unchanged', uri: first.uri, changes: [] });
      expect(recorder.calls.length).toBeGreaterThan(0);
      expect(recorder.mutating()).toEqual([]);
    } finally {
      await recorder.stop();
    }
  });

  it('puts back settings changed by hand, and says what it changed', async () => {
    const env = environment('pr-2');
    const made = await ensureRepository(aws.ecr, env);
    await aws.ecr.send(new PutImageTagMutabilityCommand({ repositoryName: made.name, imageTagMutability: 'MUTABLE' }));
    await aws.ecr.send(
      new PutImageScanningConfigurationCommand({
        repositoryName: made.name,
        imageScanningConfiguration: { scanOnPush: false },
      }),
    );
    await aws.ecr.send(new DeleteLifecyclePolicyCommand({ repositoryName: made.name }));
    await aws.ecr.send(new UntagResourceCommand({ resourceArn: made.arn, tagKeys: ['team'] }));

    const fixed = await ensureRepository(aws.ecr, env);
    expect(fixed.action).toBe('updated');
    expect(fixed.changes).toEqual([
      'tags made immutable',
      'scan on push turned on',
      'lifecycle policy set',
      'tags team set',
    ]);
    const repo = await describeRepository(aws.ecr, env);
    expect(repo?.imageTagMutability).toBe('IMMUTABLE');
    expect(repo?.imageScanningConfiguration?.scanOnPush).toBe(true);
    expect((await ensureRepository(aws.ecr, env)).action).toBe('unchanged');
  });

  it('finds images by tag, adds a second immutable tag to the same digest, and reports absent ones', async () => {
    const env = environment('main');
    const repo = await ensureRepository(aws.ecr, env);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: {
        mediaType: 'application/vnd.docker.container.image.v1+json',
        size: 1,
        digest: `sha256:${'a'.repeat(64)}`,
      },
      layers: [
        { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 1, digest: `sha256:${'b'.repeat(64)}` },
      ],
    });
    await aws.ecr.send(
      new PutImageCommand({ repositoryName: repo.name, imageTag: 'preview-abc', imageManifest: manifest }),
    );

    expect(await findImage(aws.ecr, repo.name, { imageTag: 'release-abc' })).toBeUndefined();
    const preview = await findImage(aws.ecr, repo.name, { imageTag: 'preview-abc' });
    expect(preview?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    const release = await addImageTag(aws.ecr, repo.name, preview?.digest as string, 'release-abc');
    expect(release.digest).toBe(preview?.digest);
    expect(release.tags.sort()).toEqual(['preview-abc', 'release-abc']);
  });

  it('destroys the project repository with its images, and a second destroy finds nothing', async () => {
    const env = environment('pr-3');
    await ensureRepository(aws.ecr, env);
    expect(await destroyProjectRepository(aws.ecr, env)).toBe(true);
    expect(await describeRepository(aws.ecr, env)).toBeUndefined();
    expect(await destroyProjectRepository(aws.ecr, env)).toBe(false);
  });
});
