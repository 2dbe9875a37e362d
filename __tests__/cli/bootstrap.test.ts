import { GetRoleCommand } from '@aws-sdk/client-iam';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createClients, targetFromEnv } from '../../actions/lib/aws-clients';
import { deployRoleName, destroyDeployRole } from '../../actions/lib/deploy-role';
import { parsePolicyDocument, PolicyDocument } from '../../actions/lib/iam-roles';
import { AwsCallRecorder } from '../support/aws-proxy';
import { repoRoot } from '../support/emulator';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

// `node bin/airflow-fargate.js bootstrap ...` as a person runs it (the committed bundle), against
// the emulator through a proxy that counts AWS calls.
describe('airflow-fargate bootstrap', () => {
  const recorder = new AwsCallRecorder(process.env.AWS_ENDPOINT_URL as string);
  const project = `cb${Date.now().toString(36)}`;
  const cwd = mkdtempSync(path.join(tmpdir(), 'af-bootstrap-'));
  const cli = (...args: string[]): Promise<CliRun> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'airflow-fargate.js'), ...args], {
        cwd,
        env: { ...process.env, AWS_ENDPOINT_URL: recorder.endpoint },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    });
  const iam = createClients(targetFromEnv()).iam;
  const subjects = async () => {
    const role = (await iam.send(new GetRoleCommand({ RoleName: deployRoleName(project) }))).Role!;
    const trust = parsePolicyDocument(role.AssumeRolePolicyDocument) as PolicyDocument;
    return trust.Statement[0].Condition?.StringLike['token.actions.githubusercontent.com:sub'];
  };

  beforeAll(() => recorder.start());
  afterAll(async () => {
    recorder.stop();
    await destroyDeployRole(iam, deployRoleName(project));
  });
  beforeEach(() => recorder.reset());

  it('lists bootstrap in its usage', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/bootstrap/);
    expect(run.stdout).toMatch(/--repository <owner\/name>/);
  });

  it.each([
    [['bootstrap'], /--repository is required/],
    [['bootstrap', '--repository', 'octo-org'], /"octo-org" is not a GitHub repository/],
    [['bootstrap', '--repository', 'o/r', '--branches', 'a:b'], /--branches: "a:b"/],
    [['bootstrap', '--repository', 'o/r', '--project', 'Bad_Name'], /project: "Bad_Name"/],
    [['bootstrap', '--repository', 'o/r', '--region', 'moon-1'], /--region: "moon-1"/],
    [['bootstrap', '--repository', 'o/r', '--config', '/nonexistent.yml'], /does not exist/],
    [['bootstrap', 'extra', '--repository', 'o/r'], /unexpected argument "extra"/],
  ])('%p fails before any AWS call', async (args, message) => {
    const run = await cli(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(recorder.calls).toEqual([]);
  });

  it('prints the role ARN, changes nothing the second time, and follows the narrowing flags', async () => {
    const first = await cli('bootstrap', '--repository', 'octo-org/data-platform', '--project', project);
    expect(first.stderr).toMatch(/IAM role .*: created/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^arn:aws:iam::\\d{12}:role/airflow-fargate-${project}-deploy\\n$`));
    const arn = first.stdout.trim();
    expect(first.stderr).toContain(`gh variable set AWS_DEPLOY_ROLE_ARN --repo octo-org/data-platform --body ${arn}`);
    expect(await subjects()).toBe('repo:octo-org/data-platform:*');

    recorder.reset();
    const second = await cli('bootstrap', '--repository', 'octo-org/data-platform', '--project', project);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(`${arn}\n`);
    expect(second.stderr).toMatch(/IAM role .*: unchanged/);
    expect(recorder.calls.length).toBeGreaterThan(0);
    expect(recorder.mutating()).toEqual([]);

    // The project from a config file, narrowed to GitHub environments and pull requests.
    const config = path.join(cwd, 'airflow-fargate.yml');
    writeFileSync(config, `project: ${project}\n`);
    recorder.reset();
    const narrowed = await cli(
      'bootstrap',
      '--repository',
      'octo-org/data-platform',
      '--environments',
      'main,pr-*',
      '--pull-requests',
    );
    expect(narrowed.code).toBe(0);
    expect(narrowed.stdout).toBe(`${arn}\n`);
    expect(narrowed.stderr).toMatch(/IAM role .*: updated \(trust policy\)/);
    expect(recorder.mutating().map((c) => c.operation)).toEqual(['UpdateAssumeRolePolicy']);
    expect(await subjects()).toEqual([
      'repo:octo-org/data-platform:environment:main',
      'repo:octo-org/data-platform:environment:pr-*',
      'repo:octo-org/data-platform:pull_request',
    ]);
  });
});
