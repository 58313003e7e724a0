import type { CompetencePlannerQuery } from "@overblik/graphql-client";

export type CompetencePoolData = CompetencePlannerQuery["project"]["competencePools"][number];
export type CompetenceActivityData = CompetencePoolData["activities"][number];

/** The API's statuses; "status" is a plain string there, so anything unknown is shown as it is. */
export type CompetenceStatus = "PLANNED" | "HELD" | "CANCELLED";

export const COMPETENCE_STATUS_LABELS: Record<CompetenceStatus, string> = {
  PLANNED: "Planlagt",
  HELD: "Afholdt",
  CANCELLED: "Aflyst",
};

export function competenceStatusLabel(status: string): string {
  return status in COMPETENCE_STATUS_LABELS ? COMPETENCE_STATUS_LABELS[status as CompetenceStatus] : status;
}
