import { expect } from 'vitest';

/** CPU milliseconds (user + system) of `run`, best of 3: a busy machine stretches wall time, not this. */
export function cpuMs(run: () => unknown): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

/**
 * Expects the CPU time of `run(make(n))` to grow at most linearly with `n`: timed at n and 4n (linear
 * work gives a ratio of about 4, quadratic 16), failing at 8 after 3 attempts (a garbage collection
 * can double one timing). n starts at `n0` and doubles (up to `max`) until the short run takes at
 * least 20 ms, so that timer noise does not dominate. Never an absolute time: the suite runs on busy
 * machines.
 */
export function expectLinear(
  label: string,
  make: (n: number) => string,
  run: (text: string) => unknown,
  n0: number,
  max = n0 * 64,
): void {
  run(make(Math.max(1, Math.floor(n0 / 16)))); // warm-up: lazy data, compiled code
  let n = n0;
  let t = cpuMs(() => run(make(n)));
  while (t < 20 && n < max) {
    n *= 2;
    t = cpuMs(() => run(make(n)));
  }
  let ratio = Infinity;
  let detail = '';
  for (let attempt = 0; attempt < 3 && ratio >= 8; attempt++) {
    const t1 = attempt === 0 ? t : cpuMs(() => run(make(n)));
    const t4 = cpuMs(() => run(make(4 * n)));
    ratio = Math.min(ratio, t4 / Math.max(t1, 0.5));
    detail += ` n=${n} ${t1.toFixed(1)} ms, 4n ${t4.toFixed(1)} ms;`;
  }
  expect(ratio, `${label}:${detail}`).toBeLessThan(8);
}
