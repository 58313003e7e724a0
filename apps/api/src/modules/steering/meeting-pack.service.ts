import { baseFigureText, ofDenominator } from "@overblik/domain";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound, requireUuid } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { projectDashboard } from "./dashboard.service.js";
import { insertMeetingPack, meetingPackById, meetingPacksOf } from "./steering.repository.js";
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

/**
 * "Luk pakke til møde d. …": the dashboard as of the meeting date, computed as the styregruppe sees it (whoever
 * closes it: citizens' figures disclosed by packages/domain's disclosure.ts, i.e. those of the reporting date on
 * or before the meeting date, rounded to 5), frozen with the tovholder's comments. One pack per meeting date.
 */
export async function closeMeetingPack(ctx: Context, input: CloseMeetingPackInput): Promise<MeetingPackType> {
  const user = requireUser(ctx);
  await requireAccess(ctx, "steering.comment", input.projectId);
  const dashboard = await projectDashboard(ctx, input.projectId, input.meetingDate, { suppress: true });
  const id = await insertMeetingPack(ctx.manager, {
    projectId: input.projectId,
    meetingDate: input.meetingDate,
    comments: input.comments.trim(),
    figures: freeze(dashboard),
    closedBy: user.id,
  });
  if (!id) throw new DomainError("CONFLICT", `Der er allerede lukket en pakke til mødet d. ${input.meetingDate}. En lukket pakke ændres ikke.`);
  return meetingPack(ctx, id);
}

export async function meetingPacks(ctx: Context, projectId: string): Promise<MeetingPackSummaryType[]> {
  requireReadAccess(ctx, "steering.read", projectId);
  return meetingPacksOf(ctx.manager, projectId);
}

export async function meetingPack(ctx: Context, id: string): Promise<MeetingPackType> {
  requireUuid(id, "Mødepakken");
  const pack = await meetingPackById(ctx.manager, id);
  if (!pack) throw notFound("Mødepakken");
  requireReadAccess(ctx, "steering.read", pack.projectId);
  const { figures, ...summary } = pack;
  return { ...summary, dashboard: thaw(figures) };
}
