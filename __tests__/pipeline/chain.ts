import { DescribeDBInstancesCommand, DescribeDBSubnetGroupsCommand } from '@aws-sdk/client-rds';
import { DescribeSecurityGroupsCommand, IpPermission } from '@aws-sdk/client-ec2';
import { DescribeImagesCommand } from '@aws-sdk/client-ecr';
import { DescribeTaskDefinitionCommand, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import {
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetSecretValueCommand, ListSecretsCommand } from '@aws-sdk/client-secrets-manager';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AwsClients } from '../../actions/lib/aws-clients';
import { COMPONENTS } from '../../actions/lib/config';
import { DATABASE_COMPONENT } from '../../actions/lib/database';
import { Environment } from '../../actions/lib/environment';
import { normalizeTaskDefinition } from '../../actions/lib/task-definitions';
import { secretStrings } from '../register-task-defs/fixtures';
import { BundleRun, runBundle } from '../support/run-bundle';

export const STEPS = ['build-push-image', 'provision-rds', 'register-task-defs'] as const;
export type Step = (typeof STEPS)[number];
export type ChainRun = Record<Step, BundleRun>;

/** provision-rds outputs naming a Secrets Manager secret. */
export const SECRET_OUTPUTS = [
  'database-secret-arn',
  'fernet-key-secret-arn',
  'jwt-secret-arn',
  'api-secret-key-secret-arn',
  'admin-password-secret-arn',
] as const;

/** A config file outside the checkout naming the project (GITHUB_WORKSPACE stays the repo root). */
export function configFile(project: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'af-pipeline-')), 'airflow-fargate.yml');
  writeFileSync(file, `project: ${project}\n`);
  return file;
}

function failed(step: string, run: BundleRun): Error {
  const tail = (text: string) => text.split('\n').slice(-40).join('\n');
  return new Error(`${step} exited ${run.exitCode}\n--- stdout\n${tail(run.stdout)}\n--- stderr\n${tail(run.stderr)}`);
}

/**
 * The workflow's order: build-push-image and provision-rds side by side, then register-task-defs
 * with the image build-push-image output. Every step gets the environment (and the config file)
 * only; a failing step throws with its log.
 */
export async function runChain(options: {
  environment: string;
  config: string;
  endpoint: string;
  dockerDir: string;
}): Promise<ChainRun> {
  const common = { environment: options.environment, config: options.config };
  const runner = { AWS_ENDPOINT_URL: options.endpoint };
  const [build, provision] = await Promise.all([
    runBundle('build-push-image', common, { ...runner, PATH: options.dockerDir }),
    runBundle('provision-rds', common, runner),
  ]);
  if (build.exitCode !== 0) throw failed('build-push-image', build);
  if (provision.exitCode !== 0) throw failed('provision-rds', provision);
  const register = await runBundle('register-task-defs', { ...common, image: build.outputs.image }, runner);
  if (register.exitCode !== 0) throw failed('register-task-defs', register);
  return { 'build-push-image': build, 'provision-rds': provision, 'register-task-defs': register };
}

/** The task definitions register-task-defs output, as ECS describes them. */
export async function registeredDefinitions(aws: AwsClients, register: BundleRun) {
  const arns: Record<string, string> = JSON.parse(register.outputs['task-definition-arns']);
  return Promise.all(
    Object.values(arns).map(
      async (arn) =>
        (await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }))).taskDefinition ?? {},
    ),
  );
}

/** Every generated secret value (and its JSON fields but the user name), read from the emulator. */
export async function secretValues(aws: AwsClients, provision: BundleRun): Promise<string[]> {
  const values = await Promise.all(
    SECRET_OUTPUTS.map(
      async (name) =>
        (await aws.secrets.send(new GetSecretValueCommand({ SecretId: provision.outputs[name] })))
          .SecretString as string,
    ),
  );
  return secretStrings(values.map((value) => ({ value })));
}

/** What a reader of the log, the summary or the outputs sees (the runner eats ::add-mask:: lines). */
export function visible(run: BundleRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');
}

export function masked(run: BundleRun): string[] {
  return run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::add-mask::'))
    .map((l) => l.slice('::add-mask::'.length));
}

async function allPages<T>(fetch: (token?: string) => Promise<{ items?: T[]; next?: string }>): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetch(token);
    all.push(...(page.items ?? []));
    token = page.next;
  } while (token);
  return all;
}

/**
 * What the chain left in AWS for one environment, read straight from the emulator, in a shape two
 * environments can be compared by: every family's revisions and latest content, secret names,
 * security groups with their rules, roles with their policies, the log group, the RDS instance.
 */
export async function resources(aws: AwsClients, env: Environment): Promise<Record<string, unknown>> {
  const families = [...COMPONENTS, ...(env.database === 'container' ? [DATABASE_COMPONENT] : [])].map((c) =>
    env.names.taskFamily(c),
  );
  const taskDefinitions = Object.fromEntries(
    await Promise.all(
      families.map(async (family) => {
        const revisions = await allPages((nextToken) =>
          aws.ecs
            .send(new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', nextToken }))
            .then((p) => ({ items: p.taskDefinitionArns, next: p.nextToken })),
        );
        const own = revisions.filter((arn) => arn.split('/').pop()?.replace(/:\d+$/, '') === family);
        const latest = (await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: family })))
          .taskDefinition;
        return [family, { revisions: own.length, content: latest && normalizeTaskDefinition(latest) }];
      }),
    ),
  );

  const secretPrefix = `${env.names.secretPrefix}/`;
  const secrets = (
    await allPages((NextToken) =>
      aws.secrets
        .send(new ListSecretsCommand({ Filters: [{ Key: 'name', Values: [secretPrefix] }], NextToken }))
        .then((p) => ({ items: p.SecretList, next: p.NextToken })),
    )
  )
    .map((s) => s.Name as string)
    .filter((name) => name.startsWith(secretPrefix))
    .sort();

  const groupNames = [env.names.taskSecurityGroup, env.names.dbSecurityGroup];
  const groups =
    (await aws.ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: groupNames }] })))
      .SecurityGroups ?? [];
  const nameOf = new Map(groups.map((g) => [g.GroupId, g.GroupName]));
  const rules = (permissions: IpPermission[] | undefined) =>
    (permissions ?? [])
      .flatMap((p) => [
        ...(p.IpRanges ?? []).map((r) => `${p.IpProtocol} ${p.FromPort}-${p.ToPort} from ${r.CidrIp}`),
        ...(p.UserIdGroupPairs ?? []).map(
          (g) => `${p.IpProtocol} ${p.FromPort}-${p.ToPort} from group ${nameOf.get(g.GroupId) ?? g.GroupId}`,
        ),
      ])
      .sort();
  const securityGroups = Object.fromEntries(
    groupNames.map((name) => {
      const named = groups.filter((g) => g.GroupName === name);
      return [name, { count: named.length, ingress: named.map((g) => rules(g.IpPermissions)) }];
    }),
  );

  const roles = Object.fromEntries(
    await Promise.all(
      [env.names.executionRole, env.names.taskRole].map(async (RoleName) => {
        const role = (await aws.iam.send(new GetRoleCommand({ RoleName }))).Role;
        const inlineNames = (await aws.iam.send(new ListRolePoliciesCommand({ RoleName }))).PolicyNames ?? [];
        const inline = Object.fromEntries(
          await Promise.all(
            inlineNames.sort().map(async (PolicyName) => {
              const doc = (await aws.iam.send(new GetRolePolicyCommand({ RoleName, PolicyName }))).PolicyDocument;
              return [PolicyName, JSON.parse(decodeURIComponent(doc ?? '{}'))];
            }),
          ),
        );
        const attached = (await aws.iam.send(new ListAttachedRolePoliciesCommand({ RoleName }))).AttachedPolicies;
        return [
          RoleName,
          {
            trust: JSON.parse(decodeURIComponent(role?.AssumeRolePolicyDocument ?? '{}')),
            inline,
            attached: (attached ?? []).map((p) => p.PolicyArn).sort(),
          },
        ];
      }),
    ),
  );

  const logGroups = (
    await aws.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: env.names.logGroup }))
  ).logGroups?.filter((g) => g.logGroupName === env.names.logGroup);

  const images = (await aws.ecr.send(new DescribeImagesCommand({ repositoryName: env.names.ecrRepository })))
    .imageDetails;

  let database: unknown = 'container';
  if (env.database === 'rds') {
    const instances = await aws.rds
      .send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: env.names.dbInstance }))
      .then((r) => r.DBInstances ?? []);
    const subnetGroups = await aws.rds
      .send(new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: env.names.dbSubnetGroup }))
      .then((r) => r.DBSubnetGroups ?? []);
    database = {
      instances: instances.map((i) => ({
        class: i.DBInstanceClass,
        engine: i.Engine,
        encrypted: i.StorageEncrypted,
        public: i.PubliclyAccessible,
        deletionProtection: i.DeletionProtection,
        backupRetention: i.BackupRetentionPeriod,
        managedSecret: Boolean(i.MasterUserSecret?.SecretArn),
        securityGroups: (i.VpcSecurityGroups ?? []).map(
          (g) => nameOf.get(g.VpcSecurityGroupId) ?? g.VpcSecurityGroupId,
        ),
      })),
      subnetGroups: subnetGroups.map((g) => (g.Subnets ?? []).map((s) => s.SubnetIdentifier).sort()),
    };
  }

  return {
    taskDefinitions,
    secrets,
    securityGroups,
    roles,
    logGroups: logGroups?.map((g) => ({ name: g.logGroupName, retention: g.retentionInDays })),
    images: images?.map((i) => i.imageTags?.sort()),
    database,
  };
}

/**
 * The same resources with what legitimately differs between two environments blanked out: the
 * project name, secrets' random ARN suffixes, RDS-managed secret ids, image digests, group ids and
 * the DAG volume's file system and access point ids.
 */
export function comparable(snapshot: Record<string, unknown>, project: string): unknown {
  const text = JSON.stringify(snapshot)
    .split(project)
    .join('<project>')
    .replace(/(:secret:[^":]+)-[A-Za-z0-9]{6}(?=[":])/g, '$1-<suffix>')
    .replace(/rds!db-[0-9a-f-]+/g, 'rds!db-<id>')
    .replace(/sha256:[0-9a-f]{64}/g, 'sha256:<digest>')
    .replace(/[0-9a-f]{64}/g, '<hash>')
    .replace(/sg-[0-9a-f]+/g, 'sg-<id>')
    .replace(/\b(fs|fsap)-[0-9a-f]+/g, '$1-<id>');
  return JSON.parse(text);
}
