import type { GlobalRole } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { DomainError, notFound } from "./errors.js";
import { municipalScopeOf, userMunicipalityAndRoles } from "./repository/municipality-scope.js";
import { requireUser, type HasUser, type MunicipalScope, type RequestUser } from "./request-user.js";

export type { MunicipalScope };

/**
 * The one rule of the kommuneadministrator (MUNICIPALITY_ADMIN): the administrator's permissions
 * (packages/domain/permissions.ts), but only for the users of their own municipality (app_user.municipality_code)
 * and the projects whose municipalities include theirs (project_municipality; a project may span several). ADMIN
 * stays the administrator of every municipality and is never scoped.
 */

/** Whether the user's administration is limited to one municipality (a kommuneadministrator who is not ADMIN). */
export function isMunicipallyScoped(user: RequestUser): boolean {
  return user.globalRoles.includes("MUNICIPALITY_ADMIN") && !user.globalRoles.includes("ADMIN");
}

/**
 * Adds the municipal scope to a kommuneadministrator's request user (one more statement, for them only; every
 * other user is returned as it was). Read per request like the roles, so a changed municipality counts at once.
 */
export async function withMunicipalScope(manager: Pick<EntityManager, "query">, user: RequestUser): Promise<RequestUser> {
  if (!isMunicipallyScoped(user)) return user;
  return { ...user, municipalScope: await municipalScopeOf(manager, user.id) };
}

/** The global roles that count in this project: a kommuneadministrator's role only in their municipality's projects. */
export function globalRolesFor(user: RequestUser, projectId: string): GlobalRole[] {
  if (!isMunicipallyScoped(user)) return user.globalRoles;
  const inScope = user.municipalScope?.projectIds.has(projectId) === true;
  return user.globalRoles.filter((r) => r !== "MUNICIPALITY_ADMIN" || inScope);
}

/** The global roles that reach every project: all but a scoped kommuneadministrator's own. */
export function globalRolesEverywhere(user: RequestUser): GlobalRole[] {
  return isMunicipallyScoped(user) ? user.globalRoles.filter((r) => r !== "MUNICIPALITY_ADMIN") : user.globalRoles;
}

/** The projects a kommuneadministrator sees through their role (besides their own memberships). */
export function municipalProjectIds(user: RequestUser): string[] {
  return isMunicipallyScoped(user) ? [...(user.municipalScope?.projectIds ?? [])] : [];
}

/** The municipality the logged-in user administers, or "ALL" for a global administrator. */
export function administeredMunicipality(ctx: HasUser): "ALL" | { code: string | null } {
  const user = requireUser(ctx);
  return isMunicipallyScoped(user) ? { code: user.municipalScope?.municipalityCode ?? null } : "ALL";
}

/**
 * A user the logged-in administrator may manage: NOT_FOUND for an unknown user and for a user outside a
 * kommuneadministrator's municipality (its existence is not revealed), FORBIDDEN for a global administrator
 * (a kommuneadministrator cannot touch the administrator of every municipality).
 */
export async function requireManagedUser(
  ctx: HasUser & { manager: Pick<EntityManager, "query"> },
  userId: string,
): Promise<{ municipalityCode: string | null; globalRoles: string[] }> {
  const target = await userMunicipalityAndRoles(ctx.manager, userId);
  if (!target) throw notFound("Brugeren");
  const scope = administeredMunicipality(ctx);
  if (scope !== "ALL") {
    if (scope.code === null || target.municipalityCode !== scope.code) throw notFound("Brugeren");
    if (target.globalRoles.includes("ADMIN")) {
      throw new DomainError("FORBIDDEN", "Kun en administrator for alle kommuner kan ændre en anden administrator.");
    }
  }
  return target;
}

/** A municipality the logged-in administrator may put a user into: a kommuneadministrator only their own. */
export function requireAdministeredMunicipality(ctx: HasUser, code: string | null): void {
  const scope = administeredMunicipality(ctx);
  if (scope === "ALL" || (code !== null && code === scope.code)) return;
  throw new DomainError("FORBIDDEN", "Som kommuneadministrator kan du kun have brugere i din egen kommune. Bed en administrator om at flytte brugeren.");
}

/** A project a kommuneadministrator creates must include their own municipality, or they could not manage it. */
export function requireProjectInAdministeredMunicipality(ctx: HasUser, municipalityCodes: readonly string[]): void {
  const scope = administeredMunicipality(ctx);
  if (scope === "ALL" || (scope.code !== null && municipalityCodes.includes(scope.code))) return;
  throw new DomainError("BAD_USER_INPUT", "Som kommuneadministrator skal projektet have din egen kommune med blandt sine kommuner.");
}
