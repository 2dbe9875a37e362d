import { DescribeSubnetsCommand, ModifyVpcAttributeCommand } from '@aws-sdk/client-ec2';
import { DescribeRepositoriesCommand } from '@aws-sdk/client-ecr';
import { ListTaskDefinitionsCommand, RunTaskCommand } from '@aws-sdk/client-ecs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AwsClients } from '../../actions/lib/aws-clients';
import { ConfigFile } from '../../actions/lib/config';
import { Environment } from '../../actions/lib/environment';
import { describeEnvironment, Inventory } from '../../actions/lib/inventory';
import { describeSecurityGroups } from '../../actions/lib/network';
import { ownVpc } from '../run-airflow/fixtures';
import { BundleRun, runBundle } from '../support/run-bundle';

export function configFile(config: ConfigFile): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'teardown-config-')), 'airflow-fargate.yml');
  writeFileSync(file, JSON.stringify(config)); // JSON is YAML
  return file;
}

/** Exit code 0; on failure the assertion shows the step's log. */
export function succeeded(run: BundleRun): void {
  expect(run.exitCode === 0 ? 'exit 0' : run.stdout + run.stderr).toBe('exit 0');
}

export async function repositoryUri(aws: AwsClients, env: Environment): Promise<string> {
  const found = await aws.ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [env.names.ecrRepository] }));
  return found.repositories?.[0]?.repositoryUri as string;
}

/** provision-rds, register-task-defs (once per image) and run-airflow, each bundle run like the runner runs it. */
export async function deployWithBundles(environment: string, config: string, images: string[]): Promise<void> {
  succeeded(await runBundle('provision-rds', { environment, config }));
  for (const image of images) succeeded(await runBundle('register-task-defs', { environment, config, image }));
  succeeded(await runBundle('run-airflow', { environment, config }));
}

/**
 * A VPC of its own (the emulator allows one private DNS namespace per VPC), with DNS host names
 * on, as Cloud Map needs (and the emulator needs to give the tasks' ENIs their DNS names).
 */
export async function vpcWithDns(aws: AwsClients): Promise<string> {
  const vpcId = await ownVpc(aws);
  await aws.ec2.send(new ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsHostnames: { Value: true } }));
  return vpcId;
}

/**
 * The executor's worker: a task run outside any service, as the ECS executor runs one per Airflow
 * task (run-airflow starts the services; the emulator never starts their tasks).
 */
export async function startWorker(aws: AwsClients, env: Environment): Promise<void> {
  const groups = await describeSecurityGroups(aws.ec2, env);
  const vpcId = groups[0]?.VpcId as string;
  const subnets = await aws.ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }));
  const family = env.names.taskFamily('worker');
  const found = await aws.ecs.send(
    new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC' }),
  );
  const taskDefinition = found.taskDefinitionArns?.find((a) => a.split('/').pop()?.replace(/:\d+$/, '') === family);
  await aws.ecs.send(
    new RunTaskCommand({
      cluster: env.names.cluster,
      taskDefinition,
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: [subnets.Subnets?.[0]?.SubnetId as string],
          securityGroups: groups
            .filter((g) => g.GroupName === env.names.taskSecurityGroup)
            .map((g) => g.GroupId as string),
        },
      },
    }),
  );
}

/** The environment's inventory, for comparing before and after. */
export async function inventoryOf(aws: AwsClients, env: Environment): Promise<Inventory> {
  return describeEnvironment(aws, env);
}
