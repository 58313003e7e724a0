import type { GlobalRole, ProjectRole } from "@overblik/domain";
import { unauthenticated } from "./errors.js";

/*
 * Who is asking, as every layer sees it: a leaf module (it imports no context, service or loader), so auth, the
 * municipal scope, access checks and the request context can all name the user without importing each other.
 */

/** A kommuneadministrator's municipality and its projects (the rule itself is in municipality-scope.ts). */
export interface MunicipalScope {
  /** The administrator's own municipality; null manages nobody (a role given without a municipality). */
  municipalityCode: string | null;
  /** The projects of that municipality, read with the user at the start of the request. */
  projectIds: ReadonlySet<string>;
}

export interface RequestUser {
  id: string;
  email: string;
  name: string;
  /** The session (a login) or the personal access token the request came with. */
  sessionId: string;
  tokenKind: "SESSION" | "ACCESS_TOKEN";
  globalRoles: GlobalRole[];
  /** projectId → the user's roles in that project. */
  projectRoles: ReadonlyMap<string, readonly ProjectRole[]>;
  /** Still on a one-time password: the API allows nothing but choosing one's own (see authChecker). */
  passwordChangeRequired: boolean;
  /** A kommuneadministrator's municipality and its projects (common/municipality-scope.ts); absent for others. */
  municipalScope?: MunicipalScope;
}

/** What a check needs of a request: its user (a Context has one; so has anything shaped like it). */
export interface HasUser {
  user: RequestUser | null;
}

export function requireUser(ctx: HasUser): RequestUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/** A user's memberships as rows (project, role) → projectId → their roles there, the shape RequestUser keeps. */
export function toProjectRoles(rows: ReadonlyArray<{ project_id: string; role: ProjectRole }>): Map<string, ProjectRole[]> {
  const projectRoles = new Map<string, ProjectRole[]>();
  for (const m of rows) {
    const list = projectRoles.get(m.project_id) ?? [];
    list.push(m.role);
    projectRoles.set(m.project_id, list);
  }
  return projectRoles;
}
