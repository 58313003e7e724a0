import type { BudgetSide } from "./budget.js";
import { divRoundHalfAway, sumOre, type Ore } from "./money.js";
import { formatBp, formatBpNumber, formatWholeKr, sentence } from "./format.js";
import type { Hundredths } from "./quantity.js";

/**
 * Budget follow-up (budgetopfølgning) for a chosen date: spend next to the activity it paid for,
 * a forecast at completion with its method, and a RAG status naming the rule that set it.
 */

export interface ActivityDriver {
  /** "timer", "samtaler", "møder", "deltagere", "borgere" … */
  unit: string;
  /** Planned quantity, in hundredths (50 timer = 5000n). */
  plannedQuantity: Hundredths;
  /** Planned øre per unit; when absent it is the corrected budget divided by the planned quantity. */
  unitRate: Ore | null;
}

export interface FollowUpLineInput {
  id: string;
  side: BudgetSide;
  original: Ore | null;
  corrected: Ore;
  /** Sum of postings up to and including the date. */
  spent: Ore;
  driver: ActivityDriver | null;
  /** Activity delivered up to and including the date, in hundredths. */
  delivered: Hundredths;
  /** The budget is still a draft (not approved by the styregruppe): its lines get no light. */
  draft?: boolean;
}

export interface Period {
  /** ISO dates, inclusive. */
  start: string;
  end: string;
}

export type Rag = "GREEN" | "AMBER" | "RED" | "NONE";
export type ForecastMethod = "ACTIVITY" | "LINEAR" | "SPENT" | "BUDGET";

export interface FollowUpLine {
  id: string;
  side: BudgetSide;
  original: Ore | null;
  corrected: Ore;
  spent: Ore;
  rest: Ore;
  /** Shares in basis points (1 % = 100): exact integers, shown as percentages. */
  spentBp: bigint | null;
  activityBp: bigint | null;
  plannedUnitCost: Ore | null;
  actualUnitCost: Ore | null;
  burnRatePerMonth: Ore;
  forecast: Ore;
  forecastMethod: ForecastMethod;
  /** Danish, with the figures: how the forecast was computed. */
  forecastExplanation: string;
  /** corrected − forecast: negative means an expected overrun. */
  deviation: Ore;
  rag: Rag;
  /** Danish, with the figures: which rule set the status. */
  ragReason: string;
}

/**
 * Every threshold of the status (RAG) rule, in one object: `followUpLine` judges by it and `describeRules` writes
 * the sentence the user reads from it, so the two cannot drift apart.
 */
export interface FollowUpRules {
  /** spent % minus activity % at or above this (in basis points) is amber; 20 pp by default. */
  amberGapBp: bigint;
  /** … and at or above this red; 40 pp by default. */
  redGapBp: bigint;
  /** Forecast above corrected × this (in basis points of the budget) is amber; 100 % (over the budget) by default. */
  amberForecastBp: bigint;
  /** Forecast above corrected × this (in basis points of the budget) is red; 110 % by default. */
  redForecastBp: bigint;
}

export const DEFAULT_RULES: FollowUpRules = { amberGapBp: 2000n, redGapBp: 4000n, amberForecastBp: 10_000n, redForecastBp: 11_000n };

/** The lines a status is never set for, and why: part of the rule as the user reads it. */
const NOT_JUDGED_TEXT = "Indtægtslinjer, linjer med negativt budget og budgetter, der ikke er godkendt, vurderes ikke.";

/** "over budgettet" at 100 %, otherwise "over 105 % af korrigeret budget". */
function forecastOver(bp: bigint): string {
  return bp === 10_000n ? "over budgettet" : `over ${formatBp(bp)} af korrigeret budget`;
}

/** The red and the amber light's rule in Danish, from the thresholds that set them (also the GraphQL enum's descriptions). */
export function describeRag(rules: FollowUpRules = DEFAULT_RULES): Record<"RED" | "AMBER", string> {
  return {
    RED:
      `Rød: forventet forbrug ${forecastOver(rules.redForecastBp)}, forbrug mindst ${formatBpNumber(rules.redGapBp)} procentpoint ` +
      "over aktiviteten, eller forbrug på en linje uden budget.",
    AMBER: `Gul: forventet forbrug ${forecastOver(rules.amberForecastBp)}, eller forbrug mindst ${formatBpNumber(rules.amberGapBp)} procentpoint over aktiviteten.`,
  };
}

/** The whole status rule as the follow-up, its report and its export state it: red, amber, otherwise green, and what is not judged. */
export function describeRules(rules: FollowUpRules = DEFAULT_RULES): string {
  const text = describeRag(rules);
  return `${text.RED} ${text.AMBER} Ellers grøn. ${NOT_JUDGED_TEXT}`;
}

const DAY_MS = 86_400_000;

function days(isoStart: string, isoEnd: string): number {
  return Math.round((Date.parse(`${isoEnd}T00:00:00Z`) - Date.parse(`${isoStart}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Days of the period up to and including asOf (0 before it starts), and the period's length. */
export function elapsedDays(period: Period, asOf: string): { elapsed: number; total: number } {
  const total = Math.max(1, days(period.start, period.end));
  if (asOf < period.start) return { elapsed: 0, total };
  if (asOf >= period.end) return { elapsed: total, total };
  return { elapsed: days(period.start, asOf), total };
}

/** Started calendar months of the period up to asOf (at least 1 once started). */
export function elapsedMonths(period: Period, asOf: string): number {
  if (asOf < period.start) return 0;
  const end = asOf < period.end ? asOf : period.end;
  const [sy, sm] = period.start.split("-").map(Number) as [number, number];
  const [ey, em] = end.split("-").map(Number) as [number, number];
  return (ey - sy) * 12 + (em - sm) + 1;
}

export function basisPoints(part: bigint, whole: bigint): bigint | null {
  if (whole === 0n) return null;
  return divRoundHalfAway(part * 10_000n, whole < 0n ? -whole : whole) * (whole < 0n ? -1n : 1n);
}

const kr = formatWholeKr;

/** Why a draft budget has no light: the figures are a proposal, not a budget to hold spending against. */
export const DRAFT_NOT_JUDGED = "Budgettet er et udkast og vurderes først, når styregruppen har godkendt det.";
export const NEGATIVE_LINE_NOT_JUDGED = "Linjen har et negativt budget (en overførsel eller modregning) og vurderes ikke på forbrug.";

function qty(h: Hundredths): string {
  const whole = h / 100n;
  const rest = h % 100n;
  return rest === 0n ? `${whole}` : `${whole},${rest.toString().padStart(2, "0").replace(/0$/, "")}`;
}

/** Øre per unit when `quantity` (hundredths) of units cost `amount`. */
export function unitCost(amount: Ore, quantity: Hundredths): Ore | null {
  if (quantity <= 0n) return null;
  return divRoundHalfAway(amount * 100n, quantity);
}

export function followUpLine(line: FollowUpLineInput, period: Period, asOf: string, rules: FollowUpRules = DEFAULT_RULES): FollowUpLine {
  const { corrected, spent, driver, delivered } = line;
  const months = elapsedMonths(period, asOf);
  const { elapsed, total } = elapsedDays(period, asOf);
  const spentBp = basisPoints(spent, corrected);
  const activityBp = driver ? basisPoints(delivered, driver.plannedQuantity) : null;
  const plannedUnitCost = driver ? (driver.unitRate ?? unitCost(corrected, driver.plannedQuantity)) : null;
  const actualUnitCost = driver ? unitCost(spent, delivered) : null;
  const burnRatePerMonth = months > 0 ? divRoundHalfAway(spent, BigInt(months)) : 0n;

  let forecast: Ore;
  let forecastMethod: ForecastMethod;
  let forecastExplanation: string;
  if (elapsed >= total) {
    // On and after the period's last day nothing more is expected: the forecast is the actual, whatever the activity.
    forecast = spent;
    forecastMethod = "SPENT";
    forecastExplanation = `Perioden er slut: forventet = forbrug ${kr(spent)}`;
  } else if (driver && plannedUnitCost !== null) {
    const remaining = driver.plannedQuantity > delivered ? driver.plannedQuantity - delivered : 0n;
    forecast = spent + divRoundHalfAway(remaining * plannedUnitCost, 100n);
    forecastMethod = remaining === 0n ? "SPENT" : "ACTIVITY";
    forecastExplanation =
      remaining === 0n
        ? `Al planlagt aktivitet er leveret (${qty(delivered)} af ${qty(driver.plannedQuantity)} ${driver.unit}): forventet = forbrug ${kr(spent)}`
        : `Forbrug ${kr(spent)} + resterende ${qty(remaining)} ${driver.unit} × ${kr(plannedUnitCost)} = ${kr(forecast)}`;
  } else if (elapsed === 0) {
    forecast = corrected;
    forecastMethod = "BUDGET";
    forecastExplanation = `Perioden er ikke begyndt: forventet = korrigeret budget ${kr(corrected)}`;
  } else {
    forecast = divRoundHalfAway(spent * BigInt(total), BigInt(elapsed));
    forecastMethod = "LINEAR";
    forecastExplanation = `Lineær fremskrivning: forbrug ${kr(spent)} efter ${elapsed} af ${total} dage → ${kr(forecast)}`;
  }
  if (forecast < spent) {
    // What is spent is spent: no method may expect less (a negative unit cost, a budget below early spend).
    forecast = spent;
    forecastMethod = "SPENT";
    forecastExplanation = `Forbruget ${kr(spent)} er mere end fremskrivningen: forventet = forbrug ${kr(spent)}`;
  }

  let rag: Rag = "GREEN";
  let ragReason = "Forbrug og forventet forbrug holder sig inden for budgettet.";
  if (line.draft) {
    rag = "NONE";
    ragReason = DRAFT_NOT_JUDGED;
  } else if (line.side === "INCOME") {
    rag = "NONE";
    ragReason = "Indtægtslinjer vurderes ikke.";
  } else if (corrected < 0n) {
    rag = "NONE";
    ragReason = NEGATIVE_LINE_NOT_JUDGED;
  } else {
    const forecastBp = basisPoints(forecast, corrected);
    const gap = spentBp !== null && activityBp !== null ? spentBp - activityBp : null;
    if (corrected === 0n && spent > 0n) {
      rag = "RED";
      ragReason = sentence(`Forbrug ${kr(spent)} på en linje uden budget`);
    } else if (forecastBp !== null && forecastBp > rules.redForecastBp) {
      rag = "RED";
      ragReason = `Forventet forbrug ${formatBp(forecastBp)} af korrigeret budget (over ${formatBp(rules.redForecastBp)}).`;
    } else if (gap !== null && gap >= rules.redGapBp) {
      rag = "RED";
      ragReason = `Forbrug ${formatBp(spentBp ?? 0n)} mod aktivitet ${formatBp(activityBp ?? 0n)} (${formatBp(gap)} point over).`;
    } else if (forecastBp !== null && forecastBp > rules.amberForecastBp) {
      rag = "AMBER";
      ragReason = `Forventet forbrug ${formatBp(forecastBp)} af korrigeret budget${rules.amberForecastBp === 10_000n ? "" : ` (over ${formatBp(rules.amberForecastBp)})`}.`;
    } else if (gap !== null && gap >= rules.amberGapBp) {
      rag = "AMBER";
      ragReason = `Forbrug ${formatBp(spentBp ?? 0n)} mod aktivitet ${formatBp(activityBp ?? 0n)}.`;
    }
  }

  return {
    id: line.id,
    side: line.side,
    original: line.original,
    corrected,
    spent,
    rest: corrected - spent,
    spentBp,
    activityBp,
    plannedUnitCost,
    actualUnitCost,
    burnRatePerMonth,
    forecast,
    forecastMethod,
    forecastExplanation,
    deviation: corrected - forecast,
    rag,
    ragReason,
  };
}

export interface FollowUpTotals {
  side: BudgetSide;
  original: Ore | null;
  corrected: Ore;
  spent: Ore;
  rest: Ore;
  forecast: Ore;
  deviation: Ore;
  spentBp: bigint | null;
  rag: Rag;
  ragReason: string;
}

const RAG_ORDER: Record<Rag, number> = { NONE: 0, GREEN: 1, AMBER: 2, RED: 3 };

/**
 * A side's totals are the sums of its lines; its status is the worst line's, with that line's reason. A draft
 * budget's sides get no status, and a side whose lines are all unjudged (negative lines only) none either.
 */
export function followUpTotals(
  side: BudgetSide,
  lines: readonly FollowUpLine[],
  names: (id: string) => string,
  options: { draft?: boolean } = {},
): FollowUpTotals {
  const own = lines.filter((l) => l.side === side);
  const corrected = sumOre(own.map((l) => l.corrected));
  const spent = sumOre(own.map((l) => l.spent));
  const forecast = sumOre(own.map((l) => l.forecast));
  const originals = own.map((l) => l.original);
  const worst = own.reduce<FollowUpLine | null>((w, l) => (w === null || RAG_ORDER[l.rag] > RAG_ORDER[w.rag] ? l : w), null);
  const rag: Rag = side === "INCOME" || options.draft ? "NONE" : own.length > 0 && worst?.rag === "NONE" ? "NONE" : (worst?.rag ?? "GREEN");
  return {
    side,
    original: originals.every((o) => o !== null) && originals.length > 0 ? sumOre(originals) : null,
    corrected,
    spent,
    rest: corrected - spent,
    forecast,
    deviation: corrected - forecast,
    spentBp: basisPoints(spent, corrected),
    rag,
    ragReason: options.draft
      ? DRAFT_NOT_JUDGED
      : side === "INCOME"
        ? "Indtægtslinjer vurderes ikke."
        : rag === "NONE"
          ? "Ingen af sidens linjer vurderes (kun negative linjer)."
          : worst && worst.rag !== "GREEN"
            ? `${names(worst.id)}: ${worst.ragReason}`
            : "Alle linjer er grønne.",
  };
}

/** Amount stated at one year's price level, expressed at another's: amount × index(to) / index(from). */
export function atPriceLevel(amount: Ore, fromIndex: Hundredths, toIndex: Hundredths): Ore {
  if (fromIndex <= 0n) throw new RangeError("price index must be positive");
  return divRoundHalfAway(amount * toIndex, fromIndex);
}
