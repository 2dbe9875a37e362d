export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** A progress line at least this often (the actions print one every 30 s at most). */
  progressEveryMs?: number;
  log: (line: string) => void;
  sleep?: Sleep;
  now?: () => number;
}

/**
 * Polls `check` until it returns a value other than undefined, printing "what: state (elapsed)" as
 * it goes. `check` returns the current state's words through `state`.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<{ done: T | undefined; state: string }>,
  options: WaitOptions,
): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 10_000;
  const progressEvery = options.progressEveryMs ?? 30_000;
  const start = now();
  let lastProgress = -Infinity;
  for (;;) {
    const { done, state } = await check();
    const elapsed = now() - start;
    if (done !== undefined) {
      options.log(`${what}: ${state} after ${formatDuration(elapsed)}`);
      return done;
    }
    if (elapsed >= options.timeoutMs) {
      throw new Error(
        `${what}: still ${state} after ${formatDuration(elapsed)}; gave up (limit ${formatDuration(options.timeoutMs)})`,
      );
    }
    // Print now if the next poll would come after the line is due, so lines are never further
    // apart than progressEvery, whatever the poll interval.
    const pause = Math.min(interval, progressEvery, options.timeoutMs - elapsed);
    if (lastProgress < 0 || elapsed + pause - lastProgress > progressEvery) {
      options.log(`${what}: ${state} (${formatDuration(elapsed)} elapsed)`);
      lastProgress = elapsed;
    }
    await sleep(Math.max(1, pause));
  }
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
