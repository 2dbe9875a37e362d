import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseFileCommands } from '../../cli/file-commands';
import { repoRoot } from './emulator';

export interface BundleRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
}

/**
 * Runs an action's committed dist/index.js the way the GitHub runner does: inputs as INPUT_*
 * variables, outputs, summary and state through the files the runner names.
 */
export async function runBundle(
  action: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<BundleRun> {
  const dir = mkdtempSync(path.join(tmpdir(), `af-${action}-`));
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
  const child = spawn(process.execPath, [path.join(repoRoot, 'actions', action, 'dist', 'index.js')], {
    cwd: env.GITHUB_WORKSPACE ?? repoRoot,
    env: { ...process.env, GITHUB_WORKSPACE: repoRoot, RUNNER_TEMP: dir, ...files, ...inputEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
  };
}
