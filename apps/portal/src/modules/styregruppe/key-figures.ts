import type { Ore } from "@overblik/domain";
import { RAG_LABELS } from "../follow-up/follow-up-view";
import { formatAmount, formatInteger, formatSignedAmount, toOre } from "../../ui/format";
import type { Dashboard } from "./styregruppe-hooks";

/** What a figure is, so two of them can be compared: a count of citizens, kroner, a rate, or a light. */
export type FigureValue = { kind: "count"; n: number | null } | { kind: "money"; ore: Ore } | { kind: "rate"; x: number | null } | { kind: "rag"; rag: string };

export interface KeyFigure {
  key: string;
  label: string;
  /** As the dashboard shows it ("221", "<5", "1.179.475 kr.", "Rød"). */
  display: string;
  value: FigureValue;
  /** Shown in the dashboard's summary at the top; the rest only in a comparison. */
  headline: boolean;
  /** What a count is counted against, in words ("af 197 i forløbet", "Planlagt målgruppe 219"), or null. */
  note?: string | null;
}

const HEADLINE_STEPS = new Set(["TARGET", "CONVERSATION_HELD", "ACTION_PLAN", "JOB_OR_EDUCATION"]);

/** "12,3" (the API's Danish decimal) → 12.3. */
const rate = (text: string | null | undefined) => (text ? Number(text.replace(/\./g, "").replace(",", ".")) : null);

/**
 * The dashboard's key figures in one list, for the summary at the top of the dashboard and for
 * comparing a frozen pack with the live figures. Counts keep the API's suppression: a hidden count
 * has no number here, so nothing downstream can compute one.
 */
export function keyFigures(d: Dashboard): KeyFigure[] {
  const figures: KeyFigure[] = [
    { key: "progress", label: "Fremdrift", display: RAG_LABELS[d.progress.rag], value: { kind: "rag", rag: d.progress.rag }, headline: false },
    { key: "spend", label: "Økonomi", display: RAG_LABELS[d.spend.rag], value: { kind: "rag", rag: d.spend.rag }, headline: false },
  ];
  for (const step of d.funnel) {
    // Each step with its own denominator (figures.ts); the target group beside the planned one, never confused.
    const note = step.key === "TARGET" ? (d.plannedTargetText ?? null) : (step.denominatorLabel ?? null);
    figures.push({
      key: `funnel:${step.key}`,
      label: step.label,
      display: step.display,
      value: { kind: "count", n: step.count },
      headline: HEADLINE_STEPS.has(step.key),
      note,
    });
  }
  if (d.pace) {
    figures.push({
      key: "pace",
      label: "Samtaler pr. uge (gennemsnit)",
      display: `${d.pace.averagePerWeek} mod krævet ${d.pace.requiredPerWeek}`,
      value: { kind: "rate", x: rate(d.pace.averagePerWeek) },
      headline: false,
    });
  }
  const expense = d.followUp?.expense;
  if (expense) {
    const money = (key: string, label: string, amount: string, headline: boolean): KeyFigure => {
      const ore = toOre(amount);
      return { key, label, display: formatAmount(ore, "kr"), value: { kind: "money", ore }, headline };
    };
    figures.push(
      money("corrected", "Korrigeret budget", expense.corrected, true),
      money("spent", "Forbrug", expense.spent, true),
      money("forecast", "Forventet forbrug", expense.forecast, true),
      money("deviation", "Afvigelse (korrigeret minus forventet)", expense.deviation, true),
    );
  }
  figures.push({
    key: "pending",
    label: "Budgetændringer, der venter på styregruppen",
    display: formatInteger(d.pendingDecisions.length),
    value: { kind: "count", n: d.pendingDecisions.length },
    headline: false,
  });
  return figures;
}

const signedInteger = new Intl.NumberFormat("da-DK", { signDisplay: "exceptZero", maximumFractionDigits: 1 });

/**
 * The change from a pack's figure to the live one, in words a reader takes at a glance: "+12",
 * "+3.000 kr.", "uændret", "Grøn → Rød", or "–" when either side is hidden or missing.
 */
export function describeChange(before: KeyFigure | undefined, after: KeyFigure | undefined): string {
  if (!before || !after) return "–";
  const a = before.value;
  const b = after.value;
  if (a.kind === "rag" && b.kind === "rag") return a.rag === b.rag ? "uændret" : `${before.display} → ${after.display}`;
  if (a.kind === "money" && b.kind === "money") return a.ore === b.ore ? "uændret" : formatSignedAmount(b.ore - a.ore, "kr");
  if ((a.kind === "count" && b.kind === "count") || (a.kind === "rate" && b.kind === "rate")) {
    const x = a.kind === "count" ? a.n : a.x;
    const y = b.kind === "count" ? b.n : b.kind === "rate" ? b.x : null;
    if (x === null || y === null) return "–";
    const delta = Math.round((y - x) * 10) / 10;
    return delta === 0 ? "uændret" : signedInteger.format(delta);
  }
  return "–";
}
