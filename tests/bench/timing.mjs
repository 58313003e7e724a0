import { performance } from "node:perf_hooks";

/**
 * `fn` called `iterations` times after `warmUp` unmeasured calls; each call's milliseconds, sorted. `measuring` runs
 * between the two (e.g. to reset a statement counter, so the warm-up's statements are not counted).
 */
export async function timeCalls(fn, iterations, warmUp, measuring = () => {}) {
  for (let i = 0; i < warmUp; i++) await fn();
  measuring();
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** The p-quantile (0–1) of sorted times. */
export const quantile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
