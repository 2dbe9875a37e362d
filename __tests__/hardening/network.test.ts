import { DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2';
import { DescribeServicesCommand } from '@aws-sdk/client-ecs';
import { DescribeMountTargetsCommand, DescribeMountTargetSecurityGroupsCommand } from '@aws-sdk/client-efs';
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { COMPONENTS } from '../../actions/lib/config';
import { DATABASE_COMPONENT } from '../../actions/lib/database';
import { findBundleVolume, NFS_PORT } from '../../actions/lib/efs';
import { API_PORT, DB_PORTS } from '../../actions/lib/network';
import { uniqueProject } from '../register-task-defs/fixtures';
import { cli, deployArgs, destroyClients, environmentConfig, expectSuccess, teardownArgs } from './support';

// What the network lets in, read back from EC2, RDS, EFS and ECS after a deploy: the database is
// never public and only the Airflow tasks reach it; the DAG bundle volume's mount targets admit NFS
// from the tasks only and send nothing; the UI port is open to the configured CIDRs and to the tasks
// themselves (workers call the execution API), nothing else, no other port.
jest.setTimeout(180_000);

const aws = createClients(targetFromEnv());
afterAll(() => destroyClients(aws));
const CIDRS = ['203.0.113.0/24', '198.51.100.7/32'];

it.each([
  ['main', 'rds'],
  ['pr-9', 'container'],
])('%s (%s database): only what the design needs is reachable', async (environment, mode) => {
  const { file, env } = await environmentConfig(aws, environment, {
    project: uniqueProject(),
    allowedCidrs: CIDRS,
    longLivedDefaults: { deletionProtection: false },
  });
  const endpoint = process.env.AWS_ENDPOINT_URL as string;
  expectSuccess(await cli(deployArgs(environment, file), endpoint));
  try {
    const groups =
      (
        await aws.ec2.send(
          new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'vpc-id', Values: [env.vpcId as string] }] }),
        )
      ).SecurityGroups ?? [];
    const byName = new Map(groups.map((g) => [g.GroupName, g]));
    const tasks = byName.get(env.names.taskSecurityGroup);
    const db = byName.get(env.names.dbSecurityGroup);
    const ingress = (g: typeof tasks) =>
      (g?.IpPermissions ?? [])
        .flatMap((p) => [
          ...(p.IpRanges ?? []).map((r) => `${p.IpProtocol} ${p.FromPort}-${p.ToPort} from ${r.CidrIp}`),
          ...(p.Ipv6Ranges ?? []).map((r) => `${p.IpProtocol} ${p.FromPort}-${p.ToPort} from ${r.CidrIpv6}`),
          ...(p.PrefixListIds ?? []).map((r) => `${p.IpProtocol} ${p.FromPort}-${p.ToPort} from ${r.PrefixListId}`),
          ...(p.UserIdGroupPairs ?? []).map(
            (u) =>
              `${p.IpProtocol} ${p.FromPort}-${p.ToPort} from ${u.GroupId === tasks?.GroupId ? 'tasks' : u.GroupId}`,
          ),
        ])
        .sort();
    expect(ingress(tasks)).toEqual(
      [...CIDRS.map((c) => `tcp ${API_PORT}-${API_PORT} from ${c}`), `tcp ${API_PORT}-${API_PORT} from tasks`].sort(),
    );
    const port = DB_PORTS[env.engine];
    expect(ingress(db)).toEqual([`tcp ${port}-${port} from tasks`]);

    // The volume: NFS from the tasks' group alone, no outbound rule, and its mount targets in that group only.
    const efs = byName.get(env.names.efsSecurityGroup);
    expect(ingress(efs)).toEqual([`tcp ${NFS_PORT}-${NFS_PORT} from tasks`]);
    expect(efs?.IpPermissionsEgress).toEqual([]);
    const volume = await findBundleVolume(aws.efs, env);
    const targets =
      (await aws.efs.send(new DescribeMountTargetsCommand({ FileSystemId: volume?.fileSystem.FileSystemId })))
        .MountTargets ?? [];
    expect(targets.length).toBeGreaterThan(0);
    for (const m of targets) {
      const groups = await aws.efs.send(
        new DescribeMountTargetSecurityGroupsCommand({ MountTargetId: m.MountTargetId }),
      );
      expect({ mountTarget: m.MountTargetId, groups: groups.SecurityGroups }).toEqual({
        mountTarget: m.MountTargetId,
        groups: [efs?.GroupId],
      });
    }
    // No other group of the environment admits NFS (the VPC's default group admits its own members only).
    const nfs = groups
      .filter((g) => g.GroupName !== 'default')
      .filter((g) =>
        (g.IpPermissions ?? []).some(
          (p) => p.IpProtocol === '-1' || ((p.FromPort ?? 0) <= NFS_PORT && NFS_PORT <= (p.ToPort ?? 0)),
        ),
      );
    expect(nfs.map((g) => g.GroupName)).toEqual([env.names.efsSecurityGroup]);

    // Airflow's services run in the tasks' group only; the database container in the database's.
    const components = [
      ...COMPONENTS.filter((c) => c !== 'worker'),
      ...(mode === 'container' ? [DATABASE_COMPONENT] : []),
    ];
    const services =
      (
        await aws.ecs.send(
          new DescribeServicesCommand({ cluster: env.names.cluster, services: components.map(env.names.service) }),
        )
      ).services ?? [];
    expect(services).toHaveLength(components.length);
    for (const s of services) {
      const group = s.serviceName === env.names.service(DATABASE_COMPONENT) ? db : tasks;
      expect({ service: s.serviceName, groups: s.networkConfiguration?.awsvpcConfiguration?.securityGroups }).toEqual({
        service: s.serviceName,
        groups: [group?.GroupId],
      });
    }

    if (mode === 'rds') {
      const [instance] =
        (await aws.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: env.names.dbInstance })))
          .DBInstances ?? [];
      expect(instance).toMatchObject({ PubliclyAccessible: false, StorageEncrypted: true });
      expect(instance.VpcSecurityGroups?.map((g) => g.VpcSecurityGroupId)).toEqual([db?.GroupId]);
    }
  } finally {
    expectSuccess(await cli(teardownArgs(environment, file), endpoint));
  }
});
