import { CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import { RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { CreateRoleCommand, GetRoleCommand } from '@aws-sdk/client-iam';
import { CreateSecretCommand, DescribeSecretCommand } from '@aws-sdk/client-secrets-manager';
import {
  CreateHttpNamespaceCommand,
  CreateServiceCommand,
  GetOperationCommand,
} from '@aws-sdk/client-servicediscovery';
import { randomBytes } from 'node:crypto';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import {
  ecsTags,
  Environment,
  resolveEnvironment,
  TAG_ENVIRONMENT_ID,
  TAG_PROJECT,
  tagList,
} from '../../actions/lib/environment';
import { ensureBundleVolume, findBundleVolume } from '../../actions/lib/efs';
import { describeEnvironment, foreignTags } from '../../actions/lib/inventory';
import { ensureTaskSecurityGroup, resolveNetwork } from '../../actions/lib/network';
import { teardown } from '../../actions/lib/teardown';
import { ownVpc } from '../run-airflow/fixtures';

const aws = createClients(targetFromEnv());
afterAll(() => Object.values(aws).forEach((client) => client.destroy()));

describe('foreignTags', () => {
  const env = resolveEnvironment('pr-1', { project: 'shop' }, { region: 'us-east-1' });
  it.each([
    [{ [TAG_PROJECT]: 'shop', [TAG_ENVIRONMENT_ID]: 'pr-1' }, undefined],
    [{ [TAG_PROJECT]: 'shop', [TAG_ENVIRONMENT_ID]: 'pr-1', team: 'x' }, undefined],
    [{ [TAG_PROJECT]: 'shop', [TAG_ENVIRONMENT_ID]: 'pr-10' }, /environment id "pr-10", not "shop", "pr-1"/],
    [{ [TAG_PROJECT]: 'shop' }, /environment id "-"/],
    [{ [TAG_ENVIRONMENT_ID]: 'pr-1' }, /project "-"/],
    [{ [TAG_PROJECT]: 'other', [TAG_ENVIRONMENT_ID]: 'pr-1' }, /project "other"/],
    [{}, /has no airflow-fargate:project\/airflow-fargate:environment-id tags/],
    [undefined, /has no/],
  ])('%j: %s', (tags, expected) => {
    const reason = foreignTags(env, tags);
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(expected);
  });
});

const tagsOf = (env: Environment, override: Record<string, string> = {}) =>
  Object.entries({ ...env.tags, ...override }).map(([Key, Value]) => ({ Key, Value }));

async function httpNamespace(env: Environment, services: string[]): Promise<void> {
  const op = await aws.servicediscovery.send(
    new CreateHttpNamespaceCommand({ Name: env.names.serviceDiscoveryNamespace, Tags: tagList(env) }),
  );
  const done = await aws.servicediscovery.send(new GetOperationCommand({ OperationId: op.OperationId }));
  for (const Name of services) {
    await aws.servicediscovery.send(
      new CreateServiceCommand({ Name, NamespaceId: done.Operation?.Targets?.NAMESPACE, Tags: tagList(env) }),
    );
  }
}

describe('describeEnvironment against the emulator', () => {
  it('takes what carries both tags or its names, refuses named things tagged for someone else, and nothing of pr-70', async () => {
    const project = `i${randomBytes(5).toString('hex')}`;
    const env = resolveEnvironment('pr-7', { project }, { region: 'us-east-1' });
    const neighbour = resolveEnvironment('pr-70', { project }, { region: 'us-east-1' });
    const elsewhere = resolveEnvironment('pr-7', { project: `${project}x` }, { region: 'us-east-1' });

    await Promise.all([
      // ours by name and tags
      aws.secrets.send(
        new CreateSecretCommand({ Name: `${env.names.secretPrefix}/fernet-key`, SecretString: 'x', Tags: tagsOf(env) }),
      ),
      // ours by tags only
      aws.secrets.send(new CreateSecretCommand({ Name: `${project}/extra`, SecretString: 'x', Tags: tagsOf(env) })),
      aws.logs.send(new CreateLogGroupCommand({ logGroupName: `/${project}/pr-7-extra`, tags: env.tags })),
      // one tag right, the other wrong: not ours
      aws.secrets.send(
        new CreateSecretCommand({
          Name: `${project}/same-project`,
          SecretString: 'x',
          Tags: tagsOf(env, { [TAG_ENVIRONMENT_ID]: 'pr-70' }),
        }),
      ),
      aws.secrets.send(
        new CreateSecretCommand({ Name: `${project}/same-id`, SecretString: 'x', Tags: tagsOf(elsewhere) }),
      ),
      // our role names, but tagged for pr-70, or not at all: refused
      aws.iam.send(
        new CreateRoleCommand({
          RoleName: env.names.taskRole,
          AssumeRolePolicyDocument: '{}',
          Tags: tagsOf(neighbour),
        }),
      ),
      aws.iam.send(new CreateRoleCommand({ RoleName: env.names.executionRole, AssumeRolePolicyDocument: '{}' })),
      // task definitions: ours and the neighbour's, whose family starts like ours
      ...[env, neighbour].map((e) =>
        aws.ecs.send(
          new RegisterTaskDefinitionCommand({
            family: e.names.taskFamily('worker'),
            containerDefinitions: [{ name: 'airflow', image: 'repo/airflow:1', memory: 512 }],
            tags: ecsTags(e),
          }),
        ),
      ),
      httpNamespace(env, ['api-server']),
      httpNamespace(neighbour, ['api-server', 'database']),
    ]);

    const inventory = await describeEnvironment(aws, env);
    const listed = inventory.resources.map((r) => `${r.kind} ${r.name} [${r.foundBy.join('+')}]`).sort();
    expect(listed).toEqual(
      [
        `cloud-map-namespace ${env.names.serviceDiscoveryNamespace} [name]`,
        `cloud-map-service api-server.${env.names.serviceDiscoveryNamespace} [name]`,
        `iam-role ${env.names.executionRole} [name]`,
        `iam-role ${env.names.taskRole} [name]`,
        `log-group /${project}/pr-7-extra [tags]`,
        `secret ${env.names.secretPrefix}/fernet-key [name+tags]`,
        `secret ${project}/extra [tags]`,
        `task-definition ${env.names.taskFamily('worker')}:1 [name+tags]`,
      ].sort(),
    );
    const refused = Object.fromEntries(inventory.resources.filter((r) => r.refused).map((r) => [r.name, r.refused]));
    expect(refused).toEqual({
      [env.names.taskRole]: expect.stringContaining('environment id "pr-70"'),
      [env.names.executionRole]: expect.stringContaining('has no airflow-fargate:project'),
    });

    // teardown deletes the rest, leaves the refused roles and fails, and never reaches pr-70
    const lines: string[] = [];
    const result = await teardown(aws, env, {
      dryRun: false,
      confirmed: false,
      skipFinalSnapshot: false,
      timeoutMs: 60_000,
      pollMs: 100,
      log: (line) => lines.push(line),
    });
    expect(
      result.steps
        .filter((s) => s.outcome === 'refused')
        .map((s) => s.resource.name)
        .sort(),
    ).toEqual([env.names.executionRole, env.names.taskRole].sort());
    expect(result.steps.filter((s) => s.outcome === 'failed')).toEqual([]);
    for (const role of [env.names.taskRole, env.names.executionRole]) {
      await expect(aws.iam.send(new GetRoleCommand({ RoleName: role }))).resolves.toBeDefined();
    }
    await expect(
      aws.secrets.send(new DescribeSecretCommand({ SecretId: `${project}/same-project` })),
    ).resolves.toBeDefined();
    const after = await describeEnvironment(aws, env);
    expect(after.resources.map((r) => r.name).sort()).toEqual([env.names.executionRole, env.names.taskRole].sort());
    const neighbours = await describeEnvironment(aws, neighbour);
    expect(neighbours.resources.map((r) => r.kind).sort()).toEqual([
      'cloud-map-namespace',
      'cloud-map-service',
      'cloud-map-service',
      'secret', // same-project: tagged with pr-70's id, so pr-70's
      'task-definition',
    ]);
  });

  it("lists the DAG bundle volume (file system, a mount target per zone, access point, group) and tears down pr-7's only", async () => {
    const project = `i${randomBytes(5).toString('hex')}`;
    const vpcId = await ownVpc(aws);
    const [env, neighbour] = ['pr-7', 'pr-70'].map((name) =>
      resolveEnvironment(name, { project, vpcId }, { region: 'us-east-1' }),
    );
    const volumes = await Promise.all(
      [env, neighbour].map(async (e) => {
        const network = await resolveNetwork(aws.ec2, e);
        const tasks = await ensureTaskSecurityGroup(aws.ec2, e, network.vpcId);
        return ensureBundleVolume(aws, e, { ...network, taskSecurityGroupId: tasks.groupId }, { log: () => undefined });
      }),
    );
    const inventory = await describeEnvironment(aws, env);
    const volume = env.names.bundleVolume;
    expect(inventory.resources.map((r) => `${r.kind} ${r.name} ${r.id} [${r.foundBy.join('+')}]`)).toEqual([
      `efs-access-point ${volume} ${volumes[0].accessPointId} [name+tags]`,
      ...volumes[0].mountTargets
        .sort((a, b) => a.availabilityZone.localeCompare(b.availabilityZone))
        .map((m) => `efs-mount-target ${volume} in ${m.availabilityZone} ${m.id} [name]`),
      `efs-file-system ${volume} ${volumes[0].fileSystemId} [name+tags]`,
      `security-group ${env.names.efsSecurityGroup} ${volumes[0].securityGroupId} [name+tags]`,
      expect.stringMatching(new RegExp(`^security-group ${env.names.taskSecurityGroup} `)),
    ]);
    expect(inventory.resources.filter((r) => r.refused)).toEqual([]);

    const neighbourBefore = await findBundleVolume(aws.efs, neighbour);
    const result = await teardown(aws, env, {
      dryRun: false,
      confirmed: false,
      skipFinalSnapshot: false,
      timeoutMs: 60_000,
      pollMs: 100,
      log: () => undefined,
    });
    expect(result.steps.filter((s) => s.outcome !== 'deleted')).toEqual([]);
    expect((await describeEnvironment(aws, env)).resources).toEqual([]);
    const after = await findBundleVolume(aws.efs, neighbour);
    const timeless = (v: typeof after) => v && { ...v, fileSystem: { ...v.fileSystem, SizeInBytes: undefined } };
    expect(timeless(after)).toEqual(timeless(neighbourBefore));
    expect((await describeEnvironment(aws, neighbour)).resources.map((r) => r.kind)).toEqual([
      'efs-access-point',
      'efs-mount-target',
      'efs-mount-target',
      'efs-file-system',
      'security-group',
      'security-group',
    ]);
    await teardown(aws, neighbour, {
      dryRun: false,
      confirmed: false,
      skipFinalSnapshot: false,
      timeoutMs: 60_000,
      pollMs: 100,
      log: () => undefined,
    });
  });
});
