import {
  countFor,
  describeDifference,
  DISCLOSURE_FOOTNOTE,
  DISCLOSURE_THRESHOLD,
  describeMeanDifference,
  effectTable,
  formatDecimal,
  formatPoints,
  isAggregateOnly,
  newcombeDifference,
  OUTCOME_LABELS,
  reportingDate,
  wilsonInterval,
  type EffectShareCell,
  type EffectTableRow,
  type Interval,
} from "@overblik/domain";
import { requireIsoDate } from "../../common/validation.js";
import { requireReadAccess } from "../../common/access.js";
import type { Context } from "../../context.js";
import { todayInCopenhagen } from "../budget/follow-up.service.js";
import type { EffectOutcomeType, EffectShareType, EffectType } from "./effect.types.js";
import { effectCitizens } from "./steering.repository.js";

/** The latest outcome per citizen: these exclude one another, and with "none yet" they make up each group. */
const LATEST = ["JOB", "EDUCATION", "REMATCHED_2", "PENSION_RECOMMENDED", "PASSIVE"] as const;
const NONE_YET = "NONE";
const LABELS: Record<string, string> = { JOB_OR_EDUCATION: "Job eller ordinær uddannelse", ...OUTCOME_LABELS, [NONE_YET]: "Intet resultat endnu" };

/**
 * Intervention against control group as of a date: per outcome (the latest per citizen, and whether job or
 * education was ever reached) the share in each group with Wilson's interval, the difference with Newcombe's,
 * and in words; hours a week in ordinary employment (0 for those without a job) with Welch's interval. Null for
 * a project without groups.
 *
 * For every role but the tovholder (aggregate-only viewers) the counts go through packages/domain's effectTable
 * with disclosure.ts's rule: as of the reporting date (the latest month end on or before the date), every count
 * rounded to 5 ("<5" for 1–4), every share, interval and difference computed from the rounded counts and hidden
 * where one of them is "<5"; the hours are hidden when either mean rests on fewer than 5 citizens with hours.
 */
export async function projectEffect(ctx: Context, projectId: string, asOfInput?: string | null): Promise<EffectType | null> {
  const roles = requireReadAccess(ctx, "steering.read", projectId);
  const requested = asOfInput ?? todayInCopenhagen();
  requireIsoDate(requested);
  const suppress = isAggregateOnly(roles);
  const asOf = suppress ? reportingDate(requested) : requested;
  const rows = await effectCitizens(ctx.manager, projectId, asOf);
  const groups = { intervention: rows.filter((r) => r.group === "INTERVENTION"), control: rows.filter((r) => r.group === "CONTROL") };
  if (groups.intervention.length === 0 && groups.control.length === 0) return null;
  const countIn = (list: typeof rows, has: (r: (typeof rows)[number]) => boolean) => list.filter(has).length;
  const row = (key: string, has: (r: (typeof rows)[number]) => boolean) => ({
    key,
    intervention: countIn(groups.intervention, has),
    control: countIn(groups.control, has),
  });
  const hoursOf = (list: typeof rows) => list.map((r) => r.hours ?? 0);
  const table = effectTable(
    {
      sizes: { intervention: groups.intervention.length, control: groups.control.length },
      rows: [row("JOB_OR_EDUCATION", (r) => r.jobOrEducation), ...LATEST.map((key) => row(key, (r) => r.lastOutcome === key))],
      exclusive: [LATEST],
      hours: { intervention: hoursOf(groups.intervention), control: hoursOf(groups.control) },
    },
    { suppress },
  );

  const pct = (x: number) => formatPoints(x);
  const shareOf = (cell: EffectShareCell): EffectShareType =>
    cell.count === null || !cell.share
      ? { count: cell.count, countDisplay: cell.display, percent: null, lower: null, upper: null }
      : { count: cell.count, countDisplay: cell.display, percent: pct(cell.share.estimate), lower: pct(cell.share.lower), upper: pct(cell.share.upper) };
  const byKey = new Map(table.rows.map((r) => [r.key, r]));

  const outcome = (key: string, intervention: EffectShareCell, control: EffectShareCell, d: Interval | null): EffectOutcomeType => {
    const label = LABELS[key] ?? key;
    return {
      key,
      label,
      intervention: shareOf(intervention),
      control: shareOf(control),
      difference: d ? pct(d.estimate) : null,
      differenceLower: d ? pct(d.lower) : null,
      differenceUpper: d ? pct(d.upper) : null,
      wording: d
        ? describeDifference(`Andelen med resultatet "${label.toLowerCase()}"`, d)
        : `Forskellen vises ikke: mindst én af andelene bygger på færre end ${DISCLOSURE_THRESHOLD} borgere.`,
    };
  };
  const outcomes = ["JOB_OR_EDUCATION", ...LATEST].map((key) => {
    const r = byKey.get(key) as EffectTableRow;
    return outcome(key, r.intervention, r.control, r.difference);
  });
  // Citizens with none of the outcomes yet: the rest of each group, disclosed like the set (shares of shown counts).
  const rest = table.remainders[0];
  if (rest) {
    const cell = (g: "intervention" | "control"): EffectShareCell => {
      const n = table.sizes[g].count;
      return { ...rest[g], share: rest[g].count === null || !n ? null : wilsonInterval(rest[g].count, n) };
    };
    const a = cell("intervention");
    const b = cell("control");
    const ni = table.sizes.intervention.count;
    const nc = table.sizes.control.count;
    outcomes.push(outcome(NONE_YET, a, b, a.share && b.share && ni && nc ? newcombeDifference(a.count as number, ni, b.count as number, nc) : null));
  }

  const recorded = countFor(rows.filter((r) => r.hours !== null).length, suppress);
  const m = table.hours;
  return {
    asOf,
    interventionSize: table.sizes.intervention.display,
    controlSize: table.sizes.control.display,
    outcomes,
    hours: {
      interventionMean: m ? formatDecimal(m.meanA) : null,
      controlMean: m ? formatDecimal(m.meanB) : null,
      difference: m ? formatDecimal(m.estimate) : null,
      lower: m ? formatDecimal(m.lower) : null,
      upper: m ? formatDecimal(m.upper) : null,
      recorded: recorded.count ?? 0,
      recordedDisplay: recorded.display,
      wording: m
        ? describeMeanDifference("Timer i ordinær beskæftigelse om ugen", m, "timer")
        : table.hoursHidden
          ? `Timerne vises ikke: mindst ét af gennemsnittene bygger på færre end ${DISCLOSURE_THRESHOLD} borgere med registrerede timer.`
          : "Der er for få borgere eller for få registrerede timer til at sammenligne.",
    },
    note:
      "Andelene har et 95 %-interval (Wilson), forskellen et 95 %-interval efter Newcombes metode. Rummer forskellens interval 0, kan tallene ikke afgøre, om der er en forskel. " +
      (suppress ? `${DISCLOSURE_FOOTNOTE} Andelene er regnet af de afrundede tal.` : "Du ser de præcise tal, fordi du har adgang til borgerne."),
  };
}
