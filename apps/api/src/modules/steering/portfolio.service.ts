import { capacityPlan, countFor, isAggregateOnly, ofDenominator, paceByWeek, progressRag, reportingDate, rolesAllow } from "@overblik/domain";
import { requireIsoDate } from "../../common/validation.js";
import { requireAnywhere, rolesInProject } from "../../common/access.js";
import type { Context } from "../../context.js";
import { colourOn, firstHeld, inFlow, inTargetGroup, jobOrEducation, reachedDates } from "./figures.sql.js";
import { toBudgetType } from "../budget/budget.service.js";
import { budgetFollowUp, todayInCopenhagen } from "../budget/follow-up.service.js";
import { RagEnum } from "../budget/follow-up.types.js";
import type { PortfolioEntryType, PortfolioType, RagStatusType } from "./steering.types.js";

interface ProgressRow {
  id: string;
  target_size: number | null;
  conversation_start: string | null;
  conversation_end: string | null;
  team_start: string | null;
  team_end: string | null;
  meeting_interval_days: number | null;
  minutes_per_citizen: number | null;
  max_citizens_per_meeting: number | null;
  in_flow: number;
}

/**
 * The progress light of many projects in two statements: packages/domain's progressRag over the judged period
 * of the conversation plan (judgedPace) — the same citizens reached (figures.sql.ts's reachedDates) and the
 * same rule as the dashboard's pace table, whose last row it is.
 */
export async function progressFor(ctx: Context, projectIds: readonly string[], asOf: string, protect: boolean): Promise<Map<string, RagStatusType>> {
  if (projectIds.length === 0) return new Map();
  const [rows, reached] = await Promise.all([
    ctx.manager.query(
      `SELECT pr.id, pr.target_size,
              to_char(f.conversation_start, 'YYYY-MM-DD') AS conversation_start, to_char(f.conversation_end, 'YYYY-MM-DD') AS conversation_end,
              to_char(f.team_start, 'YYYY-MM-DD') AS team_start, to_char(f.team_end, 'YYYY-MM-DD') AS team_end,
              f.meeting_interval_days, f.minutes_per_citizen, f.max_citizens_per_meeting,
              (SELECT count(*) FROM participant p WHERE p.project_id = pr.id AND (p.colour IS NULL OR p.colour <> 'ROED'))::int AS in_flow
         FROM project pr LEFT JOIN project_flow_plan f ON f.project_id = pr.id WHERE pr.id = ANY($1::uuid[])`,
      [projectIds],
    ) as Promise<ProgressRow[]>,
    reachedDates(ctx, projectIds, asOf),
  ]);
  const result = new Map<string, RagStatusType>();
  for (const r of rows) {
    if (!r.conversation_start || !r.conversation_end || !r.team_start || !r.team_end) {
      result.set(r.id, toRag(progressRag({ asOf, period: null, requiredPerWeek: 0, averagePerWeek: 0, judged: null })));
      continue;
    }
    const period = { start: r.conversation_start, end: r.conversation_end };
    // The plan's citizens as the capacity plan counts them (flow.service.ts's capacityPlanOf).
    const total = r.target_size ?? r.in_flow;
    const plan = capacityPlan({
      citizens: total,
      conversationStart: r.conversation_start,
      conversationEnd: r.conversation_end,
      teamStart: r.team_start,
      teamEnd: r.team_end,
      meetingIntervalDays: r.meeting_interval_days ?? 14,
      minutesPerCitizen: r.minutes_per_citizen ?? 30,
      maxCitizensPerMeeting: r.max_citizens_per_meeting ?? 5,
    });
    const pace = paceByWeek(reached.get(r.id) ?? [], { ...period, total }, asOf);
    result.set(
      r.id,
      toRag(progressRag({ asOf, period, requiredPerWeek: plan.conversationsPerWeek, averagePerWeek: pace.averagePerWeek, judged: pace.judged, protect })),
    );
  }
  return result;
}

/**
 * The portfolio's key figures (figures.ts: TARGET, IN_FLOW, CONVERSATION_HELD, JOB_OR_EDUCATION, from
 * figures.sql.ts's conditions, as the dashboard counts them) and the pending decisions: one pass over the
 * projects' participants, whatever the number of projects.
 */
function countsAsOf(ctx: Context, ids: readonly string[], asOf: string) {
  return ctx.manager.query(
      `WITH ids AS (SELECT unnest($1::uuid[]) AS id),
            p AS (SELECT p.project_id, ${inFlow("k.colour")} AS flow, ${firstHeld("$2::date")} IS NOT NULL AS held, ${jobOrEducation("$2::date")} AS job_edu
                    FROM participant p CROSS JOIN LATERAL (SELECT ${colourOn("$2::date")} AS colour) k
                   WHERE p.project_id IN (SELECT id FROM ids) AND ${inTargetGroup("$2::date")}),
            figures AS (SELECT project_id, count(*)::int AS participants, count(*) FILTER (WHERE flow)::int AS in_flow,
                               count(*) FILTER (WHERE flow AND held)::int AS held, count(*) FILTER (WHERE flow AND job_edu)::int AS job_edu
                          FROM p GROUP BY 1),
            pending AS (SELECT b.project_id, count(*)::int AS n FROM budget_change c JOIN budget b ON b.id = c.budget_id
                         WHERE b.project_id IN (SELECT id FROM ids) AND c.status = 'PENDING' GROUP BY 1)
       SELECT ids.id, COALESCE(figures.participants, 0) AS participants, COALESCE(figures.in_flow, 0) AS in_flow, COALESCE(figures.held, 0) AS held,
              COALESCE(figures.job_edu, 0) AS job_edu, COALESCE(pending.n, 0) AS pending
         FROM ids LEFT JOIN figures ON figures.project_id = ids.id LEFT JOIN pending ON pending.project_id = ids.id`,
      [ids, asOf],
    ) as Promise<Array<{ id: string; participants: number; in_flow: number; held: number; job_edu: number; pending: number }>>;
}

const toRag = (r: { rag: string; reason: string }): RagStatusType => ({ rag: r.rag as RagEnum, reason: r.reason });

const RANK: Record<string, number> = { RED: 0, AMBER: 1, GREEN: 2, NONE: 3 };

/**
 * The portfolio: every project the user steers, leads or coordinates, with its two lights and the rules
 * that set them, and key figures (disclosed by packages/domain's disclosure.ts unless the user is the project's
 * tovholder: as of the reporting date, rounded to 5, "<5" for 1–4).
 * A constant number of statements whatever the number of projects: the follow-ups share their loaders.
 */
export async function portfolio(ctx: Context, asOfInput?: string | null): Promise<PortfolioType> {
  const user = requireAnywhere(ctx, "steering.read");
  const asOf = asOfInput ?? todayInCopenhagen();
  requireIsoDate(asOf);
  const ids = [...user.projectRoles.entries()].filter(([, roles]) => rolesAllow(roles, "steering.read")).map(([id]) => id);
  if (ids.length === 0) return { asOf, projects: [] };

  // Citizens' figures as of the reporting date for the projects the user does not coordinate (disclosure.ts).
  const protectedIds = ids.filter((id) => isAggregateOnly(rolesInProject(ctx, id)));
  const exactIds = ids.filter((id) => !protectedIds.includes(id));
  const figuresAsOf = (id: string) => (protectedIds.includes(id) ? reportingDate(asOf) : asOf);
  // At most two groups: the projects seen as aggregates (reporting date, disclosed) and those coordinated (exact).
  const groups = [
    { ids: protectedIds, date: reportingDate(asOf), protect: true },
    { ids: exactIds, date: asOf, protect: false },
  ].filter((g) => g.ids.length > 0);
  const [projects, progressPerDate, countsPerDate, budgetsPerProject] = await Promise.all([
    ctx.loaders.projectById.loadMany(ids),
    Promise.all(groups.map((g) => progressFor(ctx, g.ids, g.date, g.protect))),
    Promise.all(groups.map((g) => countsAsOf(ctx, g.ids, g.date))),
    ctx.loaders.budgetsByProject.loadMany(ids),
  ]);
  const progress = new Map(progressPerDate.flatMap((m) => [...m]));
  const counts = countsPerDate.flat();
  const followUps = await Promise.all(
    ids.map((id, i) => {
      const budgets = budgetsPerProject[i];
      if (!Array.isArray(budgets)) return Promise.resolve(null);
      const typed = budgets.map(toBudgetType);
      const main = typed.find((b) => b.approvedAt !== null) ?? typed[0];
      return main ? budgetFollowUp(ctx, main, asOf, null) : Promise.resolve(null);
    }),
  );
  const entries: PortfolioEntryType[] = [];
  ids.forEach((id, i) => {
    const project = projects[i];
    if (!project || project instanceof Error) return;
    const suppress = protectedIds.includes(id);
    const show = (n: number) => countFor(n, suppress).display;
    const c = counts.find((x) => x.id === id) ?? { participants: 0, in_flow: 0, held: 0, job_edu: 0, pending: 0 };
    const f = followUps[i] ?? null;
    entries.push({
      projectId: id,
      code: project.code,
      figuresAsOf: figuresAsOf(id),
      name: project.name,
      startDate: project.startDate,
      endDate: project.endDate,
      progress: progress.get(id) ?? { rag: RagEnum.NONE, reason: "Ingen data." },
      spend: f ? { rag: f.expense.rag, reason: f.expense.ragReason } : { rag: RagEnum.NONE, reason: "Projektet har intet budget." },
      participantsDisplay: show(c.participants),
      inFlowDisplay: show(c.in_flow),
      inFlowLabel: ofDenominator("IN_FLOW", show(c.in_flow)),
      conversationsHeldDisplay: show(c.held),
      jobOrEducationDisplay: show(c.job_edu),
      corrected: f?.expense.corrected ?? 0n,
      spent: f?.expense.spent ?? 0n,
      forecast: f?.expense.forecast ?? 0n,
      pendingDecisions: c.pending,
    });
  });
  entries.sort(
    (a, b) =>
      Math.min(RANK[a.progress.rag] ?? 3, RANK[a.spend.rag] ?? 3) - Math.min(RANK[b.progress.rag] ?? 3, RANK[b.spend.rag] ?? 3) || a.name.localeCompare(b.name, "da"),
  );
  return { asOf, projects: entries };
}
