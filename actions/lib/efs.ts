import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import type { AccessPointDescription, FileSystemDescription, MountTargetDescription } from '@aws-sdk/client-efs';
import { AwsClients } from './aws-clients';
import { Environment, TAG_ENVIRONMENT_ID, TAG_PROJECT } from './environment';
import { aws, AwsError, createUnlessExists, deleteUnlessGone, errorName, isNotFound } from './errors';
import type { EnsureStatus } from './iam-roles';
import type { BundleVolume } from './task-definitions';
import { Sleep, waitFor } from './wait';

// The environment's EFS volume that holds the DAG bundle (dags/, plugins/, config/): one encrypted
// file system, a mount target in each Availability Zone of the environment's subnets behind a
// security group that admits NFS from the Airflow tasks only, and an access point that makes every
// client the Airflow user.

export const NFS_PORT = 2049;
/** The official image's user: uid 50000, group root. Files in the volume belong to it. */
export const AIRFLOW_UID = 50000;
export const AIRFLOW_GID = 0;
/** The access point's root inside the file system, created by EFS on first mount. */
export const BUNDLE_ROOT = '/bundle';
const BUNDLE_ROOT_PERMISSIONS = '755';

export interface VolumeNetwork {
  vpcId: string;
  subnetIds: string[];
  /** The Airflow tasks' group: the only source admitted to the mount targets. */
  taskSecurityGroupId: string;
}

export interface VolumeWaitOptions {
  log: (line: string) => void;
  sleep?: Sleep;
  now?: () => number;
  /** For each wait (the file system, the mount targets, a deletion). Default 10 minutes. */
  timeoutMs?: number;
  intervalMs?: number;
}

export interface EnsuredBundleVolume extends BundleVolume {
  securityGroupId: string;
  /** created when the file system was; updated when anything else had to change. */
  status: EnsureStatus;
  parts: Record<'fileSystem' | 'securityGroup' | 'mountTargets' | 'accessPoint', EnsureStatus>;
  mountTargets: { id: string; availabilityZone: string; subnetId: string }[];
}

export interface FoundBundleVolume {
  fileSystem: FileSystemDescription;
  mountTargets: MountTargetDescription[];
  accessPoints: AccessPointDescription[];
  /** What task definitions mount, when the volume has its access point. */
  volume?: BundleVolume;
}

type Tags = { Key?: string; Value?: string }[] | undefined;
const tagMap = (tags: Tags): Record<string, string> =>
  Object.fromEntries((tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));

/** Both of the environment's tags, exactly (pr-1's are never pr-10's). */
export function taggedFor(env: Environment, tags: Tags): boolean {
  const t = tagMap(tags);
  return t[TAG_PROJECT] === env.project && t[TAG_ENVIRONMENT_ID] === env.id;
}

/** The environment's tags plus a Name (what the console shows). */
function volumeTags(env: Environment, name: string): { Key: string; Value: string }[] {
  return Object.entries({ ...env.tags, Name: name }).map(([Key, Value]) => ({ Key, Value }));
}

function waitSettings(options: VolumeWaitOptions) {
  return {
    log: options.log,
    sleep: options.sleep,
    now: options.now,
    timeoutMs: options.timeoutMs ?? 10 * 60_000,
    intervalMs: options.intervalMs ?? 5_000,
  };
}

// --- security group -------------------------------------------------------------------------

async function findGroup(ec2: AwsClients['ec2'], vpcId: string, name: string): Promise<SecurityGroup | undefined> {
  const found = await aws('DescribeSecurityGroups', `security group ${name}`, () =>
    ec2.describeSecurityGroups({
      Filters: [
        { Name: 'vpc-id', Values: [vpcId] },
        { Name: 'group-name', Values: [name] },
      ],
    }),
  );
  return found.SecurityGroups?.find((g) => g.GroupName === name);
}

/** A group's rules one source each, so each can be compared and revoked alone. */
function singleRules(permissions: IpPermission[] | undefined): { key: string; rule: IpPermission }[] {
  return (permissions ?? []).flatMap((p) => {
    const base = { IpProtocol: p.IpProtocol, FromPort: p.FromPort, ToPort: p.ToPort };
    const key = (source: string) => `${p.IpProtocol}:${p.FromPort}-${p.ToPort}:${source}`;
    return [
      ...(p.IpRanges ?? []).map((r) => ({
        key: key(r.CidrIp ?? ''),
        rule: { ...base, IpRanges: [{ CidrIp: r.CidrIp }] },
      })),
      ...(p.Ipv6Ranges ?? []).map((r) => ({
        key: key(r.CidrIpv6 ?? ''),
        rule: { ...base, Ipv6Ranges: [{ CidrIpv6: r.CidrIpv6 }] },
      })),
      ...(p.PrefixListIds ?? []).map((r) => ({
        key: key(r.PrefixListId ?? ''),
        rule: { ...base, PrefixListIds: [{ PrefixListId: r.PrefixListId }] },
      })),
      ...(p.UserIdGroupPairs ?? []).map((g) => ({
        key: key(g.GroupId ?? ''),
        rule: { ...base, UserIdGroupPairs: [{ GroupId: g.GroupId }] },
      })),
    ];
  });
}

/**
 * The mount targets' group: TCP 2049 from the tasks' group, nothing else in, nothing out (a mount
 * target only answers; security groups are stateful). Rules it should not have are revoked.
 */
export async function ensureVolumeSecurityGroup(
  ec2: AwsClients['ec2'],
  env: Environment,
  vpcId: string,
  taskSecurityGroupId: string,
): Promise<{ groupId: string; status: EnsureStatus }> {
  const name = env.names.efsSecurityGroup;
  const resource = `security group ${name}`;
  let group = await findGroup(ec2, vpcId, name);
  let status: EnsureStatus = 'unchanged';
  if (!group) {
    // Already there: a retried or concurrent create made it.
    const made = await createUnlessExists('CreateSecurityGroup', resource, () =>
      ec2.createSecurityGroup({
        GroupName: name,
        Description: `NFS to the DAG bundle volume of ${env.project} environment ${env.id}`,
        VpcId: vpcId,
        TagSpecifications: [{ ResourceType: 'security-group', Tags: volumeTags(env, name) }],
      }),
    );
    if (made) status = 'created';
    // Read back either way: a new group comes with EC2's allow-all egress rule.
    group = await findGroup(ec2, vpcId, name);
    if (!group?.GroupId) throw new Error(`${resource} was created but cannot be found in ${vpcId}`);
  }
  const groupId = group.GroupId as string;
  const wanted: IpPermission = {
    IpProtocol: 'tcp',
    FromPort: NFS_PORT,
    ToPort: NFS_PORT,
    UserIdGroupPairs: [{ GroupId: taskSecurityGroupId, Description: 'NFS from the Airflow tasks' }],
  };
  const wantedKey = `tcp:${NFS_PORT}-${NFS_PORT}:${taskSecurityGroupId}`;
  const ingress = singleRules(group.IpPermissions);
  const extraIngress = ingress.filter((r) => r.key !== wantedKey).map((r) => r.rule);
  const egress = singleRules(group.IpPermissionsEgress).map((r) => r.rule);
  // A rule already gone (a retried call removed it) is what we wanted.
  const revoked = (err: unknown) => isNotFound(err) || /InvalidPermission\.NotFound/.test(errorName(err) ?? '');
  if (extraIngress.length) {
    await ec2.revokeSecurityGroupIngress({ GroupId: groupId, IpPermissions: extraIngress }).catch((err: unknown) => {
      if (!revoked(err)) throw new AwsError(resource, 'RevokeSecurityGroupIngress', err);
    });
  }
  if (egress.length) {
    await ec2.revokeSecurityGroupEgress({ GroupId: groupId, IpPermissions: egress }).catch((err: unknown) => {
      if (!revoked(err)) throw new AwsError(resource, 'RevokeSecurityGroupEgress', err);
    });
  }
  const missing = !ingress.some((r) => r.key === wantedKey);
  if (missing) {
    await createUnlessExists('AuthorizeSecurityGroupIngress', resource, () =>
      ec2.authorizeSecurityGroupIngress({ GroupId: groupId, IpPermissions: [wanted] }),
    );
  }
  if (status === 'unchanged' && (missing || extraIngress.length || egress.length)) status = 'updated';
  return { groupId, status };
}

// --- file system ----------------------------------------------------------------------------

async function describeFileSystem(
  efs: AwsClients['efs'],
  query: { CreationToken: string } | { FileSystemId: string },
): Promise<FileSystemDescription | undefined> {
  const what = 'CreationToken' in query ? query.CreationToken : query.FileSystemId;
  try {
    const found = await efs.describeFileSystems(query);
    return found.FileSystems?.find((f) => f.LifeCycleState !== 'deleted');
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`EFS file system ${what}`, 'DescribeFileSystems', err);
  }
}

async function waitForFileSystem(
  efs: AwsClients['efs'],
  id: string,
  until: 'available' | 'gone',
  options: VolumeWaitOptions,
): Promise<FileSystemDescription | undefined> {
  return waitFor(
    `EFS file system ${id}`,
    async () => {
      const fs = await describeFileSystem(efs, { FileSystemId: id });
      const state = fs?.LifeCycleState ?? 'gone';
      if (state === 'error') throw new Error(`EFS file system ${id} is in state error`);
      if (until === 'gone') return { done: fs ? undefined : null, state };
      return { done: state === 'available' ? fs : undefined, state };
    },
    waitSettings(options),
  ).then((fs) => fs ?? undefined);
}

/** Tags the resource lacks (the config's extra tags may have changed); true when some were added. */
async function addMissingTags(
  efs: AwsClients['efs'],
  resource: string,
  id: string,
  have: Tags,
  wanted: { Key: string; Value: string }[],
): Promise<boolean> {
  const current = tagMap(have);
  const missing = wanted.filter((t) => current[t.Key] !== t.Value);
  if (!missing.length) return false;
  await aws('TagResource', resource, () => efs.tagResource({ ResourceId: id, Tags: missing }));
  return true;
}

async function ensureFileSystem(
  efs: AwsClients['efs'],
  env: Environment,
  options: VolumeWaitOptions,
): Promise<{ id: string; status: EnsureStatus }> {
  const token = env.names.bundleVolume;
  const resource = `EFS file system ${token}`;
  let fs = await describeFileSystem(efs, { CreationToken: token });
  if (fs?.LifeCycleState === 'deleting') {
    // A teardown is removing it: the creation token is free once it is gone.
    await waitForFileSystem(efs, fs.FileSystemId as string, 'gone', options);
    fs = undefined;
  }
  let status: EnsureStatus = 'unchanged';
  if (!fs) {
    // The creation token makes this idempotent: a retry or a concurrent run hears FileSystemAlreadyExists.
    const made = await createUnlessExists('CreateFileSystem', resource, () =>
      efs.createFileSystem({
        CreationToken: token,
        Encrypted: true,
        PerformanceMode: 'generalPurpose',
        Tags: volumeTags(env, token),
      }),
    );
    if (made) status = 'created';
    fs = made ?? (await describeFileSystem(efs, { CreationToken: token }));
    if (!fs?.FileSystemId) throw new Error(`${resource} was created but cannot be found`);
  }
  const id = fs.FileSystemId as string;
  if (!taggedFor(env, fs.Tags)) {
    const t = tagMap(fs.Tags);
    throw new Error(
      `${resource} (${id}) is tagged for project "${t[TAG_PROJECT] ?? '-'}", environment id "${t[TAG_ENVIRONMENT_ID] ?? '-'}", not "${env.project}", "${env.id}": it is not this environment's to use`,
    );
  }
  if (!fs.Encrypted) {
    throw new Error(
      `${resource} (${id}) is not encrypted at rest, and EFS sets that only at creation: delete it (teardown) and deploy again`,
    );
  }
  if (status === 'unchanged' && (await addMissingTags(efs, resource, id, fs.Tags, volumeTags(env, token)))) {
    status = 'updated';
  }
  if (fs.LifeCycleState !== 'available') await waitForFileSystem(efs, id, 'available', options);
  return { id, status };
}

// --- mount targets --------------------------------------------------------------------------

async function listMountTargets(efs: AwsClients['efs'], fileSystemId: string): Promise<MountTargetDescription[]> {
  const all: MountTargetDescription[] = [];
  let Marker: string | undefined;
  do {
    const page = await aws('DescribeMountTargets', `mount targets of EFS file system ${fileSystemId}`, () =>
      efs.describeMountTargets({ FileSystemId: fileSystemId, Marker }),
    );
    all.push(...(page.MountTargets ?? []));
    Marker = page.NextMarker;
  } while (Marker);
  return all.filter((m) => m.LifeCycleState !== 'deleted');
}

/** The first of the subnets in each Availability Zone: EFS allows one mount target per zone. */
async function subnetPerZone(
  ec2: AwsClients['ec2'],
  subnetIds: string[],
): Promise<{ subnetId: string; availabilityZone: string }[]> {
  const found = await aws('DescribeSubnets', `subnets ${subnetIds.join(', ')}`, () =>
    ec2.describeSubnets({ SubnetIds: subnetIds }),
  );
  const zoneOf = new Map((found.Subnets ?? []).map((s) => [s.SubnetId as string, s.AvailabilityZone as string]));
  const perZone = new Map<string, string>();
  for (const subnetId of subnetIds) {
    const zone = zoneOf.get(subnetId);
    if (!zone) throw new Error(`subnet ${subnetId} was not found`);
    if (!perZone.has(zone)) perZone.set(zone, subnetId);
  }
  return [...perZone].map(([availabilityZone, subnetId]) => ({ subnetId, availabilityZone }));
}

async function ensureMountTargets(
  clients: Pick<AwsClients, 'efs' | 'ec2'>,
  fileSystemId: string,
  groupId: string,
  subnetIds: string[],
  options: VolumeWaitOptions,
): Promise<{ mountTargets: EnsuredBundleVolume['mountTargets']; status: EnsureStatus }> {
  const { efs } = clients;
  const resource = `mount targets of EFS file system ${fileSystemId}`;
  const [zones, existing] = await Promise.all([
    subnetPerZone(clients.ec2, subnetIds),
    listMountTargets(efs, fileSystemId),
  ]);
  const wantedZones = new Set(zones.map((z) => z.availabilityZone));
  let present = existing;
  if (present.some((m) => m.LifeCycleState === 'deleting' && wantedZones.has(m.AvailabilityZoneName as string))) {
    // A zone's mount target is going (a teardown): a new one can be made there once it is gone.
    present = await waitFor(
      `EFS mount targets of ${fileSystemId}`,
      async () => {
        const now = await listMountTargets(efs, fileSystemId);
        const deleting = now.filter((m) => m.LifeCycleState === 'deleting').length;
        return { done: deleting ? undefined : now, state: `${deleting} deleting` };
      },
      waitSettings(options),
    );
  }
  const live = (m: MountTargetDescription) => m.LifeCycleState !== 'deleting' && m.LifeCycleState !== 'error';
  const served = new Set(present.filter(live).map((m) => m.AvailabilityZoneName as string));
  const toCreate = zones.filter((z) => !served.has(z.availabilityZone));
  let changed = false;
  await Promise.all(
    toCreate.map(async (z) => {
      try {
        await efs.createMountTarget({ FileSystemId: fileSystemId, SubnetId: z.subnetId, SecurityGroups: [groupId] });
        changed = true;
      } catch (err) {
        // EFS has no idempotency token here: a retried (or concurrent) create meets the first one's
        // mount target as a conflict. The listing below shows whether the zone is served.
        if (errorName(err) !== 'MountTargetConflict') throw new AwsError(resource, 'CreateMountTarget', err);
      }
    }),
  );
  // The groups of mount targets made before: only ours, exactly.
  const created = new Set(toCreate.map((z) => z.availabilityZone));
  for (const m of present.filter(
    (x) => x.LifeCycleState === 'available' && !created.has(x.AvailabilityZoneName as string),
  )) {
    const id = m.MountTargetId as string;
    const groups = await aws('DescribeMountTargetSecurityGroups', `EFS mount target ${id}`, () =>
      efs.describeMountTargetSecurityGroups({ MountTargetId: id }),
    );
    if ((groups.SecurityGroups ?? []).join(',') !== groupId) {
      await aws('ModifyMountTargetSecurityGroups', `EFS mount target ${id}`, () =>
        efs.modifyMountTargetSecurityGroups({ MountTargetId: id, SecurityGroups: [groupId] }),
      );
      changed = true;
    }
  }
  const ready = await waitFor(
    `EFS mount targets of ${fileSystemId}`,
    async () => {
      const now = await listMountTargets(efs, fileSystemId);
      const byZone = new Map(now.filter(live).map((m) => [m.AvailabilityZoneName as string, m]));
      const missing = zones.filter((z) => !byZone.has(z.availabilityZone));
      if (missing.length) {
        throw new Error(
          `${resource}: none in ${missing.map((z) => z.availabilityZone).join(', ')} (subnet ${missing.map((z) => z.subnetId).join(', ')}); EFS refused to make one there`,
        );
      }
      const waiting = zones.filter((z) => byZone.get(z.availabilityZone)?.LifeCycleState !== 'available');
      return {
        done: waiting.length ? undefined : zones.map((z) => byZone.get(z.availabilityZone) as MountTargetDescription),
        state: waiting.length ? `${waiting.length} of ${zones.length} not available yet` : 'available',
      };
    },
    // Quiet when nothing was made: they are there already.
    changed ? waitSettings(options) : { ...waitSettings(options), log: () => undefined },
  );
  return {
    mountTargets: ready.map((m) => ({
      id: m.MountTargetId as string,
      availabilityZone: m.AvailabilityZoneName as string,
      subnetId: m.SubnetId as string,
    })),
    status: changed ? 'updated' : 'unchanged',
  };
}

// --- access point ---------------------------------------------------------------------------

async function listAccessPoints(efs: AwsClients['efs'], fileSystemId: string): Promise<AccessPointDescription[]> {
  const all: AccessPointDescription[] = [];
  let NextToken: string | undefined;
  try {
    do {
      const page = await efs.describeAccessPoints({ FileSystemId: fileSystemId, NextToken });
      all.push(...(page.AccessPoints ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
  } catch (err) {
    if (isNotFound(err)) return [];
    throw new AwsError(`access points of EFS file system ${fileSystemId}`, 'DescribeAccessPoints', err);
  }
  return all.filter((a) => a.LifeCycleState !== 'deleted' && a.LifeCycleState !== 'deleting');
}

/** The Airflow user as every client, and its own root folder. */
function airflowAccessPoint(a: AccessPointDescription): boolean {
  const info = a.RootDirectory?.CreationInfo;
  return (
    a.PosixUser?.Uid === AIRFLOW_UID &&
    a.PosixUser?.Gid === AIRFLOW_GID &&
    !a.PosixUser?.SecondaryGids?.length &&
    a.RootDirectory?.Path === BUNDLE_ROOT &&
    info?.OwnerUid === AIRFLOW_UID &&
    info?.OwnerGid === AIRFLOW_GID &&
    parseInt(info?.Permissions ?? '', 8) === parseInt(BUNDLE_ROOT_PERMISSIONS, 8)
  );
}

/** Ours, with the Airflow user's settings; the lowest id when there are several. */
function pickAccessPoint(env: Environment, all: AccessPointDescription[]): AccessPointDescription[] {
  return all
    .filter((a) => taggedFor(env, a.Tags) && airflowAccessPoint(a))
    .sort((a, b) => ((a.AccessPointId as string) < (b.AccessPointId as string) ? -1 : 1));
}

async function ensureAccessPoint(
  efs: AwsClients['efs'],
  env: Environment,
  fileSystemId: string,
): Promise<{ id: string; status: EnsureStatus }> {
  const resource = `access point of EFS file system ${fileSystemId}`;
  const tags = volumeTags(env, env.names.bundleVolume);
  let matching = pickAccessPoint(env, await listAccessPoints(efs, fileSystemId));
  let status: EnsureStatus = 'unchanged';
  if (!matching.length) {
    await createUnlessExists('CreateAccessPoint', resource, () =>
      efs.createAccessPoint({
        FileSystemId: fileSystemId,
        // Deterministic: a retried or concurrent create hears AccessPointAlreadyExists.
        ClientToken: `${fileSystemId}-bundle-${AIRFLOW_UID}-${AIRFLOW_GID}`,
        PosixUser: { Uid: AIRFLOW_UID, Gid: AIRFLOW_GID },
        RootDirectory: {
          Path: BUNDLE_ROOT,
          CreationInfo: { OwnerUid: AIRFLOW_UID, OwnerGid: AIRFLOW_GID, Permissions: BUNDLE_ROOT_PERMISSIONS },
        },
        Tags: tags,
      }),
    );
    status = 'created';
    matching = pickAccessPoint(env, await listAccessPoints(efs, fileSystemId));
    if (!matching.length) throw new Error(`${resource} was created but cannot be found`);
  }
  const [keep, ...duplicates] = matching;
  // Twins of one create (an endpoint that ignores the client token): one is enough.
  for (const twin of duplicates) {
    await deleteAccessPoint(efs, twin.AccessPointId as string);
    if (status === 'unchanged') status = 'updated';
  }
  const id = keep.AccessPointId as string;
  if ((await addMissingTags(efs, `EFS access point ${id}`, id, keep.Tags, tags)) && status === 'unchanged') {
    status = 'updated';
  }
  return { id, status };
}

// --- the volume -----------------------------------------------------------------------------

/**
 * The environment's DAG bundle volume, created or brought back to its settings: the encrypted file
 * system, the mount targets' security group, one mount target per Availability Zone of the subnets
 * (with that group only), and the Airflow user's access point. Waits until all of it is available.
 */
export async function ensureBundleVolume(
  clients: Pick<AwsClients, 'efs' | 'ec2'>,
  env: Environment,
  network: VolumeNetwork,
  options: VolumeWaitOptions,
): Promise<EnsuredBundleVolume> {
  const [group, fs] = await Promise.all([
    ensureVolumeSecurityGroup(clients.ec2, env, network.vpcId, network.taskSecurityGroupId),
    ensureFileSystem(clients.efs, env, options),
  ]);
  const [targets, accessPoint] = await Promise.all([
    ensureMountTargets(clients, fs.id, group.groupId, network.subnetIds, options),
    ensureAccessPoint(clients.efs, env, fs.id),
  ]);
  const parts = {
    fileSystem: fs.status,
    securityGroup: group.status,
    mountTargets: fs.status === 'created' ? 'created' : targets.status,
    accessPoint: accessPoint.status,
  } satisfies EnsuredBundleVolume['parts'];
  const status: EnsureStatus =
    fs.status === 'created'
      ? 'created'
      : Object.values(parts).every((s) => s === 'unchanged')
        ? 'unchanged'
        : 'updated';
  return {
    fileSystemId: fs.id,
    accessPointId: accessPoint.id,
    securityGroupId: group.groupId,
    status,
    parts,
    mountTargets: targets.mountTargets,
  };
}

/** The environment's volume as it is (found by its creation token), changing nothing. */
export async function findBundleVolume(
  efs: AwsClients['efs'],
  env: Environment,
): Promise<FoundBundleVolume | undefined> {
  const fs = await describeFileSystem(efs, { CreationToken: env.names.bundleVolume });
  if (!fs?.FileSystemId) return undefined;
  return describeVolume(efs, env, fs);
}

/** A file system with its mount targets and access points. */
export async function describeVolume(
  efs: AwsClients['efs'],
  env: Environment,
  fileSystem: FileSystemDescription,
): Promise<FoundBundleVolume> {
  const id = fileSystem.FileSystemId as string;
  const [mountTargets, accessPoints] = await Promise.all([
    listMountTargets(efs, id).catch((err: unknown) => {
      if (isNotFound(err)) return [];
      throw err;
    }),
    listAccessPoints(efs, id),
  ]);
  const [accessPoint] = pickAccessPoint(env, accessPoints);
  return {
    fileSystem,
    mountTargets,
    accessPoints,
    volume: accessPoint ? { fileSystemId: id, accessPointId: accessPoint.AccessPointId as string } : undefined,
  };
}

/** A file system by id (tagged ones the tagging API found), or undefined when it is gone. */
export function describeFileSystemById(
  efs: AwsClients['efs'],
  fileSystemId: string,
): Promise<FileSystemDescription | undefined> {
  return describeFileSystem(efs, { FileSystemId: fileSystemId });
}

/** An access point by id, or undefined when it is gone. */
export async function describeAccessPoint(
  efs: AwsClients['efs'],
  accessPointId: string,
): Promise<AccessPointDescription | undefined> {
  try {
    const found = await efs.describeAccessPoints({ AccessPointId: accessPointId });
    return found.AccessPoints?.find((a) => a.LifeCycleState !== 'deleted');
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`EFS access point ${accessPointId}`, 'DescribeAccessPoints', err);
  }
}

export function deleteAccessPoint(efs: AwsClients['efs'], accessPointId: string): Promise<boolean> {
  return deleteUnlessGone('DeleteAccessPoint', `EFS access point ${accessPointId}`, () =>
    efs.deleteAccessPoint({ AccessPointId: accessPointId }),
  );
}

/** Deletes a mount target and waits until it is gone (its network interface goes with it). */
export async function deleteMountTarget(
  efs: AwsClients['efs'],
  mountTargetId: string,
  options: VolumeWaitOptions,
): Promise<boolean> {
  const resource = `EFS mount target ${mountTargetId}`;
  let existed = true;
  try {
    await efs.deleteMountTarget({ MountTargetId: mountTargetId });
  } catch (err) {
    if (isNotFound(err)) existed = false;
    // Already being deleted: wait for it like for our own.
    else if (errorName(err) !== 'IncorrectMountTargetState') throw new AwsError(resource, 'DeleteMountTarget', err);
  }
  if (!existed) return false;
  await waitFor(
    resource,
    async () => {
      try {
        const found = await efs.describeMountTargets({ MountTargetId: mountTargetId });
        const state = found.MountTargets?.[0]?.LifeCycleState ?? 'deleted';
        return { done: state === 'deleted' ? true : undefined, state };
      } catch (err) {
        if (isNotFound(err)) return { done: true, state: 'deleted' };
        throw new AwsError(resource, 'DescribeMountTargets', err);
      }
    },
    { ...waitSettings(options), log: quietUnlessWaiting(options.log) },
  );
  return true;
}

/** Deletes a file system (its mount targets must be gone) and waits until it is gone. */
export async function deleteFileSystem(
  efs: AwsClients['efs'],
  fileSystemId: string,
  options: VolumeWaitOptions,
): Promise<boolean> {
  const gone = !(await deleteUnlessGone('DeleteFileSystem', `EFS file system ${fileSystemId}`, () =>
    efs.deleteFileSystem({ FileSystemId: fileSystemId }),
  ));
  if (gone) return false;
  await waitForFileSystem(efs, fileSystemId, 'gone', { ...options, log: quietUnlessWaiting(options.log) });
  return true;
}

/** waitFor's lines, without the one it prints when the thing was done at the first look. */
function quietUnlessWaiting(log: (line: string) => void): (line: string) => void {
  let waited = false;
  return (line) => {
    if (/ elapsed\)$/.test(line)) waited = true;
    if (waited) log(line);
  };
}

/** The mount targets' group of the environment, wherever its VPC (teardown knows no VPC). */
async function findVolumeGroups(ec2: AwsClients['ec2'], env: Environment): Promise<SecurityGroup[]> {
  const found = await aws('DescribeSecurityGroups', `security group ${env.names.efsSecurityGroup}`, () =>
    ec2.describeSecurityGroups({ Filters: [{ Name: 'group-name', Values: [env.names.efsSecurityGroup] }] }),
  );
  return (found.SecurityGroups ?? []).filter(
    (g) => g.GroupName === env.names.efsSecurityGroup && taggedFor(env, g.Tags),
  );
}

/**
 * Removes the environment's volume: access points, mount targets (waited for until gone), the file
 * system, then the mount targets' group. Only what carries the environment's tags; another
 * environment's volume is never looked at. Returns what it deleted.
 */
export async function destroyBundleVolume(
  clients: Pick<AwsClients, 'efs' | 'ec2'>,
  env: Environment,
  options: VolumeWaitOptions,
): Promise<string[]> {
  const deleted: string[] = [];
  const found = await findBundleVolume(clients.efs, env);
  if (found && taggedFor(env, found.fileSystem.Tags)) {
    const fsId = found.fileSystem.FileSystemId as string;
    for (const a of found.accessPoints.filter((x) => taggedFor(env, x.Tags))) {
      if (await deleteAccessPoint(clients.efs, a.AccessPointId as string)) deleted.push(a.AccessPointId as string);
    }
    await Promise.all(
      found.mountTargets.map(async (m) => {
        if (await deleteMountTarget(clients.efs, m.MountTargetId as string, options)) {
          deleted.push(m.MountTargetId as string);
        }
      }),
    );
    if (await deleteFileSystem(clients.efs, fsId, options)) deleted.push(fsId);
  }
  for (const group of await findVolumeGroups(clients.ec2, env)) {
    const groupId = group.GroupId as string;
    // The mount targets' network interfaces may hold the group a little longer.
    await waitFor(
      `security group ${env.names.efsSecurityGroup}`,
      async () => {
        try {
          await clients.ec2.deleteSecurityGroup({ GroupId: groupId });
          return { done: true, state: 'deleted' };
        } catch (err) {
          if (isNotFound(err)) return { done: true, state: 'deleted' };
          if (errorName(err) === 'DependencyViolation') return { done: undefined, state: 'in use' };
          throw new AwsError(`security group ${groupId}`, 'DeleteSecurityGroup', err);
        }
      },
      { ...waitSettings(options), log: quietUnlessWaiting(options.log) },
    );
    deleted.push(groupId);
  }
  return deleted;
}
