import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseFileCommands } from './file-commands';
import { TerminalOutput } from './terminal';

export interface StepResult {
  ok: boolean;
  /** The step failed on a user mistake (input or config), before any AWS call. */
  configError: boolean;
  error?: string;
  outputs: Record<string, string>;
  seconds: number;
}

/** Where the committed action bundles are, seen from this file's bundle (cli/dist/index.js). */
export const actionsRoot = path.resolve(__dirname, '..', '..', 'actions');

/**
 * Runs one action's bundle in a process of its own, as the GitHub runner does: inputs as INPUT_*
 * variables, outputs through the file the runner names. Its workflow commands go through the
 * terminal filter, so masked values never reach the screen. Steps can run side by side.
 */
export async function runStep(
  action: string,
  inputs: Record<string, string | undefined>,
  terminal: TerminalOutput,
  show: (line: string) => void,
): Promise<StepResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'airflow-fargate-'));
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: NodeJS.ProcessEnv = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...process.env, ...files };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value ?? '';

  const started = Date.now();
  let error: string | undefined;
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [path.join(actionsRoot, action, 'dist', 'index.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const relay = (stream: NodeJS.ReadableStream) => {
      let pending = '';
      stream.on('data', (chunk: Buffer) => {
        const lines = (pending + chunk.toString('utf8')).split('\n');
        pending = lines.pop() ?? '';
        for (const raw of lines) {
          if (raw.startsWith('::error::')) error = terminal.line(raw)?.replace(/^error: /, '');
          const shown = terminal.line(raw);
          if (shown !== undefined) show(shown);
        }
      });
      stream.on('end', () => {
        const shown = pending ? terminal.line(pending) : undefined;
        if (shown !== undefined) show(shown);
      });
    };
    relay(child.stdout);
    relay(child.stderr);
    child.on('close', (status) => resolve(status ?? 1));
  });
  try {
    return {
      ok: code === 0,
      configError: code !== 0 && Boolean(error?.startsWith(`${action}: configuration error:`)),
      error: code === 0 ? undefined : (error ?? `${action} exited with code ${code}`),
      outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
