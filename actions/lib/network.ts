import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import { AwsClients } from './aws-clients';
import { Environment, TAG_ENVIRONMENT_ID } from './environment';
import { aws, AwsError, ConfigError, createUnlessExists, isNotFound } from './errors';

export interface Network {
  vpcId: string;
  subnetIds: string[];
}

export const API_PORT = 8080;
export const DB_PORTS = { postgres: 5432, mysql: 3306 } as const;

/** The configured VPC and subnets, or the account's default VPC and its default subnets. */
export async function resolveNetwork(ec2: AwsClients['ec2'], env: Environment): Promise<Network> {
  let vpcId = env.vpcId;
  if (!vpcId) {
    const vpcs = await aws('DescribeVpcs', 'default VPC', () =>
      ec2.describeVpcs({ Filters: [{ Name: 'isDefault', Values: ['true'] }] }),
    );
    vpcId = vpcs.Vpcs?.[0]?.VpcId;
    if (!vpcId) {
      throw new ConfigError(
        `vpcId: region ${env.region} has no default VPC. Set "vpcId" and "subnetIds" in the config file.`,
      );
    }
  }
  if (env.subnetIds?.length) return { vpcId, subnetIds: env.subnetIds };
  const subnets = await aws('DescribeSubnets', `subnets of ${vpcId}`, () =>
    ec2.describeSubnets({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }),
  );
  const all = subnets.Subnets ?? [];
  const preferred = all.filter((s) => s.DefaultForAz || s.MapPublicIpOnLaunch);
  const subnetIds = (preferred.length ? preferred : all).map((s) => s.SubnetId as string).sort();
  if (!subnetIds.length) {
    throw new ConfigError(`subnetIds: VPC ${vpcId} has no subnets. Set "subnetIds" in the config file.`);
  }
  return { vpcId, subnetIds };
}

async function findSecurityGroup(
  ec2: AwsClients['ec2'],
  vpcId: string,
  name: string,
): Promise<SecurityGroup | undefined> {
  const found = await aws('DescribeSecurityGroups', `security group ${name}`, () =>
    ec2.describeSecurityGroups({
      Filters: [
        { Name: 'vpc-id', Values: [vpcId] },
        { Name: 'group-name', Values: [name] },
      ],
    }),
  );
  return found.SecurityGroups?.[0];
}

function permissionKey(p: IpPermission): string[] {
  const base = `${p.IpProtocol}:${p.FromPort}-${p.ToPort}`;
  return [
    ...(p.IpRanges ?? []).map((r) => `${base}:${r.CidrIp}`),
    ...(p.UserIdGroupPairs ?? []).map((g) => `${base}:${g.GroupId}`),
  ];
}

/** Creates the group when missing and adds the rules it lacks; never touches other groups. */
async function ensureSecurityGroup(
  ec2: AwsClients['ec2'],
  env: Environment,
  vpcId: string,
  name: string,
  description: string,
  rules: (groupId: string) => IpPermission[],
): Promise<{ groupId: string; created: boolean; changed: boolean }> {
  let group = await findSecurityGroup(ec2, vpcId, name);
  let created = false;
  if (!group) {
    const made = await createUnlessExists('CreateSecurityGroup', `security group ${name}`, () =>
      ec2.createSecurityGroup({
        GroupName: name,
        Description: description,
        VpcId: vpcId,
        TagSpecifications: [
          {
            ResourceType: 'security-group',
            Tags: [{ Key: 'Name', Value: name }, ...Object.entries(env.tags).map(([Key, Value]) => ({ Key, Value }))],
          },
        ],
      }),
    );
    group = made ? { GroupId: made.GroupId, IpPermissions: [] } : await findSecurityGroup(ec2, vpcId, name);
    created = Boolean(made);
  }
  const groupId = group?.GroupId as string;
  const have = new Set((group?.IpPermissions ?? []).flatMap(permissionKey));
  const missing = rules(groupId)
    .map((rule) => ({
      ...rule,
      IpRanges: rule.IpRanges?.filter(
        (r) => !have.has(`${rule.IpProtocol}:${rule.FromPort}-${rule.ToPort}:${r.CidrIp}`),
      ),
      UserIdGroupPairs: rule.UserIdGroupPairs?.filter(
        (g) => !have.has(`${rule.IpProtocol}:${rule.FromPort}-${rule.ToPort}:${g.GroupId}`),
      ),
    }))
    .filter((rule) => (rule.IpRanges?.length ?? 0) + (rule.UserIdGroupPairs?.length ?? 0) > 0);
  if (missing.length) {
    // A duplicate rule means a retried or concurrent call added them already.
    await createUnlessExists('AuthorizeSecurityGroupIngress', `security group ${name}`, () =>
      ec2.authorizeSecurityGroupIngress({ GroupId: groupId, IpPermissions: missing }),
    );
  }
  return { groupId, created, changed: created || missing.length > 0 };
}

/**
 * The Airflow tasks' group: the UI port from the allowed CIDRs, and the same port from the group
 * itself (workers call the api-server's execution API).
 */
export function ensureTaskSecurityGroup(ec2: AwsClients['ec2'], env: Environment, vpcId: string) {
  return ensureSecurityGroup(
    ec2,
    env,
    vpcId,
    env.names.taskSecurityGroup,
    `Airflow tasks of ${env.project} environment ${env.id}`,
    (self) => [
      {
        IpProtocol: 'tcp',
        FromPort: API_PORT,
        ToPort: API_PORT,
        IpRanges: env.allowedCidrs.map((CidrIp) => ({ CidrIp, Description: 'Airflow UI' })),
        UserIdGroupPairs: [{ GroupId: self, Description: 'execution API from workers' }],
      },
    ],
  );
}

/** The database's group: its port from the Airflow tasks' group only. */
export function ensureDatabaseSecurityGroup(
  ec2: AwsClients['ec2'],
  env: Environment,
  vpcId: string,
  taskGroupId: string,
) {
  const port = DB_PORTS[env.engine];
  return ensureSecurityGroup(
    ec2,
    env,
    vpcId,
    env.names.dbSecurityGroup,
    `Airflow metadata database of ${env.project} environment ${env.id}`,
    () => [
      {
        IpProtocol: 'tcp',
        FromPort: port,
        ToPort: port,
        UserIdGroupPairs: [{ GroupId: taskGroupId, Description: 'Airflow tasks' }],
      },
    ],
  );
}

/** Security groups carrying this environment's id tag (for teardown and status). */
export async function describeSecurityGroups(ec2: AwsClients['ec2'], env: Environment): Promise<SecurityGroup[]> {
  const found = await aws('DescribeSecurityGroups', `security groups of ${env.name}`, () =>
    ec2.describeSecurityGroups({ Filters: [{ Name: `tag:${TAG_ENVIRONMENT_ID}`, Values: [env.id] }] }),
  );
  return (found.SecurityGroups ?? []).filter((g) =>
    g.Tags?.some((t) => t.Key === 'airflow-fargate:project' && t.Value === env.project),
  );
}

/**
 * Deletes a security group by id; false when it was not there. A DependencyViolation (ENIs of
 * stopped tasks or a deleted database not released yet, a rule of another group) is thrown for the
 * caller to retry.
 */
export async function deleteSecurityGroup(ec2: AwsClients['ec2'], groupId: string): Promise<boolean> {
  try {
    await ec2.deleteSecurityGroup({ GroupId: groupId });
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw new AwsError(`security group ${groupId}`, 'DeleteSecurityGroup', err);
  }
}
