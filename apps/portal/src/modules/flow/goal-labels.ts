/** The goal indicators the API computes from the events (flow.service.ts INDICATORS_SQL), in Danish. */
export const GOAL_INDICATORS = ["ACTION_PLAN_JOB_AIM", "COMPANY_PLACEMENT", "JOB_OR_EDUCATION", "REMATCHED"] as const;
export type GoalIndicator = (typeof GOAL_INDICATORS)[number];

export const GOAL_INDICATOR_LABELS: Record<GoalIndicator, string> = {
  ACTION_PLAN_JOB_AIM: "Indsatsplan med et job- eller uddannelsesmål",
  COMPANY_PLACEMENT: "I virksomhedspraktik",
  JOB_OR_EDUCATION: "I job eller ordinær uddannelse",
  REMATCHED: "Rematchet til matchgruppe 2",
};

export const goalIndicatorLabel = (indicator: string): string => GOAL_INDICATOR_LABELS[indicator as GoalIndicator] ?? indicator;
