import type { Rag } from "./follow-up.js";
import { formatDecimal, formatKr } from "./format.js";
import { divRoundHalfAway, type Ore } from "./money.js";
import { SUPPRESSION_THRESHOLD } from "./suppression.js";

/**
 * The styregruppe's rules: the progress light of a project and the cost per activity or outcome.
 * Each result carries the rule that set it, in words, so a red light always says why.
 */

export const FUNNEL_LABELS = {
  TARGET: "Målgruppe",
  SCREENED: "Screenet",
  CONVERSATION_HELD: "Indledende samtale holdt",
  TEAM_MEETING: "Drøftet på teammøde",
  ACTION_PLAN: "Indsatsplan",
  INTERVENTION: "I gang med en indsats",
  OUTCOME: "Resultat registreret",
  JOB_OR_EDUCATION: "I job eller uddannelse",
} as const;

export const OUTCOME_LABELS = {
  JOB: "Job",
  EDUCATION: "Ordinær uddannelse",
  REMATCHED_2: "Rematchet til match 2",
  PASSIVE: "Fortsat passiv",
  PENSION_RECOMMENDED: "Indstillet til førtidspension",
} as const;

export interface ProgressInput {
  asOf: string;
  /** The conversation period of the flow plan; null when the project has none. */
  period: { start: string; end: string } | null;
  /** Conversations a week the plan requires (capacity plan). */
  requiredPerWeek: number;
  /** The pace so far (held conversations a week). */
  averagePerWeek: number;
  /** Citizens with a held conversation, and the citizens who should have one (the target group less the rød). */
  held: number;
  target: number;
}

export interface ProgressRag {
  rag: Rag;
  reason: string;
}

/** Green from 90 % of the required pace (or of the target group reached), amber from 75 %, red below. */
export const PROGRESS_RULES = { greenShare: 0.9, amberShare: 0.75 } as const;


function light(share: number): Rag {
  return share >= PROGRESS_RULES.greenShare ? "GREEN" : share >= PROGRESS_RULES.amberShare ? "AMBER" : "RED";
}

export function progressRag(input: ProgressInput): ProgressRag {
  if (!input.period) return { rag: "NONE", reason: "Projektet har ingen forløbsplan at måle tempoet mod." };
  if (input.asOf < input.period.start) return { rag: "NONE", reason: `De indledende samtaler begynder ${input.period.start}.` };
  if (input.asOf <= input.period.end) {
    const share = input.requiredPerWeek > 0 ? input.averagePerWeek / input.requiredPerWeek : 1;
    return {
      rag: light(share),
      reason: `Tempo ${formatDecimal(input.averagePerWeek)} samtaler pr. uge mod krævet ${input.requiredPerWeek}.`,
    };
  }
  const share = input.target > 0 ? input.held / input.target : 1;
  return {
    rag: light(share),
    reason: `Samtale holdt med ${input.held} af ${input.target} borgere i forløbet (${Math.round(share * 100)} %) ved periodens slut.`,
  };
}

export interface CostPer {
  /** Øre per unit, rounded half away from zero; null when there is nothing to divide by or it is hidden. */
  amount: Ore | null;
  display: string;
  hidden: boolean;
}

/**
 * Spend divided by a number of activities or outcomes. Derived from fewer than 5 citizens it is hidden
 * for roles that see aggregates only: a cost per job for 2 jobs says something about 2 people.
 */
export function costPer(spent: Ore, count: number, suppress: boolean): CostPer {
  if (suppress && count > 0 && count < SUPPRESSION_THRESHOLD) return { amount: null, display: `<${SUPPRESSION_THRESHOLD}`, hidden: true };
  if (count <= 0) return { amount: null, display: "–", hidden: false };
  const amount = divRoundHalfAway(spent, BigInt(count));
  return { amount, display: formatKr(amount), hidden: false };
}

export interface FunnelCount {
  key: string;
  count: number;
}

/**
 * A funnel's steps are nested (each a subset of the one before), not a breakdown of a total, so no cell
 * can be worked out from the others: each count under 5 is hidden on its own, and so is the share of the
 * first step it would give.
 */
export function suppressFunnel(steps: readonly FunnelCount[], suppress: boolean): Array<FunnelCount & { shown: number | null; display: string; percentOfFirst: number | null }> {
  const first = steps[0]?.count ?? 0;
  return steps.map((s) => {
    const hidden = suppress && s.count < SUPPRESSION_THRESHOLD;
    return {
      ...s,
      shown: hidden ? null : s.count,
      display: hidden ? `<${SUPPRESSION_THRESHOLD}` : String(s.count),
      percentOfFirst: hidden || first === 0 ? null : Math.round((s.count * 1000) / first) / 10,
    };
  });
}
