import type { Rag } from "./follow-up.js";
import { countFor, discloseTotal, type DisclosedCount } from "./disclosure.js";
import { formatDecimal } from "./format.js";

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
  /** A viewer who sees aggregates only: the counts in the reason are disclosed (disclosure.ts), the share is theirs. */
  protect?: boolean;
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
  const held = countFor(input.held, input.protect ?? false);
  const target = countFor(input.target, input.protect ?? false);
  // The percentage from the shown counts, and none where one of them is "<5".
  const percent = held.count === null || target.count === null ? "" : ` (${Math.round((target.count > 0 ? held.count / target.count : 1) * 100)} %)`;
  return {
    rag: light(share),
    reason: `Samtale holdt med ${held.display} af ${target.display} borgere i forløbet${percent} ved periodens slut.`,
  };
}

export interface FunnelCount {
  key: string;
  count: number;
}

/**
 * A funnel's steps as the viewer may see them (disclosure.ts): each count disclosed — with `totals`, a step that
 * is the total of breakdowns shown elsewhere (the target group of the colours and stages) through
 * `discloseTotal` — and its share of the first step computed from the shown counts, hidden with a "<5".
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
