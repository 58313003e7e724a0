import { applyDriver, BudgetDraftError, MAX_ORE, parseAccountNumber, type Hundredths, type Ore, type SheetLine } from "@overblik/domain";
import { badInput } from "./budget-draft.errors.js";
import type { BudgetDraftLineInput } from "./budget-draft.types.js";

/** numeric(14, 2) for the driver's quantity. */
const MAX_QUANTITY: Hundredths = 10n ** 14n - 1n;

/** A draft line as it is stored: validated, the driver's rule applied, amounts for every budget year. */
export interface DraftLine extends Omit<SheetLine, "row"> {
  id: string | null;
  driver: { unit: string; quantity: Hundredths; rate: Ore | null } | null;
}

/**
 * Validates the grid's lines against the budget's years and applies each driver's rule. Every problem is
 * named by the line's number and name ("Linje 3 (Lægekonsulent): …"), all of them at once.
 */
export function validateDraftLines(lines: readonly BudgetDraftLineInput[], years: readonly number[]): DraftLine[] {
  const errors: string[] = [];
  const result: DraftLine[] = [];
  const seenIds = new Set<string>();
  lines.forEach((line, index) => {
    const name = line.name.trim();
    const label = `Linje ${index + 1}${name ? ` (${name})` : ""}`;
    const fail = (message: string) => errors.push(`${label}: ${message}`);
    const before = errors.length;
    if (name === "") fail("Skriv linjens tekst.");
    if (line.id) {
      if (seenIds.has(line.id)) fail("Linjen står to gange.");
      seenIds.add(line.id);
    }
    const byYear = new Map<number, Ore>();
    for (const a of line.amounts) {
      if (byYear.has(a.year)) fail(`Året ${a.year} står to gange.`);
      else if (!years.includes(a.year)) fail(`Året ${a.year} er ikke et af budgettets år (${years[0]}–${years[years.length - 1]}).`);
      byYear.set(a.year, a.amount);
    }
    const missing = years.filter((y) => !byYear.has(y));
    if (missing.length > 0) fail(`Angiv et beløb (evt. 0) for ${missing.join(", ")}.`);
    let accountNumber: string | null = null;
    try {
      accountNumber = parseAccountNumber(line.accountNumber ?? "");
    } catch (error) {
      if (!(error instanceof BudgetDraftError)) throw error;
      fail(error.message);
    }
    let amounts = years.map((y) => byYear.get(y) ?? 0n);
    let driver: DraftLine["driver"] = null;
    if (line.driver) {
      const unit = line.driver.unit.trim();
      if (unit === "") fail("Skriv driverens enhed, fx timer.");
      if (line.driver.quantity > MAX_QUANTITY) fail("Driverens antal er for stort (højst 999.999.999.999,99).");
      if (line.driver.rate !== null && line.driver.rate !== undefined && line.driver.rate < 0n) fail("Satsen pr. enhed kan ikke være negativ.");
      if (errors.length === before) {
        try {
          const applied = applyDriver(amounts, { quantity: line.driver.quantity, rate: line.driver.rate ?? null, fixed: line.driver.fixed });
          amounts = applied.amounts;
          driver = { unit, quantity: line.driver.quantity, rate: applied.rate };
        } catch (error) {
          if (!(error instanceof BudgetDraftError)) throw error;
          fail(error.message);
        }
      }
    }
    if (amounts.some((a) => a > MAX_ORE || a < -MAX_ORE)) fail("Beløbet er for stort (højst 90.071.992.547.409,92 kr.). Tjek antal og sats.");
    if (errors.length > before) return;
    result.push({
      id: line.id ?? null,
      side: line.side,
      name,
      category: line.category?.trim() || null,
      accountNumber,
      note: line.note?.trim() || null,
      amounts: years.map((year, i) => ({ year, amount: amounts[i] ?? 0n })),
      driver,
    });
  });
  if (errors.length > 0) throw badInput(errors.join(" "), { errors });
  return result;
}
