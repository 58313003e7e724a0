import { describeDifference, formatDecimal, describeMeanDifference, formatPoints, meanDifference, newcombeDifference, OUTCOME_LABELS, shareHidden, SUPPRESSION_THRESHOLD, wilsonInterval } from "@overblik/domain";
import { requireProjectAccess } from "../../common/access.js";
import { DomainError } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { todayInCopenhagen } from "../budget/follow-up.service.js";
import { STEERING_ROLES } from "./dashboard.service.js";
import type { EffectOutcomeType, EffectShareType, EffectType } from "./effect.types.js";

const KEYS = ["JOB_OR_EDUCATION", "JOB", "EDUCATION", "REMATCHED_2", "PENSION_RECOMMENDED", "PASSIVE"] as const;
const LABELS: Record<(typeof KEYS)[number], string> = { JOB_OR_EDUCATION: "Job eller ordinær uddannelse", ...OUTCOME_LABELS };
const hidden = `<${SUPPRESSION_THRESHOLD}`;

/**
 * Intervention against control group as of a date: per outcome (the latest per citizen; job or education
 * counted if either was reached) the share in each group with Wilson's interval, the difference with
 * Newcombe's, and in words; hours a week in ordinary employment (0 for those without a job) with Welch's
 * interval. Null for a project without groups. Every share built on fewer than 5 (or all but fewer than 5)
 * citizens is hidden from roles that see aggregates only, and so is any difference built on it.
 */
export async function projectEffect(ctx: Context, projectId: string, asOfInput?: string | null): Promise<EffectType | null> {
  const roles = requireProjectAccess(ctx, projectId, STEERING_ROLES);
  if (roles.includes("ADMIN") && roles.length === 1) throw new DomainError("FORBIDDEN", "Administratorer ser adgangsloggen, ikke projekternes tal.");
  const asOf = asOfInput ?? todayInCopenhagen();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new DomainError("BAD_USER_INPUT", `Datoen "${asOf}" er ugyldig. Brug formatet ÅÅÅÅ-MM-DD.`);
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
  const groups = { INTERVENTION: rows.filter((r) => r.grp === "INTERVENTION"), CONTROL: rows.filter((r) => r.grp === "CONTROL") };
  if (groups.INTERVENTION.length === 0 && groups.CONTROL.length === 0) return null;
  const n1 = groups.INTERVENTION.length;
  const n2 = groups.CONTROL.length;
  const pct = (x: number) => formatPoints(x);

  const share = (x: number, n: number): EffectShareType => {
    const w = wilsonInterval(x, n);
    if (!w) return { count: x, countDisplay: String(x), percent: null, lower: null, upper: null };
    if (suppress && shareHidden(x, n)) {
      // With the group's size shown, x would give away n − x: both are hidden; "<5" only where it is true.
      return { count: null, countDisplay: x < SUPPRESSION_THRESHOLD ? hidden : "skjult", percent: null, lower: null, upper: null };
    }
    return { count: x, countDisplay: String(x), percent: pct(w.estimate), lower: pct(w.lower), upper: pct(w.upper) };
  };

  const outcomes: EffectOutcomeType[] = KEYS.map((key) => {
    const has = (r: (typeof rows)[number]) => (key === "JOB_OR_EDUCATION" ? r.job_edu : r.last_outcome === key);
    const x1 = groups.INTERVENTION.filter(has).length;
    const x2 = groups.CONTROL.filter(has).length;
    const a = share(x1, n1);
    const b = share(x2, n2);
    const d = a.percent !== null && b.percent !== null ? newcombeDifference(x1, n1, x2, n2) : null;
    const label = LABELS[key];
    return {
      key,
      label,
      intervention: a,
      control: b,
      difference: d ? pct(d.estimate) : null,
      differenceLower: d ? pct(d.lower) : null,
      differenceUpper: d ? pct(d.upper) : null,
      wording: d
        ? describeDifference(`Andelen med resultatet "${label.toLowerCase()}"`, d)
        : "Forskellen vises ikke: mindst én af andelene bygger på færre end 5 borgere (eller alle på nær færre end 5).",
    };
  });

  const hoursOf = (list: typeof rows) => list.map((r) => (r.hours === null ? 0 : Number(r.hours)));
  const recorded = rows.filter((r) => r.hours !== null).length;
  const m = suppress && (n1 < SUPPRESSION_THRESHOLD || n2 < SUPPRESSION_THRESHOLD) ? null : meanDifference(hoursOf(groups.INTERVENTION), hoursOf(groups.CONTROL));
  return {
    asOf,
    interventionSize: suppress && n1 < SUPPRESSION_THRESHOLD ? hidden : String(n1),
    controlSize: suppress && n2 < SUPPRESSION_THRESHOLD ? hidden : String(n2),
    outcomes,
    hours: {
      interventionMean: m ? formatDecimal(m.meanA) : null,
      controlMean: m ? formatDecimal(m.meanB) : null,
      difference: m ? formatDecimal(m.estimate) : null,
      lower: m ? formatDecimal(m.lower) : null,
      upper: m ? formatDecimal(m.upper) : null,
      recorded,
      wording: m ? describeMeanDifference("Timer i ordinær beskæftigelse om ugen", m, "timer") : "Der er for få borgere eller for få registrerede timer til at sammenligne.",
    },
    note:
      "Andelene har et 95 %-interval (Wilson), forskellen et 95 %-interval efter Newcombes metode. Rummer forskellens interval 0, kan tallene ikke afgøre, om der er en forskel. " +
      "Andele, der bygger på færre end 5 borgere (eller alle på nær færre end 5), vises ikke.",
  };
}
