import {
  AddTagsToResourceCommand,
  CreateDBSubnetGroupCommand,
  DBSubnetGroup,
  DeleteDBSubnetGroupCommand,
  DescribeDBSubnetGroupsCommand,
  ListTagsForResourceCommand,
  ModifyDBSubnetGroupCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { Environment, tagList } from './environment';
import { aws, AwsError, isNotFound } from './errors';

export type EnsureStatus = 'created' | 'updated' | 'unchanged';

export interface EnsuredSubnetGroup {
  name: string;
  status: EnsureStatus;
}

export async function describeDbSubnetGroup(rds: RDSClient, env: Environment): Promise<DBSubnetGroup | undefined> {
  const name = env.names.dbSubnetGroup;
  try {
    const found = await rds.send(new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: name }));
    return found.DBSubnetGroups?.[0];
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`DB subnet group ${name}`, 'DescribeDBSubnetGroups', err);
  }
}

/** The environment's DB subnet group over exactly `subnetIds`; fixes the subnet list when it drifted. */
export async function ensureDbSubnetGroup(
  rds: RDSClient,
  env: Environment,
  subnetIds: string[],
): Promise<EnsuredSubnetGroup> {
  const name = env.names.dbSubnetGroup;
  const resource = `DB subnet group ${name}`;
  const description = `Airflow metadata database of ${env.project} environment ${env.id}`;
  const existing = await describeDbSubnetGroup(rds, env);
  if (!existing) {
    await aws('CreateDBSubnetGroup', resource, () =>
      rds.send(
        new CreateDBSubnetGroupCommand({
          DBSubnetGroupName: name,
          DBSubnetGroupDescription: description,
          SubnetIds: subnetIds,
          Tags: tagList(env),
        }),
      ),
    );
    return { name, status: 'created' };
  }
  let status: EnsureStatus = 'unchanged';
  const have = (existing.Subnets ?? []).map((s) => s.SubnetIdentifier as string).sort();
  if (have.join(',') !== [...subnetIds].sort().join(',')) {
    await aws('ModifyDBSubnetGroup', resource, () =>
      rds.send(
        new ModifyDBSubnetGroupCommand({
          DBSubnetGroupName: name,
          DBSubnetGroupDescription: description,
          SubnetIds: subnetIds,
        }),
      ),
    );
    status = 'updated';
  }
  // The tagging API does not list subnet groups, so teardown relies on the name; tags are still ours.
  const arn = existing.DBSubnetGroupArn;
  if (arn) {
    const tags = await aws('ListTagsForResource', resource, () =>
      rds.send(new ListTagsForResourceCommand({ ResourceName: arn })),
    );
    const missing = tagList(env).filter(
      (t) => !(tags.TagList ?? []).some((have) => have.Key === t.Key && have.Value === t.Value),
    );
    if (missing.length) {
      await aws('AddTagsToResource', resource, () =>
        rds.send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: missing })),
      );
      status = 'updated';
    }
  }
  return { name, status };
}

/** Deletes the subnet group; true when it existed. It can only go once the instance is gone. */
export async function destroyDbSubnetGroup(rds: RDSClient, env: Environment): Promise<boolean> {
  const name = env.names.dbSubnetGroup;
  try {
    await rds.send(new DeleteDBSubnetGroupCommand({ DBSubnetGroupName: name }));
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw new AwsError(`DB subnet group ${name}`, 'DeleteDBSubnetGroup', err);
  }
}
