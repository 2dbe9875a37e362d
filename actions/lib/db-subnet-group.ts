import type { DBSubnetGroup } from '@aws-sdk/client-rds';
import { AwsClients } from './aws-clients';
import { Environment, tagList } from './environment';
import { aws, AwsError, createUnlessExists, isNotFound } from './errors';

export type EnsureStatus = 'created' | 'updated' | 'unchanged';

export interface EnsuredSubnetGroup {
  name: string;
  status: EnsureStatus;
}

export async function describeDbSubnetGroup(
  rds: AwsClients['rds'],
  env: Environment,
): Promise<DBSubnetGroup | undefined> {
  const name = env.names.dbSubnetGroup;
  try {
    const found = await rds.describeDBSubnetGroups({ DBSubnetGroupName: name });
    return found.DBSubnetGroups?.[0];
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw new AwsError(`DB subnet group ${name}`, 'DescribeDBSubnetGroups', err);
  }
}

/** The environment's DB subnet group over exactly `subnetIds`; fixes the subnet list when it drifted. */
export async function ensureDbSubnetGroup(
  rds: AwsClients['rds'],
  env: Environment,
  subnetIds: string[],
): Promise<EnsuredSubnetGroup> {
  const name = env.names.dbSubnetGroup;
  const resource = `DB subnet group ${name}`;
  const description = `Airflow metadata database of ${env.project} environment ${env.id}`;
  const existing = await describeDbSubnetGroup(rds, env);
  if (!existing) {
    // Already there: a retried or concurrent create made it with the same settings.
    await createUnlessExists('CreateDBSubnetGroup', resource, () =>
      rds.createDBSubnetGroup({
        DBSubnetGroupName: name,
        DBSubnetGroupDescription: description,
        SubnetIds: subnetIds,
        Tags: tagList(env),
      }),
    );
    return { name, status: 'created' };
  }
  let status: EnsureStatus = 'unchanged';
  const have = (existing.Subnets ?? []).map((s) => s.SubnetIdentifier as string).sort();
  if (have.join(',') !== [...subnetIds].sort().join(',')) {
    await aws('ModifyDBSubnetGroup', resource, () =>
      rds.modifyDBSubnetGroup({
        DBSubnetGroupName: name,
        DBSubnetGroupDescription: description,
        SubnetIds: subnetIds,
      }),
    );
    status = 'updated';
  }
  // The tagging API does not list subnet groups, so teardown relies on the name; tags are still ours.
  const arn = existing.DBSubnetGroupArn;
  if (arn) {
    const tags = await aws('ListTagsForResource', resource, () => rds.listTagsForResource({ ResourceName: arn }));
    const missing = tagList(env).filter(
      (t) => !(tags.TagList ?? []).some((have) => have.Key === t.Key && have.Value === t.Value),
    );
    if (missing.length) {
      await aws('AddTagsToResource', resource, () => rds.addTagsToResource({ ResourceName: arn, Tags: missing }));
      status = 'updated';
    }
  }
  return { name, status };
}

/** Deletes the subnet group; true when it existed. It can only go once the instance is gone. */
export async function destroyDbSubnetGroup(rds: AwsClients['rds'], env: Environment): Promise<boolean> {
  const name = env.names.dbSubnetGroup;
  try {
    await rds.deleteDBSubnetGroup({ DBSubnetGroupName: name });
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw new AwsError(`DB subnet group ${name}`, 'DeleteDBSubnetGroup', err);
  }
}
