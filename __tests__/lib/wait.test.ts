import { formatDuration, waitFor } from '../../actions/lib/wait';

// A fake clock: the wait's own sleep advances it, so minutes pass instantly.
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe('waitFor', () => {
  it.each([7_000, 10_000, 45_000, 60_000])(
    'prints a progress line at least every 30 s with a %i ms poll interval',
    async (intervalMs) => {
      const clock = fakeClock();
      const lines: { at: number; line: string }[] = [];
      await waitFor('thing', async () => ({ done: clock.now() >= 600_000 ? 'ok' : undefined, state: 'creating' }), {
        timeoutMs: 3_600_000,
        intervalMs,
        log: (line) => lines.push({ at: clock.now(), line }),
        ...clock,
      });
      const gaps = lines.slice(1).map((l, i) => l.at - lines[i].at);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(30_000);
      expect(lines[1].line).toMatch(/^thing: creating \(\d+s elapsed\)$/);
      expect(lines.at(-1)?.line).toMatch(/^thing: creating after 10m0\ds$/);
    },
  );

  it('gives up at the limit, naming the state it was stuck in', async () => {
    const clock = fakeClock();
    await expect(
      waitFor('RDS instance x', async () => ({ done: undefined, state: 'modifying' }), {
        timeoutMs: 120_000,
        log: () => undefined,
        ...clock,
      }),
    ).rejects.toThrow('RDS instance x: still modifying after 2m00s; gave up (limit 2m00s)');
  });

  it('formats durations', () => {
    expect([formatDuration(4_400), formatDuration(61_000), formatDuration(3_600_000)]).toEqual([
      '4s',
      '1m01s',
      '60m00s',
    ]);
  });
});
