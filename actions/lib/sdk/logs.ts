// The CloudWatch Logs commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.
export {
  CloudWatchLogsClient as Client,
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  DescribeLogGroupsCommand,
  ListTagsForResourceCommand,
  PutRetentionPolicyCommand,
  TagResourceCommand,
} from '@aws-sdk/client-cloudwatch-logs';
