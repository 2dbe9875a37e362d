import type { DBInstance, ModifyDBInstanceCommandInput } from '@aws-sdk/client-rds';
import { AwsClients } from './aws-clients';
import { EnsureStatus } from './db-subnet-group';
import { Environment, tagList } from './environment';
import { aws, AwsError, createUnlessExists, deleteUnlessGone, isNotFound } from './errors';
import { DB_PORTS } from './network';
import { Sleep, waitFor } from './wait';

export const DB_NAME = 'airflow';
export const MASTER_USERNAME = 'airflow';
export const MIN_BACKUP_RETENTION_DAYS = 7;
/** Major versions only: RDS picks the newest minor and upgrades minors in the maintenance window. */
export const RDS_ENGINES = {
  postgres: { engine: 'postgres', version: '16' },
  mysql: { engine: 'mysql', version: '8.4' },
} as const;
export const DEFAULT_DB_WAIT_MINUTES = 60;

const FAILED = ['failed', 'incompatible-parameters', 'incompatible-restore', 'incompatible-network', 'storage-full'];

export interface DbWaitOptions {
  log: (line: string) => void;
  timeoutMs?: number;
  /** Poll interval; capped at MAX_POLL_MS. */
  intervalMs?: number;
  sleep?: Sleep;
  now?: () => number;
}

// Polls at most MAX_POLL_MS apart; waitFor keeps progress lines within PROGRESS_MS of each other,
// comfortably inside the promised 30 s.
export const MAX_POLL_MS = 10_000;
const PROGRESS_MS = 20_000;

function pacing(options: DbWaitOptions) {
  return {
    timeoutMs: options.timeoutMs ?? DEFAULT_DB_WAIT_MINUTES * 60_000,
    intervalMs: Math.min(options.intervalMs ?? MAX_POLL_MS, MAX_POLL_MS),
    progressEveryMs: PROGRESS_MS,
    log: options.log,
    sleep: options.sleep,
    now: options.now,
  };
}

export interface EnsuredDbInstance {
  identifier: string;
  status: EnsureStatus;
  /** What was changed on an existing instance, in words. */
  changes: string[];
  /** Drift we cannot fix in place (reported, left alone). */
  warnings: string[];
  instance: DBInstance;
}

export async function describeDbInstance(rds: AwsClients['rds'], env: Environment): Promise<DBInstance | undefined> {
  const id = env.names.dbInstance;
  try {
    const found = await rds.describeDBInstances({ DBInstanceIdentifier: id });
    return found.DBInstances?.[0];
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`RDS instance ${id}`, 'DescribeDBInstances', err);
  }
}

/** Polls until the instance is `available`, with a progress line (state, elapsed) less than 30 s apart. */
export async function waitForDbInstance(
  rds: AwsClients['rds'],
  env: Environment,
  options: DbWaitOptions,
): Promise<DBInstance> {
  const id = env.names.dbInstance;
  return waitFor(
    `RDS instance ${id}`,
    async () => {
      const instance = await describeDbInstance(rds, env);
      const state = instance?.DBInstanceStatus ?? 'unknown';
      if (!instance) throw new Error(`RDS instance ${id} disappeared while waiting for it to become available`);
      if (FAILED.includes(state)) {
        throw new Error(`RDS instance ${id} is "${state}"; look at its events in the RDS console, fix, and re-run`);
      }
      return { done: state === 'available' ? instance : undefined, state };
    },
    {
      ...pacing(options),
    },
  );
}

interface Placement {
  subnetGroup: string;
  securityGroupId: string;
}

async function createDbInstance(rds: AwsClients['rds'], env: Environment, placement: Placement): Promise<void> {
  const { engine, version } = RDS_ENGINES[env.engine];
  // Already there: a retried or concurrent create made it with the same settings.
  await createUnlessExists('CreateDBInstance', `RDS instance ${env.names.dbInstance}`, () =>
    rds.createDBInstance({
      DBInstanceIdentifier: env.names.dbInstance,
      DBInstanceClass: env.dbInstanceClass,
      Engine: engine,
      EngineVersion: version,
      AutoMinorVersionUpgrade: true,
      AllocatedStorage: env.dbStorageGiB,
      StorageType: 'gp3',
      StorageEncrypted: true,
      DBName: DB_NAME,
      Port: DB_PORTS[env.engine],
      MasterUsername: MASTER_USERNAME,
      // RDS generates the password and keeps it in a Secrets Manager secret it rotates itself.
      ManageMasterUserPassword: true,
      DBSubnetGroupName: placement.subnetGroup,
      VpcSecurityGroupIds: [placement.securityGroupId],
      PubliclyAccessible: false,
      MultiAZ: false,
      BackupRetentionPeriod: MIN_BACKUP_RETENTION_DAYS,
      DeletionProtection: env.deletionProtection,
      CopyTagsToSnapshot: true,
      Tags: tagList(env),
    }),
  );
}

/** What differs from the settings we own, as the ModifyDBInstance parameters that fix it. */
function drift(
  instance: DBInstance,
  env: Environment,
  securityGroupId: string,
): {
  immediate: Partial<ModifyDBInstanceCommandInput>;
  windowed: Partial<ModifyDBInstanceCommandInput>;
  changes: string[];
  warnings: string[];
} {
  const immediate: Partial<ModifyDBInstanceCommandInput> = {};
  const windowed: Partial<ModifyDBInstanceCommandInput> = {};
  const changes: string[] = [];
  const warnings: string[] = [];
  if (Boolean(instance.DeletionProtection) !== env.deletionProtection) {
    immediate.DeletionProtection = env.deletionProtection;
    changes.push(`deletion protection ${env.deletionProtection ? 'on' : 'off'}`);
  }
  if ((instance.BackupRetentionPeriod ?? 0) < MIN_BACKUP_RETENTION_DAYS) {
    immediate.BackupRetentionPeriod = MIN_BACKUP_RETENTION_DAYS;
    changes.push(`backup retention ${instance.BackupRetentionPeriod ?? 0} -> ${MIN_BACKUP_RETENTION_DAYS} days`);
  }
  if (instance.PubliclyAccessible) {
    immediate.PubliclyAccessible = false;
    changes.push('made not publicly accessible');
  }
  if (!instance.MasterUserSecret?.SecretArn) {
    immediate.ManageMasterUserPassword = true;
    changes.push('master password now managed in Secrets Manager');
  }
  const groups = (instance.VpcSecurityGroups ?? [])
    .filter((g) => g.Status !== 'removing')
    .map((g) => g.VpcSecurityGroupId as string);
  if (!groups.includes(securityGroupId)) {
    immediate.VpcSecurityGroupIds = [...groups, securityGroupId];
    changes.push(`security group ${securityGroupId} added`);
  }
  const storage = instance.PendingModifiedValues?.AllocatedStorage ?? instance.AllocatedStorage ?? 0;
  if (storage < env.dbStorageGiB) {
    immediate.AllocatedStorage = env.dbStorageGiB;
    changes.push(`storage ${storage} -> ${env.dbStorageGiB} GiB`);
  } else if (storage > env.dbStorageGiB) {
    warnings.push(`storage is ${storage} GiB, more than the configured ${env.dbStorageGiB}; RDS cannot shrink storage`);
  }
  // A class change restarts the instance, so it waits for the maintenance window.
  const instanceClass = instance.PendingModifiedValues?.DBInstanceClass ?? instance.DBInstanceClass;
  if (instanceClass !== env.dbInstanceClass) {
    windowed.DBInstanceClass = env.dbInstanceClass;
    changes.push(`class ${instanceClass} -> ${env.dbInstanceClass} (in the next maintenance window)`);
  }
  if (instance.StorageEncrypted === false) {
    warnings.push('storage is not encrypted; encrypting needs a snapshot copy and a restore, not done automatically');
  }
  return { immediate, windowed, changes, warnings };
}

/**
 * The environment's RDS instance: created when missing, otherwise described and its owned settings
 * (deletion protection, backups, public access, managed password, security group, storage, class)
 * put back with ModifyDBInstance. Returns once the instance is `available`.
 */
export async function ensureDbInstance(
  rds: AwsClients['rds'],
  env: Environment,
  placement: Placement,
  wait: DbWaitOptions,
): Promise<EnsuredDbInstance> {
  const id = env.names.dbInstance;
  const resource = `RDS instance ${id}`;
  const existing = await describeDbInstance(rds, env);
  if (!existing) {
    await createDbInstance(rds, env, placement);
    wait.log(`${resource}: creating (${env.engine}, ${env.dbInstanceClass}); this usually takes 5-15 minutes`);
    const instance = await waitForDbInstance(rds, env, wait);
    return { identifier: id, status: 'created', changes: [], warnings: [], instance };
  }
  if (existing.DBInstanceStatus === 'deleting') {
    throw new Error(`${resource} is being deleted; wait until it is gone, then run again to create a new one`);
  }
  const { engine } = RDS_ENGINES[env.engine];
  if (existing.Engine !== engine) {
    throw new Error(
      `${resource} runs ${existing.Engine}, but the config asks for ${env.engine}; an engine cannot change in place. Keep "engine: ${existing.Engine === 'mysql' ? 'mysql' : 'postgres'}" or remove the environment first.`,
    );
  }
  const changes: string[] = [];
  if (existing.DBInstanceStatus === 'stopped') {
    await aws('StartDBInstance', resource, () => rds.startDBInstance({ DBInstanceIdentifier: id }));
    changes.push('started (it was stopped)');
  }
  let instance = existing.DBInstanceStatus === 'available' ? existing : await waitForDbInstance(rds, env, wait);
  const fix = drift(instance, env, placement.securityGroupId);
  if (Object.keys(fix.immediate).length) {
    await aws('ModifyDBInstance', resource, () =>
      rds.modifyDBInstance({ DBInstanceIdentifier: id, ApplyImmediately: true, ...fix.immediate }),
    );
  }
  if (Object.keys(fix.windowed).length) {
    await aws('ModifyDBInstance', resource, () =>
      rds.modifyDBInstance({ DBInstanceIdentifier: id, ApplyImmediately: false, ...fix.windowed }),
    );
  }
  changes.push(...fix.changes);
  const missingTags = tagList(env).filter(
    (t) => !(instance.TagList ?? []).some((have) => have.Key === t.Key && have.Value === t.Value),
  );
  if (missingTags.length && instance.DBInstanceArn) {
    const arn = instance.DBInstanceArn;
    await aws('AddTagsToResource', resource, () => rds.addTagsToResource({ ResourceName: arn, Tags: missingTags }));
    changes.push(`tags added: ${missingTags.map((t) => t.Key).join(', ')}`);
  }
  if (fix.changes.length) {
    // Read the settings back so callers (and the outputs) see the new secret ARN, groups, etc.
    instance = (await describeDbInstance(rds, env)) ?? instance;
  }
  return {
    identifier: id,
    status: changes.length ? 'updated' : 'unchanged',
    changes,
    warnings: fix.warnings,
    instance,
  };
}

export type DestroyStatus = 'deleting' | 'absent';

/** The final snapshot's name: the instance's name and the UTC time to the second. */
export function finalSnapshotIdentifier(env: Environment, time: number): string {
  const stamp = new Date(time)
    .toISOString()
    .replace(/[^0-9]/g, '')
    .slice(0, 14);
  return `${env.names.dbInstance}-final-${stamp}`;
}

/**
 * Switches deletion protection off, for a teardown the user confirmed by naming the environment.
 * Nothing else calls this: protection otherwise follows the config file.
 */
export async function disableDeletionProtection(rds: AwsClients['rds'], env: Environment): Promise<void> {
  const id = env.names.dbInstance;
  await aws('ModifyDBInstance', `RDS instance ${id}`, () =>
    rds.modifyDBInstance({ DBInstanceIdentifier: id, DeletionProtection: false, ApplyImmediately: true }),
  );
}

/**
 * Starts deleting the instance (a final snapshot unless `skipFinalSnapshot`). Deletion protection
 * is never switched off here: that is a decision for the config file.
 */
export async function destroyDbInstance(
  rds: AwsClients['rds'],
  env: Environment,
  options: { skipFinalSnapshot: boolean; now?: () => number },
): Promise<DestroyStatus> {
  const id = env.names.dbInstance;
  const existing = await describeDbInstance(rds, env);
  if (!existing) return 'absent';
  if (existing.DBInstanceStatus === 'deleting') return 'deleting';
  if (existing.DeletionProtection) {
    throw new Error(
      `RDS instance ${id} has deletion protection on; set "deletionProtection: false" for this environment kind in the config file, run provision-rds, then remove it`,
    );
  }
  // NotFound: a retried call whose first attempt AWS carried out (then answered with an error).
  await deleteUnlessGone('DeleteDBInstance', `RDS instance ${id}`, () =>
    rds.deleteDBInstance({
      DBInstanceIdentifier: id,
      SkipFinalSnapshot: options.skipFinalSnapshot,
      ...(options.skipFinalSnapshot
        ? {}
        : { FinalDBSnapshotIdentifier: finalSnapshotIdentifier(env, (options.now ?? Date.now)()) }),
      DeleteAutomatedBackups: options.skipFinalSnapshot,
    }),
  );
  return 'deleting';
}

/** Waits until the instance is gone (the subnet group can be deleted only then). */
export async function waitForDbInstanceDeleted(
  rds: AwsClients['rds'],
  env: Environment,
  options: DbWaitOptions,
): Promise<void> {
  await waitFor(
    `RDS instance ${env.names.dbInstance}`,
    async () => {
      const instance = await describeDbInstance(rds, env);
      return { done: instance ? undefined : true, state: instance?.DBInstanceStatus ?? 'deleted' };
    },
    {
      ...pacing(options),
    },
  );
}
