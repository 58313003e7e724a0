import { PERMISSION_LABELS, rolesAllow, type Permission, type ProjectRole, type Role } from "@overblik/domain";
import { Project } from "@overblik/db";
import type { EntityManager } from "typeorm";
import type { Context } from "../context.js";
import { hasGlobalRole, requireUser } from "./auth.js";
import { DomainError, forbidden, notFound } from "./errors.js";
import { globalRolesFor, municipalProjectIds } from "./municipality-scope.js";

/**
 * Per-record scope, checked in the service for every project a request touches (Immich's habit):
 * the portal hiding a button is never the check.
 */
export function rolesInProject(ctx: Context, projectId: string): Role[] {
  const user = requireUser(ctx);
  const roles: Role[] = [...(user.projectRoles.get(projectId) ?? [])];
  if (hasGlobalRole(user, "ADMIN")) roles.push("ADMIN");
  if (globalRolesFor(user, projectId).includes("MUNICIPALITY_ADMIN")) roles.push("MUNICIPALITY_ADMIN");
  return roles;
}

/** Throws NOT_FOUND when the user has no role in the project (its existence is not revealed either). */
export function requireProjectAccess(ctx: Context, projectId: string, allowed?: readonly ProjectRole[]): Role[] {
  const roles = rolesInProject(ctx, projectId);
  if (roles.length === 0) throw notFound("Projektet");
  if (roles.includes("ADMIN") || roles.includes("MUNICIPALITY_ADMIN")) return roles;
  if (allowed && !roles.some((r) => (allowed as readonly Role[]).includes(r))) {
    throw forbidden("denne del af projektet med din rolle");
  }
  return roles;
}

/** Project ids the user may list; null means every project (ADMIN). */
export function visibleProjectIds(ctx: Context): string[] | null {
  const user = requireUser(ctx);
  if (hasGlobalRole(user, "ADMIN")) return null;
  return [...new Set([...user.projectRoles.keys(), ...municipalProjectIds(user)])];
}

/**
 * The one check for an operation on a project, by permission (packages/domain/permissions.ts): NOT_FOUND when
 * the user has no role in the project (its existence is not revealed), FORBIDDEN when no role of theirs gives the
 * permission. Every permission here changes the project, so a closed project (read-only, its figures frozen in
 * its closing pack) refuses them all with CONFLICT. Inside a transaction, pass its manager (see below).
 */
export async function requireAccess(ctx: Context, permission: Permission, projectId: string, manager?: EntityManager): Promise<Role[]> {
  const roles = rolesInProject(ctx, projectId);
  const user = requireUser(ctx);
  const global = globalRolesFor(user, projectId).filter((r) => rolesAllow([r], permission));
  if (roles.length === 0 && global.length === 0) throw notFound("Projektet");
  if (!rolesAllow([...roles, ...global], permission)) throw forbidden(PERMISSION_LABELS[permission]);
  // Inside a transaction the caller passes its manager: the loaders' pool connection would be a second one held by
  // the request, and enough concurrent requests each holding one while waiting for another starve the pool.
  const project = manager ? await manager.findOneBy(Project, { id: projectId }) : await ctx.loaders.projectById.load(projectId);
  if (!project) throw notFound("Projektet");
  if (project.status === "CLOSED") {
    throw new DomainError("CONFLICT", "Projektet er lukket og kan kun læses. Dets tal står i lukkepakken.");
  }
  return roles;
}

/**
 * The one check for READING a part of a project by permission (need-to-know): NOT_FOUND without a role in the
 * project, FORBIDDEN when no role of theirs gives the permission. Unlike requireAccess a closed project is not
 * refused: it stays readable. Returns the roles (for suppression rules that depend on them).
 */
export function requireReadAccess(ctx: Context, permission: Permission, projectId: string): Role[] {
  const roles = rolesInProject(ctx, projectId);
  if (roles.length === 0) throw notFound("Projektet");
  if (!rolesAllow(roles, permission)) throw forbidden(PERMISSION_LABELS[permission]);
  return roles;
}

/** A permission that is not tied to one project (creating a project, managing users): global roles only. */
export function requireGlobalAccess(ctx: Context, permission: Permission): void {
  const user = requireUser(ctx);
  if (!rolesAllow(user.globalRoles, permission)) throw forbidden(PERMISSION_LABELS[permission]);
}

/**
 * Who may create a project — the one place this rule lives: anyone with project.create (an administrator), or a
 * user who leads at least one project and whose municipality lets its leaders create projects
 * (municipality.leaders_may_create_projects, set by an administrator).
 */
export async function requireProjectCreation(ctx: Context): Promise<void> {
  if (await mayCreateProjects(ctx)) return;
  throw forbidden(PERMISSION_LABELS["project.create"]);
}

export async function mayCreateProjects(ctx: Context): Promise<boolean> {
  const user = requireUser(ctx);
  if (rolesAllow(user.globalRoles, "project.create")) return true;
  const leads = [...user.projectRoles.values()].some((roles) => roles.includes("LEADER"));
  if (!leads) return false;
  const rows: Array<{ allowed: boolean }> = await ctx.manager.query(
    `SELECT m.leaders_may_create_projects AS allowed FROM app_user u JOIN municipality m ON m.code = u.municipality_code WHERE u.id = $1`,
    [user.id],
  );
  return rows[0]?.allowed === true;
}

/**
 * Who may search the users: user.manage (everything about them), or anyone who may put people into a project
 * (project.members in at least one project), who sees only active users' id, name and e-mail.
 */
export function userSearchScope(ctx: Context): "ALL" | "DIRECTORY" {
  const user = requireUser(ctx);
  if (rolesAllow(user.globalRoles, "user.manage")) return "ALL";
  for (const roles of user.projectRoles.values()) if (rolesAllow(roles, "project.members")) return "DIRECTORY";
  throw forbidden(PERMISSION_LABELS["user.manage"]);
}
