import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadConfig, parseConfig } from '../../actions/lib/config';
import { resolveEnvironment, TAG_ENVIRONMENT, TAG_PROJECT } from '../../actions/lib/environment';
import { ConfigError } from '../../actions/lib/errors';

describe('config file', () => {
  it('has a default for everything', () => {
    const env = resolveEnvironment('pr-7', parseConfig('', 'airflow-fargate.yml'), { region: 'us-east-1' });
    expect(env).toMatchObject({
      kind: 'preview',
      database: 'container',
      engine: 'postgres',
      deletionProtection: false,
      adminUser: 'admin',
      logRetentionDays: 7,
      project: 'airflow',
    });
    expect(env.vpcId).toBeUndefined();
    expect(env.tags).toMatchObject({ [TAG_PROJECT]: 'airflow', [TAG_ENVIRONMENT]: 'pr-7' });
  });

  it('treats main and declared names as long-lived, with RDS and deletion protection', () => {
    const config = parseConfig('longLived: [staging]\n', 'c.yml');
    expect(resolveEnvironment('main', config, { region: 'us-east-1' })).toMatchObject({
      kind: 'long-lived',
      database: 'rds',
      deletionProtection: true,
    });
    expect(resolveEnvironment('staging', config, { region: 'us-east-1' }).kind).toBe('long-lived');
    expect(resolveEnvironment('feature/x', config, { region: 'us-east-1' }).kind).toBe('preview');
  });

  it('applies every field', () => {
    const config = parseConfig(
      [
        'project: analytics',
        'region: eu-west-1',
        'vpcId: vpc-0abc',
        'subnetIds: [subnet-01, subnet-02]',
        'logRetentionDays: 30',
        'allowedCidrs: [203.0.113.0/24]',
        'adminUser: ops',
        'previewDefaults:',
        '  database: rds',
        '  engine: mysql',
        '  sizes:',
        '    api-server: {cpu: 1024, memory: 3072}',
        'oauth: {provider: google, secretName: airflow/google, defaultRole: User}',
        'tags: {team: data}',
      ].join('\n'),
      'c.yml',
    );
    const env = resolveEnvironment('pr-1', config);
    expect(env).toMatchObject({
      project: 'analytics',
      region: 'eu-west-1',
      vpcId: 'vpc-0abc',
      subnetIds: ['subnet-01', 'subnet-02'],
      logRetentionDays: 30,
      allowedCidrs: ['203.0.113.0/24'],
      adminUser: 'ops',
      database: 'rds',
      engine: 'mysql',
      oauth: { provider: 'google', secretName: 'airflow/google', defaultRole: 'User' },
    });
    expect(env.sizes['api-server']).toEqual({ cpu: 1024, memory: 3072 });
    expect(env.sizes.scheduler).toEqual({ cpu: 512, memory: 1024 });
    expect(env.tags.team).toBe('data');
    expect(env.names.stem).toBe('analytics-pr-1');
  });

  it('takes the region from the input, then the file, then AWS_REGION', () => {
    const config = parseConfig('region: eu-west-1', 'c.yml');
    expect(resolveEnvironment('main', config, { region: 'us-west-2', defaultRegion: 'ap-south-1' }).region).toBe(
      'us-west-2',
    );
    expect(resolveEnvironment('main', config, { defaultRegion: 'ap-south-1' }).region).toBe('eu-west-1');
    expect(resolveEnvironment('main', {}, { defaultRegion: 'ap-south-1' }).region).toBe('ap-south-1');
  });

  it.each([
    ['regoin: us-east-1', /unknown field "regoin"/],
    ['region: useast1', /region: must be an AWS region/],
    ['vpcId: 12', /vpcId/],
    ['subnetIds: []', /subnetIds/],
    ['logRetentionDays: 8', /logRetentionDays: must be a CloudWatch retention/],
    ['allowedCidrs: [10.0.0.300/8]', /allowedCidrs.0: must be an IPv4 CIDR/],
    ['allowedCidrs: [everyone]', /allowedCidrs.0/],
    ['previewDefaults: {database: sqlite}', /previewDefaults.database/],
    [
      'previewDefaults: {sizes: {scheduler: {cpu: 300, memory: 512}}}',
      /previewDefaults.sizes.scheduler.cpu: must be one of 256/,
    ],
    [
      'previewDefaults: {sizes: {scheduler: {cpu: 256, memory: 4096}}}',
      /previewDefaults.sizes.scheduler.memory: with cpu 256/,
    ],
    ['previewDefaults: {sizes: {webserver: {cpu: 256, memory: 512}}}', /unknown field "webserver"/],
    ['oauth: {provider: github, secretName: x}', /oauth.provider/],
    ['tags: {"aws:owner": x}', /tags/],
    ['adminUser: "bad user"', /adminUser/],
    ['project: Analytics', /project/],
    ['- just\n- a list', /must be a mapping of fields/],
    ['region: [unclosed', /not valid YAML/],
  ])('rejects %p naming the field', (text, message) => {
    const run = () => resolveEnvironment('main', parseConfig(text, 'airflow-fargate.yml'), { region: 'us-east-1' });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(message);
  });

  it('asks for a region when neither the file nor the environment has one', () => {
    expect(() => resolveEnvironment('main', {})).toThrow(/region: not set/);
  });

  it('reads the file, and treats a missing default file as all defaults', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'af-config-'));
    const file = path.join(dir, 'airflow-fargate.yml');
    expect(loadConfig(file, false)).toEqual({});
    expect(() => loadConfig(file, true)).toThrow(/does not exist/);
    writeFileSync(file, 'project: analytics\n');
    expect(loadConfig(file, true)).toEqual({ project: 'analytics' });
  });
});
