import { DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2';
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { resolveEnvironment } from '../../actions/lib/environment';
import {
  describeSecurityGroups,
  ensureDatabaseSecurityGroup,
  ensureTaskSecurityGroup,
  resolveNetwork,
} from '../../actions/lib/network';
import { ensureSecret } from '../../actions/lib/secrets';

// Against the emulator (moto server) over HTTP with the real SDK.
describe('network and secrets', () => {
  const aws = createClients(targetFromEnv());
  // A project of its own: test files share one emulator and run in parallel.
  const config = { project: `t${Date.now().toString(36)}`, allowedCidrs: ['203.0.113.0/24'] };
  const env = resolveEnvironment('pr-1', config, { region: 'us-east-1' });
  const other = resolveEnvironment('pr-10', config, { region: 'us-east-1' });

  it('finds the default VPC and its subnets', async () => {
    const network = await resolveNetwork(aws.ec2, env);
    expect(network.vpcId).toMatch(/^vpc-/);
    expect(network.subnetIds.length).toBeGreaterThan(1);
  });

  it('creates security groups once, with only the rules the design needs', async () => {
    const { vpcId } = await resolveNetwork(aws.ec2, env);
    const tasks = await ensureTaskSecurityGroup(aws.ec2, env, vpcId);
    const db = await ensureDatabaseSecurityGroup(aws.ec2, env, vpcId, tasks.groupId);
    expect(tasks.created && db.created).toBe(true);

    const again = await ensureTaskSecurityGroup(aws.ec2, env, vpcId);
    const dbAgain = await ensureDatabaseSecurityGroup(aws.ec2, env, vpcId, tasks.groupId);
    expect(again).toEqual({ groupId: tasks.groupId, created: false, changed: false });
    expect(dbAgain).toEqual({ groupId: db.groupId, created: false, changed: false });

    const described = await aws.ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [db.groupId] }));
    const dbRules = described.SecurityGroups?.[0].IpPermissions ?? [];
    expect(dbRules).toHaveLength(1);
    expect(dbRules[0]).toMatchObject({ FromPort: 5432, ToPort: 5432, IpRanges: [] });
    expect(dbRules[0].UserIdGroupPairs?.map((p) => p.GroupId)).toEqual([tasks.groupId]);

    const taskRules = (await aws.ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [tasks.groupId] })))
      .SecurityGroups?.[0].IpPermissions;
    expect(taskRules?.flatMap((r) => r.IpRanges?.map((x) => x.CidrIp) ?? [])).toEqual(['203.0.113.0/24']);

    await ensureTaskSecurityGroup(aws.ec2, other, vpcId);
    expect((await describeSecurityGroups(aws.ec2, env)).map((g) => g.GroupId).sort()).toEqual(
      [tasks.groupId, db.groupId].sort(),
    );
  });

  it('generates each secret once, masks it, and never regenerates it', async () => {
    const masked: string[] = [];
    const first = await ensureSecret(aws.secrets, env, 'jwt-secret', (v) => masked.push(v));
    const value = (await aws.secrets.send(new GetSecretValueCommand({ SecretId: first.arn }))).SecretString;
    expect(first.created).toBe(true);
    expect(masked).toContain(value);

    const second = await ensureSecret(aws.secrets, env, 'jwt-secret', (v) => masked.push(v));
    expect(second).toEqual({ arn: first.arn, created: false });
    expect((await aws.secrets.send(new GetSecretValueCommand({ SecretId: first.arn }))).SecretString).toBe(value);

    const admin = await ensureSecret(aws.secrets, env, 'admin-password', (v) => masked.push(v));
    const adminValue = JSON.parse(
      (await aws.secrets.send(new GetSecretValueCommand({ SecretId: admin.arn }))).SecretString as string,
    );
    expect(adminValue.username).toBe('admin');
    expect(masked).toContain(adminValue.password);
    expect(masked).not.toContain('admin'); // a user name is no secret: masking it would blank every "admin" in the logs

    const fernet = await ensureSecret(aws.secrets, env, 'fernet-key', () => undefined);
    const key = (await aws.secrets.send(new GetSecretValueCommand({ SecretId: fernet.arn }))).SecretString as string;
    expect(Buffer.from(key, 'base64url')).toHaveLength(32);
  });
});
