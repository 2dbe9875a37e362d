import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const venvBin = (tool: string): string => path.join(repoRoot, '.venv', 'bin', tool);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RunningEmulator {
  endpoint: string;
  pid: number;
}

/** moto as this project runs it (bucket policies evaluated as for TLS requests): local/emulator.py. */
export const emulatorLauncher = path.join(repoRoot, 'local', 'emulator.py');

/** Starts moto in server mode on a free port and waits until it answers. */
export async function startEmulator(extraEnv: Record<string, string> = {}): Promise<RunningEmulator> {
  const port = await freePort();
  const child = spawn(venvBin('python'), [emulatorLauncher, '-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...process.env,
      MOTO_IAM_LOAD_MANAGED_POLICIES: 'true',
      MOTO_ECS_SERVICE_RUNNING: '1',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the emulator (moto) exited with ${child.exitCode}: ${stderr}`);
    }
    try {
      const res = await fetch(`${endpoint}/moto-api/data.json`);
      if (res.ok) {
        child.stderr?.removeAllListeners('data');
        child.stderr?.resume();
        child.unref();
        return { endpoint, pid: child.pid as number };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-(child.pid as number), 'SIGTERM');
  throw new Error(`the emulator (moto) did not answer on ${endpoint} within 60 s: ${stderr}`);
}

export function stopEmulator(pid: number): void {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Clears all emulator state, so tests do not see each other's resources. */
export async function resetEmulator(endpoint = process.env.AWS_ENDPOINT_URL): Promise<void> {
  const res = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`emulator reset failed: ${res.status}`);
}
