import { COMPONENTS, Component, ConfigFile } from './config';
import { ConfigError } from './errors';
import { environmentId, resourceNames, ResourceNames, validateEnvironmentName, validateProject } from './naming';

export type EnvironmentKind = 'long-lived' | 'preview';
export type DatabaseMode = 'rds' | 'container';
export type DatabaseEngine = 'postgres' | 'mysql';
export interface Size {
  cpu: number;
  memory: number;
}

/** Everything one environment is, derived deterministically from its name and the config file. */
export interface Environment {
  name: string;
  id: string;
  project: string;
  kind: EnvironmentKind;
  region: string;
  vpcId?: string;
  subnetIds?: string[];
  database: DatabaseMode;
  engine: DatabaseEngine;
  deletionProtection: boolean;
  dbInstanceClass: string;
  dbStorageGiB: number;
  sizes: Record<Component, Size>;
  logRetentionDays: number;
  allowedCidrs: string[];
  adminUser: string;
  oauth?: { provider: 'google'; secretName: string; defaultRole: string };
  names: ResourceNames;
  tags: Record<string, string>;
}

export const TAG_PROJECT = 'airflow-fargate:project';
export const TAG_ENVIRONMENT = 'airflow-fargate:environment';
export const TAG_ENVIRONMENT_ID = 'airflow-fargate:environment-id';

const PREVIEW = /^pr-\d+$/;

const DEFAULTS: Record<
  EnvironmentKind,
  { database: DatabaseMode; deletionProtection: boolean; sizes: Record<Component, Size> }
> = {
  'long-lived': {
    database: 'rds',
    deletionProtection: true,
    sizes: {
      'api-server': { cpu: 1024, memory: 2048 },
      scheduler: { cpu: 1024, memory: 2048 },
      'dag-processor': { cpu: 512, memory: 1024 },
      triggerer: { cpu: 512, memory: 1024 },
      worker: { cpu: 512, memory: 1024 },
    },
  },
  preview: {
    database: 'container',
    deletionProtection: false,
    sizes: {
      'api-server': { cpu: 512, memory: 1024 },
      scheduler: { cpu: 512, memory: 1024 },
      'dag-processor': { cpu: 256, memory: 512 },
      triggerer: { cpu: 256, memory: 512 },
      worker: { cpu: 256, memory: 512 },
    },
  },
};

export function environmentKind(name: string, config: ConfigFile): EnvironmentKind {
  if (name === 'main' || (config.longLived ?? []).includes(name)) return 'long-lived';
  if (PREVIEW.test(name)) return 'preview';
  // A dispatched name nobody declared long-lived is a preview: cheap, and removable without confirmation.
  return 'preview';
}

export interface EnvironmentOverrides {
  /** An explicit region (an action's input): wins over the config file. */
  region?: string;
  /** The region of the surroundings (AWS_REGION): used when neither of the above says. */
  defaultRegion?: string;
}

export function resolveEnvironment(
  name: string,
  config: ConfigFile,
  overrides: EnvironmentOverrides = {},
): Environment {
  validateEnvironmentName(name);
  const project = config.project ?? 'airflow';
  validateProject(project);
  const region = overrides.region || config.region || overrides.defaultRegion;
  if (!region) {
    throw new ConfigError('region: not set. Set "region" in the config file, or AWS_REGION in the environment.');
  }
  const kind = environmentKind(name, config);
  const defaults = DEFAULTS[kind];
  const settings = (kind === 'long-lived' ? config.longLivedDefaults : config.previewDefaults) ?? {};
  const sizes = Object.fromEntries(COMPONENTS.map((c) => [c, settings.sizes?.[c] ?? defaults.sizes[c]])) as Record<
    Component,
    Size
  >;
  const id = environmentId(name);
  return {
    name,
    id,
    project,
    kind,
    region,
    vpcId: config.vpcId,
    subnetIds: config.subnetIds,
    database: settings.database ?? defaults.database,
    engine: settings.engine ?? 'postgres',
    deletionProtection: settings.deletionProtection ?? (name === 'main' ? true : defaults.deletionProtection),
    dbInstanceClass: settings.dbInstanceClass ?? 'db.t4g.micro',
    dbStorageGiB: settings.dbStorageGiB ?? 20,
    sizes,
    logRetentionDays: config.logRetentionDays ?? (kind === 'long-lived' ? 90 : 7),
    allowedCidrs: config.allowedCidrs ?? ['0.0.0.0/0'],
    adminUser: config.adminUser ?? 'admin',
    oauth: config.oauth ? { ...config.oauth, defaultRole: config.oauth.defaultRole ?? 'Viewer' } : undefined,
    names: resourceNames(project, name),
    tags: {
      ...(config.tags ?? {}),
      [TAG_PROJECT]: project,
      [TAG_ENVIRONMENT]: name,
      [TAG_ENVIRONMENT_ID]: id,
    },
  };
}

/** Tags in the shape most AWS APIs take. */
export function tagList(env: Environment): { Key: string; Value: string }[] {
  return Object.entries(env.tags).map(([Key, Value]) => ({ Key, Value }));
}

/** Tags in ECS's lower-case shape. */
export function ecsTags(env: Environment): { key: string; value: string }[] {
  return Object.entries(env.tags).map(([key, value]) => ({ key, value }));
}
