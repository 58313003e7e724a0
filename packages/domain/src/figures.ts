import { discloseShare } from "./disclosure.js";

/**
 * One definition per figure the styregruppe sees. Every citizen figure on the dashboard, in the funnel, the
 * goals, the portfolio, the meeting packs and the exports is one of these, counted as said here (the API's SQL
 * for each is in apps/api/src/modules/steering/figures.repository.ts) and shown with its own denominator's label, so
 * "44 af 197 i forløbet" and "44 af 221 i målgruppen" can stand side by side and never be confused.
 *
 * All counts are of citizens (never of events) as of one date; the denominator of each figure is a figure whose
 * citizens include the numerator's, so a share is never above 100 %. Disclosure (disclosure.ts) comes after:
 * the counts are computed from these definitions, then rounded for viewers who see aggregates only.
 */
export type FigureKey =
  | "PLANNED_TARGET"
  | "TARGET"
  | "SCREENED"
  | "IN_FLOW"
  | "CONVERSATION_HELD"
  | "TEAM_MEETING"
  | "ACTION_PLAN"
  | "INTERVENTION"
  | "OUTCOME"
  | "JOB_OR_EDUCATION"
  | "ACTION_PLAN_JOB_AIM"
  | "COMPANY_PLACEMENT"
  | "REMATCHED";

export interface FigureDefinition {
  key: FigureKey;
  /** The figure's name on screen ("Indledende samtale holdt"). */
  label: string;
  /** Who is counted, in words (the README's list). */
  definition: string;
  /** The figure whose citizens this one is a share of; null for a base figure. */
  denominator: FigureKey | null;
  /** How a count of this figure reads when it is the denominator: "i målgruppen" → "af 221 i målgruppen". */
  asDenominator: string;
}

export const FIGURES: Readonly<Record<FigureKey, FigureDefinition>> = {
  PLANNED_TARGET: {
    key: "PLANNED_TARGET",
    label: "Planlagt målgruppe",
    definition: "Det antal borgere, projektet er planlagt til (projektets målgruppestørrelse); et plantal, ikke en optælling.",
    denominator: null,
    asDenominator: "i den planlagte målgruppe",
  },
  TARGET: {
    key: "TARGET",
    label: "Borgere i målgruppen",
    definition: "Borgere registreret i projektet med indskrivningsdato senest på datoen.",
    denominator: null,
    asDenominator: "i målgruppen",
  },
  SCREENED: {
    key: "SCREENED",
    label: "Screenet",
    definition: "Borgere i målgruppen med en farve (grøn, orange, rød eller blå) på datoen.",
    denominator: "TARGET",
    asDenominator: "screenede",
  },
  IN_FLOW: {
    key: "IN_FLOW",
    label: "Borgere i forløbet",
    definition:
      "Borgere i målgruppen, der er screenet grønne, orange eller blå på datoen (røde er ikke en del af forløbet, og en borger uden farve er endnu ikke kommet ind i det).",
    denominator: "TARGET",
    asDenominator: "i forløbet",
  },
  CONVERSATION_HELD: {
    key: "CONVERSATION_HELD",
    label: "Indledende samtale holdt",
    definition: "Borgere i forløbet med en holdt indledende samtale senest på datoen (borgere, ikke samtaler).",
    denominator: "IN_FLOW",
    asDenominator: "med holdt samtale",
  },
  TEAM_MEETING: {
    key: "TEAM_MEETING",
    label: "Drøftet på teammøde",
    definition: "Borgere i forløbet, der har været på dagsordenen for et holdt teammøde senest på datoen.",
    denominator: "IN_FLOW",
    asDenominator: "drøftet på teammøde",
  },
  ACTION_PLAN: {
    key: "ACTION_PLAN",
    label: "Indsatsplan",
    definition: "Borgere i forløbet med mindst én indsats i indsatsplanen oprettet senest på datoen.",
    denominator: "IN_FLOW",
    asDenominator: "med indsatsplan",
  },
  INTERVENTION: {
    key: "INTERVENTION",
    label: "I gang med en indsats",
    definition: "Borgere i forløbet med en indsats, der er startet (ikke kun planlagt) senest på datoen.",
    denominator: "IN_FLOW",
    asDenominator: "i gang med en indsats",
  },
  OUTCOME: {
    key: "OUTCOME",
    label: "Resultat registreret",
    definition: "Borgere i forløbet med et registreret resultat senest på datoen.",
    denominator: "IN_FLOW",
    asDenominator: "med resultat",
  },
  JOB_OR_EDUCATION: {
    key: "JOB_OR_EDUCATION",
    label: "I job eller uddannelse",
    definition: "Borgere i forløbet med resultatet job eller ordinær uddannelse senest på datoen.",
    denominator: "IN_FLOW",
    asDenominator: "i job eller uddannelse",
  },
  ACTION_PLAN_JOB_AIM: {
    key: "ACTION_PLAN_JOB_AIM",
    label: "Indsatsplan med job- eller uddannelsesmål",
    definition: "Borgere i forløbet med en indsats med job- eller uddannelsesmål oprettet senest på datoen.",
    denominator: "IN_FLOW",
    asDenominator: "med job- eller uddannelsesmål",
  },
  COMPANY_PLACEMENT: {
    key: "COMPANY_PLACEMENT",
    label: "I virksomhedspraktik",
    definition: "Borgere i forløbet med en startet eller afsluttet virksomhedspraktik senest på datoen.",
    denominator: "IN_FLOW",
    asDenominator: "i virksomhedspraktik",
  },
  REMATCHED: {
    key: "REMATCHED",
    label: "Rematchet til match 2",
    definition: "Borgere i forløbet, der er rematchet til match 2 senest på datoen.",
    denominator: "IN_FLOW",
    asDenominator: "rematchet",
  },
};

/** The funnel's steps, in order: each a figure above. */
export const FUNNEL_FIGURES = [
  "TARGET",
  "SCREENED",
  "CONVERSATION_HELD",
  "TEAM_MEETING",
  "ACTION_PLAN",
  "INTERVENTION",
  "OUTCOME",
  "JOB_OR_EDUCATION",
] as const;

/**
 * What the funnel counts: how far the citizens have come. A step counts the citizens who have reached it OR a later
 * step, so no step is ever larger than the one before it. Real flows skip steps (a citizen gets a job before any
 * intervention starts; only some citizens go to the team), and a funnel of the bare figures would then widen
 * downwards. The first two steps and the last two are the figures themselves (nobody gets past the target group or
 * screening without them, and a job is a result); a middle step can be larger than its figure elsewhere by the
 * citizens who went past it, which the funnel says with `FUNNEL_DEFINITION`.
 */
export const FUNNEL_DEFINITION =
  "Tragten viser, hvor langt borgerne er nået: hvert trin tæller borgerne, der har nået trinnet eller et senere trin (fx en borger i job uden en indsats tæller med under indsats). Derfor bliver tragten aldrig bredere nedad.";

/**
 * A citizen's furthest funnel step as its index in FUNNEL_FIGURES, given the facts of the figures on the day. Steps
 * after screening count only citizens in the flow, so a rød citizen's furthest step is screening. The API's SQL
 * (figures.repository.ts's `funnelReach`) is this function; tests/api/figures.test.ts holds the two together.
 */
export function funnelReach(facts: {
  enrolled: boolean;
  screened: boolean;
  inFlow: boolean;
  held: boolean;
  met: boolean;
  planned: boolean;
  intervention: boolean;
  outcome: boolean;
  jobOrEducation: boolean;
}): number {
  if (!facts.enrolled) return -1;
  if (!facts.inFlow) return facts.screened ? 1 : 0;
  const later = [facts.held, facts.met, facts.planned, facts.intervention, facts.outcome, facts.jobOrEducation];
  const furthest = later.lastIndexOf(true);
  return furthest === -1 ? 1 : furthest + 2;
}

/** "af 221 i målgruppen": a count of `key` when it is the denominator; the count as shown ("<5", "220"). */
export function ofDenominator(key: FigureKey, shown: string): string {
  return `af ${shown} ${FIGURES[key].asDenominator}`;
}

/** "221 borgere i målgruppen" / "Planlagt målgruppe 219": a base figure with its count, never confused. */
export function baseFigureText(key: "TARGET" | "PLANNED_TARGET" | "IN_FLOW", shown: string): string {
  return key === "PLANNED_TARGET" ? `${FIGURES.PLANNED_TARGET.label} ${shown}` : `${shown} borgere ${FIGURES[key].asDenominator}`;
}

export interface FigureShare {
  /** The numerator and denominator as shown (disclosed for aggregate-only viewers; null where "<5"). */
  count: number | null;
  countDisplay: string;
  denominator: number | null;
  denominatorDisplay: string;
  /** "af 197 i forløbet". */
  denominatorLabel: string;
  /** The share of the shown counts to one decimal ("22,3"), or null when hidden or there is nothing to divide by. */
  percent: string | null;
}

/**
 * A figure as a share of its denominator (or of `over`, another figure that includes its citizens — the target
 * group in the funnel), computed from the counts as the viewer may see them (disclosure.ts's discloseShare).
 */
export function figureShare(key: FigureKey, count: number, denominatorCount: number, protect: boolean, over?: FigureKey): FigureShare {
  const base = over ?? FIGURES[key].denominator;
  if (!base) throw new RangeError(`${key} er et grundtal uden nævner.`);
  const shown = discloseShare(count, denominatorCount, protect);
  return {
    count: shown.x.count,
    countDisplay: shown.x.display,
    denominator: shown.n.count,
    denominatorDisplay: shown.n.display,
    denominatorLabel: ofDenominator(base, shown.n.display),
    percent: shown.share === null ? null : percentText(shown.share),
  };
}

/** A share as a percentage to one decimal, without a trailing ",0": 0.223 → "22,3", 0.5 → "50". */
export function percentText(share: number): string {
  const tenths = Math.round(share * 1000);
  return `${Math.floor(tenths / 10)}${tenths % 10 ? `,${tenths % 10}` : ""}`;
}
