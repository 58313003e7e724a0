/**
 * Small-count suppression (diskretionering) for what the styregruppe sees: a count derived from fewer
 * than 5 citizens is shown as "<5", and where a total is shown, further cells are hidden until the
 * hidden ones cannot be worked out from the total and the visible cells.
 */
export const SUPPRESSION_THRESHOLD = 5;

export type SuppressionReason = "PRIMARY" | "COMPLEMENTARY";

export interface CountCell {
  key: string;
  count: number;
}

export interface SuppressedCell {
  key: string;
  /** null when hidden. */
  count: number | null;
  display: string;
  suppressed: SuppressionReason | null;
}

const isPrimary = (count: number, threshold: number) => count < threshold;

/**
 * Whether the hidden cells' values follow from their sum alone: each primary cell is known to lie in
 * [0, threshold − 1], each complementary one in [threshold, ∞). The values are determined when the sum
 * equals the smallest or the largest sum those ranges allow.
 */
export function hiddenCellsDetermined(hidden: readonly CountCell[], threshold = SUPPRESSION_THRESHOLD): boolean {
  if (hidden.length === 0) return false;
  const sum = hidden.reduce((s, c) => s + c.count, 0);
  let min = 0;
  let max = 0;
  let unbounded = false;
  for (const c of hidden) {
    if (isPrimary(c.count, threshold)) {
      max += threshold - 1;
    } else {
      min += threshold;
      unbounded = true;
    }
  }
  if (hidden.length === 1) return true;
  return sum === min || (!unbounded && sum === max);
}

/**
 * Suppresses the cells of one breakdown. With `totalShown`, the total of the cells is visible, so
 * complementary cells (the smallest visible ones first) are hidden until the hidden set is not determined.
 * Without a shown total only the primary cells are hidden.
 */
export function suppressCounts(cells: readonly CountCell[], options: { totalShown: boolean; threshold?: number }): SuppressedCell[] {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  const hidden = new Map<string, SuppressionReason>();
  for (const c of cells) if (isPrimary(c.count, threshold)) hidden.set(c.key, "PRIMARY");
  if (options.totalShown && hidden.size > 0) {
    const visibleBySize = cells.filter((c) => !hidden.has(c.key)).sort((a, b) => a.count - b.count);
    const hiddenCells = () => cells.filter((c) => hidden.has(c.key));
    while (hiddenCellsDetermined(hiddenCells(), threshold)) {
      const next = visibleBySize.shift();
      if (!next) break; // everything hidden: nothing left to recompute from
      hidden.set(next.key, "COMPLEMENTARY");
    }
  }
  return cells.map((c) => {
    const reason = hidden.get(c.key) ?? null;
    return {
      key: c.key,
      count: reason ? null : c.count,
      // A complementary cell may well be 5 or more: "<5" would be untrue, so it only says it is hidden.
      display: reason === "PRIMARY" ? `<${threshold}` : reason === "COMPLEMENTARY" ? "skjult" : String(c.count),
      suppressed: reason,
    };
  });
}

/** A total itself below the threshold is hidden too. */
export function suppressTotal(total: number, threshold = SUPPRESSION_THRESHOLD): { count: number | null; display: string } {
  return total < threshold ? { count: null, display: `<${threshold}` } : { count: total, display: String(total) };
}
