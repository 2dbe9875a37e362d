import { AwsClients } from './aws-clients';
import { destroyDbSubnetGroup } from './db-subnet-group';
import { deleteAccessPoint, deleteFileSystem, deleteMountTarget } from './efs';
import { Environment } from './environment';
import { aws, AwsError, ConfigError, describeAwsError, errorName, isNotFound } from './errors';
import { destroyRole } from './iam-roles';
import { describeEnvironment, Inventory, InventoryResource } from './inventory';
import { deleteLogGroup } from './log-group';
import { deleteBucket } from './logs-bucket';
import { deleteSecurityGroup } from './network';
import {
  describeDbInstance,
  destroyDbInstance,
  disableDeletionProtection,
  finalSnapshotIdentifier,
  waitForDbInstanceDeleted,
} from './rds-instance';
import { forceDeleteSecret } from './secrets';
import { formatDuration, realSleep, Sleep, waitFor } from './wait';

export const DEFAULT_TEARDOWN_MINUTES = 60;

/**
 * Long-lived environments go only when `confirm` names them. Checked before any AWS call; the
 * message says how to confirm.
 */
export function assertTeardownAllowed(env: Environment, confirm: string | undefined): void {
  if (env.kind === 'long-lived' && confirm !== env.name) {
    throw new ConfigError(
      `environment "${env.name}" is long-lived: its database and everything else would be deleted. ` +
        `To really remove it, set the input "confirm" to "${env.name}"` +
        (confirm ? ` (it is "${confirm}").` : '.'),
    );
  }
}

export interface TeardownOptions {
  /** List what would be deleted, delete nothing. */
  dryRun: boolean;
  /** The user named this environment in `confirm`: deletion protection may be switched off. */
  confirmed: boolean;
  /** Long-lived environments only; previews never get a final snapshot. */
  skipFinalSnapshot: boolean;
  /** Budget for the whole teardown, waits and retries included. */
  timeoutMs: number;
  log: (line: string) => void;
  sleep?: Sleep;
  now?: () => number;
  /** First retry delay and poll interval (tests shorten it). */
  pollMs?: number;
}

export type Outcome = 'deleted' | 'already gone' | 'would delete' | 'refused' | 'failed';

export interface TeardownStep {
  resource: InventoryResource;
  outcome: Outcome;
  durationMs: number;
  detail?: string;
}

export interface TeardownResult {
  inventory: Inventory;
  steps: TeardownStep[];
  /** The RDS final snapshot's identifier, when one was taken. */
  finalSnapshot?: string;
}

interface Context {
  c: AwsClients;
  env: Environment;
  options: TeardownOptions;
  sleep: Sleep;
  now: () => number;
  deadline: number;
  pollMs: number;
  steps: TeardownStep[];
}

const remaining = (ctx: Context): number => Math.max(0, ctx.deadline - ctx.now());

function label(r: InventoryResource): string {
  return `${r.kind} ${r.name}`;
}

/** Runs one resource's deletion and records its outcome; `false` from `fn` means it was already gone. */
async function step(ctx: Context, r: InventoryResource, fn: () => Promise<boolean | string>): Promise<boolean> {
  const start = ctx.now();
  try {
    const result = await fn();
    const outcome: Outcome = result === false ? 'already gone' : 'deleted';
    ctx.steps.push({
      resource: r,
      outcome,
      durationMs: ctx.now() - start,
      detail: typeof result === 'string' ? result : undefined,
    });
    ctx.options.log(`${outcome.padEnd(12)} ${label(r)} (${formatDuration(ctx.now() - start)})`);
    return true;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    ctx.steps.push({ resource: r, outcome: 'failed', durationMs: ctx.now() - start, detail });
    ctx.options.log(`failed       ${label(r)}: ${detail}`);
    return false;
  }
}

/** Retries `fn` with growing pauses while `retryable` says so and the budget lasts. */
async function retrying<T>(
  ctx: Context,
  what: string,
  retryable: (err: unknown) => boolean,
  fn: () => Promise<T>,
): Promise<T> {
  let pause = ctx.pollMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (!retryable(err) || pause > remaining(ctx)) throw err;
      const cause = err instanceof AwsError ? err.cause : err;
      ctx.options.log(`${what}: ${describeAwsError(cause)}; trying again in ${formatDuration(pause)}`);
      await ctx.sleep(pause);
      pause = Math.min(pause * 2, 60_000);
    }
  }
}

const named =
  (...names: string[]) =>
  (err: unknown): boolean =>
    names.includes(errorName(err instanceof AwsError ? err.cause : err) ?? '');

function waitOptions(ctx: Context) {
  return { timeoutMs: remaining(ctx), intervalMs: ctx.pollMs, log: ctx.options.log, sleep: ctx.sleep, now: ctx.now };
}

// ECS services: scaled to 0, deleted (force), then waited for until ECS calls them INACTIVE.
async function deleteEcsService(ctx: Context, r: InventoryResource): Promise<boolean> {
  const { ecs } = ctx.c;
  const cluster = r.cluster as string;
  const gone = (err: unknown) => named('ServiceNotFoundException', 'ServiceNotActiveException')(err) || isNotFound(err);
  if (r.state === 'ACTIVE') {
    try {
      await aws('UpdateService', `ECS service ${r.name}`, () =>
        ecs.updateService({ cluster, service: r.id, desiredCount: 0 }),
      );
      await aws('DeleteService', `ECS service ${r.name}`, () =>
        ecs.deleteService({ cluster, service: r.id, force: true }),
      );
    } catch (err) {
      if (gone(err)) return false;
      throw err;
    }
  }
  await waitFor(
    `ECS service ${r.name}`,
    async () => {
      const found = await aws('DescribeServices', `ECS service ${r.name}`, () =>
        ecs.describeServices({ cluster, services: [r.id] }),
      );
      const status = found.services?.[0]?.status;
      return { done: !status || status === 'INACTIVE' ? true : undefined, state: status ?? 'gone' };
    },
    waitOptions(ctx),
  );
  return true;
}

/** Tasks still running in the cluster once the services are gone: the executor's workers. */
async function stopTasks(ctx: Context, cluster: InventoryResource, listed: InventoryResource[]): Promise<void> {
  const arns = new Set(listed.map((t) => t.id));
  let nextToken: string | undefined;
  do {
    const page = await aws('ListTasks', `ECS cluster ${cluster.name}`, () =>
      ctx.c.ecs.listTasks({ cluster: cluster.id, desiredStatus: 'RUNNING', nextToken }),
    );
    for (const arn of page.taskArns ?? []) if (arn.split('/')[1] === cluster.name) arns.add(arn);
    nextToken = page.nextToken;
  } while (nextToken);
  await Promise.all(
    [...arns].map((arn) => {
      const r = listed.find((t) => t.id === arn) ?? {
        kind: 'ecs-task' as const,
        id: arn,
        arn,
        name: arn.split('/').pop() as string,
        foundBy: ['name' as const],
        cluster: cluster.id,
      };
      return step(ctx, r, async () => {
        try {
          await ctx.c.ecs.stopTask({ cluster: cluster.id, task: arn, reason: `teardown of ${ctx.env.name}` });
          return true;
        } catch (err) {
          if (isNotFound(err)) return false;
          throw new AwsError(`ECS task ${arn}`, 'StopTask', err);
        }
      });
    }),
  );
}

async function deleteCloudMapService(ctx: Context, r: InventoryResource): Promise<boolean> {
  const sd = ctx.c.servicediscovery;
  try {
    // ECS deregisters its tasks' instances; anything left would block the deletion.
    const instances = await sd.listInstances({ ServiceId: r.id });
    for (const instance of instances.Instances ?? []) {
      await aws('DeregisterInstance', `Cloud Map service ${r.name}`, () =>
        sd.deregisterInstance({ ServiceId: r.id, InstanceId: instance.Id }),
      );
    }
    await retrying(ctx, `Cloud Map service ${r.name}`, named('ResourceInUse'), () => sd.deleteService({ Id: r.id }));
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err instanceof AwsError ? err : new AwsError(`Cloud Map service ${r.name}`, 'DeleteService', err);
  }
}

async function namespaceGone(ctx: Context, id: string): Promise<boolean> {
  try {
    await ctx.c.servicediscovery.getNamespace({ Id: id });
    return false;
  } catch (err) {
    if (isNotFound(err)) return true;
    throw new AwsError(`Cloud Map namespace ${id}`, 'GetNamespace', err);
  }
}

// DeleteNamespace is asynchronous: it answers with an operation to poll.
async function deleteNamespace(ctx: Context, r: InventoryResource): Promise<boolean> {
  const sd = ctx.c.servicediscovery;
  let operationId: string | undefined;
  try {
    operationId = (
      await retrying(ctx, `Cloud Map namespace ${r.name}`, named('ResourceInUse'), () =>
        sd.deleteNamespace({ Id: r.id }),
      )
    ).OperationId;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err instanceof AwsError ? err : new AwsError(`Cloud Map namespace ${r.name}`, 'DeleteNamespace', err);
  }
  await waitFor(
    `Cloud Map namespace ${r.name}`,
    async () => {
      if (operationId) {
        try {
          const op = (await sd.getOperation({ OperationId: operationId })).Operation;
          if (op?.Status === 'FAIL') {
            throw new Error(`Cloud Map namespace ${r.name}: deletion failed: ${op.ErrorMessage ?? op.ErrorCode}`);
          }
          if (op?.Status !== 'SUCCESS') return { done: undefined, state: op?.Status ?? 'unknown' };
        } catch (err) {
          if (!named('OperationNotFound')(err)) throw err;
          // The operation is no longer listed: the namespace itself says whether it is gone.
        }
      }
      return (await namespaceGone(ctx, r.id))
        ? { done: true, state: 'deleted' }
        : { done: undefined, state: 'deleting' };
    },
    waitOptions(ctx),
  );
  return true;
}

async function deleteCluster(ctx: Context, r: InventoryResource, leftInside: InventoryResource[]): Promise<boolean> {
  if (leftInside.length) {
    throw new Error(`it still holds ${leftInside.map(label).join(', ')}, which teardown left alone`);
  }
  try {
    await retrying(
      ctx,
      `ECS cluster ${r.name}`,
      named('ClusterContainsServicesException', 'ClusterContainsTasksException', 'UpdateInProgressException'),
      () => aws('DeleteCluster', `ECS cluster ${r.name}`, () => ctx.c.ecs.deleteCluster({ cluster: r.id })),
    );
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

async function deleteImages(ctx: Context, images: InventoryResource[]): Promise<void> {
  const byRepository = new Map<string, InventoryResource[]>();
  for (const image of images) {
    byRepository.set(image.repository as string, [...(byRepository.get(image.repository as string) ?? []), image]);
  }
  for (const [repositoryName, list] of byRepository) {
    for (let i = 0; i < list.length; i += 100) {
      const batch = list.slice(i, i + 100);
      const start = ctx.now();
      let failures: { imageId?: { imageDigest?: string }; failureCode?: string; failureReason?: string }[] = [];
      try {
        const answer = await aws('BatchDeleteImage', `ECR repository ${repositoryName}`, () =>
          ctx.c.ecr.batchDeleteImage({ repositoryName, imageIds: batch.map((b) => ({ imageDigest: b.id })) }),
        );
        failures = answer.failures ?? [];
      } catch (err) {
        if (!isNotFound(err)) {
          for (const r of batch) await step(ctx, r, () => Promise.reject(err));
          continue;
        }
        failures = batch.map((b) => ({ imageId: { imageDigest: b.id }, failureCode: 'RepositoryNotFound' }));
      }
      for (const r of batch) {
        const failure = failures.find((f) => f.imageId?.imageDigest === r.id);
        await step(ctx, r, async () => {
          if (!failure) return true;
          if (/NotFound/i.test(failure.failureCode ?? '')) return false;
          throw new Error(`${failure.failureCode}: ${failure.failureReason ?? ''}`);
        });
        ctx.steps[ctx.steps.length - 1].durationMs = ctx.now() - start;
      }
    }
  }
}

async function deleteTaskDefinitions(ctx: Context, definitions: InventoryResource[]): Promise<void> {
  const { ecs } = ctx.c;
  const deregistered: InventoryResource[] = [];
  for (const r of definitions) {
    try {
      if (r.state === 'ACTIVE') {
        await ecs.deregisterTaskDefinition({ taskDefinition: r.id });
      }
      deregistered.push(r);
    } catch (err) {
      if (isNotFound(err) || errorName(err) === 'ClientException') {
        deregistered.push(r);
      } else {
        await step(ctx, r, () =>
          Promise.reject(new AwsError(`task definition ${r.name}`, 'DeregisterTaskDefinition', err)),
        );
      }
    }
  }
  for (let i = 0; i < deregistered.length; i += 10) {
    const batch = deregistered.slice(i, i + 10);
    const start = ctx.now();
    const answer = await aws('DeleteTaskDefinitions', `task definitions ${batch.map((b) => b.name).join(', ')}`, () =>
      ecs.deleteTaskDefinitions({ taskDefinitions: batch.map((b) => b.id) }),
    ).catch((err: unknown) => err as Error);
    for (const r of batch) {
      await step(ctx, r, async () => {
        if (answer instanceof Error) throw answer;
        const failure = answer.failures?.find((f) => f.arn === r.id);
        if (!failure) return true;
        if (/does not exist/i.test(failure.reason ?? '')) return false;
        throw new Error(`DeleteTaskDefinitions ${r.name} failed: ${failure.reason}`);
      });
      ctx.steps[ctx.steps.length - 1].durationMs = ctx.now() - start;
    }
  }
}

/** The RDS instance: protection off (confirmed teardowns only), final snapshot for long-lived ones, then gone. */
async function deleteRdsInstance(ctx: Context, r: InventoryResource): Promise<string | boolean> {
  const { env, options } = ctx;
  if (r.deletionProtection) {
    if (!options.confirmed) {
      throw new Error(
        `RDS instance ${r.name} has deletion protection on; run teardown again with the input "confirm: ${env.name}" to switch it off and delete it`,
      );
    }
    options.log(`RDS instance ${r.name}: switching deletion protection off (teardown confirmed)`);
    await disableDeletionProtection(ctx.c.rds, env);
    await waitFor(
      `RDS instance ${r.name} deletion protection`,
      async () => {
        const instance = await describeDbInstance(ctx.c.rds, env);
        return {
          done: instance?.DeletionProtection ? undefined : true,
          state: instance?.DeletionProtection ? 'on' : 'off',
        };
      },
      waitOptions(ctx),
    );
  }
  const skip = env.kind === 'preview' || options.skipFinalSnapshot;
  const time = ctx.now();
  const status = await destroyDbInstance(ctx.c.rds, env, { skipFinalSnapshot: skip, now: () => time });
  if (status === 'absent') return false;
  const snapshot = skip || r.state === 'deleting' ? undefined : finalSnapshotIdentifier(env, time);
  options.log(`RDS instance ${r.name}: deleting${snapshot ? `, final snapshot ${snapshot}` : ' (no final snapshot)'}`);
  await waitForDbInstanceDeleted(ctx.c.rds, env, { ...waitOptions(ctx), intervalMs: ctx.pollMs });
  return snapshot ? `final snapshot ${snapshot}` : true;
}

async function deleteGroup(ctx: Context, r: InventoryResource): Promise<boolean> {
  // ENIs of stopped tasks and of a deleted database go a few minutes after them.
  return retrying(ctx, `security group ${r.name}`, named('DependencyViolation', 'InvalidGroup.InUse'), () =>
    deleteSecurityGroup(ctx.c.ec2, r.id),
  );
}

/**
 * Deletes what the inventory found, in dependency order: ECS services, remaining tasks, Cloud Map,
 * cluster; then (in parallel) the database, the DAG bundle volume (access points, mount targets,
 * file system), images/task definitions, roles, logs, bucket, secrets; security groups last (the
 * volume's and the database's before the tasks', whose group their rules name). Resources whose tags name another environment are left alone.
 * A dry run returns the inventory and deletes nothing.
 */
export async function teardown(
  clients: AwsClients,
  env: Environment,
  options: TeardownOptions,
): Promise<TeardownResult> {
  return executeTeardown(clients, env, await describeEnvironment(clients, env), options);
}

/** Deletes what `inventory` lists (describeEnvironment's answer), as `teardown` does. */
export async function executeTeardown(
  clients: AwsClients,
  env: Environment,
  inventory: Inventory,
  options: TeardownOptions,
): Promise<TeardownResult> {
  const now = options.now ?? Date.now;
  const ctx: Context = {
    c: clients,
    env,
    options,
    sleep: options.sleep ?? realSleep,
    now,
    deadline: now() + options.timeoutMs,
    pollMs: options.pollMs ?? 5_000,
    steps: [],
  };
  const refused = inventory.resources.filter((r) => r.refused);
  for (const r of refused) ctx.steps.push({ resource: r, outcome: 'refused', durationMs: 0, detail: r.refused });
  if (options.dryRun) {
    for (const r of inventory.resources.filter((x) => !x.refused)) {
      ctx.steps.push({ resource: r, outcome: 'would delete', durationMs: 0 });
    }
    return { inventory, steps: ctx.steps };
  }
  const ours = (kind: InventoryResource['kind']) => inventory.resources.filter((r) => r.kind === kind && !r.refused);
  const each = (kind: InventoryResource['kind'], fn: (r: InventoryResource) => Promise<boolean | string>) =>
    Promise.all(ours(kind).map((r) => step(ctx, r, () => fn(r))));

  await each('ecs-service', (r) => deleteEcsService(ctx, r));
  for (const cluster of ours('ecs-cluster')) {
    await stopTasks(
      ctx,
      cluster,
      ours('ecs-task').filter((t) => t.cluster === cluster.id),
    );
  }

  let finalSnapshot: string | undefined;
  const ecsAndCloudMap = async () => {
    await each('cloud-map-service', (r) => deleteCloudMapService(ctx, r));
    await each('cloud-map-namespace', (r) => deleteNamespace(ctx, r));
    const left = refused.filter((x) => x.kind === 'ecs-service' || x.kind === 'ecs-task');
    await each('ecs-cluster', (r) =>
      deleteCluster(
        ctx,
        r,
        left.filter((x) => x.cluster === r.id),
      ),
    );
  };
  const database = async () => {
    await each('rds-instance', async (r) => {
      const result = await deleteRdsInstance(ctx, r);
      if (typeof result === 'string') finalSnapshot = result.replace(/^final snapshot /, '');
      return result;
    });
    await each('db-subnet-group', () => destroyDbSubnetGroup(ctx.c.rds, env));
  };
  // The DAG bundle volume: its access points and mount targets, then the file system itself.
  const volume = async () => {
    const inside = [
      ...(await each('efs-access-point', (r) => deleteAccessPoint(ctx.c.efs, r.id))),
      ...(await each('efs-mount-target', (r) => deleteMountTarget(ctx.c.efs, r.id, waitOptions(ctx)))),
    ];
    // With something left inside, EFS refuses at once; waiting for it would only spend the budget.
    const emptied =
      inside.every(Boolean) && !refused.some((x) => x.kind.startsWith('efs-') && x.kind !== 'efs-file-system');
    await each('efs-file-system', (r) =>
      emptied
        ? retrying(ctx, `EFS file system ${r.name}`, named('FileSystemInUse'), () =>
            deleteFileSystem(ctx.c.efs, r.id, waitOptions(ctx)),
          )
        : deleteFileSystem(ctx.c.efs, r.id, waitOptions(ctx)),
    );
  };
  const definitions = async () => {
    // Images first: they are found through the task definitions, so a re-run after a failure still finds them.
    await deleteImages(ctx, ours('ecr-image'));
    await deleteTaskDefinitions(ctx, ours('task-definition'));
  };
  await Promise.all([
    ecsAndCloudMap(),
    database(),
    volume(),
    definitions(),
    each('iam-role', (r) => destroyRole(ctx.c.iam, r.id)),
    each('log-group', (r) => deleteLogGroup(ctx.c.logs, r.id)),
    each('s3-bucket', (r) => deleteBucket(ctx.c.s3, r.id)),
    each('secret', (r) => forceDeleteSecret(ctx.c.secrets, r.id)),
  ]);
  // After a failure (say, the database is still there) waiting for dependencies to go is pointless.
  if (ctx.steps.some((x) => x.outcome === 'failed')) ctx.deadline = now();
  // In order: the database's group refers to the tasks' group.
  for (const group of ours('security-group')) {
    // A group that stays makes the next one's dependency wait pointless too (its rule refers to it).
    if (!(await step(ctx, group, () => deleteGroup(ctx, group)))) ctx.deadline = now();
  }
  return { inventory, steps: ctx.steps, finalSnapshot };
}
