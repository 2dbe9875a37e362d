import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  EC2Client,
  SecurityGroup,
} from '@aws-sdk/client-ec2';
import {
  CreateAccessPointCommand,
  CreateFileSystemCommand,
  CreateMountTargetCommand,
  DeleteAccessPointCommand,
  DeleteFileSystemCommand,
  DeleteMountTargetCommand,
  DescribeAccessPointsCommand,
  DescribeFileSystemsCommand,
  DescribeMountTargetsCommand,
  DescribeMountTargetSecurityGroupsCommand,
  EFSClient,
  ModifyMountTargetSecurityGroupsCommand,
} from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { randomInt } from 'node:crypto';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import {
  Environment,
  resolveEnvironment,
  TAG_ENVIRONMENT,
  TAG_ENVIRONMENT_ID,
  TAG_PROJECT,
} from '../../actions/lib/environment';
import {
  AIRFLOW_UID,
  destroyBundleVolume,
  ensureBundleVolume,
  findBundleVolume,
  NFS_PORT,
} from '../../actions/lib/efs';
import { ensureTaskSecurityGroup } from '../../actions/lib/network';
import { uniqueProject } from '../register-task-defs/fixtures';
import { AwsCallRecorder } from '../support/aws-proxy';

// The DAG bundle volume against the emulator (moto). What moto does differently from EFS, and so
// what these tests cannot show (the mocked tests at the end show the waits):
// - file systems and mount targets are "available" at once and gone at once after a delete;
// - CreateAccessPoint ignores the ClientToken: a retried create makes a second access point (the
//   library keeps the lowest id and deletes the twin; EFS itself answers AccessPointAlreadyExists);
// - DeleteAccessPoint of an unknown id succeeds (EFS: AccessPointNotFound);
// - a security group still used by a mount target's network interface can be deleted (EC2 refuses
//   with DependencyViolation until the interface is gone);
// - FileSystemAlreadyExists carries no FileSystemId (EFS gives it), so the library looks the file
//   system up by its creation token either way.
jest.setTimeout(60_000);

const aws = createClients(targetFromEnv());
const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
let recorded: ReturnType<typeof createClients>;
beforeAll(async () => {
  await recorder.start();
  recorded = createClients({ region: targetFromEnv().region, endpoint: recorder.endpoint });
});
afterAll(async () => {
  for (const c of [aws, recorded]) Object.values(c).forEach((client) => client.destroy());
  await recorder.stop();
});

/** A VPC of its own with two subnets in us-east-1a and one in us-east-1b. */
async function vpcWithZones(): Promise<{ vpcId: string; subnets: Record<'a1' | 'a2' | 'b1', string> }> {
  const second = randomInt(0, 256);
  const vpc = await aws.ec2.send(new CreateVpcCommand({ CidrBlock: `10.${second}.0.0/16` }));
  const vpcId = vpc.Vpc?.VpcId as string;
  const subnet = async (i: number, zone: string) =>
    (
      await aws.ec2.send(
        new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: `10.${second}.${i}.0/24`, AvailabilityZone: zone }),
      )
    ).Subnet?.SubnetId as string;
  return {
    vpcId,
    subnets: {
      a1: await subnet(0, 'us-east-1a'),
      a2: await subnet(1, 'us-east-1a'),
      b1: await subnet(2, 'us-east-1b'),
    },
  };
}

async function deployVolume(env: Environment, vpcId: string, subnetIds: string[], clients = aws, lines: string[] = []) {
  const tasks = await ensureTaskSecurityGroup(clients.ec2, env, vpcId);
  const volume = await ensureBundleVolume(
    clients,
    env,
    { vpcId, subnetIds, taskSecurityGroupId: tasks.groupId },
    { log: (line) => lines.push(line) },
  );
  return { volume, tasksGroupId: tasks.groupId };
}

async function group(groupId: string): Promise<SecurityGroup> {
  const found = await aws.ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [groupId] }));
  return found.SecurityGroups?.[0] as SecurityGroup;
}

/** Rules as words: "tcp 2049-2049 from sg-...". */
function rules(permissions: SecurityGroup['IpPermissions']): string[] {
  return (permissions ?? [])
    .flatMap((p) => [
      ...(p.IpRanges ?? []).map((r) => `${p.IpProtocol} ${p.FromPort}-${p.ToPort} from ${r.CidrIp}`),
      ...(p.UserIdGroupPairs ?? []).map((g) => `${p.IpProtocol} ${p.FromPort}-${p.ToPort} from ${g.GroupId}`),
    ])
    .sort();
}

const mutatingOperations = () => recorder.mutating().map((c) => `${c.service} ${c.operation}`);

describe('the DAG bundle volume against the emulator', () => {
  it('is encrypted, tagged, reachable by NFS from the tasks only, in each zone once, and owned by the Airflow user', async () => {
    const project = uniqueProject();
    const env = resolveEnvironment('pr-3', { project, tags: { team: 'data' } }, { region: 'us-east-1' });
    const { vpcId, subnets } = await vpcWithZones();
    const { volume, tasksGroupId } = await deployVolume(env, vpcId, [subnets.a1, subnets.a2, subnets.b1]);
    expect(volume).toMatchObject({
      status: 'created',
      parts: { fileSystem: 'created', securityGroup: 'created', mountTargets: 'created', accessPoint: 'created' },
    });

    const [fs] =
      (await aws.efs.send(new DescribeFileSystemsCommand({ FileSystemId: volume.fileSystemId }))).FileSystems ?? [];
    expect(fs).toMatchObject({ Encrypted: true, CreationToken: env.names.bundleVolume, LifeCycleState: 'available' });
    expect(fs.Tags).toEqual(
      expect.arrayContaining([
        { Key: TAG_PROJECT, Value: project },
        { Key: TAG_ENVIRONMENT, Value: 'pr-3' },
        { Key: TAG_ENVIRONMENT_ID, Value: 'pr-3' },
        { Key: 'Name', Value: `${project}-pr-3-bundle` },
        { Key: 'team', Value: 'data' },
      ]),
    );

    // NFS from the tasks' group, nothing else in, nothing out.
    const efsGroup = await group(volume.securityGroupId);
    expect(efsGroup).toMatchObject({ GroupName: `${project}-pr-3-efs`, VpcId: vpcId });
    expect(rules(efsGroup.IpPermissions)).toEqual([`tcp ${NFS_PORT}-${NFS_PORT} from ${tasksGroupId}`]);
    expect(rules(efsGroup.IpPermissionsEgress)).toEqual([]);
    expect(efsGroup.Tags).toEqual(expect.arrayContaining([{ Key: TAG_ENVIRONMENT_ID, Value: 'pr-3' }]));

    // One mount target per zone: the first subnet of us-east-1a, and us-east-1b's; the group alone.
    const targets =
      (await aws.efs.send(new DescribeMountTargetsCommand({ FileSystemId: volume.fileSystemId }))).MountTargets ?? [];
    expect(targets.map((m) => [m.AvailabilityZoneName, m.SubnetId]).sort()).toEqual([
      ['us-east-1a', subnets.a1],
      ['us-east-1b', subnets.b1],
    ]);
    for (const m of targets) {
      const groups = await aws.efs.send(
        new DescribeMountTargetSecurityGroupsCommand({ MountTargetId: m.MountTargetId }),
      );
      expect(groups.SecurityGroups).toEqual([volume.securityGroupId]);
    }
    expect(volume.mountTargets.map((m) => m.availabilityZone).sort()).toEqual(['us-east-1a', 'us-east-1b']);

    // Every client is uid 50000 / gid 0, in /bundle, which EFS creates owned by it, mode 755.
    const points =
      (await aws.efs.send(new DescribeAccessPointsCommand({ FileSystemId: volume.fileSystemId }))).AccessPoints ?? [];
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({
      AccessPointId: volume.accessPointId,
      PosixUser: { Uid: AIRFLOW_UID, Gid: 0 },
      RootDirectory: { Path: '/bundle', CreationInfo: { OwnerUid: AIRFLOW_UID, OwnerGid: 0, Permissions: '755' } },
    });
    expect(points[0].Tags).toEqual(expect.arrayContaining([{ Key: TAG_PROJECT, Value: project }]));

    expect(await findBundleVolume(aws.efs, env)).toMatchObject({
      volume: { fileSystemId: volume.fileSystemId, accessPointId: volume.accessPointId },
    });

    // Again: the same volume, and not one mutating call.
    recorder.reset();
    const again = await deployVolume(env, vpcId, [subnets.a1, subnets.a2, subnets.b1], recorded);
    expect(mutatingOperations()).toEqual([]);
    expect(recorder.calls.length).toBeGreaterThan(0);
    expect(again.volume).toMatchObject({
      status: 'unchanged',
      fileSystemId: volume.fileSystemId,
      accessPointId: volume.accessPointId,
      securityGroupId: volume.securityGroupId,
    });

    await destroyBundleVolume(aws, env, { log: () => undefined });
  });

  it('puts back what was changed by hand: rules, a mount target group, the access point', async () => {
    const env = resolveEnvironment('pr-4', { project: uniqueProject() }, { region: 'us-east-1' });
    const { vpcId, subnets } = await vpcWithZones();
    const { volume, tasksGroupId } = await deployVolume(env, vpcId, [subnets.a1, subnets.b1]);

    await aws.ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: volume.securityGroupId,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: NFS_PORT, ToPort: NFS_PORT, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        ],
      }),
    );
    const [first] =
      (await aws.efs.send(new DescribeMountTargetsCommand({ FileSystemId: volume.fileSystemId }))).MountTargets ?? [];
    await aws.efs.send(
      new ModifyMountTargetSecurityGroupsCommand({
        MountTargetId: first.MountTargetId,
        SecurityGroups: [tasksGroupId],
      }),
    );
    await aws.efs.send(new DeleteAccessPointCommand({ AccessPointId: volume.accessPointId }));

    recorder.reset();
    const lines: string[] = [];
    const fixed = await deployVolume(env, vpcId, [subnets.a1, subnets.b1], recorded, lines);
    expect(fixed.volume).toMatchObject({
      status: 'updated',
      fileSystemId: volume.fileSystemId,
      parts: { fileSystem: 'unchanged', securityGroup: 'updated', mountTargets: 'updated', accessPoint: 'created' },
    });
    expect(fixed.volume.accessPointId).not.toBe(volume.accessPointId);
    expect(rules((await group(volume.securityGroupId)).IpPermissions)).toEqual([
      `tcp ${NFS_PORT}-${NFS_PORT} from ${tasksGroupId}`,
    ]);
    const groups = await aws.efs.send(
      new DescribeMountTargetSecurityGroupsCommand({ MountTargetId: first.MountTargetId }),
    );
    expect(groups.SecurityGroups).toEqual([volume.securityGroupId]);
    expect(mutatingOperations()).toHaveLength(3); // revoke the rule, the mount target's group, the access point

    // A third subnet in a zone already served changes nothing.
    recorder.reset();
    await deployVolume(env, vpcId, [subnets.a1, subnets.a2, subnets.b1], recorded);
    expect(mutatingOperations()).toEqual([]);
    await destroyBundleVolume(aws, env, { log: () => undefined });
  });

  it('is removed whole by destroy, which leaves another environment of the project alone', async () => {
    const project = uniqueProject();
    const [pr1, pr10] = ['pr-1', 'pr-10'].map((name) => resolveEnvironment(name, { project }, { region: 'us-east-1' }));
    const { vpcId, subnets } = await vpcWithZones();
    const ids = [subnets.a1, subnets.b1];
    const [one, ten] = await Promise.all([deployVolume(pr1, vpcId, ids), deployVolume(pr10, vpcId, ids)]);
    // What the volume is, less the size's timestamp (the time of the answer).
    const described = async () => {
      const found = await findBundleVolume(aws.efs, pr10);
      return found && { ...found, fileSystem: { ...found.fileSystem, SizeInBytes: undefined } };
    };
    const before = await described();

    recorder.reset();
    const deleted = await destroyBundleVolume(recorded, pr1, { log: () => undefined });
    expect(deleted.sort()).toEqual(
      [
        one.volume.accessPointId,
        ...one.volume.mountTargets.map((m) => m.id),
        one.volume.fileSystemId,
        one.volume.securityGroupId,
      ].sort(),
    );
    // In order: access point, mount targets, file system, then the group.
    expect(mutatingOperations()).toEqual([
      expect.stringMatching(/^elasticfilesystem DELETE \/2015-02-01\/access-points/),
      expect.stringMatching(/^elasticfilesystem DELETE \/2015-02-01\/mount-targets/),
      expect.stringMatching(/^elasticfilesystem DELETE \/2015-02-01\/mount-targets/),
      expect.stringMatching(/^elasticfilesystem DELETE \/2015-02-01\/file-systems/),
      'ec2 DeleteSecurityGroup',
    ]);
    expect(await findBundleVolume(aws.efs, pr1)).toBeUndefined();
    const groups = await aws.ec2.send(
      new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: [pr1.names.efsSecurityGroup] }] }),
    );
    expect(groups.SecurityGroups).toEqual([]);

    expect(await described()).toEqual(before);
    expect(before?.mountTargets).toHaveLength(2);
    expect((await group(ten.volume.securityGroupId)).GroupName).toBe(pr10.names.efsSecurityGroup);

    // Gone is gone: a second destroy finds nothing and changes nothing.
    recorder.reset();
    expect(await destroyBundleVolume(recorded, pr1, { log: () => undefined })).toEqual([]);
    expect(mutatingOperations()).toEqual([]);
    await destroyBundleVolume(aws, pr10, { log: () => undefined });
  });

  it('makes one access point even when the create is retried (the emulator ignores the client token)', async () => {
    const env = resolveEnvironment('pr-5', { project: uniqueProject() }, { region: 'us-east-1' });
    const { vpcId, subnets } = await vpcWithZones();
    const { volume } = await deployVolume(env, vpcId, [subnets.a1]);
    // What a retried CreateAccessPoint leaves here: a twin with the same settings and tags.
    const [point] =
      (await aws.efs.send(new DescribeAccessPointsCommand({ FileSystemId: volume.fileSystemId }))).AccessPoints ?? [];
    await aws.efs.send(
      new CreateAccessPointCommand({
        FileSystemId: volume.fileSystemId,
        ClientToken: 'twin',
        PosixUser: point.PosixUser,
        RootDirectory: point.RootDirectory,
        Tags: point.Tags,
      }),
    );
    const again = await deployVolume(env, vpcId, [subnets.a1]);
    const left =
      (await aws.efs.send(new DescribeAccessPointsCommand({ FileSystemId: volume.fileSystemId }))).AccessPoints ?? [];
    expect(left.map((a) => a.AccessPointId)).toEqual([again.volume.accessPointId]);
    await destroyBundleVolume(aws, env, { log: () => undefined });
  });
});

// aws-sdk-client-mock: EFS takes its time (a file system is "creating", mount targets are "creating"
// and then "deleting" for a minute or two), which the emulator never shows.
describe('the DAG bundle volume with EFS taking its time (mocked)', () => {
  // Made here, not at collection: mocking a client class reaches every client of the file.
  let efsMock: ReturnType<typeof mockEfs>;
  let ec2Mock: ReturnType<typeof mockEc2>;
  const mockEfs = () => mockClient(EFSClient);
  const mockEc2 = () => mockClient(EC2Client);
  const clients = createClients({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9' });
  beforeAll(() => {
    efsMock = mockEfs();
    ec2Mock = mockEc2();
  });
  afterEach(() => {
    efsMock.reset();
    ec2Mock.reset();
  });
  afterAll(() => {
    efsMock.restore();
    ec2Mock.restore();
    Object.values(clients).forEach((c) => c.destroy());
  });

  const env = resolveEnvironment('pr-6', { project: 'unit' }, { region: 'us-east-1' });
  const tags = Object.entries({ ...env.tags, Name: env.names.bundleVolume }).map(([Key, Value]) => ({ Key, Value }));
  function clock() {
    let t = 0;
    return { now: () => t, sleep: async (ms: number) => void (t += ms) };
  }

  it('waits for the file system and the mount targets, saying how long', async () => {
    const group = {
      GroupId: 'sg-efs',
      GroupName: env.names.efsSecurityGroup,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, UserIdGroupPairs: [{ GroupId: 'sg-tasks' }] }],
      IpPermissionsEgress: [],
    };
    ec2Mock.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [group] });
    ec2Mock
      .on(DescribeSubnetsCommand)
      .resolves({ Subnets: [{ SubnetId: 'subnet-a', AvailabilityZone: 'us-east-1a' }] });
    const fs = { FileSystemId: 'fs-1', CreationToken: env.names.bundleVolume, Encrypted: true, Tags: tags };
    efsMock.on(DescribeFileSystemsCommand, { CreationToken: env.names.bundleVolume }).resolves({ FileSystems: [] });
    efsMock.on(CreateFileSystemCommand).resolves({ ...fs, LifeCycleState: 'creating' } as never);
    efsMock
      .on(DescribeFileSystemsCommand, { FileSystemId: 'fs-1' })
      .resolvesOnce({ FileSystems: [{ ...fs, LifeCycleState: 'creating' }] } as never)
      .resolves({ FileSystems: [{ ...fs, LifeCycleState: 'available' }] } as never);
    const target = {
      MountTargetId: 'fsmt-1',
      FileSystemId: 'fs-1',
      AvailabilityZoneName: 'us-east-1a',
      SubnetId: 'subnet-a',
    };
    efsMock
      .on(DescribeMountTargetsCommand)
      .resolvesOnce({ MountTargets: [] })
      .resolvesOnce({ MountTargets: [{ ...target, LifeCycleState: 'creating' }] })
      .resolvesOnce({ MountTargets: [{ ...target, LifeCycleState: 'creating' }] })
      .resolves({ MountTargets: [{ ...target, LifeCycleState: 'available' }] });
    efsMock.on(CreateMountTargetCommand).resolves({ ...target, LifeCycleState: 'creating' });
    const point = {
      AccessPointId: 'fsap-1',
      Tags: tags,
      PosixUser: { Uid: 50000, Gid: 0 },
      RootDirectory: { Path: '/bundle', CreationInfo: { OwnerUid: 50000, OwnerGid: 0, Permissions: '755' } },
    };
    efsMock
      .on(DescribeAccessPointsCommand)
      .resolvesOnce({ AccessPoints: [] })
      .resolves({ AccessPoints: [point] });
    efsMock.on(CreateAccessPointCommand).resolves(point);

    const lines: string[] = [];
    const c = clock();
    const volume = await ensureBundleVolume(
      clients,
      env,
      { vpcId: 'vpc-1', subnetIds: ['subnet-a'], taskSecurityGroupId: 'sg-tasks' },
      { log: (line) => lines.push(line), intervalMs: 5_000, ...c },
    );
    expect(volume).toMatchObject({ fileSystemId: 'fs-1', accessPointId: 'fsap-1', status: 'created' });
    expect(lines).toEqual([
      'EFS file system fs-1: creating (0s elapsed)',
      'EFS file system fs-1: available after 5s',
      'EFS mount targets of fs-1: 1 of 1 not available yet (0s elapsed)',
      'EFS mount targets of fs-1: available after 10s',
    ]);
    expect(efsMock.commandCalls(CreateFileSystemCommand)[0].args[0].input).toMatchObject({
      CreationToken: env.names.bundleVolume,
      Encrypted: true,
    });
  });

  it('deletes mount targets and waits until they are gone before the file system goes', async () => {
    const fs = {
      FileSystemId: 'fs-1',
      CreationToken: env.names.bundleVolume,
      LifeCycleState: 'available',
      Tags: tags,
    };
    efsMock
      .on(DescribeFileSystemsCommand, { CreationToken: env.names.bundleVolume })
      .resolves({ FileSystems: [fs] } as never);
    efsMock
      .on(DescribeFileSystemsCommand, { FileSystemId: 'fs-1' })
      .resolvesOnce({ FileSystems: [{ ...fs, LifeCycleState: 'deleting' }] } as never)
      .rejects(Object.assign(new Error('gone'), { name: 'FileSystemNotFound' }));
    efsMock.on(DescribeMountTargetsCommand, { FileSystemId: 'fs-1' }).resolves({
      MountTargets: [
        { MountTargetId: 'fsmt-1', FileSystemId: 'fs-1', SubnetId: 'subnet-a', LifeCycleState: 'available' },
      ],
    });
    efsMock
      .on(DescribeMountTargetsCommand, { MountTargetId: 'fsmt-1' })
      .resolvesOnce({
        MountTargets: [
          { MountTargetId: 'fsmt-1', FileSystemId: 'fs-1', SubnetId: 'subnet-a', LifeCycleState: 'deleting' },
        ],
      })
      .resolvesOnce({
        MountTargets: [
          { MountTargetId: 'fsmt-1', FileSystemId: 'fs-1', SubnetId: 'subnet-a', LifeCycleState: 'deleting' },
        ],
      })
      .rejects(Object.assign(new Error('gone'), { name: 'MountTargetNotFound' }));
    efsMock.on(DescribeAccessPointsCommand).resolves({ AccessPoints: [] });
    efsMock.on(DeleteMountTargetCommand).resolves({});
    efsMock.on(DeleteFileSystemCommand).resolves({});
    ec2Mock.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });

    const lines: string[] = [];
    const c = clock();
    const deleted = await destroyBundleVolume(clients, env, {
      log: (line) => lines.push(line),
      intervalMs: 5_000,
      ...c,
    });
    expect(deleted).toEqual(['fsmt-1', 'fs-1']);
    expect(c.now()).toBe(15_000);
    const order = [...efsMock.calls()]
      .map((call) => call.args[0].constructor.name)
      .filter((name) => name.startsWith('Delete'));
    expect(order).toEqual(['DeleteMountTargetCommand', 'DeleteFileSystemCommand']);
    expect(lines).toEqual([
      'EFS mount target fsmt-1: deleting (0s elapsed)',
      'EFS mount target fsmt-1: deleted after 10s',
      'EFS file system fs-1: deleting (0s elapsed)',
      'EFS file system fs-1: gone after 5s',
    ]);
  });
});
