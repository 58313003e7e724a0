import type { ForecastMethod, PlannerFollowUpQuery, Rag } from "@overblik/graphql-client";

export type FollowUpBudget = PlannerFollowUpQuery["project"]["budgets"][number];
export type FollowUpData = FollowUpBudget["followUp"];
export type FollowUpLineData = FollowUpData["lines"][number];
export type FollowUpTotalsData = FollowUpData["income"];

export const RAG_LABELS: Record<Rag, string> = { GREEN: "Grøn", AMBER: "Gul", RED: "Rød", NONE: "Vurderes ikke" };

export const FORECAST_METHOD_LABELS: Record<ForecastMethod, string> = {
  ACTIVITY: "efter aktivitet",
  LINEAR: "lineært",
  SPENT: "periode slut",
  BUDGET: "ikke begyndt",
};
