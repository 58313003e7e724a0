import { formatMoney, kroner, rolesAllow, type ProjectRole } from "@overblik/domain";
import { requireAccess, requireProjectCreation, requireReadAccess } from "../../common/access.js";
import { requireUser, type RequestUser } from "../../common/auth.js";
import { DomainError, forbidden, notFound } from "../../common/errors.js";
import { requireProjectInAdministeredMunicipality } from "../../common/municipality-scope.js";
import type { Context } from "../../context.js";
import { todayInCopenhagen } from "../budget/follow-up.service.js";
import { projectDashboard } from "../steering/dashboard.service.js";
import { freeze, thaw } from "../steering/meeting-pack.service.js";
import type { MeetingPackType } from "../steering/steering.types.js";
import { unknownMunicipalities } from "../users/municipalities.service.js";
import { insertFirstLeader } from "./project-members.repository.js";
import {
  closeProjectRow,
  closingPackOf,
  codeIsTaken,
  insertClosingPack,
  insertProject,
  insertProjectHistory,
  participantCount,
  projectHistoryEntries,
  projectMunicipalityCodes,
  replaceProjectMunicipalities,
  updateProjectRow,
  type ProjectWrite,
} from "./project-setup.repository.js";
import { lockProjectForEdit } from "./project.repository.js";
import { getProject } from "./project.service.js";
import type { CloseProjectInput, CreateProjectInput, ProjectBasicsInput, ProjectHistoryEntryType, UpdateProjectInput } from "./project-setup.types.js";
import type { ProjectType } from "./project.types.js";
import { recordUserAudit, type Project } from "@overblik/db";

/** 50.000 kr.: adjustments moving more than this need the styregruppe (the municipalities' usual limit). */
export const DEFAULT_APPROVAL_THRESHOLD = kroner(50_000);

/** The basics as the history stores them: plain JSON values, amounts as Money text, municipalities sorted. */
interface Basics {
  name: string;
  code: string;
  municipalityCodes: string;
  startDate: string;
  endDate: string;
  description: string;
  targetSize: number | null;
  matchGroup: string;
  eligibility: string;
  poolName: string;
  coFinancingPercent: number | null;
  approvalThreshold: string;
  priceLevelYear: number | null;
}

export const BASICS_LABELS: Readonly<Record<keyof Basics, string>> = {
  name: "Navn",
  code: "Kode",
  municipalityCodes: "Kommuner",
  startDate: "Startdato",
  endDate: "Slutdato",
  description: "Beskrivelse",
  targetSize: "Målgruppens størrelse",
  matchGroup: "Matchgruppe",
  eligibility: "Visitation",
  poolName: "Pulje",
  coFinancingPercent: "Medfinansiering (%)",
  approvalThreshold: "Godkendelsestærskel",
  priceLevelYear: "P/l-år",
};

/** The old single `funding` text, still read by existing screens, follows the pool and the co-financing share. */
export function fundingText(poolName: string, coFinancingPercent: number | null): string {
  const share = coFinancingPercent === null ? "" : `${coFinancingPercent} % medfinansiering`;
  return [poolName.trim(), share].filter((s) => s !== "").join(", ");
}

/**
 * A project is ACTIVE from its start date and PLANNED before it (decided here; the status is also shown on the
 * project list). An edit of the dates moves a PLANNED/ACTIVE project between the two; ENDED and CLOSED stay.
 */
function statusFor(startDate: string, today: string): "PLANNED" | "ACTIVE" {
  return startDate <= today ? "ACTIVE" : "PLANNED";
}

function basicsOf(input: ProjectBasicsInput): Basics {
  return {
    name: input.name.trim(),
    code: input.code.trim().toUpperCase(),
    municipalityCodes: [...new Set(input.municipalityCodes)].sort().join(", "),
    startDate: input.startDate,
    endDate: input.endDate,
    description: input.description.trim(),
    targetSize: input.targetSize ?? null,
    matchGroup: input.matchGroup.trim(),
    eligibility: input.eligibility.trim(),
    poolName: input.poolName.trim(),
    coFinancingPercent: input.coFinancingPercent ?? null,
    approvalThreshold: formatMoney(input.approvalThreshold ?? DEFAULT_APPROVAL_THRESHOLD),
    priceLevelYear: input.priceLevelYear ?? null,
  };
}

async function checkBasics(ctx: Context, input: ProjectBasicsInput, exceptProjectId: string | null): Promise<Basics> {
  const basics = basicsOf(input);
  if (basics.endDate < basics.startDate) throw new DomainError("BAD_USER_INPUT", "Slutdatoen skal ligge på eller efter startdatoen.");
  if ((input.approvalThreshold ?? 0n) < 0n) throw new DomainError("BAD_USER_INPUT", "Godkendelsestærsklen kan ikke være negativ.");
  const unknown = await unknownMunicipalities(ctx, input.municipalityCodes);
  if (unknown.length > 0) throw new DomainError("BAD_USER_INPUT", `Ukendt kommunekode: ${unknown.join(", ")}. Vælg kommunerne på listen.`);
  if (await codeIsTaken(ctx.manager, basics.code, exceptProjectId)) throw codeTaken(basics.code);
  return basics;
}

const codeTaken = (code: string) => new DomainError("CONFLICT", `Koden ${code} bruges allerede af et andet projekt. Vælg en anden kode.`);

/** The unique constraint decides between two requests that check the same free code at once. */
function rethrowCodeTaken(error: unknown, code: string): never {
  const pg = error as { code?: string; constraint?: string };
  if (pg.code === "23505" && pg.constraint === "uq_project_code") throw codeTaken(code);
  throw error;
}

/** This request goes on as a member of the project it just joined (roles are otherwise read per request). */
export function joinForThisRequest(ctx: Context, user: RequestUser, projectId: string, role: ProjectRole): void {
  const projectRoles = new Map(user.projectRoles);
  projectRoles.set(projectId, [...(projectRoles.get(projectId) ?? []), role]);
  ctx.user = { ...user, projectRoles };
}

/** The project row's values that a create and an edit both write. */
function projectWrite(basics: Basics, status: string, approvalThreshold: ProjectBasicsInput["approvalThreshold"]): ProjectWrite {
  return {
    code: basics.code,
    name: basics.name,
    description: basics.description,
    startDate: basics.startDate,
    endDate: basics.endDate,
    targetSize: basics.targetSize,
    status,
    approvalThresholdOre: approvalThreshold ?? DEFAULT_APPROVAL_THRESHOLD,
    funding: fundingText(basics.poolName, basics.coFinancingPercent),
    matchGroup: basics.matchGroup,
    eligibility: basics.eligibility,
    poolName: basics.poolName,
    coFinancingPercent: basics.coFinancingPercent,
    priceLevelYear: basics.priceLevelYear,
  };
}

export async function createProject(ctx: Context, input: CreateProjectInput): Promise<ProjectType> {
  await requireProjectCreation(ctx);
  requireProjectInAdministeredMunicipality(ctx, input.municipalityCodes);
  const user = requireUser(ctx);
  const basics = await checkBasics(ctx, input, null);
  const status = statusFor(basics.startDate, todayInCopenhagen());
  const projectId = await ctx.manager
    .transaction(async (tx) => {
      const id = await insertProject(tx, projectWrite(basics, status, input.approvalThreshold));
      await replaceProjectMunicipalities(tx, id, input.municipalityCodes);
      await insertFirstLeader(tx, id, user.id);
      await recordUserAudit(tx, { actorId: user.id, userId: user.id, action: "PROJECT_ROLE_ADDED", projectId: id, details: { role: "LEADER" } });
      await insertProjectHistory(tx, id, user.id, {}, basics);
      return id;
    })
    .catch((error: unknown) => rethrowCodeTaken(error, basics.code));
  ctx.logger.info({ projectId, by: user.id }, "project created");
  joinForThisRequest(ctx, user, projectId, "LEADER");
  return getProject(ctx, projectId);
}

function basicsOfProject(p: Project, municipalityCodes: readonly string[]): Basics {
  return {
    name: p.name,
    code: p.code,
    municipalityCodes: [...municipalityCodes].sort().join(", "),
    startDate: p.startDate,
    endDate: p.endDate,
    description: p.description,
    targetSize: p.targetSize,
    matchGroup: p.matchGroup,
    eligibility: p.eligibility,
    poolName: p.poolName,
    coFinancingPercent: p.coFinancingPercent,
    approvalThreshold: formatMoney(p.approvalThresholdOre),
    priceLevelYear: p.priceLevelYear,
  };
}

/** A versioned edit of the basics; the changed fields go to the project's history in the same transaction. */
export async function updateProject(ctx: Context, input: UpdateProjectInput): Promise<ProjectType> {
  await requireAccess(ctx, "project.edit", input.projectId);
  const user = requireUser(ctx);
  const after = await checkBasics(ctx, input, input.projectId);
  await ctx.manager
    .transaction(async (tx) => {
      const current = await lockProjectForEdit(tx, input.projectId);
      if (!current) throw notFound("Projektet");
      if (current.version !== input.expectedVersion) throw stale();
      const before = basicsOfProject(current, await projectMunicipalityCodes(tx, input.projectId));
      const changedBefore: Partial<Record<keyof Basics, unknown>> = {};
      const changedAfter: Partial<Record<keyof Basics, unknown>> = {};
      for (const key of Object.keys(after) as Array<keyof Basics>) {
        if (before[key] !== after[key]) {
          changedBefore[key] = before[key];
          changedAfter[key] = after[key];
        }
      }
      if (changedAfter.code !== undefined) {
        if ((await participantCount(tx, input.projectId)) > 0) {
          throw new DomainError("BAD_USER_INPUT", "Koden kan ikke ændres, når projektet har deltagere: deres deltagerkoder bygger på den.");
        }
      }
      const status = current.status === "PLANNED" || current.status === "ACTIVE" ? statusFor(after.startDate, todayInCopenhagen()) : current.status;
      const updated = await updateProjectRow(tx, input.projectId, input.expectedVersion, projectWrite(after, status, input.approvalThreshold));
      if (!updated) throw stale();
      if (changedAfter.municipalityCodes !== undefined) await replaceProjectMunicipalities(tx, input.projectId, input.municipalityCodes);
      if (Object.keys(changedAfter).length > 0) await insertProjectHistory(tx, input.projectId, user.id, changedBefore, changedAfter);
    })
    .catch((error: unknown) => rethrowCodeTaken(error, after.code));
  ctx.loaders.projectById.clear(input.projectId);
  return getProject(ctx, input.projectId);
}

const stale = () => new DomainError("CONFLICT", "Projektet er ændret, siden du hentede det. Hent det igen.");

/**
 * Closes the project: its figures as of today, computed as the styregruppe sees them (small counts hidden,
 * whoever closes it — the same as a meeting pack), are frozen as the closing pack; in the same transaction the
 * project becomes CLOSED, after which requireAccess refuses every change. Allowed at any time (the portal asks
 * for confirmation, and warns before the end date): a project can stop early.
 */
export async function closeProject(ctx: Context, input: CloseProjectInput): Promise<ProjectType> {
  await requireAccess(ctx, "project.close", input.projectId);
  const user = requireUser(ctx);
  const asOf = todayInCopenhagen();
  // The pack is the styregruppe's view whoever closes it (an administrator alone may not read the figures).
  const asSteeringGroup: Context = { ...ctx, user: { ...user, globalRoles: [], projectRoles: new Map([[input.projectId, ["STYREGRUPPE"]]]) } };
  const dashboard = await projectDashboard(asSteeringGroup, input.projectId, asOf, { suppress: true });
  await ctx.manager.transaction(async (tx) => {
    const closed = await closeProjectRow(tx, input.projectId, input.expectedVersion, user.id);
    if (!closed) throw stale();
    await insertClosingPack(tx, { projectId: input.projectId, asOf, comments: input.comments.trim(), figures: freeze(dashboard), closedBy: user.id });
  });
  ctx.logger.info({ projectId: input.projectId, by: user.id }, "project closed");
  ctx.loaders.projectById.clear(input.projectId);
  return getProject(ctx, input.projectId);
}

/** The closing pack with its frozen figures: for the styregruppe, the leader and the tovholder, like a meeting pack. */
export async function closingPack(ctx: Context, projectId: string): Promise<MeetingPackType | null> {
  const roles = requireReadAccess(ctx, "project.read", projectId);
  const row = await closingPackOf(ctx.manager, projectId);
  if (!row) return null;
  // The pack is the styregruppe's figures: the same permission as its dashboard and meeting packs (not ADMIN alone).
  if (!rolesAllow(roles, "steering.read")) throw forbidden("projektets lukkepakke med din rolle");
  return {
    id: row.id,
    projectId,
    meetingDate: row.asOf,
    comments: row.comments,
    closedAt: row.closedAt,
    closedBy: row.closedBy,
    dashboard: thaw(row.figures),
  };
}

export async function projectHistory(ctx: Context, projectId: string): Promise<ProjectHistoryEntryType[]> {
  requireReadAccess(ctx, "project.read", projectId);
  const rows = await projectHistoryEntries(ctx.manager, projectId);
  // The stored values are Basics' strings and numbers; anything else jsonb could hold is shown as JSON, not "[object Object]".
  const text = (v: unknown): string | null => {
    if (v === null || v === undefined) return null;
    return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(v);
  };
  return rows.map((r) => ({
    id: r.id,
    changedBy: r.changedBy,
    changedAt: r.changedAt,
    // In the form's order (jsonb keeps its keys in its own order).
    changes: (Object.keys(BASICS_LABELS) as Array<keyof Basics>)
      .filter((field) => field in r.after)
      .map((field) => ({ field, label: BASICS_LABELS[field], before: text(r.before[field]), after: text(r.after[field]) })),
  }));
}

export async function projectMunicipalities(ctx: Context, projectId: string) {
  requireReadAccess(ctx, "project.read", projectId);
  return ctx.loaders.municipalitiesByProject.load(projectId);
}
