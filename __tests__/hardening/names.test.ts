import fc from 'fast-check';
import { COMPONENTS } from '../../actions/lib/config';
import { DATABASE_COMPONENT } from '../../actions/lib/database';
import { resolveEnvironment } from '../../actions/lib/environment';
import { ConfigError } from '../../actions/lib/errors';
import { environmentId, MAX_PROJECT, ResourceNames, resourceNames } from '../../actions/lib/naming';
import { finalSnapshotIdentifier } from '../../actions/lib/rds-instance';
import { GENERATED_SECRETS } from '../../actions/lib/secrets';

// Property tests over environment names (what a dispatch or a branch can bring) and project names:
// every name derived for AWS must pass that service's own rules (from each API reference: length,
// character set, case, reserved prefixes and suffixes), the same input always gives the same names,
// and distinct environments never share a name, however little they differ.
const RUNS = Number(process.env.NAMES_RUNS ?? 300);

type Rule = [service: string, names: (n: ResourceNames, envName: string) => string[], valid: (name: string) => boolean];

const within = (min: number, max: number) => (s: string) => s.length >= min && s.length <= max;
const ecsName = (s: string) => within(1, 255)(s) && /^[A-Za-z0-9_-]+$/.test(s);
// RDS identifiers: a letter first, letters digits and hyphens, no "--", no hyphen at the end.
const rdsIdentifier = (max: number) => (s: string) =>
  within(1, max)(s) && /^[A-Za-z][A-Za-z0-9-]*$/.test(s) && !s.includes('--') && !s.endsWith('-');
const dnsLabel = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

const RULES: Rule[] = [
  ['ECS cluster', (n) => [n.cluster], ecsName],
  ['ECS task family', (n) => [...COMPONENTS, DATABASE_COMPONENT].map(n.taskFamily), ecsName],
  ['ECS service', (n) => [...COMPONENTS, DATABASE_COMPONENT].map(n.service), ecsName],
  [
    'ECR repository',
    (n) => [n.ecrRepository],
    (s) => within(2, 256)(s) && /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/.test(s),
  ],
  [
    'CloudWatch log group',
    (n) => [n.logGroup],
    (s) => within(1, 512)(s) && /^[A-Za-z0-9_\-/.#]+$/.test(s) && !s.startsWith('aws/'),
  ],
  [
    'S3 bucket',
    (n) => [n.logsBucket('123456789012', 'us-east-1'), n.logsBucket('999999999999', 'ap-southeast-2')],
    (s) =>
      within(3, 63)(s) &&
      /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(s) &&
      !s.includes('..') &&
      !/^\d+\.\d+\.\d+\.\d+$/.test(s) &&
      !/^(xn--|sthree-|amzn-s3-demo-)/.test(s) &&
      !/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(s),
  ],
  ['IAM role', (n) => [n.executionRole, n.taskRole], (s) => within(1, 64)(s) && /^[\w+=,.@-]+$/.test(s)],
  [
    'EC2 security group',
    (n) => [n.taskSecurityGroup, n.dbSecurityGroup, n.efsSecurityGroup],
    (s) => within(1, 255)(s) && /^[A-Za-z0-9 ._\-:/()#,@[\]+=&;{}!$*]+$/.test(s) && !s.startsWith('sg-'),
  ],
  // RDS keeps subnet group names in lower case: a name with capitals would not be found again.
  [
    'RDS subnet group',
    (n) => [n.dbSubnetGroup],
    (s) => within(1, 255)(s) && /^[a-z0-9 ._-]+$/.test(s) && s !== 'default',
  ],
  [
    'RDS instance (lower case as RDS stores it)',
    (n) => [n.dbInstance],
    (s) => rdsIdentifier(63)(s) && s === s.toLowerCase(),
  ],
  [
    'RDS final snapshot',
    (n) => [`${n.dbInstance}-final-20261231235959`],
    (s) => rdsIdentifier(255)(s) && s === s.toLowerCase(),
  ],
  [
    'Secrets Manager secret',
    (n) => GENERATED_SECRETS.map((kind) => `${n.secretPrefix}/${kind}`),
    (s) => within(1, 512)(s) && /^[A-Za-z0-9/_+=.@-]+$/.test(s),
  ],
  [
    'Cloud Map private DNS namespace',
    (n) => [n.serviceDiscoveryNamespace, `api-server.${n.serviceDiscoveryNamespace}`],
    (s) => within(1, 253)(s) && s.split('.').every((label) => dnsLabel.test(label)),
  ],
  // EFS: the creation token is 1-64 characters; it is also the Name tag of the volume and its access point.
  ['EFS creation token', (n) => [n.bundleVolume], (s) => within(1, 64)(s) && /^[\x20-\x7e]+$/.test(s)],
  ['EFS Name tag', (n) => [n.bundleVolume], (s) => within(1, 256)(s) && /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(s)],
  [
    'tag value (the environment name itself)',
    (_n, envName) => [envName],
    (s) => within(1, 256)(s) && /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(s),
  ],
];

function violations(project: string, envName: string): string[] {
  const names = resourceNames(project, envName);
  return RULES.flatMap(([service, pick, valid]) =>
    pick(names, envName)
      .filter((name) => !valid(name))
      .map((name) => `${service}: ${name}`),
  );
}

const ENV_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:/=+@-'.split('');
/** Names as GitHub gives them: branch-like paths, pr-<n>, any case and punctuation, up to 200 characters. */
const environmentName = fc
  .oneof(
    fc.string({ unit: fc.constantFrom(...ENV_CHARS), minLength: 1, maxLength: 200 }),
    fc.nat(100_000).map((n) => `pr-${n}`),
    fc
      .array(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,30}$/), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join('/')),
    fc.constantFrom('main', 'Main', 'MAIN', 'staging', 'pr-1', 'pr-10', 'release/2026.11', 'feature/New_DAG'),
  )
  .filter((name) => /[A-Za-z0-9]/.test(name));
// Projects the config accepts ("sg" is refused: EC2 reserves the "sg-" prefix of group names).
const project = fc.stringMatching(new RegExp(`^[a-z][a-z0-9]{0,${MAX_PROJECT - 1}}$`)).filter((p) => p !== 'sg');

/** Variants a human would call "the same name": case, punctuation, a digit more or less. */
function variants(name: string): string[] {
  return [
    name.toUpperCase(),
    name.toLowerCase(),
    name.replace(/[-_./]/g, '-'),
    name.replace(/[-_./]/g, '_'),
    name.replace(/-/g, '/'),
    `${name}0`,
    `${name}-`,
    name.slice(0, -1),
  ].filter((v) => v !== name && v.length <= 200 && /[A-Za-z0-9]/.test(v));
}

describe('hostile environment names', () => {
  it('every derived name passes its service rules', () => {
    fc.assert(
      fc.property(project, environmentName, (p, name) => {
        expect({ name, violations: violations(p, name) }).toEqual({ name, violations: [] });
      }),
      { numRuns: RUNS },
    );
    // The longest project with the longest names, and with the canonical ids at their limit.
    for (const name of ['x'.repeat(200), 'X'.repeat(200), 'a'.repeat(20), 'a'.repeat(21), '9'.repeat(200)]) {
      expect(violations('p'.repeat(MAX_PROJECT), name)).toEqual([]);
    }
  });

  it('secret names end in a hyphen and six characters only where no shorter secret could be meant', () => {
    // AWS advises against it: looking a secret up by a name ending like an ARN's random suffix may
    // match the secret named without those seven characters. "jwt-secret" ends so, but no secret
    // "<prefix>/jwt" exists or is ever made, and every lookup names the full secret.
    expect(GENERATED_SECRETS.filter((kind) => /-[A-Za-z0-9]{6}$/.test(kind))).toEqual(['jwt-secret']);
    expect(GENERATED_SECRETS).not.toContain('jwt');
  });

  it('the same input always gives the same names', () => {
    fc.assert(
      fc.property(project, environmentName, (p, name) => {
        const env = resolveEnvironment(name, { project: p }, { region: 'us-east-1' });
        const again = resolveEnvironment(name, { project: p }, { region: 'us-east-1' });
        expect(again.id).toBe(env.id);
        expect(JSON.stringify(again.names, (_k, v: unknown) => (typeof v === 'function' ? String(v) : v))).toBe(
          JSON.stringify(env.names, (_k, v: unknown) => (typeof v === 'function' ? String(v) : v)),
        );
        expect(finalSnapshotIdentifier(again, 0)).toBe(finalSnapshotIdentifier(env, 0));
      }),
      { numRuns: RUNS },
    );
  });

  it('distinct names never share an id, even when they differ only by case, punctuation or a prefix', () => {
    fc.assert(
      fc.property(environmentName, (name) => {
        const group = [name, ...variants(name)];
        const ids = new Map<string, string>();
        for (const member of new Set(group)) {
          const id = environmentId(member);
          expect({ clash: ids.get(id), with: member }).toEqual({ clash: undefined, with: member });
          ids.set(id, member);
        }
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.uniqueArray(environmentName, { minLength: 2, maxLength: 40 }), (names) => {
        expect(new Set(names.map(environmentId)).size).toBe(names.length);
      }),
      { numRuns: Math.ceil(RUNS / 10) },
    );
    // pr-1 is a prefix of pr-10 and pr-100; no name of one may be a name of another either.
    const all = ['pr-1', 'pr-10', 'pr-100', 'pr-1-0'].map((n) => resourceNames('airflow', n));
    const flat = all.map((n) => [
      n.cluster,
      n.dbInstance,
      n.secretPrefix,
      n.logGroup,
      n.taskRole,
      n.bundleVolume,
      n.efsSecurityGroup,
    ]);
    expect(new Set(flat.flat()).size).toBe(flat.flat().length);
  });

  it('anything else is refused with a message naming the input, never turned into a name', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 260 }).filter((s) => !/^[A-Za-z0-9_.:/=+@-]{1,200}$/.test(s) || !/[A-Za-z0-9]/.test(s)),
        (name) => {
          expect(() => environmentId(name)).toThrow(ConfigError);
          expect(() => environmentId(name)).toThrow(/^environment: /);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
