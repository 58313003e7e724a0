import type { Rag } from "./follow-up.js";
import { countFor, DISCLOSURE_THRESHOLD, discloseTotal, type DisclosedCount } from "./disclosure.js";
import type { JudgedPace } from "./capacity.js";
import { FIGURES, FUNNEL_FIGURES } from "./figures.js";
import { formatBp, formatDateDa, formatDecimal } from "./format.js";

/**
 * The styregruppe's rules: the progress light of a project and the cost per activity or outcome.
 * Each result carries the rule that set it, in words, so a red light always says why.
 */

/** The funnel's steps' names: the figures' own (figures.ts). */
export const FUNNEL_LABELS = Object.fromEntries(FUNNEL_FIGURES.map((k) => [k, FIGURES[k].label])) as Record<(typeof FUNNEL_FIGURES)[number], string>;

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
  /** The pace so far (citizens reached a week). */
  averagePerWeek: number;
  /** The judged period's figures (capacity.ts's judgedPace, the pace table's last row); null before the period. */
  judged: JudgedPace | null;
  /** A viewer who sees aggregates only: the counts in the reason are disclosed (disclosure.ts), the share is theirs. */
  protect?: boolean;
}

export interface ProgressRag {
  rag: Rag;
  reason: string;
}

/**
 * Green only when the citizens the plan requires by the end of the judged period are reached — exactly when the
 * pace table's last row is on track, so the two never disagree — amber from 75 % of them, red below. Both
 * thresholds live here; the reason's closing rule text is written from them (`describeProgressRules`).
 */
export interface ProgressRules {
  /** Share of the required citizens reached from which the light is green (1: all of them). */
  greenShare: number;
  /** … and from which it is amber; below it is red. */
  amberShare: number;
}

export const PROGRESS_RULES: ProgressRules = { greenShare: 1, amberShare: 0.75 };

/** A share as a Danish percentage, to at most two decimals: 0.75 → "75 %". */
const sharePercent = (share: number) => formatBp(BigInt(Math.round(share * 10_000)));

/** The rule in words, at the end of every reason. */
export function describeProgressRules(rules: ProgressRules = PROGRESS_RULES): string {
  const green = rules.greenShare === 1 ? "grøn når de er nået (tempotabellen er i mål)" : `grøn fra ${sharePercent(rules.greenShare)}`;
  return (
    "Reglen: de krævede er forløbsplanens borgere (den planlagte målgruppe, ellers borgerne i forløbet) fordelt jævnt over " +
    `samtaleperioden; ${green}, gul fra ${sharePercent(rules.amberShare)}, ellers rød.`
  );
}

/** The default rule in words (`describeProgressRules(PROGRESS_RULES)`). */
export const PROGRESS_RULE_TEXT = describeProgressRules(PROGRESS_RULES);

function light(share: number, rules: ProgressRules): Rag {
  return share >= rules.greenShare ? "GREEN" : share >= rules.amberShare ? "AMBER" : "RED";
}

export function progressRag(input: ProgressInput, rules: ProgressRules = PROGRESS_RULES): ProgressRag {
  if (!input.period) return { rag: "NONE", reason: "Projektet har ingen forløbsplan at måle tempoet mod." };
  const judged = input.judged;
  if (!judged || input.asOf < input.period.start) return { rag: "NONE", reason: `De indledende samtaler begynder ${formatDateDa(input.period.start)}.` };
  const protect = input.protect ?? false;
  const reached = countFor(judged.reached, protect);
  const required = countFor(judged.required, protect);
  // The percentage from the shown counts, and none where one of them is "<5".
  const percent =
    reached.count === null || required.count === null ? "" : ` (${Math.round((required.count > 0 ? reached.count / required.count : 1) * 100)} %)`;
  const over = input.asOf > input.period.end;
  const when = over ? `ved periodens slut ${formatDateDa(judged.until)}` : `pr. ${formatDateDa(judged.until)}`;
  const after =
    over && judged.reachedAfter > 0 ? ` ${countFor(judged.reachedAfter, protect).display} flere er nået efter periodens slut og tæller ikke med.` : "";
  const pace = over ? "" : ` Tempo ${formatDecimal(input.averagePerWeek)} samtaler pr. uge mod krævet ${input.requiredPerWeek}.`;
  return {
    rag: light(judged.required > 0 ? judged.reached / judged.required : 1, rules),
    reason: `Samtale holdt med ${reached.display} borgere mod krævet ${required.display} ${when}${percent}.${pace}${after} ${describeProgressRules(rules)}`,
  };
}

export interface FunnelCount {
  key: string;
  count: number;
}

/**
 * A funnel's steps as the viewer may see them (disclosure.ts): each count disclosed — with `totals`, a step that
 * is the total of breakdowns shown elsewhere (the target group of the colours and stages) through
 * `discloseTotal` — and its share of the first step computed from the shown counts, hidden with a "<5". As shown,
 * as counted, no step is larger than the one before it.
 */
export function discloseFunnel(
  steps: readonly FunnelCount[],
  protect: boolean,
  totals: Readonly<Record<string, ReadonlyArray<readonly number[]>>> = {},
): Array<FunnelCount & { shown: number | null; display: string; percentOfFirst: number | null }> {
  const shownOf = (s: FunnelCount): DisclosedCount => {
    const tables = totals[s.key];
    return protect && tables ? discloseTotal(s.count, tables) : countFor(s.count, protect);
  };
  const shown = steps.map(shownOf);
  // A step's true count is at least the next one's (funnelReach); a total raised to protect its breakdowns ("<5"
  // over four "<5" cells is shown as 5) raises the steps before it too, so the funnel never widens as shown.
  if (protect) {
    const rank = (c: DisclosedCount) => (c.count === null ? DISCLOSURE_THRESHOLD / 2 : c.count);
    for (let i = shown.length - 2; i >= 0; i--) {
      const next = shown[i + 1] as DisclosedCount;
      if (rank(shown[i] as DisclosedCount) < rank(next)) shown[i] = next;
    }
  }
  const first = shown[0]?.count ?? null;
  return steps.map((s, i) => {
    const c = shown[i] as DisclosedCount;
    return {
      ...s,
      shown: c.count,
      display: c.display,
      percentOfFirst: c.count === null || !first ? null : Math.round((c.count * 1000) / first) / 10,
    };
  });
}
