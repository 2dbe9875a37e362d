import { parseArgs } from 'node:util';
import { getCommonInputs, prepare } from '../actions/lib/action';
import { ConfigError } from '../actions/lib/errors';
import { deployScope } from '../actions/lib/deploy-scope';
import { describeEnvironment } from '../actions/lib/inventory';
import { adminPassword } from './admin-password';
import { bootstrapCommand, BOOTSTRAP_OPTIONS, BOOTSTRAP_USAGE } from './bootstrap';
import { runStep } from './steps';
import { TerminalOutput } from './terminal';

const USAGE = `Usage: airflow-fargate <command> --environment <name> [options]

Commands:
  deploy     build (or adopt) the image, provision the database, register the task definitions, run Airflow
             (--dags-only: upload and sync the DAG bundle only, with run-airflow alone)
  plan       list what the environment has and what deploy would create; changes nothing
  status     list the environment's resources (--json for a machine-readable list)
  teardown   delete everything the environment owns (--confirm <name> for long-lived ones, --dry-run)
  admin-password  print the admin user's password (from the environment's secret) to sign in with
  scope      read changed paths (one per line, e.g. git diff --name-only) on stdin and print the deploy
             they need: dags, bundle (plugins or config too) or full (no --environment)
  bootstrap  once per AWS account and repository, with your own credentials: GitHub's OIDC provider
             and the deploy role (no --environment; see "bootstrap options" below)

Options:
  --environment <name>   the environment: main, pr-42, ... (required)
  --config <path>        config file (default ./airflow-fargate.yml when present)
  --region <region>      AWS region (default: the config file's, then AWS_REGION)
  --image <uri>          deploy this image instead of building one (needs no Docker)
  --dags-only            deploy: only dags/, plugins/ and config/ (no image, task definition or service change)
  --confirm <name>       teardown of a long-lived environment: its name again
  --dry-run              teardown: list what would be deleted, delete nothing
  --skip-final-snapshot  teardown: no final RDS snapshot
  --json                 status: print JSON
${BOOTSTRAP_USAGE}AWS_ENDPOINT_URL points every AWS client at another endpoint (the local emulator, for example).
`;

const OPTIONS = {
  environment: { type: 'string' },
  config: { type: 'string' },
  region: { type: 'string' },
  image: { type: 'string' },
  'dags-only': { type: 'boolean' },
  confirm: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'skip-final-snapshot': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...BOOTSTRAP_OPTIONS,
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function parse(argv: string[]): { command: string; values: Values } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (err) {
    throw new ConfigError(`${(err as Error).message}. Run airflow-fargate --help.`);
  }
  const [command, ...extra] = parsed.positionals;
  if (parsed.values.help || !command) return { command: 'help', values: parsed.values };
  if (!['deploy', 'plan', 'status', 'teardown', 'bootstrap', 'admin-password', 'scope'].includes(command)) {
    throw new ConfigError(
      `unknown command "${command}": use deploy, plan, status, teardown, bootstrap, admin-password or scope.`,
    );
  }
  if (extra.length) throw new ConfigError(`unexpected argument "${extra[0]}".`);
  if (command === 'bootstrap' || command === 'scope') return { command, values: parsed.values };
  if (parsed.values['dags-only'] && command !== 'deploy') {
    throw new ConfigError('--dags-only goes with deploy only.');
  }
  if (parsed.values['dags-only'] && parsed.values.image) {
    throw new ConfigError('--dags-only deploys no image: leave out --image (a full deploy takes it).');
  }
  if (!parsed.values.environment) {
    throw new ConfigError('--environment is required: the environment to act on, for example main or pr-42.');
  }
  return { command, values: parsed.values };
}

const common = (v: Values) => ({ environment: v.environment, config: v.config, region: v.region });

class StepFailed extends Error {
  constructor(
    message: string,
    readonly configError: boolean,
  ) {
    super(message);
  }
}

type Output = { terminal: TerminalOutput; out: (line: string) => void };

async function step(action: string, inputs: Record<string, string | undefined>, io: Output) {
  io.out(`== ${action}`);
  const result = await runStep(action, inputs, io.terminal, io.out);
  if (!result.ok) throw new StepFailed(result.error as string, result.configError);
  io.out(`== ${action}: done in ${result.seconds.toFixed(1)}s`);
  return result.outputs;
}

/**
 * The deploy workflow's order: image and database side by side, then task definitions, then run.
 * A DAG-only deploy is run-airflow alone, as the workflow runs it for a change to the bundle only.
 */
async function deploy(v: Values, io: Output): Promise<void> {
  if (!v['dags-only']) {
    const [image] = await Promise.all([
      step('build-push-image', { ...common(v), image: v.image }, io),
      step('provision-rds', common(v), io),
    ]);
    await step('register-task-defs', { ...common(v), image: image.image }, io);
  }
  const started = await step('run-airflow', { ...common(v), 'dags-only': v['dags-only'] ? 'true' : 'false' }, io);
  io.out(
    started.url
      ? `Airflow: ${started.url}`
      : `Airflow is running; no public address was found (inside the VPC: ${started['internal-url'] || 'unknown'}).`,
  );
}

async function status(v: Values, json: boolean, out: (line: string) => void, print: (text: string) => void) {
  const inputs = withEnv(common(v), getCommonInputs);
  const { env, aws } = prepare(inputs);
  const inventory = await describeEnvironment(aws, env);
  if (json) {
    print(`${JSON.stringify(inventory, null, 2)}\n`);
    return inventory;
  }
  out(
    `Environment ${env.name} (${env.kind}, project ${env.project}, ${env.region}): ${inventory.resources.length} resources`,
  );
  for (const r of inventory.resources) out(`  ${r.kind.padEnd(20)} ${r.name}${r.state ? ` (${r.state})` : ''}`);
  for (const note of inventory.notes) out(`  note: ${note}`);
  return inventory;
}

/** What deploy would make: every kind it creates, marked as present or to be created. */
async function plan(v: Values, out: (line: string) => void) {
  const inputs = withEnv(common(v), getCommonInputs);
  const { env, aws } = prepare(inputs);
  const inventory = await describeEnvironment(aws, env);
  const have = (kind: string, name: string) => inventory.resources.some((r) => r.kind === kind && r.name === name);
  const expected: [string, string][] = [
    ['security-group', env.names.taskSecurityGroup],
    ['security-group', env.names.dbSecurityGroup],
    ...(['fernet-key', 'jwt-secret', 'api-secret-key', 'admin-password'] as const).map((k): [string, string] => [
      'secret',
      `${env.names.secretPrefix}/${k}`,
    ]),
    ...(env.database === 'rds'
      ? ([
          ['db-subnet-group', env.names.dbSubnetGroup],
          ['rds-instance', env.names.dbInstance],
        ] as [string, string][])
      : ([['secret', `${env.names.secretPrefix}/database`]] as [string, string][])),
    ['iam-role', env.names.executionRole],
    ['iam-role', env.names.taskRole],
    ['log-group', env.names.logGroup],
    ['efs-file-system', env.names.bundleVolume],
    ['efs-access-point', env.names.bundleVolume],
    ['security-group', env.names.efsSecurityGroup],
    ['ecs-cluster', env.names.cluster],
  ];
  out(`Plan for ${env.name} (${env.kind}, ${env.database} database, project ${env.project}, ${env.region}):`);
  for (const [kind, name] of expected) out(`  ${have(kind, name) ? 'keep  ' : 'create'} ${kind.padEnd(16)} ${name}`);
  out('  check  image, task definitions and services: rebuilt or updated only if their content changed');
  out('Nothing was changed.');
}

/** The deploy scope of the changed paths on stdin (lib/deploy-scope.ts): what the deploy workflow runs. */
async function scope(print: (text: string) => void): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  print(`${deployScope(Buffer.concat(chunks).toString('utf8').split(/\r?\n/))}\n`);
}

function withEnv<T>(inputs: Record<string, string | undefined>, read: () => T): T {
  const names = Object.keys(inputs).map((k) => `INPUT_${k.toUpperCase()}`);
  const saved = names.map((n) => process.env[n]);
  Object.entries(inputs).forEach(([k, v]) => (process.env[`INPUT_${k.toUpperCase()}`] = v ?? ''));
  try {
    return read();
  } finally {
    names.forEach((n, i) => (saved[i] === undefined ? delete process.env[n] : (process.env[n] = saved[i])));
  }
}

export async function main(argv: string[]): Promise<number> {
  const terminal = new TerminalOutput();
  const out = (line: string) => void process.stderr.write(`${terminal.redact(line)}\n`);
  let parsed;
  try {
    parsed = parse(argv);
  } catch (err) {
    out(`airflow-fargate: ${(err as Error).message}`);
    return 2;
  }
  const { command, values } = parsed;
  if (command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const io = { terminal, out };
  try {
    if (command === 'deploy') await deploy(values, io);
    else if (command === 'scope') await scope((t) => void process.stdout.write(t));
    else if (command === 'plan') await plan(values, out);
    else if (command === 'bootstrap') await bootstrapCommand(values, out, (t) => void process.stdout.write(t));
    else if (command === 'status') await status(values, Boolean(values.json), out, (t) => void process.stdout.write(t));
    else if (command === 'admin-password') {
      await adminPassword(withEnv(common(values), getCommonInputs), out, (t) => void process.stdout.write(t));
    } else {
      await step(
        'teardown',
        {
          ...common(values),
          confirm: values.confirm,
          'dry-run': values['dry-run'] ? 'true' : 'false',
          'skip-final-snapshot': values['skip-final-snapshot'] ? 'true' : 'false',
        },
        io,
      );
    }
    return 0;
  } catch (err) {
    const configError = err instanceof ConfigError || (err instanceof StepFailed && err.configError);
    out(
      `airflow-fargate ${command}: ${err instanceof ConfigError ? 'configuration error: ' : ''}${(err as Error).message}`,
    );
    return configError ? 2 : 1;
  }
}
