import { CommonInputs, getCommonInputs, prepare } from '../../lib/action';
import { ensureSyncTaskDefinition } from '../../lib/bundle-sync';
import { COMPONENTS } from '../../lib/config';
import { ensureBundleVolume } from '../../lib/efs';
import { arnContext, ensureRoles } from '../../lib/iam-roles';
import { parseImageReference } from '../../lib/image-build';
import { ensureLogGroup } from '../../lib/log-group';
import { ensureLogsBucket, logsBucketName, TASK_LOG_PREFIX } from '../../lib/logs-bucket';
import { ensureTaskSecurityGroup, resolveNetwork } from '../../lib/network';
import * as step from '../../lib/step';
import {
  defaultImage,
  ecrRepositoryArnOf,
  ensureTaskDefinitions,
  findOAuthSecretArn,
  findProvisioned,
  projectRepositoryArn,
  TaskDefinitionInput,
} from '../../lib/task-definitions';

export interface Inputs extends CommonInputs {
  /** Undefined: the environment's current image, else the newest in its ECR repository. */
  image?: string;
}

export function getInputs(): Inputs {
  const common = getCommonInputs();
  const image = step.getInput('image').trim();
  if (image) parseImageReference(image, 'image');
  return { ...common, image: image || undefined };
}

export async function run(): Promise<void> {
  const inputs = getInputs();
  const { env, aws } = prepare(inputs);
  step.info(`Environment ${env.name} (${env.kind}, id ${env.id}) in ${env.region}`);

  // Everything the roles and definitions are built from, looked up at once.
  const [ctx, network, database, oauthSecretArn, image] = await Promise.all([
    arnContext(aws.sts, env.region),
    resolveNetwork(aws.ec2, env).then(async (net) => ({
      ...net,
      group: await ensureTaskSecurityGroup(aws.ec2, env, net.vpcId),
    })),
    findProvisioned(aws, env),
    findOAuthSecretArn(aws.secrets, env),
    inputs.image ? Promise.resolve(inputs.image) : defaultImage(aws, env),
  ]);
  step.info(`Image: ${image}${inputs.image ? '' : ' (default)'}`);

  const bucketName = logsBucketName(env, ctx);
  const adopted = ecrRepositoryArnOf(image, ctx.partition);
  const [roles, logGroup, bucket, volume] = await Promise.all([
    ensureRoles(aws.iam, env, ctx, {
      ecrRepositoryArns: [projectRepositoryArn(env, ctx), ...(adopted ? [adopted] : [])],
      extraSecretArns: [
        ...(database.mode === 'rds' ? [database.secretArn] : []),
        ...(oauthSecretArn ? [oauthSecretArn] : []),
      ],
      bucket: bucketName,
      logPrefix: TASK_LOG_PREFIX,
    }),
    ensureLogGroup(aws.logs, env),
    ensureLogsBucket(aws.s3, env, ctx),
    // The DAG bundle's volume: NFS from the tasks' group, so after it.
    ensureBundleVolume(
      aws,
      env,
      { vpcId: network.vpcId, subnetIds: network.subnetIds, taskSecurityGroupId: network.group.groupId },
      { log: (line) => step.info(line) },
    ),
  ]);

  const bundleVolume = { fileSystemId: volume.fileSystemId, accessPointId: volume.accessPointId };
  const input: TaskDefinitionInput = {
    env,
    image,
    executionRoleArn: roles.execution.arn,
    taskRoleArn: roles.task.arn,
    logGroup: logGroup.name,
    bucket: bucket.name,
    logPrefix: TASK_LOG_PREFIX,
    subnetIds: network.subnetIds,
    securityGroupIds: [network.group.groupId],
    database,
    oauthSecretArn,
    bundleVolume,
  };
  const [definitions, sync] = await Promise.all([
    ensureTaskDefinitions(aws.ecs, input),
    ensureSyncTaskDefinition(aws.ecs, { ...input, bundleVolume }),
  ]);

  const rows: [string, string, string][] = [
    [
      'Security group (tasks)',
      network.group.groupId,
      network.group.created ? 'created' : network.group.changed ? 'updated' : 'unchanged',
    ],
    ['IAM execution role', roles.execution.name, roles.execution.status],
    ['IAM task role', roles.task.name, roles.task.status],
    ['Log group', logGroup.name, logGroup.status],
    ['Security group (DAG bundle volume)', volume.securityGroupId, volume.parts.securityGroup],
    ['EFS file system (DAG bundle)', volume.fileSystemId, volume.parts.fileSystem],
    [
      'EFS mount targets',
      volume.mountTargets.map((m) => `${m.id} (${m.availabilityZone})`).join(', '),
      volume.parts.mountTargets,
    ],
    ['EFS access point (uid 50000)', volume.accessPointId, volume.parts.accessPoint],
    [
      'S3 task-log bucket',
      bucket.name,
      bucket.changes.length ? `${bucket.status} (${bucket.changes.join(', ')})` : bucket.status,
    ],
    ...COMPONENTS.map((c): [string, string, string] => [
      `Task definition (${c})`,
      `${definitions[c].family}:${definitions[c].revision}`,
      definitions[c].status,
    ]),
    ['Task definition (DAG bundle sync)', `${sync.family}:${sync.revision}`, sync.status],
  ];
  for (const [kind, name, status] of rows) step.info(`${kind} ${name}: ${status}`);

  const arns = Object.fromEntries(COMPONENTS.map((c) => [c, definitions[c].arn]));
  const core = await step.actionsCore();
  core.setOutput('task-definition-arns', JSON.stringify(arns));
  for (const c of COMPONENTS) core.setOutput(`${c}-task-definition-arn`, definitions[c].arn);
  core.setOutput('image', image);
  core.setOutput('execution-role-arn', roles.execution.arn);
  core.setOutput('task-role-arn', roles.task.arn);
  core.setOutput('log-group', logGroup.name);
  core.setOutput('logs-bucket', bucket.name);
  core.setOutput('file-system-id', volume.fileSystemId);
  core.setOutput('access-point-id', volume.accessPointId);
  core.setOutput('bundle-sync-task-definition-arn', sync.arn);

  const summary = core.summary
    .addHeading(`register-task-defs: ${env.name}`, 2)
    .addRaw(`Image: \`${image}\``, true)
    .addTable([
      [
        { data: 'Resource', header: true },
        { data: 'Name', header: true },
        { data: 'Result', header: true },
      ],
      ...rows,
    ])
    .addRaw(`Task logs: \`s3://${bucket.name}/${TASK_LOG_PREFIX}\``, true);
  if (env.oauth) {
    summary.addRaw(
      `Google sign-in is on (client from secret \`${env.oauth.secretName}\`). Register this redirect URI with the Google OAuth client: \`https://<your Airflow host>/auth/oauth-authorized/google\``,
      true,
    );
  }
  await summary.write();
}
