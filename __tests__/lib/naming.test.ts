import { environmentId, resourceNames } from '../../actions/lib/naming';
import { ConfigError } from '../../actions/lib/errors';

// Each service's own rule for its names (from the AWS API references).
const RULES: [string, (n: ReturnType<typeof resourceNames>) => string, RegExp, number][] = [
  ['ECS cluster', (n) => n.cluster, /^[A-Za-z0-9_-]+$/, 255],
  ['ECS task family', (n) => n.taskFamily('dag-processor'), /^[A-Za-z0-9_-]+$/, 255],
  ['ECS service', (n) => n.service('api-server'), /^[A-Za-z0-9_-]+$/, 255],
  ['ECR repository', (n) => n.ecrRepository, /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/, 256],
  ['CloudWatch log group', (n) => n.logGroup, /^[A-Za-z0-9_\-/.#]+$/, 512],
  ['S3 bucket', (n) => n.logsBucket('123456789012', 'ap-southeast-2'), /^[a-z0-9][a-z0-9-]*[a-z0-9]$/, 63],
  ['IAM execution role', (n) => n.executionRole, /^[\w+=,.@-]+$/, 64],
  ['IAM task role', (n) => n.taskRole, /^[\w+=,.@-]+$/, 64],
  ['EC2 security group', (n) => n.taskSecurityGroup, /^[\w .:/()#,@[\]+=&;{}!$*-]+$/, 255],
  ['RDS subnet group', (n) => n.dbSubnetGroup, /^[a-z0-9 ._-]+$/, 255],
  ['RDS instance', (n) => n.dbInstance, /^[a-z](?!.*--)[a-z0-9-]*[a-z0-9]$/, 63],
  ['Secrets Manager prefix', (n) => `${n.secretPrefix}/fernet-key`, /^[\w/+=.@-]+$/, 512],
  ['Cloud Map namespace', (n) => n.serviceDiscoveryNamespace, /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]+$/, 253],
];

const NAMES = [
  'main',
  'pr-1',
  'pr-10',
  'Main',
  'feature/New_DAG',
  'feature-new-dag',
  'release/2026.11',
  'x'.repeat(200),
  'A'.repeat(200),
  'UPPER_CASE/with.dots@and+plus=equals:colon',
  '123-starts-with-digits',
  'abc-0123456789',
  '--dashes--',
];

describe('environment names', () => {
  it.each(NAMES)('derives valid names for every service from %p', (name) => {
    const names = resourceNames('airflow', name);
    for (const [service, pick, pattern, max] of RULES) {
      const value = pick(names);
      expect({ service, value, valid: pattern.test(value) && value.length <= max }).toEqual({
        service,
        value,
        valid: true,
      });
    }
  });

  it('keeps short lower-case names readable and hashes the rest', () => {
    expect(environmentId('main')).toBe('main');
    expect(environmentId('pr-10')).toBe('pr-10');
    expect(environmentId('feature/New_DAG')).toMatch(/^feature-n-[0-9a-f]{10}$/);
  });

  it('is deterministic', () => {
    expect(resourceNames('airflow', 'feature/New_DAG')).toMatchObject({
      stem: resourceNames('airflow', 'feature/New_DAG').stem,
    });
  });

  it('gives distinct names to names that differ only by case, punctuation or a prefix', () => {
    const groups = [
      ['main', 'Main', 'MAIN'],
      ['feature/new-dag', 'feature-new-dag', 'feature_new_dag', 'feature.new.dag'],
      ['pr-1', 'pr-10', 'pr-100'],
      ['x'.repeat(200), 'x'.repeat(199), 'x'.repeat(21), 'x'.repeat(20)],
      ['abc-0123456789', `abc-${'0123456789'}x`],
    ];
    for (const group of groups) {
      const ids = group.map(environmentId);
      expect(new Set(ids).size).toBe(group.length);
    }
  });

  it('never lets a verbatim name take the form of a hashed one', () => {
    const hashed = environmentId('Main');
    expect(environmentId(hashed)).not.toBe(hashed);
  });

  it.each([
    ['', /required/],
    ['has space', /characters/],
    ['semi;colon', /characters/],
    ['x'.repeat(201), /limit is 200/],
    ['---', /letter or digit/],
  ])('rejects %p with a message naming the input', (name, message) => {
    expect(() => environmentId(name)).toThrow(ConfigError);
    expect(() => environmentId(name)).toThrow(message);
  });

  it('keeps projects apart', () => {
    expect(resourceNames('analytics', 'main').stem).not.toBe(resourceNames('airflow', 'main').stem);
    expect(() => resourceNames('Bad_Project', 'main')).toThrow(/project/);
    expect(() => resourceNames('sg', 'main')).toThrow(/"sg-", which EC2 reserves/);
    expect(() => resourceNames('sg-data', 'main')).toThrow(/"sg-", which EC2 reserves/);
    expect(resourceNames('sgdata', 'main').taskSecurityGroup).toBe('sgdata-main-tasks');
  });
});
