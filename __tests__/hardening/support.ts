import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { AwsClients } from '../../actions/lib/aws-clients';
import { ConfigFile } from '../../actions/lib/config';
import { Environment, resolveEnvironment } from '../../actions/lib/environment';
import { describeEnvironment, Inventory } from '../../actions/lib/inventory';
import { AwsCallRecorder } from '../support/aws-proxy';
import { repoRoot } from '../support/emulator';
import { configFile, vpcWithDns } from '../teardown/fixtures';
import { comparable, resources } from '../pipeline/chain';

export function destroyClients(aws: AwsClients): void {
  for (const client of Object.values(aws) as { destroy(): void }[]) client.destroy();
}

/** An image to adopt, so deploys need no Docker. */
export const IMAGE = 'public.ecr.aws/docker/library/busybox:1.36';

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  done: Promise<CliRun>;
  /** Kills the CLI and the bundles it started (its whole process group), as a crash would. */
  kill: () => void;
}

/** `node bin/airflow-fargate.js ...` (the committed bundle) in a process group of its own. */
export function startCli(args: string[], endpoint: string): RunningCli {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'airflow-fargate.js'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, AWS_ENDPOINT_URL: endpoint, GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' },
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<CliRun>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  const kill = () => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return { done, kill };
}

export const cli = (args: string[], endpoint: string): Promise<CliRun> => startCli(args, endpoint).done;

/** Exit code 0, or the CLI's last words in the assertion. */
export function expectSuccess(run: CliRun): void {
  expect(run.code === 0 ? 'exit 0' : `exit ${run.code} ${run.signal ?? ''}\n${run.stderr.slice(-3000)}`).toBe('exit 0');
}

/** Kills the CLI once the emulator has answered its n-th mutating call (counted from now). */
export function killAfterMutating(recorder: AwsCallRecorder, n: number, run: RunningCli): void {
  let seen = 0;
  recorder.onForwarded = (call) => {
    if (call.mutating && ++seen === n) {
      run.kill();
      recorder.onForwarded = undefined;
    }
  };
}

/**
 * A config file for one environment with a VPC of its own (the emulator allows one Cloud Map
 * namespace per VPC); the environment resolved from it.
 */
export async function environmentConfig(
  aws: AwsClients,
  environment: string,
  config: ConfigFile & { project: string },
): Promise<{ file: string; env: Environment }> {
  const full = { vpcId: await vpcWithDns(aws), ...config };
  return {
    file: configFile(full),
    env: resolveEnvironment(environment, full, { region: process.env.AWS_REGION }),
  };
}

export const deployArgs = (environment: string, config: string) => [
  'deploy',
  '--environment',
  environment,
  '--config',
  config,
  '--image',
  IMAGE,
];

export const teardownArgs = (environment: string, config: string) => [
  'teardown',
  '--environment',
  environment,
  '--config',
  config,
  ...(environment === 'main' ? ['--confirm', 'main', '--skip-final-snapshot'] : []),
];

/**
 * Resources, not runs: ECS tasks are left out. A deploy runs the DAG bundle's sync task once; ECS
 * then lists it no more (it stopped), but the emulator lists every task as desired RUNNING until
 * StopTask, and ignores RunTask's client token, so a retried RunTask (or a second deploy) leaves
 * one more task there. Teardown still stops them all, and leaves nothing.
 */
const resourcesOf = (inventory: Inventory) => inventory.resources.filter((r) => r.kind !== 'ecs-task');

/** How many resources of each kind the environment has. */
export function countByKind(inventory: Inventory): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of resourcesOf(inventory)) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}

/**
 * Everything one environment has, as teardown's inventory and as the services describe it
 * (policies, rules, task definitions' content...), with what differs between two projects blanked.
 */
export async function fullDescription(aws: AwsClients, env: Environment): Promise<unknown> {
  const [inventory, described] = await Promise.all([describeEnvironment(aws, env), resources(aws, env)]);
  // Deregistered task definitions are history, not resources; revision numbers count attempts.
  inventory.resources = resourcesOf(inventory)
    .filter((r) => !(r.kind === 'task-definition' && r.state === 'INACTIVE'))
    .map((r) => (r.kind === 'task-definition' ? { ...r, name: r.name.replace(/:\d+$/, ':<revision>') } : r))
    .sort((a, b) => `${a.kind} ${a.name}`.localeCompare(`${b.kind} ${b.name}`));
  const text = JSON.stringify(comparable({ inventory, described }, env.project))
    .replace(/\b(subnet|vpc|ns|srv|fs|fsap|fsmt)-[0-9a-z]+/g, '$1-<id>')
    .replace(/task\/[^/"]+\/[0-9a-f]{32}/g, 'task/<cluster>/<id>')
    .replace(/(task-definition\/[^":]+):\d+/g, '$1:<revision>');
  return JSON.parse(text);
}
