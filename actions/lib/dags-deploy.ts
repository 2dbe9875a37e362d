import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { AwsClients } from './aws-clients';
import { bundleBucketOf, BundleSyncResult, SYNC_COMPONENT, syncBundle } from './bundle-sync';
import { describeUpload, LOADED_RECORD_KEY, recordEtag, uploadBundle, UploadedBundle } from './dag-bundle';
import { findImage } from './ecr-repository';
import { Environment } from './environment';
import { aws } from './errors';
import { contentHash, contentHashOfTag, IMAGE_INPUTS, parseImageReference } from './image-build';
import { describeServices, waitForServicesStable } from './services';
import { CONTAINER_NAME, describeLatest, SERVICE_COMPONENTS } from './task-definitions';
import { Sleep } from './wait';

/** The sync task's latest revision and the bucket it copies from. */
export interface SyncTarget {
  taskDefinitionArn: string;
  bucket: string;
}

/**
 * The environment's sync task (register-task-defs registers it), or undefined when it has none.
 * Throws when the definition names no bucket to copy from.
 */
export async function findSyncTarget(ecs: AwsClients['ecs'], env: Environment): Promise<SyncTarget | undefined> {
  const definition = await describeLatest(ecs, env.names.taskFamily(SYNC_COMPONENT));
  if (!definition?.taskDefinitionArn) return undefined;
  const bucket = bundleBucketOf(definition);
  if (!bucket) {
    throw new Error(
      `task definition ${definition.taskDefinitionArn} names no s3://<bucket>/ to copy the DAG bundle from: run register-task-defs again`,
    );
  }
  return { taskDefinitionArn: definition.taskDefinitionArn, bucket };
}

/** The subnets and security groups the workers run in (the executor's settings): the sync task runs there too. */
function workerNetwork(worker: TaskDefinition | undefined): { subnetIds: string[]; securityGroupIds: string[] } {
  const container = worker?.containerDefinitions?.find((c) => c.name === CONTAINER_NAME);
  const settings = new Map((container?.environment ?? []).map((e) => [e.name, e.value ?? '']));
  const list = (name: string) => (settings.get(name) ?? '').split(',').filter(Boolean);
  return {
    subnetIds: list('AIRFLOW__AWS_ECS_EXECUTOR__SUBNETS'),
    securityGroupIds: list('AIRFLOW__AWS_ECS_EXECUTOR__SECURITY_GROUPS'),
  };
}

/** A DAG-only deploy refused because the image is out of date: the environment needs a full deploy. */
export class StaleImageError extends Error {}

/**
 * Refuses a DAG-only deploy when the environment runs one of build-push-image's content-tagged
 * images and this checkout's image inputs hash to something else: the image changed since the last
 * full deploy, and uploading DAGs alone would leave it behind. Images tagged otherwise (an adopted
 * image) are not compared. Returns what was found, in words.
 */
export async function checkImageCurrent(
  ecr: AwsClients['ecr'],
  env: Environment,
  image: string,
  root: string,
): Promise<string> {
  const notOurs = 'not an image build-push-image tagged by content: not compared with the checkout';
  let ref;
  try {
    ref = parseImageReference(image);
  } catch {
    return notOurs;
  }
  if (ref.repository !== env.names.ecrRepository || !ref.registry?.includes('.dkr.ecr.')) return notOurs;
  const found = await findImage(
    ecr,
    ref.repository,
    ref.digest ? { imageDigest: ref.digest } : { imageTag: ref.tag ?? 'latest' },
  );
  const hashes = (found?.tags ?? []).map(contentHashOfTag).filter((h): h is string => Boolean(h));
  if (!hashes.length) return notOurs;
  const checkout = contentHash(root);
  const tags = found?.tags.filter((t) => contentHashOfTag(t)).join(', ');
  if (hashes.includes(checkout)) return `${tags}: built from this checkout's ${IMAGE_INPUTS.join(', ')}/`;
  throw new StaleImageError(
    `environment ${env.name} runs image ${tags}, but this checkout's ${IMAGE_INPUTS.join(', ')}/ hashes to ${checkout}: ` +
      'the image changed since the last full deploy, and a DAG-only deploy would leave it behind. Run a full deploy (without dags-only).',
  );
}

export interface PublishOptions {
  /** The repository root (dags/, plugins/ and config/ are read from it). */
  root: string;
  log: (line: string) => void;
  sleep?: Sleep;
  intervalMs?: number;
}

/** What the running components loaded at start: the digest of plugins/ and config/. */
function loadedRecord(bundle: UploadedBundle): string {
  return `${bundle.startupDigest}\n`;
}

/**
 * Whether the running components loaded this bundle's plugins and config: the record says so once
 * they were restarted (or started) after those reached the volume. A deploy that failed before the
 * restart leaves the old record, and the next one restarts them.
 */
export function componentsLoaded(bundle: UploadedBundle): boolean {
  return recordEtag(loadedRecord(bundle)) === bundle.records[LOADED_RECORD_KEY];
}

/** Records that the components now run with this bundle's plugins and config (nothing when already so). */
export async function recordLoaded(s3: AwsClients['s3'], bucket: string, bundle: UploadedBundle): Promise<void> {
  if (componentsLoaded(bundle)) return;
  await aws('PutObject', `s3://${bucket}/${LOADED_RECORD_KEY}`, () =>
    s3.putObject({ Bucket: bucket, Key: LOADED_RECORD_KEY, Body: loadedRecord(bundle) }),
  );
}

/** Forces a new deployment of the given services (their tasks restart and read the volume again). */
export async function restartServices(ecs: AwsClients['ecs'], env: Environment, names: string[]): Promise<void> {
  for (const name of names) {
    await aws('UpdateService', `ECS service ${name}`, () =>
      ecs.updateService({ cluster: env.names.cluster, service: name, forceNewDeployment: true }),
    );
  }
}

export interface DagsDeployOptions extends PublishOptions {
  /** How long the restart of the services may take, when plugins or config changed. */
  timeoutMs: number;
}

export interface DagsDeployResult {
  bundle: UploadedBundle;
  bucket: string;
  sync: BundleSyncResult;
  /** The services restarted because plugins or config changed. */
  restarted: string[];
  /** How long each part took. */
  ms: { upload: number; sync: number; restart: number };
  /** The image the environment runs, and what checkImageCurrent found. */
  image: string;
  imageCheck: string;
}

/**
 * The DAG-only deploy: upload what changed in dags/, plugins/ and config/ to the environment's
 * bucket, run the sync task that copies it into the shared volume, and restart the services only
 * when the plugins or config they loaded are not the bundle's (Airflow reads them at start). No image, no task definition, no
 * service update otherwise. The environment must have been deployed in full once, with an image
 * built from this checkout's image inputs (or an adopted one).
 */
export async function deployDagsOnly(
  clients: Pick<AwsClients, 'ecs' | 's3' | 'ecr'>,
  env: Environment,
  options: DagsDeployOptions,
): Promise<DagsDeployResult> {
  const notDeployed = (what: string) =>
    new Error(
      `environment ${env.name} has no ${what}: a DAG-only deploy needs a full deploy first (it creates the bucket, the shared volume and the sync task).`,
    );
  const [target, worker] = await Promise.all([
    findSyncTarget(clients.ecs, env),
    describeLatest(clients.ecs, env.names.taskFamily('worker')),
  ]);
  if (!target) throw notDeployed(`sync task definition (${env.names.taskFamily(SYNC_COMPONENT)})`);
  const network = workerNetwork(worker);
  const image = worker?.containerDefinitions?.find((c) => c.name === CONTAINER_NAME)?.image;
  if (!image || !network.subnetIds.length) throw notDeployed(`worker task definition with an image and subnets`);
  const imageCheck = await checkImageCurrent(clients.ecr, env, image, options.root);
  options.log(`image ${image}: ${imageCheck}`);
  await aws('HeadBucket', `S3 bucket ${target.bucket}`, () => clients.s3.headBucket({ Bucket: target.bucket })).catch(
    (err) => {
      throw Object.assign(notDeployed(`bucket ${target.bucket}`), { cause: err });
    },
  );

  let started = Date.now();
  const bundle = await uploadBundle(clients.s3, target.bucket, options.root);
  const upload = Date.now() - started;
  options.log(describeUpload(bundle));
  started = Date.now();
  const sync = await syncBundle(clients, env, { ...target, ...network }, bundle, {
    log: options.log,
    sleep: options.sleep,
    intervalMs: options.intervalMs,
  });
  options.log(`DAG bundle sync: ${sync.reason}`);
  const ms = { upload, sync: Date.now() - started, restart: 0 };
  const result = { bundle, bucket: target.bucket, sync, image, imageCheck, ms };
  if (componentsLoaded(bundle)) return { ...result, restarted: [] };
  started = Date.now();

  // The Airflow components only: never the preview's database container.
  const services = Object.entries(await describeServices(clients.ecs, env)).filter(([component]) =>
    (SERVICE_COMPONENTS as readonly string[]).includes(component),
  );
  await restartServices(
    clients.ecs,
    env,
    services.map(([, s]) => s.serviceName as string),
  );
  options.log(`restarting ${services.map(([component]) => component).join(', ')} to load the new plugins/config`);
  await waitForServicesStable(
    clients.ecs,
    env,
    services.map(([component, s]) => ({
      component,
      name: s.serviceName as string,
      taskDefinitionArn: s.taskDefinition as string,
    })),
    { timeoutMs: options.timeoutMs, log: options.log, sleep: options.sleep, intervalMs: options.intervalMs },
  );
  await recordLoaded(clients.s3, target.bucket, bundle);
  ms.restart = Date.now() - started;
  return { ...result, restarted: services.map(([component]) => component) };
}
