import { baseFigureText, ofDenominator } from "@overblik/domain";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound, requireUuid } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { projectDashboard } from "./dashboard.service.js";
import type { CloseMeetingPackInput, MeetingPackSummaryType, MeetingPackType, ProjectDashboardType } from "./steering.types.js";

/** Amounts (bigint øre) survive JSON as {"$ore": "…"}; nothing passes through a float. */
export function freeze(dashboard: ProjectDashboardType): unknown {
  return JSON.parse(JSON.stringify(dashboard, (_key, value: unknown) => (typeof value === "bigint" ? { $ore: value.toString() } : value)));
}

export function thaw(figures: unknown): ProjectDashboardType {
  const dashboard = JSON.parse(JSON.stringify(figures), (_key, value: unknown) =>
    value !== null && typeof value === "object" && "$ore" in value && Object.keys(value).length === 1 ? BigInt((value as { $ore: string }).$ore) : value,
  ) as ProjectDashboardType;
  // Packs frozen before reporting dates (issue #14) hold their figures as of the meeting date itself.
  const figuresAsOf = dashboard.figuresAsOf ?? dashboard.asOf;
  // Packs frozen before the figures' labels (issue #15) get them from what they hold: the target group is the
  // funnel's first step, a goal's denominator the citizens in the flow; what they never held stays null.
  const target = dashboard.funnel[0]?.display ?? "0";
  return {
    ...dashboard,
    figuresAsOf,
    funnel: dashboard.funnel.map((s) => ({
      ...s,
      targetLabel: s.targetLabel ?? ofDenominator("TARGET", target),
      denominatorLabel: s.denominatorLabel ?? null,
      percentOfDenominator: s.percentOfDenominator ?? null,
    })),
    plannedTargetText: dashboard.plannedTargetText ?? null,
    targetText: dashboard.targetText ?? baseFigureText("TARGET", target),
    inFlowText: dashboard.inFlowText ?? null,
    goals: dashboard.goals.map((g) => ({ ...g, denominatorLabel: g.denominatorLabel ?? ofDenominator("IN_FLOW", String(g.denominator)) })),
  };
}

interface PackRow {
  id: string;
  project_id: string;
  meeting_date: string;
  comments: string;
  closed_at: Date;
  closed_by_name: string;
  figures?: unknown;
}

const SELECT = `SELECT m.id, m.project_id, to_char(m.meeting_date, 'YYYY-MM-DD') AS meeting_date, m.comments, m.closed_at, u.name AS closed_by_name`;

const summary = (r: PackRow): MeetingPackSummaryType => ({
  id: r.id,
  projectId: r.project_id,
  meetingDate: r.meeting_date,
  comments: r.comments,
  closedAt: new Date(r.closed_at).toISOString(),
  closedBy: r.closed_by_name,
});

/**
 * "Luk pakke til møde d. …": the dashboard as of the meeting date, computed as the styregruppe sees it (whoever
 * closes it: citizens' figures disclosed by packages/domain's disclosure.ts, i.e. those of the reporting date on
 * or before the meeting date, rounded to 5), frozen with the tovholder's comments. One pack per meeting date.
 */
export async function closeMeetingPack(ctx: Context, input: CloseMeetingPackInput): Promise<MeetingPackType> {
  const user = requireUser(ctx);
  await requireAccess(ctx, "steering.comment", input.projectId);
  const dashboard = await projectDashboard(ctx, input.projectId, input.meetingDate, { suppress: true });
  const inserted: Array<{ id: string }> = await ctx.manager.query(
    `INSERT INTO meeting_pack (project_id, meeting_date, comments, figures, closed_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (project_id, meeting_date) DO NOTHING RETURNING id`,
    [input.projectId, input.meetingDate, input.comments.trim(), JSON.stringify(freeze(dashboard)), user.id],
  );
  const id = inserted[0]?.id;
  if (!id) throw new DomainError("CONFLICT", `Der er allerede lukket en pakke til mødet d. ${input.meetingDate}. En lukket pakke ændres ikke.`);
  return meetingPack(ctx, id);
}

export async function meetingPacks(ctx: Context, projectId: string): Promise<MeetingPackSummaryType[]> {
  requireReadAccess(ctx, "steering.read", projectId);
  const rows: PackRow[] = await ctx.manager.query(
    `${SELECT} FROM meeting_pack m JOIN app_user u ON u.id = m.closed_by WHERE m.project_id = $1 ORDER BY m.meeting_date DESC`,
    [projectId],
  );
  return rows.map(summary);
}

export async function meetingPack(ctx: Context, id: string): Promise<MeetingPackType> {
  requireUuid(id, "Mødepakken");
  const rows: PackRow[] = await ctx.manager.query(`${SELECT}, m.figures FROM meeting_pack m JOIN app_user u ON u.id = m.closed_by WHERE m.id = $1`, [id]);
  const row = rows[0];
  if (!row) throw notFound("Mødepakken");
  requireReadAccess(ctx, "steering.read", row.project_id);
  return { ...summary(row), dashboard: thaw(row.figures) };
}

