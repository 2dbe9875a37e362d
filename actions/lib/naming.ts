import { createHash } from 'node:crypto';
import { ConfigError } from './errors';

/** Longest environment name we accept (branch names can be long). */
export const MAX_ENVIRONMENT_NAME = 200;
/** Longest environment id inside AWS names; keeps every derived name within its service's limit. */
export const MAX_ENVIRONMENT_ID = 20;
export const MAX_PROJECT = 16;

// Characters AWS accepts in tag values, so the environment's own name can be its tag.
const ENVIRONMENT_NAME = /^[A-Za-z0-9_.:/=+@-]+$/;
const PROJECT = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const CANONICAL_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
// Ids ending like our hash suffix are always hashed, so a verbatim id never equals a hashed one.
const HASH_SUFFIX = /-[0-9a-f]{10}$/;

export function validateEnvironmentName(name: string): void {
  if (!name) {
    throw new ConfigError('environment: required. Give a name such as "main" or "pr-123".');
  }
  if (name.length > MAX_ENVIRONMENT_NAME) {
    throw new ConfigError(
      `environment: "${name.slice(0, 40)}..." is ${name.length} characters; the limit is ${MAX_ENVIRONMENT_NAME}.`,
    );
  }
  if (!ENVIRONMENT_NAME.test(name)) {
    throw new ConfigError(
      `environment: "${name}" has characters we cannot tag AWS resources with. Use letters, digits and _ . : / = + @ -.`,
    );
  }
  if (!/[A-Za-z0-9]/.test(name)) {
    throw new ConfigError(`environment: "${name}" needs at least one letter or digit.`);
  }
}

export function validateProject(project: string): void {
  if (!PROJECT.test(project) || project.length > MAX_PROJECT) {
    throw new ConfigError(
      `project: "${project}" must be 1-${MAX_PROJECT} lower-case letters, digits and single hyphens, starting with a letter (for example "analytics").`,
    );
  }
  // Security groups are named "<project>-...", and EC2 refuses group names that start with "sg-".
  if (project === 'sg' || project.startsWith('sg-')) {
    throw new ConfigError(
      `project: "${project}" would start security group names with "sg-", which EC2 reserves for group ids; choose another project name.`,
    );
  }
}

export function shortHash(text: string, length = 10): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * The environment's id inside AWS names: the name itself when it is already a short lower-case
 * DNS-style label, otherwise a readable slug plus a hash of the exact name. Distinct names give
 * distinct ids ("Main" and "main", "a/b" and "a-b" differ by their hash).
 */
export function environmentId(name: string): string {
  validateEnvironmentName(name);
  if (CANONICAL_ID.test(name) && name.length <= MAX_ENVIRONMENT_ID && !HASH_SUFFIX.test(name)) {
    return name;
  }
  const hash = shortHash(name);
  let slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, MAX_ENVIRONMENT_ID - hash.length - 1)
    .replace(/-+$/, '');
  if (!slug) slug = 'env';
  return `${slug}-${hash}`;
}

/** Every AWS name of one environment, each valid for its service. */
export interface ResourceNames {
  /** project-envid: the stem of every other name. */
  stem: string;
  cluster: string;
  ecrRepository: string;
  logGroup: string;
  /** Bucket names are global: a hash of account and region keeps them unique and within 63. */
  logsBucket: (account: string, region: string) => string;
  executionRole: string;
  taskRole: string;
  taskSecurityGroup: string;
  dbSecurityGroup: string;
  /** The DAG bundle volume's mount targets: NFS from the tasks' group only. */
  efsSecurityGroup: string;
  /** The DAG bundle volume: its EFS creation token and the Name tag of it and its access point. */
  bundleVolume: string;
  dbSubnetGroup: string;
  dbInstance: string;
  secretPrefix: string;
  serviceDiscoveryNamespace: string;
  taskFamily: (component: string) => string;
  service: (component: string) => string;
}

export function resourceNames(project: string, environment: string): ResourceNames {
  validateProject(project);
  const stem = `${project}-${environmentId(environment)}`;
  return {
    stem,
    cluster: stem,
    // One repository per project: images are shared by content, environments tag their own.
    ecrRepository: `${project}/airflow`,
    logGroup: `/airflow-fargate/${stem}`,
    logsBucket: (account, region) => `${stem}-logs-${shortHash(`${account}/${region}`, 8)}`,
    executionRole: `${stem}-execution`,
    taskRole: `${stem}-task`,
    taskSecurityGroup: `${stem}-tasks`,
    dbSecurityGroup: `${stem}-db`,
    efsSecurityGroup: `${stem}-efs`,
    bundleVolume: `${stem}-bundle`,
    dbSubnetGroup: `${stem}-db`,
    dbInstance: `${stem}-db`,
    secretPrefix: `airflow-fargate/${stem}`,
    serviceDiscoveryNamespace: `${stem}.airflow.internal`,
    taskFamily: (component) => `${stem}-${component}`,
    service: (component) => `${stem}-${component}`,
  };
}
