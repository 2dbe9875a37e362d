import * as path from 'node:path';
import { createClients } from '../actions/lib/aws-clients';
import { DEFAULT_CONFIG_FILE, loadConfig } from '../actions/lib/config';
import { bootstrap, deployRoleName } from '../actions/lib/deploy-role';
import { ConfigError } from '../actions/lib/errors';
import { allowedSubjects, trustScope } from '../actions/lib/github-oidc';
import { validateProject } from '../actions/lib/naming';

export const BOOTSTRAP_OPTIONS = {
  repository: { type: 'string' },
  branches: { type: 'string' },
  environments: { type: 'string' },
  'pull-requests': { type: 'boolean' },
  project: { type: 'string' },
} as const;

export const BOOTSTRAP_USAGE = `
Bootstrap options (airflow-fargate bootstrap --repository owner/name [...]):
  --repository <owner/name>  the GitHub repository whose workflows may deploy (required)
  --environments <list>      only jobs running in these GitHub environments (pr-* style patterns allowed)
  --branches <list>          only jobs on these branches that declare no GitHub environment
  --pull-requests            also pull-request jobs that declare no GitHub environment
                             (none of the three: any workflow run of the repository)
  --project <name>           the project whose resources the role may manage (default: the
                             config file's, then "airflow")
  --region, --config         as above; the role's permissions are for that region
`;

export interface BootstrapValues {
  repository?: string;
  branches?: string;
  environments?: string;
  'pull-requests'?: boolean;
  project?: string;
  region?: string;
  config?: string;
}

/** `airflow-fargate bootstrap`: prints the role ARN alone on stdout, everything else on stderr. */
export async function bootstrapCommand(
  v: BootstrapValues,
  out: (line: string) => void,
  print: (text: string) => void,
): Promise<void> {
  const scope = trustScope({
    repository: v.repository,
    branches: v.branches,
    environments: v.environments,
    pullRequests: v['pull-requests'],
  });
  const config = loadConfig(path.resolve(v.config || DEFAULT_CONFIG_FILE), Boolean(v.config));
  const project = v.project ?? config.project ?? 'airflow';
  validateProject(project);
  const region = v.region || config.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
  if (!region) throw new ConfigError('no AWS region: give --region, a region in the config file, or set AWS_REGION.');
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
    throw new ConfigError(`--region: "${region}" is not an AWS region such as us-east-1.`);
  }

  out(`Bootstrapping project ${project} in ${region} for ${scope.repository}`);
  const clients = createClients({ region, endpoint: process.env.AWS_ENDPOINT_URL || undefined });
  const result = await bootstrap(clients, { project, region, scope });
  out(`  OIDC provider ${result.provider.arn}: ${result.provider.status}`);
  const what = result.role.changes.length ? ` (${result.role.changes.join(', ')})` : '';
  out(`  IAM role ${deployRoleName(project)}: ${result.role.status}${what}`);
  out(`  trusted token subjects: ${allowedSubjects(scope).join(', ')}`);
  out(`Put the role ARN in the repository's settings, as the variable AWS_DEPLOY_ROLE_ARN:`);
  out(`  gh variable set AWS_DEPLOY_ROLE_ARN --repo ${scope.repository} --body ${result.role.arn}`);
  print(`${result.role.arn}\n`);
}
