import { AwsClients } from './aws-clients';
import { runBundleSync, SYNC_COMPONENT } from './bundle-sync';
import { describeUpload, uploadBundle, UploadedBundle } from './dag-bundle';
import { Environment } from './environment';
import { aws } from './errors';
import { ArnContext } from './iam-roles';
import { logsBucketName } from './logs-bucket';
import { describeServices, waitForServicesStable } from './services';
import { describeLatest, SERVICE_COMPONENTS } from './task-definitions';
import { Sleep } from './wait';

export interface DagsDeployOptions {
  /** The repository root (dags/, plugins/ and config/ are read from it). */
  root: string;
  log: (line: string) => void;
  /** How long the restart of the services may take, when plugins or config changed. */
  timeoutMs: number;
  sleep?: Sleep;
}

export interface DagsDeployResult {
  bundle: UploadedBundle;
  syncTask: string;
  /** The services restarted because plugins or config changed. */
  restarted: string[];
}

/** The subnets and security groups the workers run in (the executor's settings): the sync task runs there too. */
async function workerNetwork(
  ecs: AwsClients['ecs'],
  env: Environment,
): Promise<{ subnetIds: string[]; securityGroupIds: string[] }> {
  const worker = await describeLatest(ecs, env.names.taskFamily('worker'));
  const settings = new Map((worker?.containerDefinitions?.[0]?.environment ?? []).map((e) => [e.name, e.value ?? '']));
  const list = (name: string) => (settings.get(name) ?? '').split(',').filter(Boolean);
  return {
    subnetIds: list('AIRFLOW__AWS_ECS_EXECUTOR__SUBNETS'),
    securityGroupIds: list('AIRFLOW__AWS_ECS_EXECUTOR__SECURITY_GROUPS'),
  };
}

/**
 * The DAG-only deploy: upload what changed in dags/, plugins/ and config/ to the environment's
 * bucket, run the sync task that copies it into the shared volume, and restart the services only
 * when plugins or config changed (Airflow reads them at start). No image, no task definition, no
 * service update otherwise. The environment must have been deployed in full once.
 */
export async function deployDagsOnly(
  clients: Pick<AwsClients, 'ecs' | 's3'>,
  env: Environment,
  ctx: ArnContext,
  options: DagsDeployOptions,
): Promise<DagsDeployResult> {
  const notDeployed = (what: string) =>
    new Error(
      `environment ${env.name} has no ${what}: a DAG-only deploy needs a full deploy first (it creates the bucket, the shared volume and the sync task).`,
    );
  const sync = await describeLatest(clients.ecs, env.names.taskFamily(SYNC_COMPONENT));
  if (!sync?.taskDefinitionArn) throw notDeployed(`sync task definition (${env.names.taskFamily(SYNC_COMPONENT)})`);
  const network = await workerNetwork(clients.ecs, env);
  if (!network.subnetIds.length) throw notDeployed(`worker task definition with subnets`);
  const bucket = logsBucketName(env, ctx);
  await aws('HeadBucket', `S3 bucket ${bucket}`, () => clients.s3.headBucket({ Bucket: bucket })).catch((err) => {
    throw Object.assign(notDeployed(`bucket ${bucket}`), { cause: err });
  });

  const bundle = await uploadBundle(clients.s3, bucket, options.root);
  options.log(describeUpload(bundle));
  // Synced even when nothing was uploaded: a re-run after a failed sync must still copy.
  const syncTask = await runBundleSync(
    clients.ecs,
    env,
    { taskDefinitionArn: sync.taskDefinitionArn, ...network },
    { log: options.log, sleep: options.sleep },
  );
  if (!bundle.restart) return { bundle, syncTask, restarted: [] };

  // The Airflow components only: never the preview's database container.
  const services = Object.entries(await describeServices(clients.ecs, env)).filter(([component]) =>
    (SERVICE_COMPONENTS as readonly string[]).includes(component),
  );
  for (const [, service] of services) {
    await aws('UpdateService', `ECS service ${service.serviceName}`, () =>
      clients.ecs.updateService({ cluster: env.names.cluster, service: service.serviceName, forceNewDeployment: true }),
    );
  }
  options.log(`restarting ${services.map(([component]) => component).join(', ')} to load the new plugins/config`);
  await waitForServicesStable(
    clients.ecs,
    env,
    services.map(([component, s]) => ({
      component,
      name: s.serviceName as string,
      taskDefinitionArn: s.taskDefinition as string,
    })),
    { timeoutMs: options.timeoutMs, log: options.log, sleep: options.sleep },
  );
  return { bundle, syncTask, restarted: services.map(([component]) => component) };
}
