import {
  DescribeLogGroupsCommand,
  ListTagsForResourceCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { resolveEnvironment } from '../../actions/lib/environment';
import { destroyLogGroup, ensureLogGroup } from '../../actions/lib/log-group';
import { AwsCallRecorder } from '../support/aws-proxy';
import { uniqueProject } from '../register-task-defs/fixtures';

// Against the emulator (moto server) over HTTP with the real SDK.
describe('log group', () => {
  const aws = createClients(targetFromEnv());

  it('is created with the environment’s retention and tags, and left alone when right', async () => {
    const env = resolveEnvironment('pr-5', { project: uniqueProject(), logRetentionDays: 14 }, { region: 'us-east-1' });
    const first = await ensureLogGroup(aws.logs, env);
    expect(first).toMatchObject({ name: env.names.logGroup, status: 'created' });

    const groups = await aws.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: env.names.logGroup }));
    expect(groups.logGroups?.map((g) => [g.logGroupName, g.retentionInDays])).toEqual([[env.names.logGroup, 14]]);
    const tags = await aws.logs.send(new ListTagsForResourceCommand({ resourceArn: first.arn }));
    expect(tags.tags).toMatchObject({ 'airflow-fargate:environment': 'pr-5', 'airflow-fargate:project': env.project });

    const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
    await recorder.start();
    try {
      const again = await ensureLogGroup(createClients({ region: 'us-east-1', endpoint: recorder.endpoint }).logs, env);
      expect(again.status).toBe('unchanged');
      expect(recorder.mutating()).toEqual([]);
    } finally {
      await recorder.stop();
    }

    await aws.logs.send(new PutRetentionPolicyCommand({ logGroupName: env.names.logGroup, retentionInDays: 3653 }));
    expect((await ensureLogGroup(aws.logs, env)).status).toBe('updated');
    const fixed = await aws.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: env.names.logGroup }));
    expect(fixed.logGroups?.[0].retentionInDays).toBe(14);

    expect(await destroyLogGroup(aws.logs, env)).toBe(true);
    expect(await destroyLogGroup(aws.logs, env)).toBe(false);
  });

  it('a preview keeps container logs a week and a long-lived environment 90 days by default', async () => {
    const project = uniqueProject();
    const preview = resolveEnvironment('pr-6', { project }, { region: 'us-east-1' });
    const main = resolveEnvironment('main', { project }, { region: 'us-east-1' });
    await Promise.all([ensureLogGroup(aws.logs, preview), ensureLogGroup(aws.logs, main)]);
    const groups = await aws.logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: `/airflow-fargate/${project}-` }),
    );
    expect(Object.fromEntries(groups.logGroups?.map((g) => [g.logGroupName, g.retentionInDays]) ?? [])).toEqual({
      [preview.names.logGroup]: 7,
      [main.names.logGroup]: 90,
    });
  });
});
