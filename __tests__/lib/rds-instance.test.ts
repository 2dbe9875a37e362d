import {
  CreateDBInstanceCommand,
  DBInstance,
  DescribeDBInstancesCommand,
  ModifyDBInstanceCommand,
  RDS,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { resolveEnvironment } from '../../actions/lib/environment';
import { ensureDbInstance } from '../../actions/lib/rds-instance';

// Mocked RDS client: moto makes instances `available` at once, so a slow creation, a failed one and
// AWS refusing a call can only be shown this way.
const env = resolveEnvironment('main', { project: 'unit' }, { region: 'us-east-1' });
const placement = { subnetGroup: env.names.dbSubnetGroup, securityGroupId: 'sg-0123456789' };
const rdsMock = mockClient(RDSClient);
const rds = new RDS({ region: 'us-east-1' });

function notFound(): Error {
  return Object.assign(new Error(`DBInstance ${env.names.dbInstance} not found.`), { name: 'DBInstanceNotFoundFault' });
}

function instance(status: string, extra: Partial<DBInstance> = {}): DBInstance {
  return {
    DBInstanceIdentifier: env.names.dbInstance,
    DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${env.names.dbInstance}`,
    DBInstanceStatus: status,
    Engine: 'postgres',
    DBInstanceClass: env.dbInstanceClass,
    AllocatedStorage: env.dbStorageGiB,
    StorageEncrypted: true,
    PubliclyAccessible: false,
    BackupRetentionPeriod: 7,
    DeletionProtection: true,
    DBName: 'airflow',
    Endpoint: status === 'available' ? { Address: 'db.example.internal', Port: 5432 } : undefined,
    MasterUserSecret: { SecretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-1' },
    VpcSecurityGroups: [{ VpcSecurityGroupId: placement.securityGroupId, Status: 'active' }],
    TagList: Object.entries(env.tags).map(([Key, Value]) => ({ Key, Value })),
    ...extra,
  };
}

/** A fake clock: sleeping moves time on instantly. */
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

beforeEach(() => rdsMock.reset());

describe('waiting for a slow RDS instance (mocked)', () => {
  it.each([
    ['the default poll interval', undefined],
    ['a 60 s poll interval asked for', 60_000],
    ['a 7 s poll interval (not a divisor of 30 s)', 7_000],
  ])('prints a progress line with state and elapsed time at least every 30 s, with %s', async (_, intervalMs) => {
    const clock = fakeClock();
    // Creating for 14 minutes, then backing up for 2, then available.
    const states = () =>
      clock.now() < 14 * 60_000 ? 'creating' : clock.now() < 16 * 60_000 ? 'backing-up' : 'available';
    let created = false;
    rdsMock.on(CreateDBInstanceCommand).callsFake(async () => {
      created = true;
      return {};
    });
    rdsMock.on(DescribeDBInstancesCommand).callsFake(async () => {
      if (!created) throw notFound();
      return { DBInstances: [instance(states())] };
    });

    const lines: { at: number; line: string }[] = [];
    const result = await ensureDbInstance(rds, env, placement, {
      log: (line) => lines.push({ at: clock.now(), line }),
      sleep: clock.sleep,
      now: clock.now,
      intervalMs,
    });

    expect(result.status).toBe('created');
    expect(result.instance.Endpoint?.Address).toBe('db.example.internal');
    const progress = lines.filter((l) => l.line.includes(env.names.dbInstance));
    expect(progress.length).toBeGreaterThanOrEqual(16 * 2);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i].at - progress[i - 1].at).toBeLessThanOrEqual(30_000);
    }
    expect(progress.map((l) => l.line)).toEqual(
      expect.arrayContaining([
        `RDS instance ${env.names.dbInstance}: creating (0s elapsed)`,
        expect.stringMatching(new RegExp(`: creating \\(5m\\d\\ds elapsed\\)$`)),
        expect.stringMatching(new RegExp(`: backing-up \\(14m\\d\\ds elapsed\\)$`)),
      ]),
    );
    expect(progress[progress.length - 1].line).toMatch(/: available after 16m\d\ds$/);
    // The wait does not hammer the API: at most one poll per 7 s of (fake) time here.
    expect(rdsMock.commandCalls(DescribeDBInstancesCommand).length).toBeLessThanOrEqual((16 * 60) / 7 + 3);
  });

  it('gives up after the timeout, naming the state it was stuck in', async () => {
    const clock = fakeClock();
    rdsMock.on(DescribeDBInstancesCommand).resolves({ DBInstances: [instance('modifying')] });
    await expect(
      ensureDbInstance(rds, env, placement, { log: () => undefined, ...clock, timeoutMs: 10 * 60_000 }),
    ).rejects.toThrow(/still modifying after 10m00s; gave up/);
  });

  it('stops waiting when the instance fails', async () => {
    rdsMock
      .on(DescribeDBInstancesCommand)
      .resolvesOnce({ DBInstances: [instance('creating')] })
      .resolves({ DBInstances: [instance('incompatible-network')] });
    await expect(ensureDbInstance(rds, env, placement, { log: () => undefined, ...fakeClock() })).rejects.toThrow(
      /is "incompatible-network"/,
    );
  });
});

describe('AWS failures and maintenance-window changes (mocked)', () => {
  it('wraps AccessDenied with the operation, the instance and AWS message', async () => {
    rdsMock.on(DescribeDBInstancesCommand).rejects(notFound());
    rdsMock
      .on(CreateDBInstanceCommand)
      .rejects(
        Object.assign(new Error('User is not authorized to perform: rds:CreateDBInstance'), { name: 'AccessDenied' }),
      );
    await expect(ensureDbInstance(rds, env, placement, { log: () => undefined, ...fakeClock() })).rejects.toThrow(
      `CreateDBInstance RDS instance ${env.names.dbInstance} failed: AccessDenied: User is not authorized to perform: rds:CreateDBInstance`,
    );
  });

  it('applies a class change in the maintenance window and the rest at once', async () => {
    rdsMock.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [instance('available', { DBInstanceClass: 'db.r6g.large', DeletionProtection: false })],
    });
    rdsMock.on(ModifyDBInstanceCommand).resolves({});
    const result = await ensureDbInstance(rds, env, placement, { log: () => undefined, ...fakeClock() });
    const calls = rdsMock.commandCalls(ModifyDBInstanceCommand).map((c) => c.args[0].input);
    expect(calls).toEqual([
      { DBInstanceIdentifier: env.names.dbInstance, ApplyImmediately: true, DeletionProtection: true },
      { DBInstanceIdentifier: env.names.dbInstance, ApplyImmediately: false, DBInstanceClass: 'db.t4g.micro' },
    ]);
    expect(result.status).toBe('updated');
  });

  it('does not ask again for a class change already pending', async () => {
    rdsMock.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [
        instance('available', {
          DBInstanceClass: 'db.r6g.large',
          PendingModifiedValues: { DBInstanceClass: env.dbInstanceClass },
        }),
      ],
    });
    const result = await ensureDbInstance(rds, env, placement, { log: () => undefined, ...fakeClock() });
    expect(rdsMock.commandCalls(ModifyDBInstanceCommand)).toHaveLength(0);
    expect(result.status).toBe('unchanged');
  });

  it('refuses to switch engines in place', async () => {
    rdsMock.on(DescribeDBInstancesCommand).resolves({ DBInstances: [instance('available', { Engine: 'mysql' })] });
    await expect(ensureDbInstance(rds, env, placement, { log: () => undefined, ...fakeClock() })).rejects.toThrow(
      /runs mysql, but the config asks for postgres/,
    );
  });
});
