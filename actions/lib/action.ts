import * as path from 'node:path';
import { createClients, AwsClients } from './aws-clients';
import { DEFAULT_CONFIG_FILE, loadConfig } from './config';
import { Environment, resolveEnvironment } from './environment';
import { ConfigError } from './errors';
import { actionsCore, getInput } from './step';

/** The inputs every action shares: the environment alone is enough, the rest has defaults. */
export interface CommonInputs {
  environment: string;
  configPath: string;
  configRequired: boolean;
  /** The `region` input; the config file's region comes next, then AWS_REGION. */
  region?: string;
}

/** The checkout the runner gives a job (the current directory outside a runner). */
export function workspaceRoot(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

export function getCommonInputs(): CommonInputs {
  const environment = getInput('environment').trim();
  if (!environment) {
    throw new ConfigError('input "environment" is required: the environment to act on, for example "main" or "pr-42".');
  }
  const given = getInput('config').trim();
  return {
    environment,
    configPath: path.resolve(workspaceRoot(), given || DEFAULT_CONFIG_FILE),
    configRequired: Boolean(given),
    region: getInput('region').trim() || undefined,
  };
}

/** A whole number of minutes from 1 to `max`, or `fallback` when the input is empty. */
export function getMinutesInput(name: string, fallback: number, max: number): number {
  const raw = getInput(name).trim();
  const minutes = raw ? Number(raw) : fallback;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > max) {
    throw new ConfigError(
      `input "${name}": "${raw}" is not a whole number of minutes from 1 to ${max}; leave it empty for ${fallback}.`,
    );
  }
  return minutes;
}

/** Resolves the environment from the inputs, before any AWS call, and makes its clients. */
export function prepare(inputs: CommonInputs): { env: Environment; aws: AwsClients } {
  const config = loadConfig(inputs.configPath, inputs.configRequired);
  const env = resolveEnvironment(inputs.environment, config, {
    region: inputs.region,
    defaultRegion: process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined,
  });
  const aws = createClients({ region: env.region, endpoint: process.env.AWS_ENDPOINT_URL || undefined });
  return { env, aws };
}

/**
 * Runs an action's body: any failure fails the step with a message that starts with the action's
 * name, and user mistakes say so.
 */
export async function runAction(actionName: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    (await actionsCore()).setFailed(
      err instanceof ConfigError ? `${actionName}: configuration error: ${message}` : `${actionName}: ${message}`,
    );
  }
}
