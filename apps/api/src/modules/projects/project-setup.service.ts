import { formatMoney, kroner, rolesAllow, type ProjectRole } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireAccess, requireProjectCreation, requireReadAccess } from "../../common/access.js";
import { requireUser, type RequestUser } from "../../common/auth.js";
import { DomainError, forbidden, notFound } from "../../common/errors.js";
import { requireProjectInAdministeredMunicipality } from "../../common/municipality-scope.js";
import { rowsOf } from "../../common/sql.js";
import type { Context } from "../../context.js";
import { todayInCopenhagen } from "../budget/follow-up.service.js";
import { projectDashboard } from "../steering/dashboard.service.js";
import { freeze, thaw } from "../steering/meeting-pack.service.js";
import type { MeetingPackType } from "../steering/steering.types.js";
import { unknownMunicipalities } from "../users/municipalities.service.js";
import { PROJECT_COLUMNS, projectFromRow, type ProjectRow } from "./project.repository.js";
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
  const taken: Array<{ name: string }> = await ctx.manager.query(`SELECT name FROM project WHERE code = $1 AND ($2::uuid IS NULL OR id <> $2)`, [
    basics.code,
    exceptProjectId,
  ]);
  if (taken[0]) throw codeTaken(basics.code);
  return basics;
}

const codeTaken = (code: string) => new DomainError("CONFLICT", `Koden ${code} bruges allerede af et andet projekt. Vælg en anden kode.`);

/** The unique constraint decides between two requests that check the same free code at once. */
function rethrowCodeTaken(error: unknown, code: string): never {
  const pg = error as { code?: string; constraint?: string };
  if (pg.code === "23505" && pg.constraint === "uq_project_code") throw codeTaken(code);
  throw error;
}

async function writeHistory(tx: EntityManager, projectId: string, userId: string, before: object, after: object): Promise<void> {
  await tx.query(`INSERT INTO project_history (project_id, changed_by, before, after) VALUES ($1, $2, $3, $4)`, [
    projectId,
    userId,
    JSON.stringify(before),
    JSON.stringify(after),
  ]);
}

async function writeMunicipalities(tx: EntityManager, projectId: string, codes: readonly string[]): Promise<void> {
  await tx.query(`DELETE FROM project_municipality WHERE project_id = $1`, [projectId]);
  await tx.query(`INSERT INTO project_municipality (project_id, municipality_code) SELECT $1, unnest($2::text[])`, [projectId, [...new Set(codes)]]);
}

/** This request goes on as a member of the project it just joined (roles are otherwise read per request). */
export function joinForThisRequest(ctx: Context, user: RequestUser, projectId: string, role: ProjectRole): void {
  const projectRoles = new Map(user.projectRoles);
  projectRoles.set(projectId, [...(projectRoles.get(projectId) ?? []), role]);
  ctx.user = { ...user, projectRoles };
}

/**
 * The values of the project row's columns that a create and an edit both write, in the order their SQL names
 * them: code, name, description, start_date, end_date, target_size, status, approval_threshold_ore, funding,
 * match_group, eligibility, pool_name, co_financing_percent, price_level_year.
 */
function projectRowValues(basics: Basics, status: string, approvalThreshold: ProjectBasicsInput["approvalThreshold"]): unknown[] {
  return [
    basics.code,
    basics.name,
    basics.description,
    basics.startDate,
    basics.endDate,
    basics.targetSize,
    status,
    (approvalThreshold ?? DEFAULT_APPROVAL_THRESHOLD).toString(),
    fundingText(basics.poolName, basics.coFinancingPercent),
    basics.matchGroup,
    basics.eligibility,
    basics.poolName,
    basics.coFinancingPercent,
    basics.priceLevelYear,
  ];
}

export async function createProject(ctx: Context, input: CreateProjectInput): Promise<ProjectType> {
  await requireProjectCreation(ctx);
  requireProjectInAdministeredMunicipality(ctx, input.municipalityCodes);
  const user = requireUser(ctx);
  const basics = await checkBasics(ctx, input, null);
  const status = statusFor(basics.startDate, todayInCopenhagen());
  const projectId = await ctx.manager
    .transaction(async (tx) => {
      const rows = await rowsOf<{ id: string }>(
        tx,
        `INSERT INTO project (code, name, description, start_date, end_date, target_size, status, approval_threshold_ore, funding,
                              match_group, eligibility, pool_name, co_financing_percent, price_level_year)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        projectRowValues(basics, status, input.approvalThreshold),
      );
      const id = rows[0]!.id;
      await writeMunicipalities(tx, id, input.municipalityCodes);
      await tx.query(`INSERT INTO project_membership (project_id, user_id, role) VALUES ($1, $2, 'LEADER')`, [id, user.id]);
      await tx.query(`INSERT INTO project_membership_history (project_id, user_id, role, action, changed_by) VALUES ($1, $2, 'LEADER', 'ADDED', $2)`, [
        id,
        user.id,
      ]);
      await recordUserAudit(tx, { actorId: user.id, userId: user.id, action: "PROJECT_ROLE_ADDED", projectId: id, details: { role: "LEADER" } });
      await writeHistory(tx, id, user.id, {}, basics);
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
      const row = (await tx.query(`SELECT ${PROJECT_COLUMNS} FROM project p WHERE p.id = $1 FOR UPDATE`, [input.projectId]))[0] as ProjectRow | undefined;
      if (!row) throw notFound("Projektet");
      const current = projectFromRow(row);
      if (current.version !== input.expectedVersion) throw stale();
      const codes: Array<{ code: string }> = await tx.query(`SELECT municipality_code AS code FROM project_municipality WHERE project_id = $1`, [input.projectId]);
      const before = basicsOfProject(current, codes.map((c) => c.code));
      const changedBefore: Partial<Record<keyof Basics, unknown>> = {};
      const changedAfter: Partial<Record<keyof Basics, unknown>> = {};
      for (const key of Object.keys(after) as Array<keyof Basics>) {
        if (before[key] !== after[key]) {
          changedBefore[key] = before[key];
          changedAfter[key] = after[key];
        }
      }
      if (changedAfter.code !== undefined) {
        const participants: Array<{ n: number }> = await tx.query(`SELECT count(*)::int AS n FROM participant WHERE project_id = $1`, [input.projectId]);
        if ((participants[0]?.n ?? 0) > 0) {
          throw new DomainError("BAD_USER_INPUT", "Koden kan ikke ændres, når projektet har deltagere: deres deltagerkoder bygger på den.");
        }
      }
      const status = current.status === "PLANNED" || current.status === "ACTIVE" ? statusFor(after.startDate, todayInCopenhagen()) : current.status;
      const updated = await rowsOf<{ id: string }>(
        tx,
        `UPDATE project SET code = $3, name = $4, description = $5, start_date = $6, end_date = $7, target_size = $8, status = $9,
                approval_threshold_ore = $10, funding = $11, match_group = $12, eligibility = $13, pool_name = $14,
                co_financing_percent = $15, price_level_year = $16, version = version + 1
          WHERE id = $1 AND version = $2 RETURNING id`,
        [input.projectId, input.expectedVersion, ...projectRowValues(after, status, input.approvalThreshold)],
      );
      if (!updated[0]) throw stale();
      if (changedAfter.municipalityCodes !== undefined) await writeMunicipalities(tx, input.projectId, input.municipalityCodes);
      if (Object.keys(changedAfter).length > 0) await writeHistory(tx, input.projectId, user.id, changedBefore, changedAfter);
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
    const closed = await rowsOf<{ id: string }>(
      tx,
      `UPDATE project SET status = 'CLOSED', closed_at = now(), closed_by = $3, version = version + 1
        WHERE id = $1 AND version = $2 AND status <> 'CLOSED' RETURNING id`,
      [input.projectId, input.expectedVersion, user.id],
    );
    if (!closed[0]) throw stale();
    await tx.query(`INSERT INTO closing_pack (project_id, as_of, comments, figures, closed_by) VALUES ($1, $2, $3, $4, $5)`, [
      input.projectId,
      asOf,
      input.comments.trim(),
      JSON.stringify(freeze(dashboard)),
      user.id,
    ]);
  });
  ctx.logger.info({ projectId: input.projectId, by: user.id }, "project closed");
  ctx.loaders.projectById.clear(input.projectId);
  return getProject(ctx, input.projectId);
}

/** The closing pack with its frozen figures: for the styregruppe, the leader and the tovholder, like a meeting pack. */
export async function closingPack(ctx: Context, projectId: string): Promise<MeetingPackType | null> {
  const roles = requireReadAccess(ctx, "project.read", projectId);
  const rows: Array<{ id: string; as_of: string; comments: string; closed_at: Date; closed_by_name: string; figures: unknown }> = await ctx.manager.query(
    `SELECT c.id, to_char(c.as_of, 'YYYY-MM-DD') AS as_of, c.comments, c.closed_at, u.name AS closed_by_name, c.figures
       FROM closing_pack c JOIN app_user u ON u.id = c.closed_by WHERE c.project_id = $1`,
    [projectId],
  );
  const row = rows[0];
  if (!row) return null;
  // The pack is the styregruppe's figures: the same permission as its dashboard and meeting packs (not ADMIN alone).
  if (!rolesAllow(roles, "steering.read")) throw forbidden("projektets lukkepakke med din rolle");
  return {
    id: row.id,
    projectId,
    meetingDate: row.as_of,
    comments: row.comments,
    closedAt: new Date(row.closed_at).toISOString(),
    closedBy: row.closed_by_name,
    dashboard: thaw(row.figures),
  };
}

export async function projectHistory(ctx: Context, projectId: string): Promise<ProjectHistoryEntryType[]> {
  requireReadAccess(ctx, "project.read", projectId);
  const rows: Array<{ id: string; changed_by: string; changed_at: Date; before: Record<string, unknown>; after: Record<string, unknown> }> =
    await ctx.manager.query(
      `SELECT h.id, u.name AS changed_by, h.changed_at, h.before, h.after
         FROM project_history h JOIN app_user u ON u.id = h.changed_by
        WHERE h.project_id = $1 ORDER BY h.changed_at DESC, h.id`,
      [projectId],
    );
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return rows.map((r) => ({
    id: r.id,
    changedBy: r.changed_by,
    changedAt: new Date(r.changed_at).toISOString(),
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

