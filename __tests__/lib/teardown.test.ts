import { DeleteSecurityGroupCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  DeleteAccessPointCommand,
  DeleteFileSystemCommand,
  DeleteMountTargetCommand,
  DescribeFileSystemsCommand,
  DescribeMountTargetsCommand,
  EFSClient,
} from '@aws-sdk/client-efs';
import {
  DeleteDBInstanceCommand,
  DescribeDBInstancesCommand,
  ModifyDBInstanceCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { createClients } from '../../actions/lib/aws-clients';
import { ConfigFile } from '../../actions/lib/config';
import { Environment, resolveEnvironment } from '../../actions/lib/environment';
import { ConfigError } from '../../actions/lib/errors';
import { Inventory, InventoryResource } from '../../actions/lib/inventory';
import { assertTeardownAllowed, executeTeardown, TeardownOptions } from '../../actions/lib/teardown';

describe('assertTeardownAllowed', () => {
  const config: ConfigFile = { project: 'unit', longLived: ['staging'] };
  const env = (name: string) => resolveEnvironment(name, config, { region: 'us-east-1' });

  it.each([
    ['main', undefined, /environment "main" is long-lived.*set the input "confirm" to "main"\.$/],
    ['main', 'pr-1', /set the input "confirm" to "main" \(it is "pr-1"\)/],
    ['main', 'Main', /to "main"/],
    ['staging', undefined, /environment "staging" is long-lived/],
  ])('%s with confirm %j is refused: %s', (name, confirm, message) => {
    expect(() => assertTeardownAllowed(env(name), confirm)).toThrow(ConfigError);
    expect(() => assertTeardownAllowed(env(name), confirm)).toThrow(message);
  });

  it.each([
    ['main', 'main'],
    ['staging', 'staging'],
    ['pr-1', undefined],
    ['feature/x', undefined],
  ])('%s with confirm %j may go', (name, confirm) => {
    expect(() => assertTeardownAllowed(env(name), confirm)).not.toThrow();
  });
});

// aws-sdk-client-mock: the emulator deletes at once. Security groups held by ENIs that are still
// being released, an RDS instance that takes minutes to go, and EFS mount targets that are
// "deleting" for a while can only be shown with mocks.
describe('executeTeardown with AWS taking its time (mocked)', () => {
  const ec2Mock = mockClient(EC2Client);
  const rdsMock = mockClient(RDSClient);
  const efsMock = mockClient(EFSClient);
  const clients = createClients({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9' });
  afterEach(() => {
    ec2Mock.reset();
    rdsMock.reset();
    efsMock.reset();
  });
  afterAll(() => Object.values(clients).forEach((c) => c.destroy()));

  function clock() {
    let t = Date.UTC(2026, 10, 27, 12, 0, 0);
    const sleeps: number[] = [];
    return {
      now: () => t,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        t += ms;
      },
      sleeps,
    };
  }

  function inventory(env: Environment, resources: Partial<InventoryResource>[]): Inventory {
    return {
      project: env.project,
      environment: env.name,
      environmentId: env.id,
      region: env.region,
      notes: [],
      resources: resources.map(
        (r) => ({ kind: 'other', id: '', name: '', foundBy: ['name'], ...r }) as InventoryResource,
      ),
    };
  }

  function options(c: ReturnType<typeof clock>, extra: Partial<TeardownOptions> = {}) {
    const lines: string[] = [];
    return {
      lines,
      options: {
        dryRun: false,
        confirmed: false,
        skipFinalSnapshot: false,
        timeoutMs: 10 * 60_000,
        pollMs: 1_000,
        log: (line: string) => lines.push(line),
        sleep: c.sleep,
        now: c.now,
        ...extra,
      } satisfies TeardownOptions,
    };
  }

  const dependencyViolation = () =>
    Object.assign(new Error('resource sg-db has a dependent object'), { name: 'DependencyViolation' });

  const preview = resolveEnvironment('pr-5', { project: 'unit' }, { region: 'us-east-1' });
  const groups = [
    { kind: 'security-group' as const, id: 'sg-db', name: preview.names.dbSecurityGroup },
    { kind: 'security-group' as const, id: 'sg-tasks', name: preview.names.taskSecurityGroup },
  ];

  it('retries a security group held by ENIs with growing pauses, database group first', async () => {
    ec2Mock
      .on(DeleteSecurityGroupCommand, { GroupId: 'sg-db' })
      .rejectsOnce(dependencyViolation())
      .rejectsOnce(dependencyViolation())
      .resolves({});
    ec2Mock.on(DeleteSecurityGroupCommand, { GroupId: 'sg-tasks' }).resolves({});
    const c = clock();
    const { lines, options: o } = options(c);
    const result = await executeTeardown(clients, preview, inventory(preview, groups), o);

    expect(result.steps.map((s) => [s.resource.id, s.outcome])).toEqual([
      ['sg-db', 'deleted'],
      ['sg-tasks', 'deleted'],
    ]);
    expect(ec2Mock.commandCalls(DeleteSecurityGroupCommand).map((call) => call.args[0].input.GroupId)).toEqual([
      'sg-db',
      'sg-db',
      'sg-db',
      'sg-tasks',
    ]);
    expect(c.sleeps).toEqual([1_000, 2_000]);
    expect(lines).toContain(
      `security group ${preview.names.dbSecurityGroup}: DependencyViolation: resource sg-db has a dependent object; trying again in 1s`,
    );
    expect(result.steps[0].durationMs).toBe(3_000);
  });

  it('gives up when the time budget is spent, saying what held it', async () => {
    ec2Mock.on(DeleteSecurityGroupCommand).rejects(dependencyViolation());
    const c = clock();
    const { options: o } = options(c, { timeoutMs: 60_000 });
    const result = await executeTeardown(clients, preview, inventory(preview, groups), o);

    expect(result.steps.map((s) => s.outcome)).toEqual(['failed', 'failed']);
    expect(result.steps[0].detail).toMatch(/DeleteSecurityGroup security group sg-db failed: DependencyViolation/);
    // 1 + 2 + 4 + 8 + 16 s of pauses fit in the minute; the next (32 s) would not.
    expect(c.sleeps).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
    // The database group stayed, so its rule still holds the tasks group: one try, no waiting.
    expect(ec2Mock.commandCalls(DeleteSecurityGroupCommand, { GroupId: 'sg-tasks' })).toHaveLength(1);
  });

  it('takes the DAG bundle volume apart in order: access point, mount targets until gone, file system, its group', async () => {
    const gone = (name: string) => Object.assign(new Error('not found'), { name });
    efsMock.on(DeleteAccessPointCommand).resolves({});
    efsMock.on(DeleteMountTargetCommand).resolves({});
    for (const id of ['fsmt-a', 'fsmt-b']) {
      efsMock
        .on(DescribeMountTargetsCommand, { MountTargetId: id })
        .resolvesOnce({
          MountTargets: [{ MountTargetId: id, FileSystemId: 'fs-1', SubnetId: 's', LifeCycleState: 'deleting' }],
        })
        .rejects(gone('MountTargetNotFound'));
    }
    // The mount targets' network interfaces outlive them a moment: EFS says the file system is in use.
    efsMock
      .on(DeleteFileSystemCommand)
      .rejectsOnce(Object.assign(new Error('mount targets remain'), { name: 'FileSystemInUse' }))
      .resolves({});
    efsMock.on(DescribeFileSystemsCommand).rejects(gone('FileSystemNotFound'));
    ec2Mock.on(DeleteSecurityGroupCommand).resolves({});
    const c = clock();
    const { lines, options: o } = options(c);
    const volume = preview.names.bundleVolume;
    const result = await executeTeardown(
      clients,
      preview,
      inventory(preview, [
        { kind: 'efs-access-point', id: 'fsap-1', name: volume },
        { kind: 'efs-mount-target', id: 'fsmt-a', name: `${volume} in us-east-1a` },
        { kind: 'efs-mount-target', id: 'fsmt-b', name: `${volume} in us-east-1b` },
        { kind: 'efs-file-system', id: 'fs-1', name: volume },
        { kind: 'security-group', id: 'sg-efs', name: preview.names.efsSecurityGroup },
        { kind: 'security-group', id: 'sg-tasks', name: preview.names.taskSecurityGroup },
      ]),
      o,
    );
    expect(result.steps.map((s) => [s.resource.id, s.outcome])).toEqual([
      ['fsap-1', 'deleted'],
      ['fsmt-a', 'deleted'],
      ['fsmt-b', 'deleted'],
      ['fs-1', 'deleted'],
      ['sg-efs', 'deleted'],
      ['sg-tasks', 'deleted'],
    ]);
    expect(efsMock.commandCalls(DeleteFileSystemCommand)).toHaveLength(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        'EFS mount target fsmt-a: deleting (0s elapsed)',
        `EFS file system ${volume}: FileSystemInUse: mount targets remain; trying again in 1s`,
      ]),
    );
    expect(ec2Mock.commandCalls(DeleteSecurityGroupCommand).map((call) => call.args[0].input.GroupId)).toEqual([
      'sg-efs',
      'sg-tasks',
    ]);
  });

  it('leaves the file system when a mount target could not go, without waiting for it', async () => {
    efsMock.on(DeleteMountTargetCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    efsMock
      .on(DeleteFileSystemCommand)
      .rejects(Object.assign(new Error('mount targets remain'), { name: 'FileSystemInUse' }));
    const c = clock();
    const { options: o } = options(c);
    const result = await executeTeardown(
      clients,
      preview,
      inventory(preview, [
        { kind: 'efs-mount-target', id: 'fsmt-a', name: 'a' },
        { kind: 'efs-file-system', id: 'fs-1', name: 'fs' },
      ]),
      o,
    );
    expect(result.steps.map((s) => [s.resource.id, s.outcome])).toEqual([
      ['fsmt-a', 'failed'],
      ['fs-1', 'failed'],
    ]);
    expect(efsMock.commandCalls(DeleteFileSystemCommand)).toHaveLength(1);
    expect(c.sleeps).toEqual([]);
  });

  const main = resolveEnvironment('main', { project: 'unit' }, { region: 'us-east-1' });
  const rdsInstance = (env: Environment, protectedOn: boolean): Partial<InventoryResource> => ({
    kind: 'rds-instance',
    id: env.names.dbInstance,
    name: env.names.dbInstance,
    state: 'available',
    deletionProtection: protectedOn,
  });
  const described = (env: Environment, status: string, protectedOn: boolean) => ({
    DBInstances: [
      { DBInstanceIdentifier: env.names.dbInstance, DBInstanceStatus: status, DeletionProtection: protectedOn },
    ],
  });
  const notFound = () => Object.assign(new Error('not found'), { name: 'DBInstanceNotFoundFault' });

  it('a confirmed long-lived teardown switches protection off, keeps a final snapshot and waits with progress lines', async () => {
    rdsMock
      .on(DescribeDBInstancesCommand)
      .resolvesOnce(described(main, 'available', false)) // protection off, read back
      .resolvesOnce(described(main, 'available', false)) // destroyDbInstance's look
      .resolvesOnce(described(main, 'deleting', false))
      .resolvesOnce(described(main, 'deleting', false))
      .resolvesOnce(described(main, 'deleting', false))
      .rejects(notFound());
    rdsMock.on(ModifyDBInstanceCommand).resolves({});
    rdsMock.on(DeleteDBInstanceCommand).resolves({});
    const c = clock();
    const { lines, options: o } = options(c, { confirmed: true, pollMs: 10_000 });
    const result = await executeTeardown(clients, main, inventory(main, [rdsInstance(main, true)]), o);

    expect(rdsMock.commandCalls(ModifyDBInstanceCommand)[0].args[0].input).toMatchObject({
      DBInstanceIdentifier: main.names.dbInstance,
      DeletionProtection: false,
      ApplyImmediately: true,
    });
    const snapshot = `${main.names.dbInstance}-final-20261127120000`;
    expect(rdsMock.commandCalls(DeleteDBInstanceCommand)[0].args[0].input).toMatchObject({
      SkipFinalSnapshot: false,
      FinalDBSnapshotIdentifier: snapshot,
    });
    expect(result.finalSnapshot).toBe(snapshot);
    expect(result.steps).toEqual([
      expect.objectContaining({ outcome: 'deleted', detail: `final snapshot ${snapshot}`, durationMs: 30_000 }),
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        `RDS instance ${main.names.dbInstance}: deleting (0s elapsed)`,
        `RDS instance ${main.names.dbInstance}: deleted after 30s`,
      ]),
    );
  });

  it('skip-final-snapshot deletes a long-lived database without one', async () => {
    rdsMock
      .on(DescribeDBInstancesCommand)
      .resolvesOnce(described(main, 'available', false))
      .rejects(notFound());
    rdsMock.on(DeleteDBInstanceCommand).resolves({});
    const c = clock();
    const { options: o } = options(c, { confirmed: true, skipFinalSnapshot: true });
    const result = await executeTeardown(clients, main, inventory(main, [rdsInstance(main, false)]), o);
    expect(rdsMock.commandCalls(DeleteDBInstanceCommand)[0].args[0].input).toMatchObject({ SkipFinalSnapshot: true });
    expect(rdsMock.commandCalls(DeleteDBInstanceCommand)[0].args[0].input.FinalDBSnapshotIdentifier).toBeUndefined();
    expect(result.finalSnapshot).toBeUndefined();
  });

  it('leaves a protected database alone when the teardown was not confirmed, and says how to confirm', async () => {
    const c = clock();
    const { options: o } = options(c);
    const result = await executeTeardown(clients, preview, inventory(preview, [rdsInstance(preview, true)]), o);
    expect(result.steps[0]).toMatchObject({ outcome: 'failed' });
    expect(result.steps[0].detail).toContain('run teardown again with the input "confirm: pr-5"');
    expect(rdsMock.commandCalls(ModifyDBInstanceCommand)).toHaveLength(0);
    expect(rdsMock.commandCalls(DeleteDBInstanceCommand)).toHaveLength(0);
  });

  it('never touches a refused resource', async () => {
    const c = clock();
    const { options: o } = options(c);
    const refused = { ...groups[0], refused: 'its tags say project "unit", environment id "pr-50"' };
    const result = await executeTeardown(clients, preview, inventory(preview, [refused]), o);
    expect(result.steps).toEqual([expect.objectContaining({ outcome: 'refused', detail: refused.refused })]);
    expect(ec2Mock.commandCalls(DeleteSecurityGroupCommand)).toHaveLength(0);
  });
});
