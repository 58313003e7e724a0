import { ROLE_LABELS } from "@overblik/domain";
import type { ProjectStatus, Role } from "@overblik/graphql-client";
import { formatInteger } from "../../ui/format";

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  PLANNED: "Planlagt",
  ACTIVE: "I gang",
  ENDED: "Afsluttet",
  CLOSED: "Lukket",
};

/** "Faglig leder, Styregruppe" */
export function formatRoles(roles: readonly Role[]): string {
  return roles.length === 0 ? "–" : roles.map((r) => ROLE_LABELS[r]).join(", ");
}

/** "219 borgere"; the size the project's documents give. */
export function formatTargetSize(size: number | null): string {
  if (size === null) return "Ikke angivet";
  return `${formatInteger(size)} ${size === 1 ? "borger" : "borgere"}`;
}
