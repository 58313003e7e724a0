import type { ProjectRole, Role } from "@overblik/domain";
import type { Context } from "../context.js";
import { hasGlobalRole, requireUser } from "./auth.js";
import { forbidden, notFound } from "./errors.js";

/**
 * Per-record scope, checked in the service for every project a request touches (Immich's habit):
 * the portal hiding a button is never the check.
 */
export function rolesInProject(ctx: Context, projectId: string): Role[] {
  const user = requireUser(ctx);
  const roles: Role[] = [...(user.projectRoles.get(projectId) ?? [])];
  if (hasGlobalRole(user, "ADMIN")) roles.push("ADMIN");
  return roles;
}

/** Throws NOT_FOUND when the user has no role in the project (its existence is not revealed either). */
export function requireProjectAccess(ctx: Context, projectId: string, allowed?: readonly ProjectRole[]): Role[] {
  const roles = rolesInProject(ctx, projectId);
  if (roles.length === 0) throw notFound("Projektet");
  if (roles.includes("ADMIN")) return roles;
  if (allowed && !roles.some((r) => (allowed as readonly Role[]).includes(r))) {
    throw forbidden("denne del af projektet med din rolle");
  }
  return roles;
}

/** Project ids the user may list; null means every project (ADMIN). */
export function visibleProjectIds(ctx: Context): string[] | null {
  const user = requireUser(ctx);
  if (hasGlobalRole(user, "ADMIN")) return null;
  return [...user.projectRoles.keys()];
}
