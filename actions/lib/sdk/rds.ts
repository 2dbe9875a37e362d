// The RDS commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.
export {
  RDSClient as Client,
  AddTagsToResourceCommand,
  CreateDBInstanceCommand,
  CreateDBSubnetGroupCommand,
  DeleteDBInstanceCommand,
  DeleteDBSubnetGroupCommand,
  DescribeDBInstancesCommand,
  DescribeDBSubnetGroupsCommand,
  ListTagsForResourceCommand,
  ModifyDBInstanceCommand,
  ModifyDBSubnetGroupCommand,
  StartDBInstanceCommand,
} from '@aws-sdk/client-rds';
