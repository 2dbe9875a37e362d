import type { Cluster } from '@aws-sdk/client-ecs';
import { AwsClients } from './aws-clients';
import { ecsTags, Environment } from './environment';
import { aws, isNotFound } from './errors';
import { EnsureStatus } from './iam-roles';

export const CONTAINER_INSIGHTS = 'containerInsights';
/** "enhanced" is Container Insights too (with more metrics): a user who chose it keeps it. */
const INSIGHTS_ON = ['enabled', 'enhanced'];

export interface EnsuredCluster {
  name: string;
  arn: string;
  status: EnsureStatus;
  changes: string[];
}

/** The environment's cluster as ECS describes it (with settings and tags), or undefined when absent or deleted. */
export async function describeCluster(ecs: AwsClients['ecs'], env: Environment): Promise<Cluster | undefined> {
  const name = env.names.cluster;
  const found = await aws('DescribeClusters', `ECS cluster ${name}`, () =>
    ecs.describeClusters({ clusters: [name], include: ['SETTINGS', 'TAGS'] }),
  );
  const cluster = found.clusters?.find((c) => c.clusterName === name);
  return cluster && cluster.status !== 'INACTIVE' ? cluster : undefined;
}

/** Creates the cluster with Container Insights on, or turns them on (UpdateCluster: the emulator lacks UpdateClusterSettings) and adds missing tags. */
export async function ensureCluster(ecs: AwsClients['ecs'], env: Environment): Promise<EnsuredCluster> {
  const name = env.names.cluster;
  const resource = `ECS cluster ${name}`;
  const existing = await describeCluster(ecs, env);
  if (!existing) {
    const made = await aws('CreateCluster', resource, () =>
      ecs.createCluster({
        clusterName: name,
        settings: [{ name: CONTAINER_INSIGHTS, value: 'enabled' }],
        tags: ecsTags(env),
      }),
    );
    return { name, arn: made.cluster?.clusterArn as string, status: 'created', changes: [] };
  }
  const arn = existing.clusterArn as string;
  const changes: string[] = [];
  const insights = existing.settings?.find((s) => s.name === CONTAINER_INSIGHTS)?.value;
  if (!INSIGHTS_ON.includes(insights ?? '')) {
    await aws('UpdateCluster', resource, () =>
      ecs.updateCluster({ cluster: name, settings: [{ name: CONTAINER_INSIGHTS, value: 'enabled' }] }),
    );
    changes.push('Container Insights enabled');
  }
  const have = new Map((existing.tags ?? []).map((t) => [t.key, t.value]));
  const missing = ecsTags(env).filter((t) => have.get(t.key) !== t.value);
  if (missing.length) {
    await aws('TagResource', resource, () => ecs.tagResource({ resourceArn: arn, tags: missing }));
    changes.push('tags');
  }
  return { name, arn, status: changes.length ? 'updated' : 'unchanged', changes };
}

/** Deletes the cluster (its services must be gone first); true when there was one. */
export async function destroyCluster(ecs: AwsClients['ecs'], env: Environment): Promise<boolean> {
  if (!(await describeCluster(ecs, env))) return false;
  try {
    await ecs.deleteCluster({ cluster: env.names.cluster });
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    return aws('DeleteCluster', `ECS cluster ${env.names.cluster}`, () => Promise.reject(err));
  }
}
