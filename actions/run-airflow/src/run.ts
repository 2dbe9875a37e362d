import { CommonInputs, getCommonInputs, getMinutesInput, prepare } from '../../lib/action';
import { AwsClients } from '../../lib/aws-clients';
import { ensureCluster } from '../../lib/cluster';
import { DATABASE_COMPONENT, DATABASE_DISCOVERY_NAME } from '../../lib/database';
import { Environment } from '../../lib/environment';
import { describeSecurityGroups, resolveNetwork } from '../../lib/network';
import { ensureDiscoveryServices, ensureNamespace } from '../../lib/service-discovery';
import {
  apiServerAddress,
  apiServerUrl,
  EnsuredService,
  ensureService,
  serviceComponents,
  waitForServicesStable,
} from '../../lib/services';
import * as step from '../../lib/step';
import { apiServerHost, assignPublicIp, describeLatest } from '../../lib/task-definitions';
import { formatDuration, Sleep } from '../../lib/wait';

export const DEFAULT_WAIT_MINUTES = 30;
const API_DISCOVERY_NAME = 'api-server';

export interface Inputs extends CommonInputs {
  waitTimeoutMinutes: number;
}

export function getInputs(): Inputs {
  const common = getCommonInputs();
  const waitTimeoutMinutes = getMinutesInput('wait-timeout-minutes', DEFAULT_WAIT_MINUTES, 180);
  return { ...common, waitTimeoutMinutes };
}

/** One line of the log and the job summary. */
interface Row {
  kind: string;
  name: string;
  result: string;
  ms: number;
}

async function timed<T>(call: () => Promise<T>): Promise<[T, number]> {
  const start = Date.now();
  const value = await call();
  return [value, Date.now() - start];
}

/** The latest ACTIVE revision of every family the services run; all missing ones named at once. */
async function latestTaskDefinitions(clients: AwsClients, env: Environment): Promise<Record<string, string>> {
  const components = serviceComponents(env);
  const found = await Promise.all(components.map((c) => describeLatest(clients.ecs, env.names.taskFamily(c))));
  const missing = components.filter((_, i) => !found[i]);
  if (missing.length) {
    const byProvision = missing.includes(DATABASE_COMPONENT);
    const rest = missing.filter((c) => c !== DATABASE_COMPONENT);
    throw new Error(
      [
        byProvision
          ? `task definition ${env.names.taskFamily(DATABASE_COMPONENT)} has no ACTIVE revision: run provision-rds first`
          : '',
        rest.length
          ? `task definition${rest.length > 1 ? 's' : ''} ${rest.map((c) => env.names.taskFamily(c)).join(', ')} ${rest.length > 1 ? 'have' : 'has'} no ACTIVE revision: run register-task-defs first`
          : '',
      ]
        .filter(Boolean)
        .join('; ') + ` (environment ${env.name})`,
    );
  }
  return Object.fromEntries(components.map((c, i) => [c, found[i]?.taskDefinitionArn as string]));
}

/** The subnets and the security groups provision-rds and register-task-defs made. */
async function findNetwork(clients: AwsClients, env: Environment) {
  const [network, groups] = await Promise.all([
    resolveNetwork(clients.ec2, env),
    describeSecurityGroups(clients.ec2, env),
  ]);
  const groupId = (name: string, step: string) => {
    const id = groups.find((g) => g.GroupName === name && g.VpcId === network.vpcId)?.GroupId;
    if (!id) {
      throw new Error(
        `security group ${name} does not exist in ${network.vpcId}: run ${step} first (environment ${env.name})`,
      );
    }
    return id;
  };
  return {
    ...network,
    taskGroupId: groupId(env.names.taskSecurityGroup, 'register-task-defs'),
    databaseGroupId: env.database === 'container' ? groupId(env.names.dbSecurityGroup, 'provision-rds') : undefined,
  };
}

export interface RunOptions {
  /** Tests replace the pauses between polls. */
  sleep?: Sleep;
  pollIntervalMs?: number;
}

export interface RunResult {
  url: string;
  internalUrl: string;
  cluster: string;
  services: Record<string, string>;
  rows: Row[];
}

/** Everything run-airflow does once the inputs are known: exported so tests can inject clients. */
export async function deploy(
  clients: AwsClients,
  env: Environment,
  waitMinutes: number,
  options: RunOptions = {},
): Promise<RunResult> {
  const deadline = Date.now() + waitMinutes * 60_000;
  const log = (line: string) => step.info(line);
  const sd = clients.servicediscovery;
  const rows: Row[] = [];
  const row = (kind: string, name: string, result: string, ms: number) => {
    rows.push({ kind, name, result, ms });
    step.info(`${kind} ${name}: ${result} (${formatDuration(ms)})`);
  };
  // What earlier steps made, looked up before anything is changed, so a missing step fails
  // the action without leaving half an environment.
  const [network, definitions] = await Promise.all([findNetwork(clients, env), latestTaskDefinitions(clients, env)]);
  const [[cluster, clusterMs], discovery] = await Promise.all([
    timed(() => ensureCluster(clients.ecs, env)),
    (async () => {
      const [namespace, nsMs] = await timed(() =>
        ensureNamespace(sd, env, network.vpcId, { log, sleep: options.sleep, intervalMs: options.pollIntervalMs }),
      );
      const names = env.database === 'container' ? [API_DISCOVERY_NAME, DATABASE_DISCOVERY_NAME] : [API_DISCOVERY_NAME];
      const [services, svcMs] = await timed(() => ensureDiscoveryServices(sd, env, namespace.id, names));
      return { namespace, nsMs, services, svcMs };
    })(),
  ]);
  row('ECS cluster', cluster.name, describeStatus(cluster.status, cluster.changes), clusterMs);
  row('Cloud Map namespace', discovery.namespace.name, discovery.namespace.status, discovery.nsMs);
  for (const s of Object.values(discovery.services)) {
    row('Cloud Map service', `${s.name}.${discovery.namespace.name}`, s.status, discovery.svcMs);
  }

  const spec = (component: string) => ({
    component,
    taskDefinitionArn: definitions[component],
    subnets: network.subnetIds,
    securityGroups: [component === DATABASE_COMPONENT ? (network.databaseGroupId as string) : network.taskGroupId],
    assignPublicIp: assignPublicIp(env),
    registryArn:
      component === API_DISCOVERY_NAME
        ? discovery.services[API_DISCOVERY_NAME].arn
        : component === DATABASE_COMPONENT
          ? discovery.services[DATABASE_DISCOVERY_NAME].arn
          : undefined,
  });
  const ensured: EnsuredService[] = [];
  const start = async (components: string[]) => {
    const results = await Promise.all(components.map((c) => timed(() => ensureService(clients.ecs, env, spec(c)))));
    for (const [service] of results) {
      step.info(`ECS service ${service.name}: ${describeStatus(service.status, service.changes)}`);
      ensured.push(service);
    }
    const stableAfter = await waitForServicesStable(
      clients.ecs,
      env,
      results.map(([s]) => s),
      {
        timeoutMs: Math.max(1_000, deadline - Date.now()),
        log,
        limitSource: 'input "wait-timeout-minutes"',
        sleep: options.sleep,
        intervalMs: options.pollIntervalMs,
      },
    );
    for (const [service, ms] of results) {
      const stable = stableAfter[service.component];
      row(
        `ECS service (${service.component})`,
        `${service.name} → ${revisionOf(service.taskDefinitionArn)}`,
        `${describeStatus(service.status, service.changes)}, stable${stable === undefined ? '' : ` after ${formatDuration(stable)}`}`,
        ms,
      );
    }
  };
  // The database first: the Airflow components' migrations connect to it as they start.
  const components = serviceComponents(env);
  if (components[0] === DATABASE_COMPONENT) await start([DATABASE_COMPONENT]);
  await start(components.filter((c) => c !== DATABASE_COMPONENT));

  const internalUrl = apiServerUrl(apiServerHost(env));
  const [address, addressMs] = await timed(() => apiServerAddress(clients.ecs, clients.ec2, env));
  let url = '';
  if (address.publicIp) {
    url = apiServerUrl(address.publicIp);
    row('api-server address', url, `public IP of task ${address.taskArn?.split('/').pop()}`, addressMs);
  } else {
    const why = !address.taskArn
      ? 'the api-server service has no running task to take an address from'
      : `the api-server task has no public IP${address.privateIp ? ` (private ${address.privateIp})` : ''}: its subnets are private`;
    step.warning(
      `run-airflow: no public URL: ${why}. Inside the VPC the UI is at ${internalUrl}; output "url" is empty.`,
    );
    row('api-server address', internalUrl, `no public address: ${why}`, addressMs);
  }
  return {
    url,
    internalUrl,
    cluster: cluster.name,
    services: Object.fromEntries(ensured.map((s) => [s.component, s.arn])),
    rows,
  };
}

function describeStatus(status: string, changes: string[]): string {
  return changes.length ? `${status} (${changes.join(', ')})` : status;
}

const revisionOf = (arn: string) => arn.split('/').pop() ?? arn;

export async function run(): Promise<void> {
  const inputs = getInputs();
  const { env, aws } = prepare(inputs);
  step.info(`Environment ${env.name} (${env.kind}, ${env.database} database) in ${env.region}`);
  const started = Date.now();
  const result = await deploy(aws, env, inputs.waitTimeoutMinutes);

  const core = await step.actionsCore();
  core.setOutput('url', result.url);
  core.setOutput('internal-url', result.internalUrl);
  core.setOutput('cluster', result.cluster);
  core.setOutput('services', JSON.stringify(result.services));

  await core.summary
    .addHeading(`run-airflow: ${env.name}`, 2)
    .addRaw(
      result.url
        ? `Airflow UI: ${result.url} (the api-server task's public IP; it changes when the task is replaced)`
        : `No public URL: the api-server has no public IP. Inside the VPC: \`${result.internalUrl}\``,
      true,
    )
    .addTable([
      [
        { data: 'Resource', header: true },
        { data: 'Name', header: true },
        { data: 'Result', header: true },
        { data: 'Time', header: true },
      ],
      ...result.rows.map((r) => [r.kind, r.name, r.result, formatDuration(r.ms)]),
    ])
    .addRaw(`Total: ${formatDuration(Date.now() - started)}`, true)
    .write();
}
