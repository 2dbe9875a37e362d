import type * as Core from '@actions/core';
import { CommonInputs, getCommonInputs, getMinutesInput, prepare } from '../../lib/action';
import { DatabaseInfo, ensureDatabase, ResourceResult } from '../../lib/database';
import { DEFAULT_DB_WAIT_MINUTES } from '../../lib/rds-instance';
import * as step from '../../lib/step';

export interface Inputs extends CommonInputs {
  waitTimeoutMinutes: number;
}

export function getInputs(): Inputs {
  const common = getCommonInputs();
  const waitTimeoutMinutes = getMinutesInput('wait-timeout-minutes', DEFAULT_DB_WAIT_MINUTES, 240);
  return { ...common, waitTimeoutMinutes };
}

export function outputsOf(info: DatabaseInfo): Record<string, string> {
  return {
    'database-mode': info.mode,
    'database-engine': info.engine,
    'database-host': info.host,
    'database-port': String(info.port),
    'database-name': info.name,
    'database-secret-arn': info.secretArn,
    'fernet-key-secret-arn': info.secrets.fernetKey,
    'jwt-secret-arn': info.secrets.jwtSecret,
    'api-secret-key-secret-arn': info.secrets.apiSecretKey,
    'admin-password-secret-arn': info.secrets.adminPassword,
    'database-security-group-id': info.securityGroupId,
    'database-task-definition-arn': info.taskDefinitionArn ?? '',
  };
}

export async function run(): Promise<void> {
  const inputs = getInputs();
  const { env, aws } = prepare(inputs);
  step.info(`Environment ${env.name} (${env.kind}): ${env.database} database, ${env.engine}`);
  const result = await ensureDatabase(aws, env, {
    mask: step.setSecret,
    wait: { log: step.info, timeoutMs: inputs.waitTimeoutMinutes * 60_000 },
  });
  for (const r of result.resources) step.info(`${r.status.padEnd(9)} ${r.resource} ${r.name}`);
  for (const warning of result.warnings) step.warning(warning);
  const core = await step.actionsCore();
  for (const [name, value] of Object.entries(outputsOf(result.info))) core.setOutput(name, value);
  await writeSummary(core.summary, env.name, result.info, result.resources, result.warnings);
}

async function writeSummary(
  summary: typeof Core.summary,
  environment: string,
  info: DatabaseInfo,
  resources: ResourceResult[],
  warnings: string[],
): Promise<void> {
  summary
    .addHeading(`provision-rds: ${environment}`, 3)
    .addRaw(
      `Database: ${info.mode === 'rds' ? 'RDS' : 'container on Fargate'} ${info.engine} at ` +
        `<code>${info.host}:${info.port}</code>, database <code>${info.name}</code>`,
      true,
    )
    .addTable([
      [
        { data: 'Resource', header: true },
        { data: 'Name', header: true },
        { data: 'Status', header: true },
        { data: 'Details', header: true },
      ],
      ...resources.map((r) => [r.resource, r.name, r.status, r.detail || '-']),
    ]);
  if (info.mode === 'container') {
    summary.addRaw(
      'The database container starts with the Airflow services (run-airflow); its data lives as long as its task.',
      true,
    );
  }
  if (warnings.length) summary.addHeading('Warnings', 4).addList(warnings);
  await summary.write();
}
