import { applyEntries, requiresApproval, sideTotalChanges, type AdjustmentEntry, type BudgetSide, type Ore } from "@overblik/domain";
import { formatKr, formatSignedAmount } from "../../ui/format";
import { toLineState, type PlannerView } from "./planner-view";

export interface PreviewRow {
  lineId: string;
  name: string;
  side: BudgetSide;
  year: number;
  before: Ore;
  delta: Ore;
  after: Ore;
}

export interface PreviewSide {
  side: BudgetSide;
  year: number;
  before: Ore;
  after: Ore;
}

export interface AdjustmentPreview {
  rows: PreviewRow[];
  sides: PreviewSide[];
  /** Income minus expense in the adjusted year(s), after the change. */
  balanceAfter: Array<{ year: number; difference: Ore }>;
  needsApproval: boolean;
  /** Why it does or does not need the styregruppe, with the figures. */
  approvalText: string;
}

const abs = (v: Ore) => (v < 0n ? -v : v);

/**
 * What an adjustment does to the budget the screen shows: each line before → after, each side's
 * total, and whether the styregruppe must approve it. The rules are the domain's own
 * (applyEntries, sideTotalChanges, requiresApproval), the same the API applies when saving.
 */
export function previewAdjustment(view: PlannerView, entries: readonly AdjustmentEntry[], threshold: Ore): AdjustmentPreview {
  const sideOf = (id: string): BudgetSide => view.byId.get(id)?.side ?? "EXPENSE";
  const after = new Map(applyEntries(view.lines.map(toLineState), entries).map((l) => [l.id, l.amounts]));
  const rows = entries.map<PreviewRow>((e) => {
    const line = view.byId.get(e.lineId);
    const before = line?.amounts.get(e.year) ?? 0n;
    return {
      lineId: e.lineId,
      name: line?.name ?? "Ukendt linje",
      side: sideOf(e.lineId),
      year: e.year,
      before,
      delta: e.delta,
      after: after.get(e.lineId)?.get(e.year) ?? before + e.delta,
    };
  });

  const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
  const sides: PreviewSide[] = [];
  const balanceAfter: AdjustmentPreview["balanceAfter"] = [];
  for (const year of years) {
    const change = sideTotalChanges(
      entries.filter((e) => e.year === year),
      sideOf,
    );
    const totals = view.totals.years.get(year) ?? { income: 0n, expense: 0n };
    sides.push({ side: "INCOME", year, before: totals.income, after: totals.income + change.INCOME });
    sides.push({ side: "EXPENSE", year, before: totals.expense, after: totals.expense + change.EXPENSE });
    balanceAfter.push({ year, difference: totals.income + change.INCOME - (totals.expense + change.EXPENSE) });
  }

  const needsApproval = requiresApproval(entries, sideOf, threshold);
  const totalChange = sideTotalChanges(entries, sideOf);
  const largest = entries.reduce((m, e) => (abs(e.delta) > m ? abs(e.delta) : m), 0n);
  let approvalText: string;
  if (totalChange.INCOME !== 0n || totalChange.EXPENSE !== 0n) {
    const parts = [
      totalChange.INCOME !== 0n ? `indtægterne ${formatSignedAmount(totalChange.INCOME, "kr")}` : null,
      totalChange.EXPENSE !== 0n ? `udgifterne ${formatSignedAmount(totalChange.EXPENSE, "kr")}` : null,
    ].filter(Boolean);
    approvalText = `Ændringen ændrer budgettets total (${parts.join(", ")}). Den gennemføres først, når en anden fra styregruppen har godkendt den.`;
  } else if (needsApproval) {
    approvalText = `${formatKr(largest)} er mere end projektets tærskel (${formatKr(threshold)}), så ændringen gennemføres først, når en anden fra styregruppen har godkendt den.`;
  } else {
    approvalText = `${formatKr(largest)} er ikke over projektets tærskel (${formatKr(threshold)}), og sidernes totaler er uændrede.`;
  }
  return { rows, sides, balanceAfter, needsApproval, approvalText };
}
