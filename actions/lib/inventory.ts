import type { Tag as EcsTag, TaskDefinition, TaskDefinitionStatus } from '@aws-sdk/client-ecs';
import type { ImageDetail } from '@aws-sdk/client-ecr';
import type { ResourceTagMapping } from '@aws-sdk/client-resource-groups-tagging-api';
import { AwsClients } from './aws-clients';
import { COMPONENTS } from './config';
import { DATABASE_COMPONENT } from './database';
import { describeDbSubnetGroup } from './db-subnet-group';
import { Environment, TAG_ENVIRONMENT_ID, TAG_PROJECT } from './environment';
import { aws, AwsError, errorName, isNotFound } from './errors';
import { arnContext, ArnContext, describeRoles } from './iam-roles';
import { describeLogGroup } from './log-group';
import { logsBucketName } from './logs-bucket';
import { describeDbInstance } from './rds-instance';
import { RELEASE_TAG_PREFIX } from './ecr-repository';
import { GENERATED_SECRETS, secretName } from './secrets';
import { SYNC_COMPONENT } from './bundle-sync';
import {
  describeAccessPoint,
  describeFileSystemById,
  describeVolume,
  findBundleVolume,
  FoundBundleVolume,
} from './efs';

/** The kinds teardown knows, in the order it deletes them. */
export const RESOURCE_KINDS = [
  'ecs-service',
  'ecs-task',
  'cloud-map-service',
  'cloud-map-namespace',
  'ecs-cluster',
  'ecr-image',
  'task-definition',
  'efs-access-point',
  'efs-mount-target',
  'efs-file-system',
  'rds-instance',
  'db-subnet-group',
  'security-group',
  'iam-role',
  'log-group',
  's3-bucket',
  'secret',
  'other',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface InventoryResource {
  kind: ResourceKind;
  /** What the delete call takes: an ARN, an id or a name. */
  id: string;
  name: string;
  arn?: string;
  /** How it was found: the tagging API, its deterministic name, or both. */
  foundBy: ('tags' | 'name')[];
  /** AWS's own word for its state, when it has one (ACTIVE, DRAINING, available, deleting...). */
  state?: string;
  /** Set when it must not be deleted: its tags name another project or environment, or none. */
  refused?: string;
  /** ECS services and tasks: their cluster. */
  cluster?: string;
  /** Cloud Map services: their namespace. */
  namespaceId?: string;
  /** RDS instance: deletion protection is on. */
  deletionProtection?: boolean;
  /** ECR images: their repository and tags. */
  repository?: string;
  imageTags?: string[];
}

/** Everything one environment owns, found by tags and by deterministic names, read-only. */
export interface Inventory {
  project: string;
  environment: string;
  environmentId: string;
  region: string;
  resources: InventoryResource[];
  /** Things deliberately left out (final snapshots, images other environments use). */
  notes: string[];
}

/** Why a resource with these tags is not this environment's, or undefined when it is. */
export function foreignTags(env: Environment, tags: Record<string, string> | undefined): string | undefined {
  const project = tags?.[TAG_PROJECT];
  const id = tags?.[TAG_ENVIRONMENT_ID];
  if (project === env.project && id === env.id) return undefined;
  if (project === undefined && id === undefined) {
    return `it has no ${TAG_PROJECT}/${TAG_ENVIRONMENT_ID} tags; delete it by hand if it is this environment's`;
  }
  return `its tags say project "${project ?? '-'}", environment id "${id ?? '-'}", not "${env.project}", "${env.id}"`;
}

/** Inside a resource of ours (a task in our cluster, a service in our namespace) no tags is fine. */
function foreignChild(env: Environment, tags: Record<string, string> | undefined): string | undefined {
  return tags && (tags[TAG_PROJECT] !== undefined || tags[TAG_ENVIRONMENT_ID] !== undefined)
    ? foreignTags(env, tags)
    : undefined;
}

const tagMap = (tags: { Key?: string; Value?: string }[] | undefined): Record<string, string> =>
  Object.fromEntries((tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
const ecsTagMap = (tags: EcsTag[] | undefined): Record<string, string> =>
  Object.fromEntries((tags ?? []).map((t) => [t.key ?? '', t.value ?? '']));

/** Runs `fn` over `items`, at most `limit` at a time. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Resources carrying BOTH the project and the environment-id tag (one of them alone matches other environments). */
export async function taggedResources(tagging: AwsClients['tagging'], env: Environment): Promise<ResourceTagMapping[]> {
  const found: ResourceTagMapping[] = [];
  let PaginationToken: string | undefined;
  do {
    const page = await aws('GetResources', `tagged resources of ${env.name}`, () =>
      tagging.getResources({
        TagFilters: [
          { Key: TAG_PROJECT, Values: [env.project] },
          { Key: TAG_ENVIRONMENT_ID, Values: [env.id] },
        ],
        PaginationToken,
      }),
    );
    found.push(...(page.ResourceTagMappingList ?? []));
    PaginationToken = page.PaginationToken || undefined;
  } while (PaginationToken);
  // Belt and braces: keep only exact matches of both tags, whatever the API did.
  return found.filter((r) => !foreignTags(env, tagMap(r.Tags)));
}

/** The families of the environment's task definitions: exact names, so pr-1 never matches pr-10. */
export function taskFamilies(env: Environment): string[] {
  return [...COMPONENTS, DATABASE_COMPONENT, SYNC_COMPONENT].map((c) => env.names.taskFamily(c));
}

const familyOf = (arn: string): string => (arn.split('/').pop() ?? '').replace(/:\d+$/, '');

async function listRevisions(ecs: AwsClients['ecs'], family: string, status: TaskDefinitionStatus): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await aws('ListTaskDefinitions', `task definitions ${family}`, () =>
      ecs.listTaskDefinitions({ familyPrefix: family, status, nextToken }),
    );
    // familyPrefix is a prefix: keep to the exact family.
    arns.push(...(page.taskDefinitionArns ?? []).filter((a) => familyOf(a) === family));
    nextToken = page.nextToken;
  } while (nextToken);
  return arns;
}

async function describeTaskDefinition(
  ecs: AwsClients['ecs'],
  arn: string,
): Promise<{ definition: TaskDefinition; tags: Record<string, string> } | undefined> {
  try {
    const got = await ecs.describeTaskDefinition({ taskDefinition: arn, include: ['TAGS'] });
    return got.taskDefinition ? { definition: got.taskDefinition, tags: ecsTagMap(got.tags) } : undefined;
  } catch (err) {
    if (isNotFound(err) || errorName(err) === 'ClientException') return undefined;
    throw new AwsError(`task definition ${arn}`, 'DescribeTaskDefinition', err);
  }
}

interface Found {
  resources: InventoryResource[];
  /** Our task definitions' content (for the images they use). */
  definitions?: TaskDefinition[];
}

async function findTaskDefinitions(c: AwsClients, env: Environment, extraArns: string[]): Promise<Found> {
  const byName = (
    await Promise.all(
      taskFamilies(env).flatMap((family) => [
        listRevisions(c.ecs, family, 'ACTIVE'),
        listRevisions(c.ecs, family, 'INACTIVE'),
      ]),
    )
  ).flat();
  const arns = [...new Set([...byName, ...extraArns])];
  const described = await mapLimit(arns, 8, (arn) => describeTaskDefinition(c.ecs, arn));
  const resources: InventoryResource[] = [];
  const definitions: TaskDefinition[] = [];
  described.forEach((found, i) => {
    const status = found?.definition.status;
    if (!found || (status !== 'ACTIVE' && status !== 'INACTIVE')) return;
    const arn = arns[i];
    definitions.push(found.definition);
    resources.push({
      kind: 'task-definition',
      id: arn,
      arn,
      name: arn.split('/').pop() as string,
      foundBy: [
        ...(byName.includes(arn) ? ['name' as const] : []),
        ...(extraArns.includes(arn) ? ['tags' as const] : []),
      ],
      state: status,
      refused: foreignTags(env, found.tags),
    });
  });
  return { resources, definitions };
}

/** ECS ARNs name their cluster: `service/<cluster>/<name>`, `task/<cluster>/<id>` (old ones have none). */
function inCluster(arn: string, cluster: string): boolean {
  const parts = arn.split(':').slice(5).join(':').split('/');
  return parts.length < 3 || parts[1] === cluster;
}

async function findEcs(c: AwsClients, env: Environment, tagged: string[]): Promise<InventoryResource[]> {
  const resources: InventoryResource[] = [];
  const clusterName = env.names.cluster;
  const clusters = await aws('DescribeClusters', `ECS cluster ${clusterName}`, () =>
    c.ecs.describeClusters({ clusters: [clusterName], include: ['TAGS'] }),
  );
  const cluster = clusters.clusters?.find((k) => k.status !== 'INACTIVE');
  if (!cluster?.clusterArn) return resources;
  const clusterArn = cluster.clusterArn;
  const refusedCluster = foreignTags(env, ecsTagMap(cluster.tags));
  resources.push({
    kind: 'ecs-cluster',
    id: clusterArn,
    arn: clusterArn,
    name: clusterName,
    foundBy: tagged.includes(clusterArn) ? ['name', 'tags'] : ['name'],
    state: cluster.status,
    refused: refusedCluster,
  });
  if (refusedCluster) return resources; // not ours: neither is what runs in it

  const serviceArns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await aws('ListServices', `ECS cluster ${clusterName}`, () =>
      c.ecs.listServices({ cluster: clusterArn, nextToken }),
    );
    serviceArns.push(...(page.serviceArns ?? []).filter((arn) => inCluster(arn, clusterName)));
    nextToken = page.nextToken;
  } while (nextToken);
  for (let i = 0; i < serviceArns.length; i += 10) {
    const batch = serviceArns.slice(i, i + 10);
    const described = await aws('DescribeServices', `services of ECS cluster ${clusterName}`, () =>
      c.ecs.describeServices({ cluster: clusterArn, services: batch, include: ['TAGS'] }),
    );
    for (const s of described.services ?? []) {
      if (!s.serviceArn || s.status === 'INACTIVE' || s.clusterArn !== clusterArn) continue;
      resources.push({
        kind: 'ecs-service',
        id: s.serviceArn,
        arn: s.serviceArn,
        name: s.serviceName ?? s.serviceArn,
        foundBy: tagged.includes(s.serviceArn) ? ['name', 'tags'] : ['name'],
        state: s.status,
        cluster: clusterArn,
        refused: foreignChild(env, ecsTagMap(s.tags)),
      });
    }
  }

  const taskArns: string[] = [];
  nextToken = undefined;
  do {
    const page = await aws('ListTasks', `ECS cluster ${clusterName}`, () =>
      c.ecs.listTasks({ cluster: clusterArn, desiredStatus: 'RUNNING', nextToken }),
    );
    // Only tasks whose ARN names our cluster: a filter matching names loosely must not reach pr-10 from pr-1.
    taskArns.push(...(page.taskArns ?? []).filter((arn) => inCluster(arn, clusterName)));
    nextToken = page.nextToken;
  } while (nextToken);
  for (const arn of taskArns) {
    resources.push({
      kind: 'ecs-task',
      id: arn,
      arn,
      name: arn.split('/').pop() as string,
      foundBy: ['name'],
      cluster: clusterArn,
      state: 'RUNNING',
    });
  }
  return resources;
}

async function cloudMapTags(sd: AwsClients['servicediscovery'], arn: string): Promise<Record<string, string>> {
  const got = await aws('ListTagsForResource', `Cloud Map ${arn}`, () => sd.listTagsForResource({ ResourceARN: arn }));
  return tagMap(got.Tags);
}

async function findCloudMap(c: AwsClients, env: Environment): Promise<InventoryResource[]> {
  const name = env.names.serviceDiscoveryNamespace;
  const namespaces = [];
  let NextToken: string | undefined;
  do {
    const page = await aws('ListNamespaces', `Cloud Map namespace ${name}`, () =>
      c.servicediscovery.listNamespaces({ Filters: [{ Name: 'NAME', Values: [name], Condition: 'EQ' }], NextToken }),
    );
    namespaces.push(...(page.Namespaces ?? []).filter((n) => n.Name === name));
    NextToken = page.NextToken;
  } while (NextToken);
  const resources: InventoryResource[] = [];
  for (const ns of namespaces) {
    if (!ns.Id) continue;
    const refused = ns.Arn ? foreignTags(env, await cloudMapTags(c.servicediscovery, ns.Arn)) : 'it has no ARN';
    if (!refused) {
      let token: string | undefined;
      do {
        const page = await aws('ListServices', `Cloud Map namespace ${name}`, () =>
          c.servicediscovery.listServices({
            Filters: [{ Name: 'NAMESPACE_ID', Values: [ns.Id as string], Condition: 'EQ' }],
            NextToken: token,
          }),
        );
        for (const summary of page.Services ?? []) {
          if (!summary.Id) continue;
          // The summary does not say its namespace: check, so a filter ignored never reaches another environment.
          // Listed but gone by now (a deploy or teardown beside this one deleted it): nothing to list.
          const s = await c.servicediscovery.getService({ Id: summary.Id }).then(
            (got) => got.Service,
            (err: unknown) => {
              if (isNotFound(err)) return undefined;
              throw new AwsError(`Cloud Map service ${summary.Name}`, 'GetService', err);
            },
          );
          if (!s?.Id || s.NamespaceId !== ns.Id) continue;
          resources.push({
            kind: 'cloud-map-service',
            id: s.Id,
            arn: s.Arn,
            name: `${s.Name}.${name}`,
            foundBy: ['name'],
            namespaceId: ns.Id,
            refused: s.Arn ? foreignChild(env, await cloudMapTags(c.servicediscovery, s.Arn)) : undefined,
          });
        }
        token = page.NextToken;
      } while (token);
    }
    resources.push({ kind: 'cloud-map-namespace', id: ns.Id, arn: ns.Arn, name, foundBy: ['name'], refused });
  }
  return resources;
}

async function findRds(c: AwsClients, env: Environment): Promise<InventoryResource[]> {
  const resources: InventoryResource[] = [];
  const [instance, subnetGroup] = await Promise.all([
    describeDbInstance(c.rds, env),
    describeDbSubnetGroup(c.rds, env),
  ]);
  if (instance) {
    resources.push({
      kind: 'rds-instance',
      id: env.names.dbInstance,
      arn: instance.DBInstanceArn,
      name: env.names.dbInstance,
      foundBy: ['name'],
      state: instance.DBInstanceStatus,
      deletionProtection: Boolean(instance.DeletionProtection),
      refused: foreignTags(env, tagMap(instance.TagList)),
    });
  }
  if (subnetGroup) {
    const arn = subnetGroup.DBSubnetGroupArn;
    const tags = arn
      ? (
          await aws('ListTagsForResource', `DB subnet group ${env.names.dbSubnetGroup}`, () =>
            c.rds.listTagsForResource({ ResourceName: arn }),
          )
        ).TagList
      : undefined;
    resources.push({
      kind: 'db-subnet-group',
      id: env.names.dbSubnetGroup,
      arn,
      name: env.names.dbSubnetGroup,
      foundBy: ['name'],
      refused: foreignTags(env, tagMap(tags)),
    });
  }
  return resources;
}

async function findSecurityGroups(c: AwsClients, env: Environment, taggedIds: string[]): Promise<InventoryResource[]> {
  const names = [env.names.dbSecurityGroup, env.names.efsSecurityGroup, env.names.taskSecurityGroup];
  const [byName, byTag] = await Promise.all([
    aws('DescribeSecurityGroups', `security groups ${names.join(', ')}`, () =>
      c.ec2.describeSecurityGroups({ Filters: [{ Name: 'group-name', Values: names }] }),
    ),
    taggedIds.length
      ? aws('DescribeSecurityGroups', `security groups of ${env.name}`, () =>
          c.ec2.describeSecurityGroups({ Filters: [{ Name: 'group-id', Values: taggedIds }] }),
        )
      : Promise.resolve({ SecurityGroups: [] }),
  ]);
  const seen = new Map<string, InventoryResource>();
  for (const g of [...(byName.SecurityGroups ?? []), ...(byTag.SecurityGroups ?? [])]) {
    if (!g.GroupId || seen.has(g.GroupId)) continue;
    seen.set(g.GroupId, {
      kind: 'security-group',
      id: g.GroupId,
      name: g.GroupName ?? g.GroupId,
      foundBy: [
        ...(names.includes(g.GroupName ?? '') ? ['name' as const] : []),
        ...(taggedIds.includes(g.GroupId) ? ['tags' as const] : []),
      ],
      refused: foreignTags(env, tagMap(g.Tags)),
    });
  }
  // The database's and the volume's groups go first: their rules refer to the tasks' group.
  return [...seen.values()].sort((a, b) => rankGroup(env, a) - rankGroup(env, b));
}

function rankGroup(env: Environment, g: InventoryResource): number {
  return g.name === env.names.dbSecurityGroup ? 0 : g.name === env.names.taskSecurityGroup ? 2 : 1;
}

/**
 * The DAG bundle volume: the file system found by its creation token or by tags, and inside one
 * of ours its mount targets and access points; access points tagged ours elsewhere too.
 */
async function findEfs(
  c: AwsClients,
  env: Environment,
  taggedFileSystems: string[],
  taggedAccessPoints: string[],
): Promise<InventoryResource[]> {
  const byName = await findBundleVolume(c.efs, env);
  const volumes: { volume: FoundBundleVolume; byName: boolean }[] = byName ? [{ volume: byName, byName: true }] : [];
  for (const id of taggedFileSystems.filter((x) => x !== byName?.fileSystem.FileSystemId)) {
    const fs = await describeFileSystemById(c.efs, id);
    if (fs) volumes.push({ volume: await describeVolume(c.efs, env, fs), byName: false });
  }
  const resources: InventoryResource[] = [];
  for (const { volume, byName: named } of volumes) {
    const fs = volume.fileSystem;
    const id = fs.FileSystemId as string;
    const name = fs.Name || id;
    const refused = foreignTags(env, tagMap(fs.Tags));
    resources.push({
      kind: 'efs-file-system',
      id,
      arn: fs.FileSystemArn,
      name,
      foundBy: [...(named ? ['name' as const] : []), ...(taggedFileSystems.includes(id) ? ['tags' as const] : [])],
      state: fs.LifeCycleState,
      refused,
    });
    if (refused) continue; // not ours: neither is what is inside
    const byZone = [...volume.mountTargets].sort((a, b) =>
      (a.AvailabilityZoneName ?? '').localeCompare(b.AvailabilityZoneName ?? ''),
    );
    for (const m of byZone) {
      resources.push({
        kind: 'efs-mount-target',
        id: m.MountTargetId as string,
        name: `${name} in ${m.AvailabilityZoneName}`,
        foundBy: ['name'],
        state: m.LifeCycleState,
      });
    }
    for (const a of volume.accessPoints) {
      resources.push({
        kind: 'efs-access-point',
        id: a.AccessPointId as string,
        arn: a.AccessPointArn,
        name: a.Name || (a.AccessPointId as string),
        foundBy: taggedAccessPoints.includes(a.AccessPointId as string) ? ['name', 'tags'] : ['name'],
        state: a.LifeCycleState,
        refused: foreignChild(env, tagMap(a.Tags)),
      });
    }
  }
  const listed = new Set(resources.map((r) => r.id));
  for (const id of taggedAccessPoints.filter((x) => !listed.has(x))) {
    const a = await describeAccessPoint(c.efs, id);
    if (!a) continue;
    resources.push({
      kind: 'efs-access-point',
      id,
      arn: a.AccessPointArn,
      name: a.Name || id,
      foundBy: ['tags'],
      state: a.LifeCycleState,
      refused: foreignTags(env, tagMap(a.Tags)),
    });
  }
  return resources;
}

async function findRoles(c: AwsClients, env: Environment): Promise<InventoryResource[]> {
  const roles = await describeRoles(c.iam, env);
  return Promise.all(
    roles.map(async (role) => {
      const name = role.RoleName as string;
      const tags = await aws('ListRoleTags', `IAM role ${name}`, () => c.iam.listRoleTags({ RoleName: name }));
      return {
        kind: 'iam-role' as const,
        id: name,
        arn: role.Arn,
        name,
        foundBy: ['name' as const],
        refused: foreignTags(env, tagMap(tags.Tags)),
      };
    }),
  );
}

async function findLogGroups(c: AwsClients, env: Environment, taggedNames: string[]): Promise<InventoryResource[]> {
  const names = [...new Set([env.names.logGroup, ...taggedNames])];
  const found = await Promise.all(
    names.map(async (name) => {
      const group = await describeLogGroup(c.logs, { ...env, names: { ...env.names, logGroup: name } });
      if (!group?.arn) return undefined;
      const arn = group.arn.replace(/:\*$/, '');
      const tags = await aws('ListTagsForResource', `log group ${name}`, () =>
        c.logs.listTagsForResource({ resourceArn: arn }),
      );
      return {
        kind: 'log-group' as const,
        id: name,
        arn,
        name,
        foundBy: [
          ...(name === env.names.logGroup ? ['name' as const] : []),
          ...(taggedNames.includes(name) ? ['tags' as const] : []),
        ],
        refused: foreignTags(env, tags.tags),
      };
    }),
  );
  return found.filter((g) => g !== undefined);
}

async function bucketExists(c: AwsClients, bucket: string): Promise<boolean> {
  try {
    await c.s3.headBucket({ Bucket: bucket });
    return true;
  } catch (err) {
    if (isNotFound(err) || errorName(err) === 'NotFound') return false;
    throw new AwsError(`S3 bucket ${bucket}`, 'HeadBucket', err);
  }
}

async function bucketTags(c: AwsClients, bucket: string): Promise<Record<string, string> | undefined> {
  try {
    return tagMap((await c.s3.getBucketTagging({ Bucket: bucket })).TagSet);
  } catch (err) {
    if (errorName(err) === 'NoSuchTagSet' || errorName(err) === 'NoSuchTagSetError') return undefined;
    throw new AwsError(`S3 bucket ${bucket}`, 'GetBucketTagging', err);
  }
}

async function findBuckets(
  c: AwsClients,
  env: Environment,
  ctx: ArnContext,
  taggedNames: string[],
): Promise<InventoryResource[]> {
  const ours = logsBucketName(env, ctx);
  const names = [...new Set([ours, ...taggedNames])];
  const found = await Promise.all(
    names.map(async (name) => {
      if (!(await bucketExists(c, name))) return undefined;
      return {
        kind: 's3-bucket' as const,
        id: name,
        arn: `arn:${ctx.partition}:s3:::${name}`,
        name,
        foundBy: [
          ...(name === ours ? ['name' as const] : []),
          ...(taggedNames.includes(name) ? ['tags' as const] : []),
        ],
        refused: foreignTags(env, await bucketTags(c, name)),
      };
    }),
  );
  return found.filter((b) => b !== undefined);
}

async function findSecrets(c: AwsClients, env: Environment, taggedArns: string[]): Promise<InventoryResource[]> {
  const byName = [...GENERATED_SECRETS, 'database' as const].map((kind) => secretName(env, kind));
  const ids = [...byName, ...taggedArns];
  const found = await mapLimit(ids, 8, async (id) => {
    try {
      return await c.secrets.describeSecret({ SecretId: id });
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw new AwsError(`secret ${id}`, 'DescribeSecret', err);
    }
  });
  const seen = new Map<string, InventoryResource>();
  found.forEach((secret, i) => {
    // Already scheduled for deletion: nothing left to do (a redeploy restores it).
    if (!secret?.ARN || secret.DeletedDate || secret.Name?.startsWith('rds!')) return;
    const entry = seen.get(secret.ARN) ?? {
      kind: 'secret' as const,
      id: secret.ARN,
      arn: secret.ARN,
      name: secret.Name ?? secret.ARN,
      foundBy: [],
      refused: foreignTags(env, tagMap(secret.Tags)),
    };
    const how = i < byName.length ? 'name' : 'tags';
    if (!entry.foundBy.includes(how)) entry.foundBy.push(how);
    seen.set(secret.ARN, entry);
  });
  return [...seen.values()];
}

const ECR_URI =
  /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)(?::([^@]+))?(?:@(sha256:[0-9a-f]{64}))?$/;

/** The digest an image reference of the project's repository points at, if it is one and exists. */
function digestOf(
  image: string | undefined,
  env: Environment,
  ctx: ArnContext,
  byTag: Map<string, string>,
  digests: Set<string>,
): string | undefined {
  const m = image ? ECR_URI.exec(image) : null;
  if (!m || m[1] !== ctx.account || m[2] !== env.region || m[3] !== env.names.ecrRepository) return undefined;
  const digest = m[5] ?? (m[4] ? byTag.get(m[4]) : byTag.get('latest'));
  return digest && digests.has(digest) ? digest : undefined;
}

async function repositoryImages(c: AwsClients, repositoryName: string): Promise<ImageDetail[]> {
  const images: ImageDetail[] = [];
  let nextToken: string | undefined;
  try {
    do {
      const page = await c.ecr.describeImages({ repositoryName, nextToken });
      images.push(...(page.imageDetails ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
  } catch (err) {
    if (isNotFound(err)) return [];
    throw new AwsError(`ECR repository ${repositoryName}`, 'DescribeImages', err);
  }
  return images;
}

/** ACTIVE task definitions of the project's other environments (every family of the project but ours). */
async function otherDefinitions(c: AwsClients, env: Environment, ours: Set<string>): Promise<TaskDefinition[]> {
  const families: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await aws('ListTaskDefinitionFamilies', `task definitions of project ${env.project}`, () =>
      c.ecs.listTaskDefinitionFamilies({ familyPrefix: `${env.project}-`, status: 'ACTIVE', nextToken }),
    );
    families.push(...(page.families ?? []).filter((f) => !ours.has(f)));
    nextToken = page.nextToken;
  } while (nextToken);
  const arns = (await mapLimit(families, 8, (f) => listRevisions(c.ecs, f, 'ACTIVE'))).flat();
  const described = await mapLimit(arns, 8, (arn) => describeTaskDefinition(c.ecs, arn));
  return described.flatMap((d) => (d?.definition.status === 'ACTIVE' ? [d.definition] : []));
}

/**
 * Preview images in the project's repository that only this environment's task definitions use:
 * not used by any ACTIVE task definition of another environment, not release images.
 */
async function findExclusiveImages(
  c: AwsClients,
  env: Environment,
  ctx: ArnContext,
  ours: TaskDefinition[],
  ownFamilies: Set<string>,
  notes: string[],
): Promise<InventoryResource[]> {
  const repository = env.names.ecrRepository;
  const images = ours.length ? await repositoryImages(c, repository) : [];
  if (!images.length) return [];
  const digests = new Set(images.map((i) => i.imageDigest as string));
  const byTag = new Map(images.flatMap((i) => (i.imageTags ?? []).map((t) => [t, i.imageDigest as string])));
  const used = (defs: TaskDefinition[]) =>
    new Set(
      defs.flatMap((d) =>
        (d.containerDefinitions ?? []).flatMap((cd) => digestOf(cd.image, env, ctx, byTag, digests) ?? []),
      ),
    );
  const mine = used(ours);
  if (!mine.size) return [];
  const others = used(await otherDefinitions(c, env, ownFamilies));
  const resources: InventoryResource[] = [];
  for (const image of images) {
    const digest = image.imageDigest as string;
    if (!mine.has(digest)) continue;
    const tags = image.imageTags ?? [];
    if (others.has(digest)) {
      notes.push(`ECR image ${repository}@${digest} is kept: another environment's task definitions use it`);
    } else if (tags.some((t) => t.startsWith(RELEASE_TAG_PREFIX))) {
      notes.push(`ECR image ${repository}@${digest} is kept: it is a release image`);
    } else {
      resources.push({
        kind: 'ecr-image',
        id: digest,
        name: `${repository}@${digest}${tags.length ? ` (${tags.join(', ')})` : ''}`,
        foundBy: ['name'],
        repository,
        imageTags: tags,
      });
    }
  }
  return resources;
}

/**
 * Tagged ECS services and clusters other than ours by name. The tagging API may still list them
 * a while after deletion, so each is described: live services are ours to delete, live clusters
 * are reported.
 */
async function findTaggedEcs(
  c: AwsClients,
  env: Environment,
  arns: string[],
): Promise<{ services: InventoryResource[]; other: string[] }> {
  const services: InventoryResource[] = [];
  const other: string[] = [];
  for (const arn of arns) {
    const resource = arn.split(':').slice(5).join(':');
    const parts = resource.split('/');
    if (parts[0] === 'service' && parts.length === 3) {
      const cluster = parts[1];
      const found = await aws('DescribeServices', `ECS service ${arn}`, () =>
        c.ecs.describeServices({ cluster, services: [arn], include: ['TAGS'] }),
      ).catch((err: unknown) => {
        if (isNotFound(err)) return { services: [] };
        throw err;
      });
      const s = found.services?.[0];
      if (s?.serviceArn && s.status !== 'INACTIVE') {
        services.push({
          kind: 'ecs-service',
          id: s.serviceArn,
          arn: s.serviceArn,
          name: s.serviceName ?? arn,
          foundBy: ['tags'],
          state: s.status,
          cluster: s.clusterArn ?? cluster,
          refused: foreignTags(env, ecsTagMap(s.tags)),
        });
      }
    } else if (parts[0] === 'cluster') {
      const found = await aws('DescribeClusters', `ECS cluster ${arn}`, () =>
        c.ecs.describeClusters({ clusters: [arn] }),
      );
      if (found.clusters?.some((k) => k.status !== 'INACTIVE')) other.push(arn);
    } else {
      other.push(arn);
    }
  }
  return { services, other };
}

/** Splits the tagging API's ARNs by kind: `arn:partition:service:region:account:resource`. */
function classify(mappings: ResourceTagMapping[]) {
  const out = {
    ecs: [] as string[],
    taskDefinitions: [] as string[],
    securityGroups: [] as string[],
    fileSystems: [] as string[],
    accessPoints: [] as string[],
    logGroups: [] as string[],
    buckets: [] as string[],
    secrets: [] as string[],
    snapshots: [] as string[],
    rds: [] as string[],
    other: [] as string[],
  };
  for (const { ResourceARN: arn } of mappings) {
    if (!arn) continue;
    const [, , service, , , ...rest] = arn.split(':');
    const resource = rest.join(':');
    if (service === 'ecs' && resource.startsWith('task-definition/')) out.taskDefinitions.push(arn);
    else if (service === 'ecs' && resource.startsWith('task/'))
      continue; // found through the cluster
    else if (service === 'ecs') out.ecs.push(arn);
    else if (service === 'ec2' && resource.startsWith('security-group/'))
      out.securityGroups.push(resource.split('/')[1]);
    else if (service === 'elasticfilesystem' && resource.startsWith('file-system/'))
      out.fileSystems.push(resource.split('/')[1]);
    else if (service === 'elasticfilesystem' && resource.startsWith('access-point/'))
      out.accessPoints.push(resource.split('/')[1]);
    else if (service === 'logs' && resource.startsWith('log-group:')) {
      out.logGroups.push(resource.slice('log-group:'.length).replace(/:\*$/, ''));
    } else if (service === 's3') out.buckets.push(resource);
    else if (service === 'secretsmanager') out.secrets.push(arn);
    else if (service === 'rds' && resource.startsWith('snapshot:')) out.snapshots.push(resource.slice(9));
    else if (service === 'rds' && /^(db|subgrp):/.test(resource)) out.rds.push(arn);
    else out.other.push(arn);
  }
  return out;
}

/**
 * Everything the environment owns, read-only: the tagging API (resources with both the project and
 * the environment-id tag) merged with lookups by deterministic name (ECR, IAM, RDS subnet groups,
 * Cloud Map and EFS mount targets are not in the tagging API). A resource found by name whose tags do not name this
 * project and environment is listed with `refused`.
 */
export async function describeEnvironment(c: AwsClients, env: Environment): Promise<Inventory> {
  const notes: string[] = [];
  const [tagged, ctx] = await Promise.all([taggedResources(c.tagging, env), arnContext(c.sts, env.region)]);
  const t = classify(tagged);
  const [ecs, cloudMap, definitions, rds, volume, groups, roles, logGroups, buckets, secrets] = await Promise.all([
    findEcs(c, env, t.ecs),
    findCloudMap(c, env),
    findTaskDefinitions(c, env, t.taskDefinitions),
    findRds(c, env),
    findEfs(c, env, t.fileSystems, t.accessPoints),
    findSecurityGroups(c, env, t.securityGroups),
    findRoles(c, env),
    findLogGroups(c, env, t.logGroups),
    findBuckets(c, env, ctx, t.buckets),
    findSecrets(c, env, t.secrets),
  ]);
  const known = new Set([...ecs.map((r) => r.arn), ...rds.map((r) => r.arn)]);
  // Tagged resources we did not find by name: tagged ECS services elsewhere are still deleted; the
  // rest is left alone, but reported.
  const strays = await findTaggedEcs(
    c,
    env,
    t.ecs.filter((arn) => !known.has(arn)),
  );
  const other = [...strays.other, ...t.rds.filter((arn) => !known.has(arn)), ...t.other].map(
    (arn): InventoryResource => ({
      kind: 'other',
      id: arn,
      arn,
      name: arn,
      foundBy: ['tags'],
      refused: 'teardown does not delete this kind of resource; delete it by hand',
    }),
  );
  for (const snapshot of t.snapshots) notes.push(`RDS snapshot ${snapshot} is kept (teardown never deletes snapshots)`);
  const ownFamilies = new Set([...taskFamilies(env), ...definitions.resources.map((r) => familyOf(r.id))]);
  const images =
    env.kind === 'preview'
      ? await findExclusiveImages(c, env, ctx, definitions.definitions ?? [], ownFamilies, notes)
      : [];
  const resources = [
    ...ecs,
    ...strays.services,
    ...cloudMap,
    ...images,
    ...definitions.resources,
    ...rds,
    ...volume,
    ...groups,
    ...roles,
    ...logGroups,
    ...buckets,
    ...secrets,
    ...other,
  ].sort((a, b) => RESOURCE_KINDS.indexOf(a.kind) - RESOURCE_KINDS.indexOf(b.kind));
  return { project: env.project, environment: env.name, environmentId: env.id, region: env.region, resources, notes };
}
