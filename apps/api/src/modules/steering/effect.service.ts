import {
  describeDifference,
  describeMeanDifference,
  effectTable,
  formatDecimal,
  formatPoints,
  newcombeDifference,
  OUTCOME_LABELS,
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
 * Small counts go through packages/domain's effectTable for every role but the tovholder: the five latest
 * outcomes and "none yet" are one exclusive set per group (suppressed together against the group's shown
 * size, so no hidden cell follows from the others), each share built on fewer than 5 (or all but fewer than 5)
 * is hidden with its interval and difference, and the hours are hidden when either mean rests on fewer than 5
 * citizens with hours. "Job or education" counts those who ever reached one, so it is at least the latest job
 * plus the latest education: where either of those is hidden in a group, it is hidden there too, or it would
 * bound the hidden one from above.
 */
export async function projectEffect(ctx: Context, projectId: string, asOfInput?: string | null): Promise<EffectType | null> {
  const roles = requireReadAccess(ctx, "steering.read", projectId);
  const asOf = asOfInput ?? todayInCopenhagen();
  requireIsoDate(asOf);
  const suppress = !roles.includes("TOVHOLDER");
  const rows: Array<{ grp: "INTERVENTION" | "CONTROL"; last_outcome: string | null; job_edu: boolean; hours: string | null }> = await ctx.manager.query(
    `SELECT p.study_group AS grp,
            (SELECT o.kind FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= $2::date ORDER BY o.outcome_date DESC, o.created_at DESC LIMIT 1) AS last_outcome,
            EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= $2::date AND o.kind IN ('JOB', 'EDUCATION')) AS job_edu,
            (SELECT o.hours_per_week::text FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= $2::date AND o.kind = 'JOB'
              ORDER BY o.outcome_date DESC, o.created_at DESC LIMIT 1) AS hours
       FROM participant p WHERE p.project_id = $1 AND p.study_group IS NOT NULL AND p.enrolment_date <= $2::date`,
    [projectId, asOf],
  );
  const groups = { intervention: rows.filter((r) => r.grp === "INTERVENTION"), control: rows.filter((r) => r.grp === "CONTROL") };
  if (groups.intervention.length === 0 && groups.control.length === 0) return null;
  const countIn = (list: typeof rows, has: (r: (typeof rows)[number]) => boolean) => list.filter(has).length;
  const row = (key: string, has: (r: (typeof rows)[number]) => boolean) => ({ key, intervention: countIn(groups.intervention, has), control: countIn(groups.control, has) });
  const hoursOf = (list: typeof rows) => list.map((r) => (r.hours === null ? 0 : Number(r.hours)));
  const table = effectTable(
    {
      sizes: { intervention: groups.intervention.length, control: groups.control.length },
      rows: [row("JOB_OR_EDUCATION", (r) => r.job_edu), ...LATEST.map((key) => row(key, (r) => r.last_outcome === key))],
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
  const hiddenCell = (cell: EffectShareCell): EffectShareCell => (cell.count === null ? cell : { count: null, display: "skjult", suppressed: "COMPLEMENTARY", share: null });
  const byKey = new Map(table.rows.map((r) => [r.key, r]));
  // Job or education ever is at least the latest job plus the latest education: hide it in a group where either is hidden.
  const joe = byKey.get("JOB_OR_EDUCATION") as EffectTableRow;
  const partHidden = (g: "intervention" | "control") => byKey.get("JOB")?.[g].count === null || byKey.get("EDUCATION")?.[g].count === null;
  if (suppress && (partHidden("intervention") || partHidden("control"))) {
    const intervention = partHidden("intervention") ? hiddenCell(joe.intervention) : joe.intervention;
    const control = partHidden("control") ? hiddenCell(joe.control) : joe.control;
    byKey.set("JOB_OR_EDUCATION", { ...joe, intervention, control, difference: intervention.count !== null && control.count !== null ? joe.difference : null });
  }

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
        : "Forskellen vises ikke: mindst én af andelene bygger på færre end 5 borgere (eller alle på nær færre end 5).",
    };
  };
  const outcomes = ["JOB_OR_EDUCATION", ...LATEST].map((key) => {
    const r = byKey.get(key) as EffectTableRow;
    return outcome(key, r.intervention, r.control, r.difference);
  });
  // Citizens with none of the outcomes yet: the rest of each group, suppressed with the set.
  const rest = table.remainders[0];
  if (rest) {
    const n = { intervention: groups.intervention.length, control: groups.control.length };
    const restCount = (g: "intervention" | "control") => n[g] - LATEST.reduce((sum, key) => sum + countIn(groups[g], (r) => r.last_outcome === key), 0);
    const cell = (g: "intervention" | "control"): EffectShareCell => ({ ...rest[g], share: rest[g].count === null ? null : wilsonInterval(restCount(g), n[g]) });
    const a = cell("intervention");
    const b = cell("control");
    outcomes.push(outcome(NONE_YET, a, b, a.share && b.share ? newcombeDifference(restCount("intervention"), n.intervention, restCount("control"), n.control) : null));
  }

  const recorded = rows.filter((r) => r.hours !== null).length;
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
      recorded,
      wording: m
        ? describeMeanDifference("Timer i ordinær beskæftigelse om ugen", m, "timer")
        : table.hoursHidden
          ? "Timerne vises ikke: mindst ét af gennemsnittene bygger på færre end 5 borgere med registrerede timer."
          : "Der er for få borgere eller for få registrerede timer til at sammenligne.",
    },
    note:
      "Andelene har et 95 %-interval (Wilson), forskellen et 95 %-interval efter Newcombes metode. Rummer forskellens interval 0, kan tallene ikke afgøre, om der er en forskel. " +
      "Andele, der bygger på færre end 5 borgere (eller alle på nær færre end 5), vises ikke, og heller ikke tal, som de ville kunne regnes ud af.",
  };
}
