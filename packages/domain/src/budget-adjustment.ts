import type { BudgetSide } from "./budget.js";
import { formatKr, sentence } from "./format.js";
import type { Ore } from "./money.js";

/**
 * Leaders adjust budget lines in two ways (the municipal rules keep them apart):
 * - an omplacering (MOVE) moves an amount between two lines on the same side and in the same year:
 *   the side's total is unchanged by construction;
 * - a change (CHANGE) raises or lowers one line, financed by another line or by a new grant (a
 *   tillægsbevilling). A new grant is income: it is booked on an income line (chosen or created in the same
 *   change), so income and expense change alike and a balanced budget stays balanced.
 */
export type AdjustmentKind = "MOVE" | "CHANGE";

export interface LineAmountState {
  id: string;
  side: BudgetSide;
  /** year → amount in øre (the corrected budget). */
  amounts: ReadonlyMap<number, Ore>;
}

export interface AdjustmentEntry {
  lineId: string;
  year: number;
  delta: Ore;
}

export type AdjustmentProblem =
  "AMOUNT_NOT_POSITIVE" | "SAME_LINE" | "DIFFERENT_SIDES" | "YEAR_OUTSIDE_BUDGET" | "ZERO_CHANGE" | "FINANCING_MISSING" | "GRANT_INCOME_LINE";

export class AdjustmentError extends Error {
  constructor(
    readonly problem: AdjustmentProblem,
    message: string,
  ) {
    super(message);
    this.name = "AdjustmentError";
  }
}

function checkYear(year: number, years: readonly number[]): void {
  if (!years.includes(year)) {
    throw new AdjustmentError("YEAR_OUTSIDE_BUDGET", `Året ${year} ligger uden for budgettets år (${years.join(", ")}).`);
  }
}

/** The entries of an omplacering of `amount` from one line to another in one year. */
export function moveEntries(from: LineAmountState, to: LineAmountState, year: number, amount: Ore, years: readonly number[]): AdjustmentEntry[] {
  if (amount <= 0n) throw new AdjustmentError("AMOUNT_NOT_POSITIVE", "Beløbet, der flyttes, skal være større end 0 kr.");
  if (from.id === to.id) throw new AdjustmentError("SAME_LINE", "Vælg to forskellige linjer at flytte mellem.");
  if (from.side !== to.side) {
    throw new AdjustmentError(
      "DIFFERENT_SIDES",
      "En omplacering flytter kun mellem linjer på samme side af budgettet. Brug en ændring af linjen med finansiering i stedet.",
    );
  }
  checkYear(year, years);
  return [
    { lineId: from.id, year, delta: -amount },
    { lineId: to.id, year, delta: amount },
  ];
}

/** A new grant (tillægsbevilling): its text, and the income line it is booked on. */
export interface GrantFinancing {
  grantText: string;
  /** The income line the grant is booked on; null when none was chosen (refused). */
  incomeLine: (LineAmountState & { name?: string }) | null;
}

/**
 * The entries of a change of one line by `delta` (positive: an increase), financed by another line
 * (which moves the opposite way when on the same side) or by a new grant, booked as income on its income line
 * by the same amount.
 */
export function changeEntries(
  line: LineAmountState,
  year: number,
  delta: Ore,
  financing: { line: LineAmountState } | GrantFinancing,
  years: readonly number[],
): AdjustmentEntry[] {
  if (delta === 0n) throw new AdjustmentError("ZERO_CHANGE", "Ændringen må ikke være 0 kr.");
  checkYear(year, years);
  if ("line" in financing) {
    if (financing.line.id === line.id) throw new AdjustmentError("SAME_LINE", "En linje kan ikke finansiere sig selv.");
    // Same side: the financing line gives what this one gets. Other side: income rises with the expense.
    const financingDelta = financing.line.side === line.side ? -delta : delta;
    return [
      { lineId: line.id, year, delta },
      { lineId: financing.line.id, year, delta: financingDelta },
    ];
  }
  if (financing.grantText.trim() === "") {
    throw new AdjustmentError("FINANCING_MISSING", "Angiv hvordan ændringen finansieres: en anden linje eller en ny bevilling.");
  }
  if (line.side !== "EXPENSE") {
    throw new AdjustmentError(
      "GRANT_INCOME_LINE",
      "En tillægsbevilling finansierer en udgift: vælg den udgiftslinje, der ændres. Bevillingen selv bogføres på en indtægtslinje.",
    );
  }
  if (!financing.incomeLine) {
    throw new AdjustmentError(
      "GRANT_INCOME_LINE",
      "En tillægsbevilling er en indtægt: vælg den indtægtslinje, bevillingen bogføres på, eller skriv navnet på en ny indtægtslinje.",
    );
  }
  if (financing.incomeLine.side !== "INCOME") {
    throw new AdjustmentError("GRANT_INCOME_LINE", "Tillægsbevillingen skal bogføres på en indtægtslinje; den valgte linje er en udgiftslinje.");
  }
  return [
    { lineId: line.id, year, delta },
    { lineId: financing.incomeLine.id, year, delta },
  ];
}

/** What a change financed by a grant does to the income side, in words, shown before it is saved and while it waits. */
export function grantSentence(delta: Ore, incomeLineName: string): string {
  const amount = formatKr(delta < 0n ? -delta : delta);
  return delta < 0n
    ? sentence(`Tillægsbevillingen nedsættes med ${amount}, som trækkes fra indtægten på linjen ${incomeLineName}`)
    : sentence(`Tillægsbevillingen på ${amount} bogføres som indtægt på linjen ${incomeLineName}`);
}

/** The change of each side's total that the entries make. */
export function sideTotalChanges(entries: readonly AdjustmentEntry[], sideOf: (lineId: string) => BudgetSide): Record<BudgetSide, Ore> {
  const result: Record<BudgetSide, Ore> = { INCOME: 0n, EXPENSE: 0n };
  for (const e of entries) result[sideOf(e.lineId)] += e.delta;
  return result;
}

/**
 * Whether the styregruppe must approve: every change of a budget's total, and every adjustment
 * moving more than the project's threshold (default 50.000 kr.) on any line.
 */
export function requiresApproval(entries: readonly AdjustmentEntry[], sideOf: (lineId: string) => BudgetSide, threshold: Ore): boolean {
  const totals = sideTotalChanges(entries, sideOf);
  if (totals.INCOME !== 0n || totals.EXPENSE !== 0n) return true;
  return entries.some((e) => (e.delta < 0n ? -e.delta : e.delta) > threshold);
}

/** The amounts after the entries are applied; a year missing on a line counts as 0. */
export function applyEntries(lines: readonly LineAmountState[], entries: readonly AdjustmentEntry[]): LineAmountState[] {
  const byId = new Map(lines.map((l) => [l.id, new Map(l.amounts)]));
  for (const e of entries) {
    const amounts = byId.get(e.lineId);
    if (!amounts) throw new RangeError(`Unknown budget line ${e.lineId}`);
    amounts.set(e.year, (amounts.get(e.year) ?? 0n) + e.delta);
  }
  return lines.map((l) => ({ ...l, amounts: byId.get(l.id) ?? l.amounts }));
}

export const DEFAULT_APPROVAL_THRESHOLD: Ore = 5_000_000n; // 50.000 kr.
