import {
  COLOUR_LABELS,
  countFor,
  discloseCells,
  discloseCostPer,
  discloseFunnel,
  formatDecimal,
  baseFigureText,
  FIGURES,
  percentText,
  FUNNEL_FIGURES,
  ofDenominator,
  type FigureKey,
  isAggregateOnly,
  OUTCOME_LABELS,
  reportingDate,
  STAGE_LABELS,
  unreachablePlanText,
  type Colour,
  type Stage,
} from "@overblik/domain";
import { requireIsoDate } from "../../common/validation.js";
import { factsOf, figureCount as count, type FactRow } from "./figures.repository.js";
import { requireReadAccess } from "../../common/access.js";
import { notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { pendingChangesOfProject } from "../budget/budget-change.repository.js";
import { toBudgetType } from "../budget/budget.service.js";
import { budgetFollowUp, todayInCopenhagen } from "../budget/follow-up.service.js";
import { RagEnum } from "../budget/follow-up.types.js";
import { conversationPace, goalsWithCounts, projectGoalDefinitions, projectMilestones } from "../flow/flow.service.js";
import { participantStatistics } from "../participants/participant-statistics.service.js";
import { progressFor } from "./portfolio.service.js";
import { poolsAsOf } from "./steering.repository.js";
import type { CountCellType, ProjectDashboardType } from "./steering.types.js";

const COLOURS = ["GROEN", "ORANGE", "ROED", "BLAA", "NONE"] as const;
const STAGES: Stage[] = ["NOT_SCREENED", "OUT", "SCREENED", "CONVERSATION_SCHEDULED", "CONVERSATION_HELD", "AT_TEAM", "ACTION_PLAN", "OUTCOME"];
const OUTCOMES = ["JOB", "EDUCATION", "REMATCHED_2", "PASSIVE", "PENSION_RECOMMENDED"] as const;

function rawCells(rows: readonly FactRow[], dimension: string, keys: readonly string[]) {
  return keys.map((key) => ({ key, count: count(rows, dimension, key) })).filter((c) => c.count > 0 || c.key !== "NONE");
}

function cells(rows: readonly FactRow[], dimension: string, keys: readonly string[], label: (k: string) => string, suppress: boolean): CountCellType[] {
  return discloseCells(rawCells(rows, dimension, keys), suppress).map((c) => ({
    key: c.key,
    label: label(c.key),
    count: c.count,
    display: c.display,
    suppressed: c.suppressed,
  }));
}

const colourLabel = (k: string) => (k === "NONE" ? "Ikke screenet" : (COLOUR_LABELS[k as Colour] ?? k));

/**
 * The styregruppe's dashboard for one project as of a date. Everything is an aggregate computed in SQL;
 * roles other than the tovholder (aggregate-only viewers) get every figure about citizens through packages/
 * domain's disclosure.ts: as of the reporting date (`figuresAsOf`, the latest month end on or before asOf),
 * rounded to 5 with 1–4 as "<5", and shares and costs per citizen computed from the rounded counts. The budget
 * figures are the budget planner's own follow-up as of asOf, so the two agree to the øre.
 */
export async function projectDashboard(
  ctx: Context,
  projectId: string,
  asOfInput?: string | null,
  options: { suppress?: boolean } = {},
): Promise<ProjectDashboardType> {
  const roles = requireReadAccess(ctx, "steering.read", projectId);
  const asOf = asOfInput ?? todayInCopenhagen();
  requireIsoDate(asOf);
  // A meeting pack is always what the styregruppe sees, whoever closes it.
  const suppress = options.suppress ?? isAggregateOnly(roles);
  // Citizens' figures as of the reporting date for aggregate-only viewers: two days in one month give one answer.
  const figuresAsOf = suppress ? reportingDate(asOf) : asOf;
  const facts = (which: "NOW" | "BASE") => factsOf(ctx.manager, projectId, figuresAsOf, which);
  // Everything at once: the two dates' facts take most of the time and run side by side.
  const budgetsAndFollowUp = ctx.loaders.budgetsByProject.load(projectId).then(async (rows) => {
    const budgets = rows.map(toBudgetType);
    const main = budgets.find((b) => b.approvedAt !== null) ?? budgets[0] ?? null;
    return main ? budgetFollowUp(ctx, main, asOf, null) : null;
  });
  const [project, now, baseline, pace, goalDefinitions, milestones, followUp, pools, pending, statistics, progress] = await Promise.all([
    ctx.loaders.projectById.load(projectId),
    facts("NOW"),
    facts("BASE"),
    conversationPace(ctx, projectId, figuresAsOf),
    projectGoalDefinitions(ctx, projectId),
    projectMilestones(ctx, projectId, asOf),
    budgetsAndFollowUp,
    poolsAsOf(ctx.manager, projectId, asOf),
    pendingChangesOfProject(ctx.manager, projectId),
    participantStatistics(ctx, projectId, suppress ? figuresAsOf : null, { suppress }),
    progressFor(ctx, [projectId], figuresAsOf, suppress),
  ]);
  if (!project) throw notFound("Projektet");
  const baselineDate = baseline.find((r) => r.dimension === "BASELINE")?.key ?? null;
  const inFlow = count(now, "FUNNEL", "IN_FLOW");
  const goals = goalsWithCounts(goalDefinitions, inFlow, (indicator) => count(now, "FUNNEL", indicator), suppress);

  // Steps that are totals of the breakdowns shown beside them go through discloseTotal with those breakdowns.
  const colourCounts = rawCells(now, "COLOUR", COLOURS).map((c) => c.count);
  const funnel = discloseFunnel(
    FUNNEL_FIGURES.map((key) => ({ key, count: count(now, "REACHED", key) })),
    suppress,
    {
      TARGET: [colourCounts, rawCells(now, "STAGE", STAGES).map((c) => c.count)],
      SCREENED: [
        rawCells(
          now,
          "COLOUR",
          COLOURS.filter((k) => k !== "NONE"),
        ).map((c) => c.count),
      ],
      OUTCOME: [rawCells(now, "OUTCOME", OUTCOMES).map((c) => c.count)],
    },
  ).map((s, i, steps) => {
    const figure = FIGURES[s.key as FigureKey];
    // A step's own denominator where it is not the target group (the steps after screening: the flow), the share
    // from the counts as shown (a total shown through discloseTotal included).
    const base = figure.denominator && figure.denominator !== "TARGET" ? countFor(count(now, "FUNNEL", figure.denominator), suppress) : null;
    const own =
      base && figure.denominator
        ? {
            denominatorLabel: ofDenominator(figure.denominator, base.display),
            percent: s.shown === null || !base.count ? null : percentText(s.shown / base.count),
          }
        : null;
    return {
      key: s.key,
      label: figure.label,
      count: s.shown,
      display: s.display,
      percentOfTarget: s.percentOfFirst === null ? null : formatDecimal(s.percentOfFirst),
      targetLabel: ofDenominator("TARGET", steps[0]?.display ?? "0"),
      denominatorLabel: own?.denominatorLabel ?? null,
      percentOfDenominator: own?.percent ?? null,
    };
  });

  const spent = followUp?.expense.spent ?? 0n;
  const costs = [
    { key: "CONVERSATION_HELD", label: "pr. borger med holdt samtale", n: count(now, "FUNNEL", "CONVERSATION_HELD") },
    { key: "ACTION_PLAN", label: "pr. borger med indsatsplan", n: count(now, "FUNNEL", "ACTION_PLAN") },
    { key: "JOB_OR_EDUCATION", label: "pr. borger i job eller uddannelse", n: count(now, "FUNNEL", "JOB_OR_EDUCATION") },
  ].map((c) => {
    const r = discloseCostPer(spent, c.n, suppress);
    return { key: c.key, label: c.label, countDisplay: countFor(c.n, suppress).display, amount: r.amount, display: r.display };
  });

  const warnings = [...statistics.warnings];
  // Old data may hold more than one held initial conversation for a citizen (now refused): reported to the
  // tovholder, who can correct it, and counted once in every figure.
  const duplicates = count(now, "FUNNEL", "DUPLICATE_HELD");
  if (!suppress && duplicates > 0) {
    warnings.push(`${duplicates} ${duplicates === 1 ? "borger har" : "borgere har"} mere end én indledende samtale registreret.`);
  }
  // The conversation plan counts more citizens than can be reached (rød get no conversation): the light's reason.
  if (pace && project.targetSize !== null) {
    const screened = count(now, "FUNNEL", "SCREENED");
    const unreachable = unreachablePlanText(project.targetSize, count(now, "FUNNEL", "TARGET"), screened - inFlow, (n) => countFor(n, suppress).display);
    if (unreachable) warnings.push(unreachable);
  }
  if (followUp && followUp.income.corrected !== 0n && followUp.income.corrected !== followUp.expense.corrected) {
    warnings.push("Budgettets indtægter og udgifter balancerer ikke (se budgetlinjerne).");
  }
  const stageLabel = (k: string) => STAGE_LABELS[k as Stage] ?? k;

  return {
    asOf,
    suppressed: suppress,
    figuresAsOf,
    progress: progress.get(projectId) ?? { rag: RagEnum.NONE, reason: "Ingen data." },
    spend: followUp ? { rag: followUp.expense.rag, reason: followUp.expense.ragReason } : { rag: RagEnum.NONE, reason: "Projektet har intet budget." },
    funnel,
    plannedTargetText: project.targetSize === null ? null : baseFigureText("PLANNED_TARGET", String(project.targetSize)),
    targetText: baseFigureText("TARGET", funnel[0]?.display ?? "0"),
    inFlowText: baseFigureText("IN_FLOW", countFor(inFlow, suppress).display),
    outcomes: cells(now, "OUTCOME", OUTCOMES, (k) => OUTCOME_LABELS[k as keyof typeof OUTCOME_LABELS] ?? k, suppress),
    baselineDate,
    coloursAtBaseline: baselineDate ? cells(baseline, "COLOUR", COLOURS, colourLabel, suppress) : [],
    coloursNow: cells(now, "COLOUR", COLOURS, colourLabel, suppress),
    stagesAtBaseline: baselineDate ? cells(baseline, "STAGE", STAGES, stageLabel, suppress) : [],
    stagesNow: cells(now, "STAGE", STAGES, stageLabel, suppress),
    pace,
    goals,
    milestones,
    followUp,
    pools,
    costs,
    pendingDecisions: pending,
    warnings,
  };
}
