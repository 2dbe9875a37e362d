import { CreateSubnetCommand, CreateVpcCommand, ModifyVpcAttributeCommand } from '@aws-sdk/client-ec2';
import { CreateServiceCommandInput } from '@aws-sdk/client-ecs';
import { randomInt } from 'node:crypto';
import { AwsClients } from '../../actions/lib/aws-clients';
import { ConfigFile } from '../../actions/lib/config';
import { Environment, resolveEnvironment } from '../../actions/lib/environment';
import { ensureTaskSecurityGroup, resolveNetwork } from '../../actions/lib/network';
import { ensureSyncTaskDefinition, SYNC_COMPONENT } from '../../actions/lib/bundle-sync';
import { arnContext } from '../../actions/lib/iam-roles';
import { logsBucketName } from '../../actions/lib/logs-bucket';
import {
  BundleVolume,
  CONTAINER_NAME,
  describeLatest,
  ensureTaskDefinitions,
  findProvisioned,
  TaskDefinitionInput,
} from '../../actions/lib/task-definitions';
import { provision, uniqueProject } from '../register-task-defs/fixtures';
import { bucketWithPolicy } from '../lib/bundle-fixtures';

/**
 * A VPC of its own with two subnets and DNS host names on. The emulator allows one private DNS
 * namespace per VPC (AWS allows many, with distinct names), so tests that run run-airflow never
 * share the default VPC; and its RunTask (the DAG bundle's sync task) fails with a 500 in a VPC
 * without DNS host names (Cloud Map's private DNS needs them on AWS too).
 */
export async function ownVpc(aws: AwsClients): Promise<string> {
  const second = randomInt(0, 256);
  const vpc = await aws.ec2.send(new CreateVpcCommand({ CidrBlock: `10.${second}.0.0/16` }));
  const vpcId = vpc.Vpc?.VpcId as string;
  for (const [i, az] of ['a', 'b'].entries()) {
    await aws.ec2.send(
      new CreateSubnetCommand({
        VpcId: vpcId,
        CidrBlock: `10.${second}.${i}.0/24`,
        AvailabilityZone: `us-east-1${az}`,
      }),
    );
  }
  await aws.ec2.send(new ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsHostnames: { Value: true } }));
  return vpcId;
}

/** A project and VPC of its own, as config. */
export async function ownConfig(aws: AwsClients, extra: ConfigFile = {}): Promise<ConfigFile> {
  return { project: uniqueProject(), vpcId: await ownVpc(aws), ...extra };
}

/** A made-up EFS volume: the emulator does not check the file system a task definition names. */
export const testVolume: BundleVolume = {
  fileSystemId: 'fs-0123456789abcdef0',
  accessPointId: 'fsap-0123456789abcdef0',
};

/**
 * The DAG bundle's sync task as register-task-defs registers it, made from the worker's definition
 * (same image, roles and log group) when the environment has none yet.
 */
export async function ensureSyncTask(aws: AwsClients, env: Environment): Promise<void> {
  if (await describeLatest(aws.ecs, env.names.taskFamily(SYNC_COMPONENT))) return;
  const worker = await describeLatest(aws.ecs, env.names.taskFamily('worker'));
  const container = worker?.containerDefinitions?.find((c) => c.name === CONTAINER_NAME);
  if (!worker || !container?.image)
    throw new Error(`no worker task definition for ${env.name}: run register-task-defs`);
  const input = {
    env,
    image: container.image,
    executionRoleArn: worker.executionRoleArn as string,
    taskRoleArn: worker.taskRoleArn as string,
    logGroup: container.logConfiguration?.options?.['awslogs-group'] ?? env.names.logGroup,
    bucket: logsBucketName(env, await arnContext(aws.sts, env.region)),
    bundleVolume: testVolume,
  } as TaskDefinitionInput & { bundleVolume: BundleVolume };
  await ensureSyncTaskDefinition(aws.ecs, input);
}

/** What provision-rds and register-task-defs leave behind, made with their library functions. */
export async function provisioned(
  aws: AwsClients,
  name: string,
  config: ConfigFile,
  image = 'registry.example.com/airflow:1',
): Promise<{ env: Environment; input: TaskDefinitionInput }> {
  const env = resolveEnvironment(name, config, { region: 'us-east-1' });
  await provision(aws, env);
  const network = await resolveNetwork(aws.ec2, env);
  const group = await ensureTaskSecurityGroup(aws.ec2, env, network.vpcId);
  const input: TaskDefinitionInput = {
    env,
    image,
    executionRoleArn: `arn:aws:iam::123456789012:role/${env.names.executionRole}`,
    taskRoleArn: `arn:aws:iam::123456789012:role/${env.names.taskRole}`,
    logGroup: env.names.logGroup,
    bucket: `${env.names.stem}-logs`,
    logPrefix: 'task-logs',
    subnetIds: network.subnetIds,
    securityGroupIds: [group.groupId],
    database: await findProvisioned(aws, env),
    bundleVolume: testVolume,
  };
  await bucketWithPolicy(aws.s3, input.bucket);
  await ensureTaskDefinitions(aws.ecs, input);
  await ensureSyncTaskDefinition(aws.ecs, { ...input, bundleVolume: testVolume });
  return { env, input };
}

/** Records what the code sends to CreateService (the emulator does not describe the deployment configuration back). */
export function captureCreateService(ecs: AwsClients['ecs']): CreateServiceCommandInput[] {
  const sent: CreateServiceCommandInput[] = [];
  const createService = ecs.createService.bind(ecs);
  ecs.createService = ((input: CreateServiceCommandInput) => {
    sent.push(input);
    return createService(input);
  }) as typeof createService;
  return sent;
}
