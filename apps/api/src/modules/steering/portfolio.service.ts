import { capacityPlan, countFor, isAggregateOnly, ofDenominator, paceSummary, progressRag, reportingDate, rolesAllow } from "@overblik/domain";
import { requireIsoDate } from "../../common/validation.js";
import { requireAnywhere, rolesInProject } from "../../common/access.js";
import type { Context } from "../../context.js";
import { citizenFigures, reachedDates } from "./figures.repository.js";
import { progressPlans, type ProgressPlan } from "./steering.repository.js";
import { toBudgetType } from "../budget/budget.service.js";
import { budgetFollowUp, todayInCopenhagen } from "../budget/follow-up.service.js";
import { RagEnum } from "../budget/follow-up.types.js";
import type { PortfolioEntryType, PortfolioType, RagStatusType } from "./steering.types.js";

/**
 * The progress light of many projects in two statements: packages/domain's progressRag over the judged period
 * of the conversation plan (judgedPace) — the same citizens reached (figures.repository.ts's citizenFigures) and the
 * same rule as the dashboard's pace table, whose last row it is.
 */
export async function progressFor(ctx: Context, projectIds: readonly string[], asOf: string, protect: boolean): Promise<Map<string, RagStatusType>> {
  if (projectIds.length === 0) return new Map();
  const [rows, reached] = await Promise.all([progressPlans(ctx.manager, projectIds), reachedDates(ctx.manager, projectIds, asOf)]);
  return progressFrom(rows, reached, asOf, protect);
}

/** progressFor's light from the plans and the citizens reached, read by the caller. */
function progressFrom(rows: ProgressPlan[], reached: Map<string, string[]>, asOf: string, protect: boolean): Map<string, RagStatusType> {
  const result = new Map<string, RagStatusType>();
  for (const r of rows) {
    if (!r.conversationStart || !r.conversationEnd || !r.teamStart || !r.teamEnd) {
      result.set(r.id, toRag(progressRag({ asOf, period: null, requiredPerWeek: 0, averagePerWeek: 0, judged: null })));
      continue;
    }
    const period = { start: r.conversationStart, end: r.conversationEnd };
    // The plan's citizens as the capacity plan counts them (flow.service.ts's capacityPlanOf).
    const total = r.targetSize ?? r.inFlow;
    const plan = capacityPlan({
      citizens: total,
      conversationStart: r.conversationStart,
      conversationEnd: r.conversationEnd,
      teamStart: r.teamStart,
      teamEnd: r.teamEnd,
      meetingIntervalDays: r.meetingIntervalDays ?? 14,
      minutesPerCitizen: r.minutesPerCitizen ?? 30,
      maxCitizensPerMeeting: r.maxCitizensPerMeeting ?? 5,
    });
    const pace = paceSummary(reached.get(r.id) ?? [], { ...period, total }, asOf);
    result.set(
      r.id,
      toRag(progressRag({ asOf, period, requiredPerWeek: plan.conversationsPerWeek, averagePerWeek: pace.averagePerWeek, judged: pace.judged, protect })),
    );
  }
  return result;
}

const toRag = (r: { rag: string; reason: string }): RagStatusType => ({ rag: r.rag as RagEnum, reason: r.reason });

const RANK: Record<string, number> = { RED: 0, AMBER: 1, GREEN: 2, NONE: 3 };

/**
 * The portfolio: every project the user steers, leads or coordinates, with its two lights and the rules
 * that set them, and key figures (disclosed by packages/domain's disclosure.ts unless the user is the project's
 * tovholder: as of the reporting date, rounded to 5, "<5" for 1–4).
 * A constant number of statements whatever the number of projects: the follow-ups share their loaders, and run
 * beside the citizens' figures.
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
  // The follow-ups start as soon as the budgets are read, beside the citizens' figures rather than after them.
  const followUpsOf = async () => {
    const budgetsPerProject = await ctx.loaders.budgetsByProject.loadMany(ids);
    return Promise.all(
      ids.map((_id, i) => {
        const budgets = budgetsPerProject[i];
        if (!Array.isArray(budgets)) return Promise.resolve(null);
        const typed = budgets.map(toBudgetType);
        const main = typed.find((b) => b.approvedAt !== null) ?? typed[0];
        return main ? budgetFollowUp(ctx, main, asOf, null) : Promise.resolve(null);
      }),
    );
  };
  // Per group the citizens' figures and the reached days behind the progress light, in one statement.
  const figuresOf = async (g: (typeof groups)[number]) => {
    const [plans, figures] = await Promise.all([progressPlans(ctx.manager, g.ids), citizenFigures(ctx.manager, g.ids, g.date)]);
    return { progress: progressFrom(plans, figures.reached, g.date, g.protect), counts: figures.counts };
  };
  const [projects, perGroup, followUps] = await Promise.all([ctx.loaders.projectById.loadMany(ids), Promise.all(groups.map(figuresOf)), followUpsOf()]);
  const progress = new Map(perGroup.flatMap((g) => [...g.progress]));
  const counts = perGroup.flatMap((g) => g.counts);
  const entries: PortfolioEntryType[] = [];
  ids.forEach((id, i) => {
    const project = projects[i];
    if (!project || project instanceof Error) return;
    const suppress = protectedIds.includes(id);
    const show = (n: number) => countFor(n, suppress).display;
    const c = counts.find((x) => x.id === id) ?? { participants: 0, inFlow: 0, held: 0, jobOrEducation: 0, pending: 0 };
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
      inFlowDisplay: show(c.inFlow),
      inFlowLabel: ofDenominator("IN_FLOW", show(c.inFlow)),
      conversationsHeldDisplay: show(c.held),
      jobOrEducationDisplay: show(c.jobOrEducation),
      corrected: f?.expense.corrected ?? 0n,
      spent: f?.expense.spent ?? 0n,
      forecast: f?.expense.forecast ?? 0n,
      pendingDecisions: c.pending,
    });
  });
  entries.sort(
    (a, b) =>
      Math.min(RANK[a.progress.rag] ?? 3, RANK[a.spend.rag] ?? 3) - Math.min(RANK[b.progress.rag] ?? 3, RANK[b.spend.rag] ?? 3) ||
      a.name.localeCompare(b.name, "da"),
  );
  return { asOf, projects: entries };
}
