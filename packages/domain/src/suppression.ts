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
 *
 * When everything ends up hidden and the hidden cells are still determined by the total and what their
 * displays say ("<5" is 0–4, "skjult" 5 or more: [5, 0] of 5, or [4, 4] of 8), every cell says "skjult".
 *
 * With `protectSums`, sums of cells count as counts too (with a shown total): a cell is also hidden when
 * the other cells hold fewer than `threshold` citizens (x of n gives away n − x), and complementary cells
 * are hidden until the hidden ones hold at least `threshold` together (the total less the visible cells).
 */
export function suppressCounts(
  cells: readonly CountCell[],
  options: { totalShown: boolean; threshold?: number; protectSums?: boolean },
): SuppressedCell[] {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  const hidden = new Map<string, SuppressionReason>();
  for (const c of cells) if (isPrimary(c.count, threshold)) hidden.set(c.key, "PRIMARY");
  const sumOf = (list: readonly CountCell[]) => list.reduce((s, c) => s + c.count, 0);
  const protectSums = options.totalShown && options.protectSums === true;
  if (protectSums && cells.length > 1) {
    const total = sumOf(cells);
    for (const c of cells) if (!hidden.has(c.key) && total - c.count < threshold) hidden.set(c.key, "COMPLEMENTARY");
  }
  let uniform = false;
  if (options.totalShown && hidden.size > 0) {
    const visibleBySize = cells.filter((c) => !hidden.has(c.key)).sort((a, b) => a.count - b.count);
    const hiddenCells = () => cells.filter((c) => hidden.has(c.key));
    const exposed = () => {
      const h = hiddenCells();
      return hiddenCellsDetermined(h, threshold) || (protectSums && sumOf(h) < threshold);
    };
    while (exposed()) {
      const next = visibleBySize.shift();
      if (!next) {
        // Everything is hidden. With a total of 0 there is nothing to protect; otherwise the displays
        // must not tell the small cells from the others.
        uniform = cells.length > 1 && sumOf(cells) > 0 && hiddenCellsDetermined(cells, threshold);
        break;
      }
      hidden.set(next.key, "COMPLEMENTARY");
    }
  }
  return cells.map((c) => {
    const reason = uniform ? "COMPLEMENTARY" : (hidden.get(c.key) ?? null);
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
