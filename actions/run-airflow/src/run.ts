import { CommonInputs, getCommonInputs, getMinutesInput, prepare, workspaceRoot } from '../../lib/action';
import { AwsClients } from '../../lib/aws-clients';
import { SYNC_COMPONENT, syncBundle } from '../../lib/bundle-sync';
import { ensureCluster } from '../../lib/cluster';
import { BUNDLE_PREFIX, describeUpload, uploadBundle } from '../../lib/dag-bundle';
import {
  componentsLoaded,
  deployDagsOnly,
  DagsDeployResult,
  findSyncTarget,
  recordLoaded,
  restartServices,
  SyncTarget,
} from '../../lib/dags-deploy';
import { DATABASE_COMPONENT, DATABASE_DISCOVERY_NAME } from '../../lib/database';
import { Environment } from '../../lib/environment';
import { ConfigError } from '../../lib/errors';
import { describeSecurityGroups, resolveNetwork } from '../../lib/network';
import { ensureDiscoveryServices, ensureNamespace } from '../../lib/service-discovery';
import {
  apiServerAddress,
  apiServerUrl,
  describeServices,
  EnsuredService,
  ensureService,
  serviceComponents,
  waitForServicesStable,
} from '../../lib/services';
import * as step from '../../lib/step';
import { apiServerHost, assignPublicIp, CONTAINER_NAME, describeLatest } from '../../lib/task-definitions';
import { formatDuration, Sleep } from '../../lib/wait';

export const DEFAULT_WAIT_MINUTES = 30;
const API_DISCOVERY_NAME = 'api-server';

export interface Inputs extends CommonInputs {
  waitTimeoutMinutes: number;
  /** Upload and sync the DAG bundle only (see lib/dags-deploy.ts). */
  dagsOnly: boolean;
  /** The repository root: the DAG bundle's dags/, plugins/ and config/ are read from it. */
  workspace: string;
}

/** true or false as GitHub writes booleans (any case); empty is false. */
function getTrueFalseInput(name: string): boolean {
  const raw = step.getInput(name).trim();
  if (!raw || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() === 'true') return true;
  throw new ConfigError(`input "${name}": "${raw}" is not true or false; leave it empty for false.`);
}

export function getInputs(): Inputs {
  const common = getCommonInputs();
  const waitTimeoutMinutes = getMinutesInput('wait-timeout-minutes', DEFAULT_WAIT_MINUTES, 180);
  const dagsOnly = getTrueFalseInput('dags-only');
  return { ...common, waitTimeoutMinutes, dagsOnly, workspace: workspaceRoot() };
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

interface Definitions {
  /** Component to the latest ACTIVE revision of its family. */
  arns: Record<string, string>;
  /** The image the Airflow components run. */
  image: string;
  /** The task that copies the DAG bundle into the volume. */
  sync: SyncTarget;
}

/**
 * The latest ACTIVE revision of every family the services run, and the DAG bundle's sync task
 * (the components start only once it filled the volume); all missing ones named at once.
 */
async function latestTaskDefinitions(clients: AwsClients, env: Environment): Promise<Definitions> {
  const components = serviceComponents(env);
  const [found, sync] = await Promise.all([
    Promise.all(components.map((c) => describeLatest(clients.ecs, env.names.taskFamily(c)))),
    findSyncTarget(clients.ecs, env),
  ]);
  const missing = [...components.filter((_, i) => !found[i]), ...(sync ? [] : [SYNC_COMPONENT])];
  if (missing.length) {
    const byProvision = missing.includes(DATABASE_COMPONENT);
    const rest = missing.filter((c) => c !== DATABASE_COMPONENT);
    throw new Error(
      [
        byProvision
          ? `task definition ${env.names.taskFamily(DATABASE_COMPONENT)} has no ACTIVE revision: run provision-rds first`
          : '',
        rest.length
          ? `task definition${rest.length > 1 ? 's' : ''} ${rest.map((c) => env.names.taskFamily(c)).join(', ')} ${rest.length > 1 ? 'have' : 'has'} no ACTIVE revision: run register-task-defs first` +
            (sync ? '' : ` (it registers ${SYNC_COMPONENT}, the task that copies the DAG bundle into the volume)`)
          : '',
      ]
        .filter(Boolean)
        .join('; ') + ` (environment ${env.name})`,
    );
  }
  const scheduler = found[components.indexOf('scheduler')];
  return {
    arns: Object.fromEntries(components.map((c, i) => [c, found[i]?.taskDefinitionArn as string])),
    image: scheduler?.containerDefinitions?.find((c) => c.name === CONTAINER_NAME)?.image ?? '',
    sync: sync as SyncTarget,
  };
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
  /** The repository root the DAG bundle is read from (default GITHUB_WORKSPACE, else the current directory). */
  root?: string;
  /** Tests replace the pauses between polls. */
  sleep?: Sleep;
  pollIntervalMs?: number;
}

export interface RunResult {
  url: string;
  internalUrl: string;
  cluster: string;
  services: Record<string, string>;
  /** The image the environment's tasks run. */
  image: string;
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
  const { sync } = definitions;
  // The bundle's upload needs no cluster: it goes side by side with the cluster and the namespace.
  const [[cluster, clusterMs], discovery, [bundle, uploadMs]] = await Promise.all([
    timed(() => ensureCluster(clients.ecs, env)),
    (async () => {
      const [namespace, nsMs] = await timed(() =>
        ensureNamespace(sd, env, network.vpcId, { log, sleep: options.sleep, intervalMs: options.pollIntervalMs }),
      );
      const names = env.database === 'container' ? [API_DISCOVERY_NAME, DATABASE_DISCOVERY_NAME] : [API_DISCOVERY_NAME];
      const [services, svcMs] = await timed(() => ensureDiscoveryServices(sd, env, namespace.id, names));
      return { namespace, nsMs, services, svcMs };
    })(),
    timed(() => uploadBundle(clients.s3, sync.bucket, options.root ?? workspaceRoot())),
  ]);
  row('ECS cluster', cluster.name, describeStatus(cluster.status, cluster.changes), clusterMs);
  row('Cloud Map namespace', discovery.namespace.name, discovery.namespace.status, discovery.nsMs);
  for (const s of Object.values(discovery.services)) {
    row('Cloud Map service', `${s.name}.${discovery.namespace.name}`, s.status, discovery.svcMs);
  }
  row('DAG bundle', `s3://${sync.bucket}/${BUNDLE_PREFIX}`, describeUpload(bundle), uploadMs);

  const spec = (component: string) => ({
    component,
    taskDefinitionArn: definitions.arns[component],
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
    // Plugins and config are read at start: services with nothing else to update restart to load them.
    const restart = componentsLoaded(bundle)
      ? []
      : results.filter(([s]) => s.component !== DATABASE_COMPONENT && s.status === 'unchanged').map(([s]) => s);
    if (restart.length) {
      await restartServices(
        clients.ecs,
        env,
        restart.map((s) => s.name),
      );
      step.info(`restarting ${restart.map((s) => s.component).join(', ')} to load the new plugins/config`);
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
      const status = restart.includes(service)
        ? 'restarted (plugins/config changed)'
        : describeStatus(service.status, service.changes);
      row(
        `ECS service (${service.component})`,
        `${service.name} → ${revisionOf(service.taskDefinitionArn)}`,
        `${status}, stable${stable === undefined ? '' : ` after ${formatDuration(stable)}`}`,
        ms,
      );
    }
  };
  // The volume is filled before the Airflow components start, so they find their DAGs at once. The
  // database goes side by side with the sync: the components' migrations connect to it as they start.
  const components = serviceComponents(env);
  const syncWithNetwork = { ...sync, subnetIds: network.subnetIds, securityGroupIds: [network.taskGroupId] };
  const [[synced, syncMs]] = await Promise.all([
    timed(() =>
      syncBundle(clients, env, syncWithNetwork, bundle, {
        log,
        sleep: options.sleep,
        intervalMs: options.pollIntervalMs,
        timeoutMs: Math.max(1_000, deadline - Date.now()),
      }),
    ),
    components[0] === DATABASE_COMPONENT ? start([DATABASE_COMPONENT]) : Promise.resolve(),
  ]);
  row('DAG bundle sync', revisionOf(sync.taskDefinitionArn), synced.reason, syncMs);
  await start(components.filter((c) => c !== DATABASE_COMPONENT));
  await recordLoaded(clients.s3, sync.bucket, bundle);

  const { url, internalUrl } = await findAddress(clients, env, row);
  return {
    url,
    internalUrl,
    cluster: cluster.name,
    services: Object.fromEntries(ensured.map((s) => [s.component, s.arn])),
    image: definitions.image,
    rows,
  };
}

/** The UI's address: the api-server task's public IP, else a warning and the address inside the VPC. */
async function findAddress(
  clients: AwsClients,
  env: Environment,
  row: (kind: string, name: string, result: string, ms: number) => void,
): Promise<{ url: string; internalUrl: string }> {
  const internalUrl = apiServerUrl(apiServerHost(env));
  const [address, addressMs] = await timed(() => apiServerAddress(clients.ecs, clients.ec2, env));
  if (address.publicIp) {
    const url = apiServerUrl(address.publicIp);
    row('api-server address', url, `public IP of task ${address.taskArn?.split('/').pop()}`, addressMs);
    return { url, internalUrl };
  }
  const why = !address.taskArn
    ? 'the api-server service has no running task to take an address from'
    : `the api-server task has no public IP${address.privateIp ? ` (private ${address.privateIp})` : ''}: its subnets are private`;
  step.warning(
    `run-airflow: no public URL: ${why}. Inside the VPC the UI is at ${internalUrl}; output "url" is empty.`,
  );
  row('api-server address', internalUrl, `no public address: ${why}`, addressMs);
  return { url: '', internalUrl };
}

export interface DagsOnlyResult extends RunResult {
  dags: DagsDeployResult;
}

/**
 * The DAG-only deploy (input dags-only): upload and sync the bundle, restart the components only
 * when plugins or config changed; no cluster, service or task definition change otherwise.
 */
export async function deployDags(
  clients: AwsClients,
  env: Environment,
  waitMinutes: number,
  options: RunOptions = {},
): Promise<DagsOnlyResult> {
  const rows: Row[] = [];
  const row = (kind: string, name: string, result: string, ms: number) => {
    rows.push({ kind, name, result, ms });
    step.info(`${kind} ${name}: ${result} (${formatDuration(ms)})`);
  };
  const dags = await deployDagsOnly(clients, env, {
    root: options.root ?? workspaceRoot(),
    log: (line) => step.info(line),
    timeoutMs: waitMinutes * 60_000,
    sleep: options.sleep,
    intervalMs: options.pollIntervalMs,
  });
  row('Image', dags.image, dags.imageCheck, 0);
  row('DAG bundle', `s3://${dags.bucket}/${BUNDLE_PREFIX}`, describeUpload(dags.bundle), dags.ms.upload);
  row('DAG bundle sync', env.names.taskFamily(SYNC_COMPONENT), dags.sync.reason, dags.ms.sync);
  for (const component of dags.restarted) {
    row(
      `ECS service (${component})`,
      env.names.service(component),
      'restarted (plugins/config changed), stable',
      dags.ms.restart,
    );
  }
  const services = await describeServices(clients.ecs, env);
  const { url, internalUrl } = await findAddress(clients, env, row);
  return {
    url,
    internalUrl,
    cluster: env.names.cluster,
    services: Object.fromEntries(Object.entries(services).map(([c, s]) => [c, s.serviceArn as string])),
    image: dags.image,
    rows,
    dags,
  };
}

function describeStatus(status: string, changes: string[]): string {
  return changes.length ? `${status} (${changes.join(', ')})` : status;
}

const revisionOf = (arn: string) => arn.split('/').pop() ?? arn;

export async function run(): Promise<void> {
  const inputs = getInputs();
  const { env, aws } = prepare(inputs);
  step.info(
    `Environment ${env.name} (${env.kind}, ${env.database} database) in ${env.region}${inputs.dagsOnly ? ': DAG-only deploy' : ''}`,
  );
  const started = Date.now();
  const options = { root: inputs.workspace };
  const result = inputs.dagsOnly
    ? await deployDags(aws, env, inputs.waitTimeoutMinutes, options)
    : await deploy(aws, env, inputs.waitTimeoutMinutes, options);

  const core = await step.actionsCore();
  core.setOutput('url', result.url);
  core.setOutput('internal-url', result.internalUrl);
  core.setOutput('cluster', result.cluster);
  core.setOutput('services', JSON.stringify(result.services));
  core.setOutput('image', result.image);

  const summary = core.summary.addHeading(`run-airflow: ${env.name}${inputs.dagsOnly ? ' (DAG-only deploy)' : ''}`, 2);
  const dags = (result as Partial<DagsOnlyResult>).dags;
  if (dags) {
    summary.addRaw(
      dags.restarted.length
        ? `Plugins or config changed: uploaded, copied into the volume, and ${dags.restarted.join(', ')} restarted to load them. No image, task definition or other service change.`
        : 'Only the DAG bundle was deployed: no image, task definition or service change. The dag-processor picks the files up from the volume.',
      true,
    );
  }
  await summary
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
