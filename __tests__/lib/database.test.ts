import { DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2';
import { DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import {
  DescribeDBInstancesCommand,
  DescribeDBSubnetGroupsCommand,
  ModifyDBInstanceCommand,
} from '@aws-sdk/client-rds';
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { AwsClients, createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { ConfigFile } from '../../actions/lib/config';
import { describeDatabase, ensureDatabase, EnsuredDatabase } from '../../actions/lib/database';
import { resolveEnvironment } from '../../actions/lib/environment';
import { resolveNetwork } from '../../actions/lib/network';
import { secretName } from '../../actions/lib/secrets';
import { AwsCallRecorder } from '../support/aws-proxy';

// Integration tests against the emulator (moto server) over HTTP with the real SDK. moto makes RDS
// instances `available` at once, so the waits here end on the first poll; rds-instance.test.ts
// shows a slow instance with a mocked client.
const region = 'us-east-1';
const clients = createClients(targetFromEnv());
// Projects of their own: test files share one emulator and run in parallel.
const unique = () => `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

async function secretValue(arn: string): Promise<string> {
  return (await clients.secrets.send(new GetSecretValueCommand({ SecretId: arn }))).SecretString as string;
}

async function provision(env: ReturnType<typeof resolveEnvironment>, awsClients: AwsClients = clients) {
  const masked: string[] = [];
  const lines: string[] = [];
  const result = await ensureDatabase(awsClients, env, {
    mask: (v) => masked.push(v),
    wait: { log: (l) => lines.push(l), sleep: async () => undefined },
  });
  return { result, masked, lines };
}

async function allSecretValues(result: EnsuredDatabase): Promise<Record<string, string>> {
  const { secrets, secretArn } = result.info;
  const arns = { ...secrets, database: secretArn };
  return Object.fromEntries(
    await Promise.all(Object.entries(arns).map(async ([k, arn]) => [k, await secretValue(arn)] as const)),
  );
}

async function withRecorder<T>(body: (awsClients: AwsClients, recorder: AwsCallRecorder) => Promise<T>): Promise<T> {
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
  await recorder.start();
  try {
    return await body(createClients({ region, endpoint: recorder.endpoint }), recorder);
  } finally {
    await recorder.stop();
  }
}

describe('rds mode', () => {
  const config: ConfigFile = { project: unique(), tags: { team: 'data' } };
  const main = resolveEnvironment('main', config, { region });

  it('creates an encrypted, private, backed-up RDS instance with deletion protection on main', async () => {
    expect(main.database).toBe('rds');
    const { result, masked } = await provision(main);
    const { info } = result;

    const instance = (
      await clients.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: main.names.dbInstance }))
    ).DBInstances?.[0];
    expect(instance).toMatchObject({
      DBInstanceStatus: 'available',
      Engine: 'postgres',
      DBInstanceClass: 'db.t4g.micro',
      AllocatedStorage: 20,
      DBName: 'airflow',
      StorageEncrypted: true,
      PubliclyAccessible: false,
      DeletionProtection: true,
    });
    expect(instance?.BackupRetentionPeriod).toBeGreaterThanOrEqual(7);
    expect(instance?.TagList).toEqual(
      expect.arrayContaining([
        { Key: 'team', Value: 'data' },
        { Key: 'airflow-fargate:environment', Value: 'main' },
        { Key: 'airflow-fargate:project', Value: config.project },
      ]),
    );

    // The subnet group spans the resolved subnets; the instance sits in it and in the DB group only.
    const network = await resolveNetwork(clients.ec2, main);
    const subnetGroup = (
      await clients.rds.send(new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: main.names.dbSubnetGroup }))
    ).DBSubnetGroups?.[0];
    expect(subnetGroup?.Subnets?.map((s) => s.SubnetIdentifier).sort()).toEqual(network.subnetIds);
    expect(instance?.DBSubnetGroup?.DBSubnetGroupName).toBe(main.names.dbSubnetGroup);
    expect(instance?.VpcSecurityGroups?.map((g) => g.VpcSecurityGroupId)).toEqual([info.securityGroupId]);

    // Port 5432 only from the tasks' group.
    const groups = await clients.ec2.send(
      new DescribeSecurityGroupsCommand({
        Filters: [{ Name: 'group-name', Values: [main.names.taskSecurityGroup, main.names.dbSecurityGroup] }],
      }),
    );
    const tasksGroup = groups.SecurityGroups?.find((g) => g.GroupName === main.names.taskSecurityGroup);
    const dbGroup = groups.SecurityGroups?.find((g) => g.GroupName === main.names.dbSecurityGroup);
    expect(dbGroup?.GroupId).toBe(info.securityGroupId);
    expect(dbGroup?.IpPermissions).toHaveLength(1);
    expect(dbGroup?.IpPermissions?.[0]).toMatchObject({ FromPort: 5432, ToPort: 5432, IpRanges: [] });
    expect(dbGroup?.IpPermissions?.[0].UserIdGroupPairs?.map((p) => p.GroupId)).toEqual([tasksGroup?.GroupId]);

    // Outputs: the endpoint and RDS's own managed secret (moto's fixed {"admin", "P@55w0rd!"}).
    expect(info).toMatchObject({
      mode: 'rds',
      engine: 'postgres',
      host: instance?.Endpoint?.Address,
      port: 5432,
      name: 'airflow',
      secretArn: instance?.MasterUserSecret?.SecretArn,
    });
    expect(info.passwordValueFrom).toBe(`${info.secretArn}:password::`);
    expect(Object.keys(JSON.parse(await secretValue(info.secretArn))).sort()).toEqual(['password', 'username']);

    // The four shared secrets exist under the environment's prefix, and each new value was masked.
    const values = await allSecretValues(result);
    for (const key of ['fernetKey', 'jwtSecret', 'apiSecretKey', 'adminPassword'] as const) {
      expect(masked).toContain(values[key]);
    }
    expect(masked).toContain(JSON.parse(values.adminPassword).password);
    expect(result.resources.filter((r) => r.status === 'created').map((r) => r.resource)).toEqual([
      'DB subnet group',
      'security group',
      'security group',
      'RDS instance',
      'secret',
      'secret',
      'secret',
      'secret',
    ]);
  });

  it('changes nothing on a second run, and describeDatabase finds the same things by name', async () => {
    const before = await provision(main);
    const values = await allSecretValues(before.result);
    const again = await withRecorder(async (awsClients, recorder) => {
      const run = await provision(main, awsClients);
      expect(recorder.mutating()).toEqual([]);
      expect(recorder.calls.length).toBeGreaterThan(0);
      return run;
    });
    expect(again.result.info).toEqual(before.result.info);
    expect(again.result.resources.every((r) => r.status === 'unchanged')).toBe(true);
    expect(again.masked).toEqual([]);
    expect(await allSecretValues(again.result)).toEqual(values);

    const described = await withRecorder(async (awsClients, recorder) => {
      const info = await describeDatabase(awsClients, main);
      expect(recorder.mutating()).toEqual([]);
      return info;
    });
    expect(described).toEqual(before.result.info);
  });

  it('puts back drifted settings it owns (deletion protection, backups, class) and says so', async () => {
    const staging = resolveEnvironment(
      'staging',
      { ...config, longLived: ['staging'], longLivedDefaults: { deletionProtection: false } },
      { region },
    );
    expect(staging.deletionProtection).toBe(false);
    await provision(staging);
    await clients.rds.send(
      new ModifyDBInstanceCommand({
        DBInstanceIdentifier: staging.names.dbInstance,
        DeletionProtection: true,
        BackupRetentionPeriod: 1,
        DBInstanceClass: 'db.t3.small',
        ApplyImmediately: true,
      }),
    );
    const { result } = await provision(staging);
    const rds = result.resources.find((r) => r.resource === 'RDS instance');
    expect(rds?.status).toBe('updated');
    expect(rds?.detail).toMatch(/deletion protection off/);
    expect(rds?.detail).toMatch(/backup retention 1 -> 7 days/);
    expect(rds?.detail).toMatch(/class db\.t3\.small -> db\.t4g\.micro/);
    const instance = (
      await clients.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: staging.names.dbInstance }))
    ).DBInstances?.[0];
    expect(instance).toMatchObject({ DeletionProtection: false, BackupRetentionPeriod: 7 });
  });

  it('has deletion protection off for a preview in rds mode, and uses MySQL 8 when asked', async () => {
    const preview = resolveEnvironment(
      'pr-8',
      { ...config, previewDefaults: { database: 'rds', engine: 'mysql' } },
      { region },
    );
    const { result } = await provision(preview);
    const instance = (
      await clients.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: preview.names.dbInstance }))
    ).DBInstances?.[0];
    expect(instance).toMatchObject({ DeletionProtection: false, Engine: 'mysql', StorageEncrypted: true });
    expect(result.info).toMatchObject({ mode: 'rds', engine: 'mysql', port: 3306 });
  });
});

describe('container mode', () => {
  const config: ConfigFile = { project: unique() };
  const preview = resolveEnvironment('pr-3', config, { region });

  async function latestDefinition(family: string) {
    return (await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: family }))).taskDefinition;
  }

  it('registers a PostgreSQL task definition whose password comes only through ECS secrets', async () => {
    expect(preview.database).toBe('container');
    const { result, masked } = await provision(preview);
    const { info } = result;
    expect(info).toMatchObject({
      mode: 'container',
      engine: 'postgres',
      host: `database.${preview.names.serviceDiscoveryNamespace}`,
      port: 5432,
      name: 'airflow',
    });
    expect(info.secretArn).toContain(secretName(preview, 'database'));
    const credentials = JSON.parse(await secretValue(info.secretArn));
    expect(credentials.username).toBe('airflow');
    expect(masked).toContain(credentials.password);

    const definition = await latestDefinition(preview.names.taskFamily('database'));
    expect(definition?.taskDefinitionArn).toBe(info.taskDefinitionArn);
    expect(definition).toMatchObject({
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      executionRoleArn: `arn:aws:iam::123456789012:role/${preview.names.executionRole}`,
    });
    const container = definition?.containerDefinitions?.[0];
    expect(container?.image).toMatch(/postgres:16$/);
    expect(container?.memory).toBeGreaterThan(0);
    expect(container?.environment).toEqual(
      expect.arrayContaining([
        { name: 'POSTGRES_USER', value: 'airflow' },
        { name: 'POSTGRES_DB', value: 'airflow' },
      ]),
    );
    expect(container?.secrets).toEqual([{ name: 'POSTGRES_PASSWORD', valueFrom: `${info.secretArn}:password::` }]);
    expect(container?.healthCheck?.command?.join(' ')).toMatch(/pg_isready/);
    expect(container?.logConfiguration).toMatchObject({
      logDriver: 'awslogs',
      options: { 'awslogs-group': preview.names.logGroup, 'awslogs-region': region },
    });
    // No secret value anywhere in the definition (environment included).
    const text = JSON.stringify(definition);
    for (const value of [credentials.password, ...Object.values(await allSecretValues(result))]) {
      expect(text).not.toContain(value);
    }

    const dbGroup = (await clients.ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [info.securityGroupId] })))
      .SecurityGroups?.[0];
    expect(dbGroup?.GroupName).toBe(preview.names.dbSecurityGroup);
    expect(dbGroup?.IpPermissions?.map((p) => p.FromPort)).toEqual([5432]);
  });

  it('a second run makes no mutating call, keeps every secret value and the same revision', async () => {
    const before = await provision(preview);
    const values = await allSecretValues(before.result);
    const again = await withRecorder(async (awsClients, recorder) => {
      const run = await provision(preview, awsClients);
      expect(recorder.mutating()).toEqual([]);
      return run;
    });
    expect(again.result.info).toEqual(before.result.info);
    expect(again.result.resources.map((r) => r.status)).not.toContain('created');
    expect(again.result.resources.map((r) => r.status)).not.toContain('updated');
    expect(await allSecretValues(again.result)).toEqual(values);
    expect(await describeDatabase(clients, preview)).toEqual(before.result.info);
  });

  it('registers a new revision when the content changes (MySQL 8), keeping the credentials', async () => {
    const first = await provision(preview);
    const mysql = resolveEnvironment('pr-3', { ...config, previewDefaults: { engine: 'mysql' } }, { region });
    const { result } = await provision(mysql);
    expect(result.resources.find((r) => r.resource === 'task definition')?.status).toBe('updated');
    expect(result.info).toMatchObject({ engine: 'mysql', port: 3306, secretArn: first.result.info.secretArn });
    const container = (await latestDefinition(mysql.names.taskFamily('database')))?.containerDefinitions?.[0];
    expect(container?.image).toMatch(/mysql:8/);
    expect(container?.secrets?.map((s) => s.name).sort()).toEqual(['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD']);
    expect(container?.healthCheck?.command?.join(' ')).toMatch(/mysqladmin ping/);
    expect(result.info.taskDefinitionArn).not.toBe(first.result.info.taskDefinitionArn);
  });

  it('describeDatabase says which step is missing for an environment never provisioned', async () => {
    const never = resolveEnvironment('pr-404', config, { region });
    await expect(describeDatabase(clients, never)).rejects.toThrow(/run provision-rds for environment pr-404/);
  });
});

afterAll(() => {
  for (const client of Object.values(clients)) client.destroy();
});
