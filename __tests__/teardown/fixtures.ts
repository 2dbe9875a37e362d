import { CreateVpcCommand, DescribeSubnetsCommand, DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { DescribeRepositoriesCommand } from '@aws-sdk/client-ecr';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ListTaskDefinitionsCommand,
  RunTaskCommand,
} from '@aws-sdk/client-ecs';
import {
  CreatePrivateDnsNamespaceCommand,
  CreateServiceCommand as CreateCloudMapServiceCommand,
  GetOperationCommand,
  ServiceDiscoveryClient,
} from '@aws-sdk/client-servicediscovery';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AwsClients } from '../../actions/lib/aws-clients';
import { ConfigFile } from '../../actions/lib/config';
import { ecsTags, Environment, tagList } from '../../actions/lib/environment';
import { describeEnvironment, Inventory, withInventoryClients } from '../../actions/lib/inventory';
import { describeSecurityGroups } from '../../actions/lib/network';
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

/** provision-rds and register-task-defs, each bundle run like the runner runs it. */
export async function provisionWithBundles(environment: string, config: string, images: string[]): Promise<void> {
  succeeded(await runBundle('provision-rds', { environment, config }));
  for (const image of images) succeeded(await runBundle('register-task-defs', { environment, config, image }));
}

let nextCidr = Math.floor(Math.random() * 200);

/**
 * What run-airflow makes, made here with the SDK and tagged like the real thing: the cluster, a
 * private DNS namespace with the api-server and database services, one ECS service per component,
 * and a worker task the executor would have started. The namespace gets a VPC of its own: the
 * emulator allows one private DNS namespace per VPC.
 */
export async function runLikeRunAirflow(aws: AwsClients, env: Environment): Promise<void> {
  const { servicediscovery } = withInventoryClients(aws);
  const cluster = await aws.ecs.send(new CreateClusterCommand({ clusterName: env.names.cluster, tags: ecsTags(env) }));
  const vpc = await aws.ec2.send(new CreateVpcCommand({ CidrBlock: `10.${nextCidr++ % 250}.0.0/16` }));
  await createNamespace(servicediscovery, env, vpc.Vpc?.VpcId as string);

  const defaultVpc = await aws.ec2.send(
    new DescribeVpcsCommand({ Filters: [{ Name: 'isDefault', Values: ['true'] }] }),
  );
  const subnets = await aws.ec2.send(
    new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [defaultVpc.Vpcs?.[0]?.VpcId as string] }] }),
  );
  const groups = await describeSecurityGroups(aws.ec2, env);
  const network = {
    awsvpcConfiguration: {
      subnets: [subnets.Subnets?.[0]?.SubnetId as string],
      securityGroups: groups.map((g) => g.GroupId as string),
    },
  };
  const components = ['api-server', 'scheduler', ...(env.database === 'container' ? ['database'] : [])];
  for (const component of components) {
    await aws.ecs.send(
      new CreateServiceCommand({
        cluster: cluster.cluster?.clusterArn,
        serviceName: env.names.service(component),
        taskDefinition: await latest(aws, env.names.taskFamily(component)),
        desiredCount: 1,
        launchType: 'FARGATE',
        networkConfiguration: network,
        tags: ecsTags(env),
      }),
    );
  }
  await aws.ecs.send(
    new RunTaskCommand({
      cluster: cluster.cluster?.clusterArn,
      taskDefinition: await latest(aws, env.names.taskFamily('worker')),
      launchType: 'FARGATE',
      networkConfiguration: network,
    }),
  );
}

async function latest(aws: AwsClients, family: string): Promise<string> {
  const found = await aws.ecs.send(
    new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC' }),
  );
  const arn = found.taskDefinitionArns?.find((a) => a.split('/').pop()?.replace(/:\d+$/, '') === family);
  if (!arn) throw new Error(`no task definition ${family}`);
  return arn;
}

async function createNamespace(sd: ServiceDiscoveryClient, env: Environment, vpcId: string): Promise<void> {
  const op = await sd.send(
    new CreatePrivateDnsNamespaceCommand({ Name: env.names.serviceDiscoveryNamespace, Vpc: vpcId, Tags: tagList(env) }),
  );
  const done = await sd.send(new GetOperationCommand({ OperationId: op.OperationId }));
  const namespaceId = done.Operation?.Targets?.NAMESPACE as string;
  for (const name of ['api-server', ...(env.database === 'container' ? ['database'] : [])]) {
    await sd.send(
      new CreateCloudMapServiceCommand({
        Name: name,
        NamespaceId: namespaceId,
        DnsConfig: { RoutingPolicy: 'MULTIVALUE', DnsRecords: [{ Type: 'A', TTL: 10 }] },
        Tags: tagList(env),
      }),
    );
  }
}

/** The environment's inventory, for comparing before and after. */
export async function inventoryOf(aws: AwsClients, env: Environment): Promise<Inventory> {
  return describeEnvironment(aws, env);
}
