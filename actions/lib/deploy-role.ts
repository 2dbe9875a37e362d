import type { Role } from '@aws-sdk/client-iam';
import { AwsClients } from './aws-clients';
import { SYNC_COMPONENT } from './bundle-sync';
import { BUNDLE_PREFIX } from './dag-bundle';
import { TAG_PROJECT } from './environment';
import { aws, AwsError, isNotFound } from './errors';
import { ensureGithubProvider, githubTrustPolicy, TrustScope } from './github-oidc';
import {
  arnContext,
  ArnContext,
  ECS_TASKS_PRINCIPAL,
  EnsureStatus,
  partitionOf,
  PolicyDocument,
  PolicyStatement,
  sameDocument,
} from './iam-roles';
import { validateProject } from './naming';

/** The deploy role's name: outside the `<project>-*` names it may manage, so it cannot edit itself. */
export function deployRoleName(project: string): string {
  validateProject(project);
  return `airflow-fargate-${project}-deploy`;
}

/** The one inline policy we own on the deploy role. */
export const DEPLOY_POLICY_NAME = 'airflow-fargate-deploy';
/** IAM's limit on all inline policies of one role together, whitespace not counted. */
export const INLINE_POLICY_LIMIT = 10_240;
/** Long enough for a deploy that waits for a new database; the workflow asks for what it needs. */
export const DEPLOY_SESSION_SECONDS = 7_200;

/**
 * Statements of the deploy policy whose resources do not name the project, and why: AWS has no
 * resource-level permission for the action, or the resource's ARN carries an id rather than our
 * name (then a tag condition scopes it where AWS evaluates one). Tests check every statement
 * against this list.
 */
export const DEPLOY_WILDCARD_EXCEPTIONS: Readonly<Record<string, string>> = {
  EcrLogin: 'ecr:GetAuthorizationToken is account-wide; IAM accepts only "*"',
  ReadOnly:
    'EC2 Describe* calls and tag:GetResources have no resource-level permissions; the EFS describe calls look file systems up by creation token, and EFS ARNs carry ids',
  Ec2SecurityGroupInVpc: 'CreateSecurityGroup is also checked against the VPC, which the config chooses',
  Ec2CreateSecurityGroup: 'security group ARNs carry ids, not names: scoped by the project tag the request carries',
  Ec2TagOnCreate: 'security group ARNs carry ids: tags only as part of CreateSecurityGroup',
  Ec2ProjectSecurityGroups: 'security group ARNs carry ids: scoped by the project tag on the group',
  Ec2EfsNetworkInterfaces:
    "EFS's API reference asks these of the caller of Create/DeleteMountTarget and ModifyMountTargetSecurityGroups; the interfaces are EFS's own (requester-managed, untagged) and subnets are the config's: ids only",
  EfsCreateTagged:
    'file system and access point ARNs carry ids made at creation: scoped by the project tag the request carries (TagResource is checked on create too); file systems encrypted only',
  EfsProject: 'file system and access point ARNs carry ids: scoped by the project tag on them',
  RdsDefaultGroups: 'CreateDBInstance/ModifyDBInstance are checked against the default parameter and option groups',
  RdsManagedSecret: 'RDS creates its managed secret as the caller under an rds!db-<uuid> name it chooses',
  KmsForManagedSecrets:
    'the AWS-managed keys of Secrets Manager and RDS have ids only; limited to use through those services',
  EcsCreateTagged:
    'CreateCluster and RegisterTaskDefinition have no resource-level permissions: scoped by the project tag',
  EcsNoResourceLevel: 'task definition reads/deregistration and list calls have no resource-level permissions',
  CloudMapNoResourceLevel: 'Cloud Map list calls, GetOperation and the creates have no resource-level permissions',
  CloudMapCreateTagged: 'namespace and service creation: scoped by the project tag the request carries',
  CloudMapByTag: 'namespace and service ARNs carry ids: scoped by the project tag where it changes something',
  CloudMapRead: 'namespace and service ARNs carry ids, not names',
  Route53ForCloudMap: 'Cloud Map makes and deletes the private hosted zone as the caller; hosted zones have ids only',
  LogGroupsList: "DescribeLogGroups is evaluated against the account's log groups, not one name",
  ServiceLinkedRoles: 'the ECS, RDS and EFS service-linked roles have fixed AWS names, created once per account',
};

/** Everything the five actions (and the CLI over them) do in AWS, limited to this project's names. */
export function deployRolePolicy(ctx: ArnContext, project: string): PolicyDocument {
  validateProject(project);
  const { partition: p, region: r, account: a } = ctx;
  const arn = (service: string, rest: string, region = r) => `arn:${p}:${service}:${region}:${a}:${rest}`;
  const stem = `${project}-*`;
  const projectTag = `aws:ResourceTag/${TAG_PROJECT}`;
  const requestTag = `aws:RequestTag/${TAG_PROJECT}`;
  const ecsRoles = [`arn:${p}:iam::${a}:role/${stem}-execution`, `arn:${p}:iam::${a}:role/${stem}-task`];
  const sg = arn('ec2', 'security-group/*');
  // File systems and access points (EFS has no other kind of resource).
  const efsVolume = arn('elasticfilesystem', '*');
  const statement = (
    Sid: string,
    Action: string[],
    Resource: string | string[],
    Condition?: PolicyStatement['Condition'],
  ): PolicyStatement => ({
    Sid,
    Effect: 'Allow',
    Action: Action.length === 1 ? Action[0] : Action,
    Resource,
    ...(Condition ? { Condition } : {}),
  });
  return {
    Version: '2012-10-17',
    Statement: [
      // build-push-image; teardown deletes a preview's own images.
      statement('EcrLogin', ['ecr:GetAuthorizationToken'], '*'),
      statement(
        'EcrRepository',
        [
          'ecr:DescribeRepositories',
          'ecr:CreateRepository',
          'ecr:TagResource',
          'ecr:ListTagsForResource',
          'ecr:PutLifecyclePolicy',
          'ecr:GetLifecyclePolicy',
          'ecr:PutImageTagMutability',
          'ecr:PutImageScanningConfiguration',
          'ecr:DescribeImages',
          'ecr:BatchGetImage',
          'ecr:BatchCheckLayerAvailability',
          'ecr:GetDownloadUrlForLayer',
          'ecr:InitiateLayerUpload',
          'ecr:UploadLayerPart',
          'ecr:CompleteLayerUpload',
          'ecr:PutImage',
          'ecr:BatchDeleteImage',
        ],
        arn('ecr', `repository/${project}/airflow`),
      ),
      // Networks and security groups (provision-rds, run-airflow, teardown).
      statement(
        'ReadOnly',
        [
          'ec2:DescribeVpcs',
          'ec2:DescribeVpcAttribute',
          'ec2:DescribeSubnets',
          'ec2:DescribeSecurityGroups',
          'ec2:DescribeNetworkInterfaces',
          'elasticfilesystem:DescribeFileSystems',
          'elasticfilesystem:DescribeMountTargets',
          'elasticfilesystem:DescribeMountTargetSecurityGroups',
          'elasticfilesystem:DescribeAccessPoints',
          // teardown's inventory.
          'tag:GetResources',
        ],
        '*',
      ),
      statement('Ec2SecurityGroupInVpc', ['ec2:CreateSecurityGroup'], arn('ec2', 'vpc/*')),
      statement('Ec2CreateSecurityGroup', ['ec2:CreateSecurityGroup'], sg, { StringEquals: { [requestTag]: project } }),
      statement('Ec2TagOnCreate', ['ec2:CreateTags'], sg, {
        StringEquals: { 'ec2:CreateAction': 'CreateSecurityGroup' },
      }),
      statement(
        'Ec2ProjectSecurityGroups',
        [
          'ec2:AuthorizeSecurityGroupIngress',
          'ec2:RevokeSecurityGroupIngress',
          'ec2:RevokeSecurityGroupEgress',
          'ec2:DeleteSecurityGroup',
          // The DAG bundle volume's mount targets get the project's group.
          'ec2:CreateNetworkInterface',
          'ec2:ModifyNetworkInterfaceAttribute',
        ],
        sg,
        { StringEquals: { [projectTag]: project } },
      ),
      statement(
        'Ec2EfsNetworkInterfaces',
        ['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:ModifyNetworkInterfaceAttribute'],
        [arn('ec2', 'network-interface/*'), arn('ec2', 'subnet/*')],
      ),
      // The DAG bundle volume (register-task-defs, teardown): file system, mount targets, access point.
      statement(
        'EfsCreateTagged',
        ['elasticfilesystem:CreateFileSystem', 'elasticfilesystem:CreateAccessPoint', 'elasticfilesystem:TagResource'],
        efsVolume,
        // Encrypted only applies to CreateFileSystem (the other two do not carry the key).
        { StringEquals: { [requestTag]: project }, BoolIfExists: { 'elasticfilesystem:Encrypted': 'true' } },
      ),
      statement(
        'EfsProject',
        [
          'elasticfilesystem:CreateMountTarget',
          'elasticfilesystem:ModifyMountTargetSecurityGroups',
          'elasticfilesystem:DeleteMountTarget',
          'elasticfilesystem:TagResource',
          'elasticfilesystem:DeleteAccessPoint',
          'elasticfilesystem:DeleteFileSystem',
        ],
        efsVolume,
        { StringEquals: { [projectTag]: project } },
      ),
      // Secrets the actions generate, and the one RDS manages for the database.
      statement(
        'Secrets',
        [
          'secretsmanager:DescribeSecret',
          'secretsmanager:CreateSecret',
          'secretsmanager:TagResource',
          'secretsmanager:RestoreSecret',
          'secretsmanager:DeleteSecret',
        ],
        arn('secretsmanager', `secret:airflow-fargate/${stem}`),
      ),
      statement(
        'RdsManagedSecret',
        ['secretsmanager:DescribeSecret', 'secretsmanager:CreateSecret', 'secretsmanager:TagResource'],
        arn('secretsmanager', 'secret:rds!*'),
      ),
      statement(
        'KmsForManagedSecrets',
        ['kms:DescribeKey', 'kms:GenerateDataKey', 'kms:Decrypt', 'kms:CreateGrant'],
        '*',
        { StringEquals: { 'kms:ViaService': [`secretsmanager.${r}.amazonaws.com`, `rds.${r}.amazonaws.com`] } },
      ),
      // The database (rds mode) and its final snapshot on teardown.
      statement(
        'Rds',
        [
          'rds:DescribeDBInstances',
          'rds:CreateDBInstance',
          'rds:ModifyDBInstance',
          'rds:StartDBInstance',
          'rds:DeleteDBInstance',
          'rds:CreateDBSnapshot',
          'rds:DescribeDBSubnetGroups',
          'rds:CreateDBSubnetGroup',
          'rds:ModifyDBSubnetGroup',
          'rds:DeleteDBSubnetGroup',
          'rds:AddTagsToResource',
          'rds:ListTagsForResource',
        ],
        [arn('rds', `db:${stem}`), arn('rds', `subgrp:${stem}`), arn('rds', `snapshot:${stem}`)],
      ),
      statement(
        'RdsDefaultGroups',
        ['rds:CreateDBInstance', 'rds:ModifyDBInstance'],
        [arn('rds', 'pg:default.*'), arn('rds', 'og:default:*')],
      ),
      // ECS: cluster, task definitions, services.
      statement('EcsCreateTagged', ['ecs:CreateCluster', 'ecs:RegisterTaskDefinition'], '*', {
        StringEquals: { [requestTag]: project },
      }),
      statement(
        'EcsNoResourceLevel',
        [
          'ecs:DescribeTaskDefinition',
          'ecs:DeregisterTaskDefinition',
          'ecs:ListTaskDefinitions',
          'ecs:ListTaskDefinitionFamilies',
          'ecs:ListServices',
          'ecs:ListTasks',
        ],
        '*',
      ),
      statement(
        'EcsProject',
        [
          'ecs:DescribeClusters',
          'ecs:UpdateCluster',
          'ecs:DeleteCluster',
          'ecs:CreateService',
          'ecs:DescribeServices',
          'ecs:UpdateService',
          'ecs:DeleteService',
          'ecs:DescribeTasks',
          'ecs:StopTask',
          'ecs:DeleteTaskDefinitions',
          'ecs:TagResource',
          'ecs:ListTagsForResource',
        ],
        [
          arn('ecs', `cluster/${stem}`),
          arn('ecs', `service/${stem}/${stem}`),
          arn('ecs', `task/${stem}/*`),
          arn('ecs', `task-definition/${stem}:*`),
        ],
      ),
      // The environment's two roles (register-task-defs, teardown), handed to ECS tasks only.
      statement(
        'EcsRoles',
        [
          'iam:GetRole',
          'iam:CreateRole',
          'iam:TagRole',
          'iam:ListRoleTags',
          'iam:UpdateAssumeRolePolicy',
          'iam:GetRolePolicy',
          'iam:PutRolePolicy',
          'iam:ListRolePolicies',
          'iam:DeleteRolePolicy',
          'iam:DeleteRole',
        ],
        ecsRoles,
      ),
      statement('PassEcsRoles', ['iam:PassRole'], ecsRoles, {
        StringEquals: { 'iam:PassedToService': ECS_TASKS_PRINCIPAL },
      }),
      statement(
        'ServiceLinkedRoles',
        ['iam:CreateServiceLinkedRole'],
        [
          `arn:${p}:iam::${a}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
          `arn:${p}:iam::${a}:role/aws-service-role/rds.amazonaws.com/AWSServiceRoleForRDS`,
          // EFS makes it on the first mount target, as the caller.
          `arn:${p}:iam::${a}:role/aws-service-role/elasticfilesystem.amazonaws.com/AWSServiceRoleForAmazonElasticFileSystem`,
        ],
        {
          StringEquals: {
            'iam:AWSServiceName': ['ecs.amazonaws.com', 'rds.amazonaws.com', 'elasticfilesystem.amazonaws.com'],
          },
        },
      ),
      // Cloud Map (run-airflow, teardown).
      statement(
        'CloudMapNoResourceLevel',
        ['servicediscovery:ListNamespaces', 'servicediscovery:ListServices', 'servicediscovery:GetOperation'],
        '*',
      ),
      statement(
        'CloudMapCreateTagged',
        [
          'servicediscovery:CreatePrivateDnsNamespace',
          'servicediscovery:CreateService',
          'servicediscovery:TagResource',
        ],
        '*',
        { StringEquals: { [requestTag]: project } },
      ),
      statement(
        'CloudMapRead',
        [
          'servicediscovery:GetNamespace',
          'servicediscovery:GetService',
          'servicediscovery:ListInstances',
          'servicediscovery:ListTagsForResource',
        ],
        [arn('servicediscovery', 'namespace/*'), arn('servicediscovery', 'service/*')],
      ),
      statement(
        'CloudMapByTag',
        ['servicediscovery:DeregisterInstance', 'servicediscovery:DeleteService', 'servicediscovery:DeleteNamespace'],
        [arn('servicediscovery', 'namespace/*'), arn('servicediscovery', 'service/*')],
        { StringEquals: { [projectTag]: project } },
      ),
      statement(
        'Route53ForCloudMap',
        [
          'route53:CreateHostedZone',
          'route53:GetHostedZone',
          'route53:ListHostedZonesByName',
          'route53:ChangeResourceRecordSets',
          'route53:DeleteHostedZone',
        ],
        '*',
      ),
      // Logs: the environment's log group and task-log bucket (register-task-defs, teardown).
      statement('LogGroupsList', ['logs:DescribeLogGroups'], arn('logs', 'log-group:*')),
      statement(
        'LogGroups',
        [
          'logs:CreateLogGroup',
          'logs:PutRetentionPolicy',
          'logs:TagResource',
          'logs:ListTagsForResource',
          'logs:DeleteLogGroup',
        ],
        arn('logs', `log-group:/airflow-fargate/${stem}`),
      ),
      statement(
        'LogBuckets',
        [
          's3:CreateBucket',
          's3:ListBucket',
          's3:ListBucketVersions',
          's3:GetBucketTagging',
          's3:PutBucketTagging',
          's3:GetEncryptionConfiguration',
          's3:PutEncryptionConfiguration',
          's3:GetBucketPublicAccessBlock',
          's3:PutBucketPublicAccessBlock',
          's3:GetBucketPolicy',
          's3:PutBucketPolicy',
          's3:GetLifecycleConfiguration',
          's3:PutLifecycleConfiguration',
          's3:DeleteBucket',
        ],
        `arn:${p}:s3:::${stem}-logs-*`,
      ),
      statement('LogBucketObjects', ['s3:DeleteObject', 's3:DeleteObjectVersion'], `arn:${p}:s3:::${stem}-logs-*/*`),
      // The DAG bundle's upload (dag-bundle.ts) and its sync task, run on the environment's cluster.
      statement('DagBundleUpload', ['s3:PutObject'], `arn:${p}:s3:::${stem}-logs-*/${BUNDLE_PREFIX}*`),
      statement('DagBundleSync', ['ecs:RunTask'], arn('ecs', `task-definition/${stem}-${SYNC_COMPONENT}:*`), {
        ArnLike: { 'ecs:cluster': arn('ecs', `cluster/${stem}`) },
      }),
      // sts:GetCallerIdentity needs no permission.
    ],
  };
}

/** A policy's size as IAM counts it: the JSON without whitespace. */
export function policySize(policy: PolicyDocument): number {
  return JSON.stringify(policy).length;
}

export interface DeployRoleSpec {
  name: string;
  project: string;
  repository: string;
  trust: PolicyDocument;
  policy: PolicyDocument;
}

export interface EnsuredDeployRole {
  name: string;
  arn: string;
  status: EnsureStatus;
  /** What changed on an existing role: trust, policy, tags, session. */
  changes: string[];
}

async function getRole(iam: AwsClients['iam'], name: string): Promise<Role | undefined> {
  try {
    return (await iam.getRole({ RoleName: name })).Role;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`IAM role ${name}`, 'GetRole', err);
  }
}

async function getPolicy(iam: AwsClients['iam'], role: string): Promise<string | undefined> {
  try {
    return (await iam.getRolePolicy({ RoleName: role, PolicyName: DEPLOY_POLICY_NAME })).PolicyDocument;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`inline policy ${DEPLOY_POLICY_NAME} of IAM role ${role}`, 'GetRolePolicy', err);
  }
}

/** Creates the deploy role, or brings its trust policy, inline policy, tags and session length to the spec. */
export async function ensureDeployRole(iam: AwsClients['iam'], spec: DeployRoleSpec): Promise<EnsuredDeployRole> {
  const resource = `IAM role ${spec.name}`;
  const tags = [
    { Key: TAG_PROJECT, Value: spec.project },
    { Key: 'airflow-fargate:repository', Value: spec.repository },
  ];
  const description = `Deploys airflow-fargate project ${spec.project} from GitHub repository ${spec.repository}`;
  const changes: string[] = [];
  let role = await getRole(iam, spec.name);
  const created = !role;
  if (!role) {
    role = (
      await aws('CreateRole', resource, () =>
        iam.createRole({
          RoleName: spec.name,
          Description: description,
          AssumeRolePolicyDocument: JSON.stringify(spec.trust),
          MaxSessionDuration: DEPLOY_SESSION_SECONDS,
          Tags: tags,
        }),
      )
    ).Role as Role;
  } else {
    if (!sameDocument(role.AssumeRolePolicyDocument, spec.trust)) {
      await aws('UpdateAssumeRolePolicy', resource, () =>
        iam.updateAssumeRolePolicy({ RoleName: spec.name, PolicyDocument: JSON.stringify(spec.trust) }),
      );
      changes.push('trust policy');
    }
    if (role.MaxSessionDuration !== DEPLOY_SESSION_SECONDS || role.Description !== description) {
      await aws('UpdateRole', resource, () =>
        iam.updateRole({
          RoleName: spec.name,
          Description: description,
          MaxSessionDuration: DEPLOY_SESSION_SECONDS,
        }),
      );
      changes.push('description and session length');
    }
    const have = new Map((role.Tags ?? []).map((t) => [t.Key, t.Value]));
    const missing = tags.filter((t) => have.get(t.Key) !== t.Value);
    if (missing.length) {
      await aws('TagRole', resource, () => iam.tagRole({ RoleName: spec.name, Tags: missing }));
      changes.push('tags');
    }
  }
  if (created || !sameDocument(await getPolicy(iam, spec.name), spec.policy)) {
    await aws('PutRolePolicy', resource, () =>
      iam.putRolePolicy({
        RoleName: spec.name,
        PolicyName: DEPLOY_POLICY_NAME,
        PolicyDocument: JSON.stringify(spec.policy),
      }),
    );
    if (!created) changes.push('permissions policy');
  }
  return {
    name: spec.name,
    arn: role.Arn as string,
    status: created ? 'created' : changes.length ? 'updated' : 'unchanged',
    changes,
  };
}

/** Deletes the deploy role and its inline policies; false when it was not there. The provider stays (shared). */
export async function destroyDeployRole(iam: AwsClients['iam'], name: string): Promise<boolean> {
  const resource = `IAM role ${name}`;
  if (!(await getRole(iam, name))) return false;
  const policies = await aws('ListRolePolicies', resource, () => iam.listRolePolicies({ RoleName: name }));
  for (const policy of policies.PolicyNames ?? []) {
    await aws('DeleteRolePolicy', resource, () => iam.deleteRolePolicy({ RoleName: name, PolicyName: policy }));
  }
  await aws('DeleteRole', resource, () => iam.deleteRole({ RoleName: name }));
  return true;
}

export interface BootstrapInput {
  project: string;
  region: string;
  scope: TrustScope;
}

export interface BootstrapResult {
  provider: { arn: string; status: EnsureStatus };
  role: EnsuredDeployRole;
  policySize: number;
}

/** The GitHub identity provider and the project's deploy role, trusted by the repository only. */
export async function bootstrap(
  clients: Pick<AwsClients, 'iam' | 'sts'>,
  input: BootstrapInput,
): Promise<BootstrapResult> {
  // Checked before any AWS call: account ids are always 12 digits, so a placeholder gives the size.
  const policy = deployRolePolicy(
    { partition: partitionOf(input.region), region: input.region, account: '000000000000' },
    input.project,
  );
  if (policySize(policy) > INLINE_POLICY_LIMIT) {
    throw new Error(`the deploy policy is ${policySize(policy)} characters, over IAM's ${INLINE_POLICY_LIMIT}`);
  }
  const ctx = await arnContext(clients.sts, input.region);
  const provider = await ensureGithubProvider(clients.iam, ctx, input.project);
  const wanted = deployRolePolicy(ctx, input.project);
  const role = await ensureDeployRole(clients.iam, {
    name: deployRoleName(input.project),
    project: input.project,
    repository: input.scope.repository,
    trust: githubTrustPolicy(provider.arn, input.scope),
    policy: wanted,
  });
  return { provider, role, policySize: policySize(wanted) };
}
