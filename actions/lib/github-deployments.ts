import type { getOctokit } from '@actions/github';
import { ConfigError } from './errors';

/**
 * What becomes of an environment's GitHub deployments once the environment is torn down:
 * "inactive" leaves them in the history, marked inactive (the pull request's "View deployment"
 * button goes away); "delete" also removes them; "keep" touches nothing.
 */
export const DEPLOYMENT_MODES = ['inactive', 'delete', 'keep'] as const;
export type DeploymentMode = (typeof DEPLOYMENT_MODES)[number];

export type DeploymentsClient = ReturnType<typeof getOctokit>;

export interface Repository {
  owner: string;
  repo: string;
}

export interface RetiredDeployments {
  /** Every deployment of the environment. */
  found: number[];
  /** Those that were active (or pending, failed...) and are now marked inactive. */
  deactivated: number[];
  deleted: number[];
}

export function parseDeploymentMode(value: string): DeploymentMode {
  if ((DEPLOYMENT_MODES as readonly string[]).includes(value)) return value as DeploymentMode;
  throw new ConfigError(`input "deployments" must be one of ${DEPLOYMENT_MODES.join(', ')}; got "${value}".`);
}

/**
 * Marks every deployment GitHub recorded for the environment inactive (GitHub deletes only
 * inactive ones, so this comes first), then deletes them when asked. Re-runnable: a deployment
 * whose latest status is already inactive gets no second one.
 */
export async function retireDeployments(
  client: DeploymentsClient,
  repository: Repository,
  environment: string,
  mode: DeploymentMode,
): Promise<RetiredDeployments> {
  const result: RetiredDeployments = { found: [], deactivated: [], deleted: [] };
  if (mode === 'keep') return result;
  const deployments = await client.paginate(client.rest.repos.listDeployments, {
    ...repository,
    environment,
    per_page: 100,
  });
  for (const { id } of deployments) {
    result.found.push(id);
    // Statuses come newest first.
    const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
      ...repository,
      deployment_id: id,
      per_page: 1,
    });
    if (statuses[0]?.state !== 'inactive') {
      await client.rest.repos.createDeploymentStatus({
        ...repository,
        deployment_id: id,
        state: 'inactive',
        description: `The environment ${environment} was torn down.`,
      });
      result.deactivated.push(id);
    }
    if (mode === 'delete') {
      await client.rest.repos.deleteDeployment({ ...repository, deployment_id: id });
      result.deleted.push(id);
    }
  }
  return result;
}
