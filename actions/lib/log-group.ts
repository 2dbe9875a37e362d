import type { LogGroup } from '@aws-sdk/client-cloudwatch-logs';
import { AwsClients } from './aws-clients';
import { Environment } from './environment';
import { aws, AwsError, createUnlessExists, isNotFound } from './errors';
import type { EnsureStatus } from './iam-roles';

export interface EnsuredLogGroup {
  name: string;
  arn: string;
  status: EnsureStatus;
}

export async function describeLogGroup(logs: AwsClients['logs'], env: Environment): Promise<LogGroup | undefined> {
  const name = env.names.logGroup;
  const found = await aws('DescribeLogGroups', `log group ${name}`, () =>
    logs.describeLogGroups({ logGroupNamePrefix: name }),
  );
  return found.logGroups?.find((g) => g.logGroupName === name);
}

// DescribeLogGroups gives the ARN with a trailing ":*"; the tagging API wants it without.
const bareArn = (arn: string): string => arn.replace(/:\*$/, '');

/** The containers' log group, with the environment's retention and tags. */
export async function ensureLogGroup(logs: AwsClients['logs'], env: Environment): Promise<EnsuredLogGroup> {
  const name = env.names.logGroup;
  const resource = `log group ${name}`;
  let group = await describeLogGroup(logs, env);
  let status: EnsureStatus = 'unchanged';
  if (!group) {
    await createUnlessExists('CreateLogGroup', resource, () =>
      logs.createLogGroup({ logGroupName: name, tags: env.tags }),
    );
    status = 'created';
    group = await describeLogGroup(logs, env);
    if (!group) throw new Error(`${resource} was created but cannot be found`);
  } else {
    const have = await aws('ListTagsForResource', resource, () =>
      logs.listTagsForResource({ resourceArn: bareArn(group?.arn as string) }),
    );
    const missing = Object.fromEntries(Object.entries(env.tags).filter(([k, v]) => have.tags?.[k] !== v));
    if (Object.keys(missing).length) {
      await aws('TagResource', resource, () =>
        logs.tagResource({ resourceArn: bareArn(group?.arn as string), tags: missing }),
      );
      status = 'updated';
    }
  }
  if (group.retentionInDays !== env.logRetentionDays) {
    await aws('PutRetentionPolicy', resource, () =>
      logs.putRetentionPolicy({ logGroupName: name, retentionInDays: env.logRetentionDays }),
    );
    if (status === 'unchanged') status = 'updated';
  }
  return { name, arn: bareArn(group.arn as string), status };
}

export async function destroyLogGroup(logs: AwsClients['logs'], env: Environment): Promise<boolean> {
  if (!(await describeLogGroup(logs, env))) return false;
  await aws('DeleteLogGroup', `log group ${env.names.logGroup}`, () =>
    logs.deleteLogGroup({ logGroupName: env.names.logGroup }),
  );
  return true;
}

/** Deletes a log group by name; false when it was not there. */
export async function deleteLogGroup(logs: AwsClients['logs'], name: string): Promise<boolean> {
  try {
    await logs.deleteLogGroup({ logGroupName: name });
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw new AwsError(`log group ${name}`, 'DeleteLogGroup', err);
  }
}
