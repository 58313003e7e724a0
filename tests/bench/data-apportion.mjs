// Largest-remainder apportioning, for the bench data (bench/data-small.mjs and its modules).

/** Splits `total` into integers proportional to `weights` (largest remainder), each at least `min`. */
export function apportion(total, weights, min = 0) {
  const base = min * weights.length;
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => ((total - base) * w) / sum);
  const out = exact.map((x) => Math.floor(x));
  let rest = total - base - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k][1]] += 1;
  return out.map((x) => x + min);
}
