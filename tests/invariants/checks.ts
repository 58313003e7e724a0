// The invariants of invariants.test.ts on one project's figures (the funnel's and the economy's), the shapes of the
// API's answers they are checked on, and `check`, which names the broken invariant.
import { parseMoney } from "@overblik/domain";
import type { BuiltProject } from "../support/world.js";
import type { Generated } from "./generators.js";

/** The day the run builds and checks its projects on (Copenhagen's date). */
export const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());

// ---------- what the API says ----------

export type Count = { key: string; count: number | null; display: string };
export type Totals = { original: string | null; corrected: string; spent: string; forecast: string };
export type Dashboard = {
  asOf: string;
  figuresAsOf: string;
  funnel: Count[];
  goals: Array<{ indicator: string; count: number | null; denominator: number }>;
  costs: Array<{ key: string; countDisplay: string }>;
  followUp: null | {
    budgetName: string | null;
    lines: Array<Totals & { lineId: string; name: string; side: string }>;
    income: Totals;
    expense: Totals;
  };
};

export const DASHBOARD_FIELDS = `asOf figuresAsOf funnel { key count display } goals { indicator count denominator } costs { key countDisplay }
  followUp { budgetName lines { lineId name side original corrected spent forecast } income { original corrected spent forecast } expense { original corrected spent forecast } }`;

export type Budget = {
  lines: Array<{
    id: string;
    side: string;
    total: string;
    amounts: Array<{ year: number; amount: string }>;
    originalAmounts: Array<{ year: number; amount: string }> | null;
  }>;
  changes: Array<{ status: string; kind: string; grantText: string | null; entries: Array<{ lineId: string; year: number; delta: string }> }>;
  postings: { totalCount: number; items: Array<{ lineId: string; amount: string; date: string }> };
  totals: { income: string; expense: string };
};

export const ore = (money: string | null): bigint => (money === null ? 0n : parseMoney(money));
export const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
/** A disclosed count on one scale: hidden "<5" lies between 0 and 5 (rounding to 5 keeps the order). */
const rank = (c: { count: number | null; display?: string }) => (c.count === null ? 2.5 : c.count);
export const rankDisplay = (display: string) => (display === "<5" ? 2.5 : Number(display));

export class Violation extends Error {}
export function check(condition: boolean, invariant: string, detail: () => unknown): void {
  if (!condition) throw new Violation(`${invariant}: ${JSON.stringify(detail(), (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v))}`);
}

// ---------- the invariants ----------

const FUNNEL_ORDER = ["TARGET", "SCREENED", "CONVERSATION_HELD", "TEAM_MEETING", "ACTION_PLAN", "INTERVENTION", "OUTCOME", "JOB_OR_EDUCATION"];

export function funnelInvariants(view: string, d: Dashboard): void {
  const step = (key: string) => d.funnel.find((s) => s.key === key) as Count;
  for (let i = 1; i < FUNNEL_ORDER.length; i++) {
    const key = FUNNEL_ORDER[i] as string;
    const before = FUNNEL_ORDER[i - 1] as string;
    check(rank(step(key)) <= rank(step(before)), `${view}: funnel stage ${key} ≤ ${before}`, () => d.funnel);
  }
  // Held conversations (the events the cost per conversation divides by) ≤ citizens with a held conversation ≤ citizens.
  const held = d.costs.find((c) => c.key === "CONVERSATION_HELD");
  if (held) {
    check(rankDisplay(held.countDisplay) <= rank(step("CONVERSATION_HELD")), `${view}: held conversations ≤ citizens with a held conversation`, () => ({
      held,
      funnel: d.funnel,
    }));
  }
  check(rank(step("CONVERSATION_HELD")) <= rank(step("TARGET")), `${view}: citizens with a held conversation ≤ citizens in the flow`, () => d.funnel);
  // The goal's indicator is the funnel's count for the same definition.
  for (const g of d.goals.filter((x) => x.indicator === "JOB_OR_EDUCATION")) {
    check(g.count === step("JOB_OR_EDUCATION").count, `${view}: goal JOB_OR_EDUCATION = funnel JOB_OR_EDUCATION`, () => ({ goal: g, funnel: d.funnel }));
  }
}

export function economyInvariants(g: Generated, built: BuiltProject, d: Dashboard, b: Budget): void {
  const f = d.followUp;
  check(f !== null, "the dashboard has the approved budget's follow-up", () => d);
  if (!f) return;
  check(f.budgetName === "Økonomioverslag", "the follow-up names its budget", () => f.budgetName);
  check(b.postings.totalCount === b.postings.items.length, "all postings fetched", () => b.postings.totalCount);
  const approved = b.changes.filter((c) => c.status === "APPLIED" || c.status === "APPROVED");
  // On and after the last day there is nothing left to forecast: the forecast is the actual.
  const ended = built.endDate <= today;
  for (const line of b.lines) {
    const shown = f.lines.find((l) => l.lineId === line.id);
    check(!!shown, "every budget line is in the follow-up", () => line.id);
    if (!shown) continue;
    // spent = the sum of the line's postings (all are dated up to today).
    const postings = sum(b.postings.items.filter((p) => p.lineId === line.id && p.date <= d.asOf).map((p) => ore(p.amount)));
    check(ore(shown.spent) === postings, "spent = sum of postings, per line", () => ({ line: shown.name, spent: shown.spent, postings }));
    // corrected = original + approved changes, per line and year.
    for (const a of line.amounts) {
      const original = ore(line.originalAmounts?.find((o) => o.year === a.year)?.amount ?? "0.00");
      const deltas = sum(
        approved
          .flatMap((c) => c.entries)
          .filter((e) => e.lineId === line.id && e.year === a.year)
          .map((e) => ore(e.delta)),
      );
      check(ore(a.amount) === original + deltas, "corrected = original + approved changes, per line and year", () => ({
        line: shown.name,
        year: a.year,
        corrected: a.amount,
        original,
        deltas,
      }));
    }
    check(ore(shown.corrected) === ore(line.total), "the follow-up's corrected = the line's corrected total", () => ({
      line: shown.name,
      followUp: shown.corrected,
      total: line.total,
    }));
    if (line.side === "EXPENSE") {
      check(ore(shown.forecast) >= ore(shown.spent), "forecast ≥ spent, per expense line", () => ({ line: shown.name, ...shown }));
      if (ended) {
        check(ore(shown.forecast) === ore(shown.spent), "after the end the forecast is the actual, per expense line", () => ({
          line: shown.name,
          ...shown,
          end: built.endDate,
        }));
      }
    }
  }
  check(ore(f.expense.forecast) >= ore(f.expense.spent), "forecast ≥ spent, expense total", () => f.expense);
  check(ore(f.expense.spent) === sum(f.lines.filter((l) => l.side === "EXPENSE").map((l) => ore(l.spent))), "expense spent = sum of its lines", () => f);
  // income = expense whenever the original balanced and only balanced changes were approved.
  if (g.balanced) {
    check(ore(f.income.corrected) === ore(f.expense.corrected), "income = expense when the original balanced and only balanced changes were approved", () => ({
      income: f.income.corrected,
      expense: f.expense.corrected,
      approved,
    }));
  }
}
