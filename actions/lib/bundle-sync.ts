import type { RegisterTaskDefinitionCommandInput, Task, TaskDefinition } from '@aws-sdk/client-ecs';
import { AwsClients } from './aws-clients';
import { BUNDLE_PREFIX, recordEtag, SYNC_RECORD_KEY, UploadedBundle } from './dag-bundle';
import { ecsTags } from './environment';
import { aws } from './errors';
import {
  assignPublicIp,
  BUNDLE_PATH,
  BUNDLE_VOLUME,
  BundleVolume,
  bundleVolumes,
  ensureTaskDefinition,
  EnsuredTaskDefinition,
  TAG_COMPONENT,
  TaskDefinitionInput,
} from './task-definitions';
import { realSleep, Sleep, waitFor, WaitOptions } from './wait';

/** The one-off task that copies the bundle from S3 into the volume (its own family, not a service). */
export const SYNC_COMPONENT = 'bundle-sync';
const SYNC_CONTAINER = 'sync';
/** In the image (airflow-image/sync-bundle.py). */
export const SYNC_SCRIPT = '/opt/airflow/sync-bundle.py';

/** The sync task's definition: the Airflow image running the sync script, the volume mounted writable. */
export function syncTaskDefinition(
  input: TaskDefinitionInput & { bundleVolume: BundleVolume },
): RegisterTaskDefinitionCommandInput {
  const e = input.env;
  return {
    family: e.names.taskFamily(SYNC_COMPONENT),
    taskRoleArn: input.taskRoleArn,
    executionRoleArn: input.executionRoleArn,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      {
        name: SYNC_CONTAINER,
        image: input.image,
        essential: true,
        memory: 512,
        command: ['python', SYNC_SCRIPT, `s3://${input.bucket}/${BUNDLE_PREFIX}`, BUNDLE_PATH],
        environment: [
          { name: 'AIRFLOW_DB_REQUIRED', value: 'false' },
          { name: 'AWS_DEFAULT_REGION', value: e.region },
          { name: 'CONNECTION_CHECK_MAX_COUNT', value: '0' },
        ],
        mountPoints: [{ sourceVolume: BUNDLE_VOLUME, containerPath: BUNDLE_PATH, readOnly: false }],
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': input.logGroup,
            'awslogs-region': e.region,
            'awslogs-stream-prefix': SYNC_COMPONENT,
          },
        },
      },
    ],
    volumes: bundleVolumes(input.bundleVolume),
    tags: [...ecsTags(e), { key: TAG_COMPONENT, value: SYNC_COMPONENT }],
  };
}

export function ensureSyncTaskDefinition(
  ecs: AwsClients['ecs'],
  input: TaskDefinitionInput & { bundleVolume: BundleVolume },
): Promise<EnsuredTaskDefinition> {
  return ensureTaskDefinition(ecs, syncTaskDefinition(input));
}

/** The bucket the sync task copies from, read from its command (s3://<bucket>/bundle/). */
export function bundleBucketOf(definition: TaskDefinition): string | undefined {
  const command = definition.containerDefinitions?.find((c) => c.name === SYNC_CONTAINER)?.command ?? [];
  const source = command.find((arg) => arg.startsWith('s3://'));
  return source ? /^s3:\/\/([^/]+)\//.exec(source)?.[1] : undefined;
}

export interface SyncRun {
  taskDefinitionArn: string;
  subnetIds: string[];
  securityGroupIds: string[];
}

/**
 * Pauses that start short and double up to the poll interval: a copy of a few changed files is
 * over in seconds (at once on an emulator), a cold start takes a minute, and neither should wait
 * a whole interval for its first look.
 */
function growingPauses(sleep: Sleep, first = 250): Sleep {
  let next = first;
  return (ms) => {
    const pause = Math.min(ms, next);
    next = Math.min(next * 2, ms);
    return sleep(pause);
  };
}

/** Why a stopped sync task failed, or undefined when its container exited 0. */
export function syncFailure(task: Task): string | undefined {
  const container = task.containers?.find((c) => c.name === SYNC_CONTAINER);
  if (container?.exitCode === 0) return undefined;
  const code = container?.exitCode === undefined ? 'no exit code' : `exit code ${container.exitCode}`;
  return `${code}${task.stoppedReason ? `, ${task.stoppedReason}` : ''}${container?.reason ? ` (${container.reason})` : ''}`;
}

/** Runs the sync task on the environment's cluster and waits until it stopped; fails when the copy failed. */
export async function runBundleSync(
  ecs: AwsClients['ecs'],
  env: TaskDefinitionInput['env'],
  run: SyncRun,
  wait: Omit<WaitOptions, 'timeoutMs'> & { timeoutMs?: number },
): Promise<string> {
  const resource = `sync task ${run.taskDefinitionArn}`;
  const started = await aws('RunTask', resource, () =>
    ecs.runTask({
      cluster: env.names.cluster,
      taskDefinition: run.taskDefinitionArn,
      launchType: 'FARGATE',
      count: 1,
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: run.subnetIds,
          securityGroups: run.securityGroupIds,
          assignPublicIp: assignPublicIp(env) ? 'ENABLED' : 'DISABLED',
        },
      },
      tags: ecsTags(env),
    }),
  );
  const taskArn = started.tasks?.[0]?.taskArn;
  if (!taskArn) {
    const why = started.failures?.map((f) => `${f.reason}${f.detail ? ` (${f.detail})` : ''}`).join('; ');
    throw new Error(`RunTask ${resource} started no task${why ? `: ${why}` : ''}`);
  }
  const stopped = await waitFor(
    `DAG bundle sync ${taskArn.split('/').pop()}`,
    async () => {
      const found = await aws('DescribeTasks', `task ${taskArn}`, () =>
        ecs.describeTasks({ cluster: env.names.cluster, tasks: [taskArn] }),
      );
      const task = found.tasks?.[0];
      const state = task?.lastStatus ?? 'unknown';
      return { done: state === 'STOPPED' ? task : undefined, state };
    },
    { timeoutMs: 10 * 60_000, intervalMs: 3_000, ...wait, sleep: growingPauses(wait.sleep ?? realSleep) },
  );
  const failure = syncFailure(stopped as Task);
  if (failure)
    throw new Error(`DAG bundle sync task ${taskArn} failed: ${failure}. Its log is in ${SYNC_COMPONENT}/ streams.`);
  return taskArn;
}

/**
 * What a successful sync leaves beside the bundle: the sync task's revision (its image and volume)
 * and the bundle's digest. S3 gives back its MD5 as the ETag in every listing, so the next deploy
 * compares it without reading the object.
 */
export function syncRecord(taskDefinitionArn: string, bundleDigest: string): string {
  return `${taskDefinitionArn}\n${bundleDigest}\n`;
}

export interface BundleSyncResult {
  /** The sync task that ran, or undefined when the volume already held this bundle. */
  taskArn?: string;
  /** Why it ran or did not, in words for logs and summaries. */
  reason: string;
}

/**
 * Copies the uploaded bundle into the volume, unless the record says this revision of the sync task
 * already copied exactly this bundle: a deploy that changes nothing then changes nothing. A sync
 * that failed or never ran leaves the old record, so the next deploy syncs again.
 */
export async function syncBundle(
  clients: Pick<AwsClients, 'ecs' | 's3'>,
  env: TaskDefinitionInput['env'],
  run: SyncRun & { bucket: string },
  bundle: UploadedBundle,
  wait: Omit<WaitOptions, 'timeoutMs'> & { timeoutMs?: number },
): Promise<BundleSyncResult> {
  const record = syncRecord(run.taskDefinitionArn, bundle.digest);
  const recorded = recordEtag(record) === bundle.records[SYNC_RECORD_KEY];
  const uploaded = bundle.upload.length + bundle.remove.length > 0;
  if (recorded && !uploaded) {
    return { reason: `unchanged: the volume holds this bundle (synced by ${revisionOf(run.taskDefinitionArn)})` };
  }
  const taskArn = await runBundleSync(clients.ecs, env, run, wait);
  await aws('PutObject', `s3://${run.bucket}/${SYNC_RECORD_KEY}`, () =>
    clients.s3.putObject({ Bucket: run.bucket, Key: SYNC_RECORD_KEY, Body: record }),
  );
  const why = uploaded ? 'the bundle changed' : `${revisionOf(run.taskDefinitionArn)} had not synced it yet`;
  return { taskArn, reason: `copied into the volume by task ${taskArn.split('/').pop()} (${why})` };
}

const revisionOf = (arn: string) => arn.split('/').pop() ?? arn;
