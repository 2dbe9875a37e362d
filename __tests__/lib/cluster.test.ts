import { DescribeClustersCommand, UntagResourceCommand, UpdateClusterCommand } from '@aws-sdk/client-ecs';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { describeCluster, destroyCluster, ensureCluster } from '../../actions/lib/cluster';
import { resolveEnvironment } from '../../actions/lib/environment';
import { uniqueProject } from '../register-task-defs/fixtures';

// Against the emulator (moto server) over HTTP with the real SDK.
describe('ECS cluster (emulator)', () => {
  const aws = createClients(targetFromEnv());
  afterAll(() => Object.values(aws).forEach((client) => client.destroy()));

  it('creates it with Container Insights and tags, puts back what drifted, and deletes it', async () => {
    const env = resolveEnvironment('pr-31', { project: uniqueProject() }, { region: 'us-east-1' });
    expect(await describeCluster(aws.ecs, env)).toBeUndefined();
    const made = await ensureCluster(aws.ecs, env);
    expect(made).toMatchObject({ name: env.names.cluster, status: 'created' });
    expect(await ensureCluster(aws.ecs, env)).toMatchObject({ status: 'unchanged', changes: [] });

    await aws.ecs.send(
      new UpdateClusterCommand({
        cluster: env.names.cluster,
        settings: [{ name: 'containerInsights', value: 'disabled' }],
      }),
    );
    await aws.ecs.send(new UntagResourceCommand({ resourceArn: made.arn, tagKeys: ['airflow-fargate:project'] }));
    expect(await ensureCluster(aws.ecs, env)).toMatchObject({
      status: 'updated',
      changes: ['Container Insights enabled', 'tags'],
    });
    const described = await aws.ecs.send(
      new DescribeClustersCommand({ clusters: [env.names.cluster], include: ['SETTINGS', 'TAGS'] }),
    );
    expect(described.clusters?.[0].settings).toEqual([{ name: 'containerInsights', value: 'enabled' }]);
    expect(described.clusters?.[0].tags).toEqual(
      expect.arrayContaining([{ key: 'airflow-fargate:project', value: env.project }]),
    );

    expect(await destroyCluster(aws.ecs, env)).toBe(true);
    expect(await describeCluster(aws.ecs, env)).toBeUndefined();
    expect(await destroyCluster(aws.ecs, env)).toBe(false);
  });
});
