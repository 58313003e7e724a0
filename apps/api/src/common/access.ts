import { PERMISSION_LABELS, permissionsOf, rolesAllow, type Permission, type Role } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import type { Context } from "../context.js";
import { requireUser, type RequestUser } from "./auth.js";
import { DomainError, forbidden, notFound } from "./errors.js";
import { leadersMayCreateProjects, projectStatus } from "./repository/access.js";
import { globalRolesEverywhere, globalRolesFor, municipalProjectIds } from "./municipality-scope.js";

/**
 * The user's roles that count in one project: their memberships there, and the global roles that reach every
 * project (those giving project.read, e.g. ADMIN; a kommuneadministrator's only in its municipality's projects,
 * municipality-scope.ts). Per-record scope, checked in the service for every project a
 * request touches (Immich's habit): the portal hiding a button is never the check.
 */
export function rolesInProject(ctx: Context, projectId: string): Role[] {
  const user = requireUser(ctx);
  return [...(user.projectRoles.get(projectId) ?? []), ...globalRolesFor(user, projectId).filter((r) => permissionsOf(r).includes("project.read"))];
}

/** Whether the user holds the permission globally or in at least one of their projects (for lists across projects). */
export function holdsAnywhere(user: RequestUser, permission: Permission): boolean {
  if (rolesAllow(user.globalRoles, permission)) return true;
  for (const roles of user.projectRoles.values()) if (rolesAllow(roles, permission)) return true;
  return false;
}

/** Project ids the user may list; null means every project (a global role giving project.read). */
export function visibleProjectIds(ctx: Context): string[] | null {
  const user = requireUser(ctx);
  if (rolesAllow(globalRolesEverywhere(user), "project.read")) return null;
  return [...new Set([...user.projectRoles.keys(), ...municipalProjectIds(user)])];
}

/**
 * The one check for an operation on a project, by permission (packages/domain/permissions.ts): NOT_FOUND when
 * the user has no role in the project (its existence is not revealed), FORBIDDEN when no role of theirs gives the
 * permission. Every permission here changes the project, so a closed project (read-only, its figures frozen in
 * its closing pack) refuses them all with CONFLICT. Called inside a transaction, pass its manager: the project's
 * status is then read through it, not through a second connection from the pool while the transaction holds one
 * (under load every connection could be held by a transaction waiting for another).
 */
export async function requireAccess(ctx: Context, permission: Permission, projectId: string, manager?: EntityManager): Promise<Role[]> {
  const roles = rolesInProject(ctx, projectId);
  const user = requireUser(ctx);
  const global = globalRolesFor(user, projectId).filter((r) => rolesAllow([r], permission));
  if (roles.length === 0 && global.length === 0) throw notFound("Projektet");
  if (!rolesAllow([...roles, ...global], permission)) throw forbidden(PERMISSION_LABELS[permission]);
  const project: { status: string } | undefined | null = manager ? await projectStatus(manager, projectId) : await ctx.loaders.projectById.load(projectId);
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
 * user who leads at least one project (project.edit there) and whose municipality lets its leaders create projects
 * (municipality.leaders_may_create_projects, set by an administrator).
 */
export async function requireProjectCreation(ctx: Context): Promise<void> {
  if (await mayCreateProjects(ctx)) return;
  throw forbidden(PERMISSION_LABELS["project.create"]);
}

export async function mayCreateProjects(ctx: Context): Promise<boolean> {
  const user = requireUser(ctx);
  if (rolesAllow(user.globalRoles, "project.create")) return true;
  const leads = [...user.projectRoles.values()].some((roles) => rolesAllow(roles, "project.edit"));
  if (!leads) return false;
  return leadersMayCreateProjects(ctx.manager, user.id);
}

/**
 * Who may search the users: user.manage (everything about them), or anyone with user.search globally or in at least
 * one project (who puts people into projects), who sees only active users' id, name and e-mail.
 */
export function userSearchScope(ctx: Context): "ALL" | "DIRECTORY" {
  const user = requireUser(ctx);
  if (rolesAllow(user.globalRoles, "user.manage")) return "ALL";
  if (holdsAnywhere(user, "user.search")) return "DIRECTORY";
  throw forbidden(PERMISSION_LABELS["user.search"]);
}

/** A permission needed in at least one project or globally, for operations across projects (the portfolio). */
export function requireAnywhere(ctx: Context, permission: Permission): RequestUser {
  const user = requireUser(ctx);
  if (!holdsAnywhere(user, permission)) throw forbidden(PERMISSION_LABELS[permission]);
  return user;
}
