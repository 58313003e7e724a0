import type { TeamMeeting } from "@overblik/db";
import { formatDateDa } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { logAccess } from "../../common/access-log.js";
import { requireAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { flowPlanOfProject } from "./flow.repository.js";
import {
  agendaInOrder,
  cancelMeetingRow,
  insertPlannedMeeting,
  lockMeetings,
  lockProjectAndCountMeetingsOn,
  moveAgenda,
  moveMeetingRow,
} from "./meeting-planning.repository.js";
import { agendaParticipantIds, meetingById } from "./meeting.repository.js";
import { loadMeetings } from "./meeting.service.js";
import type { TeamMeetingType } from "./meeting.types.js";
import type { AddTeamMeetingInput, CancelTeamMeetingInput, MoveTeamMeetingInput } from "./meeting-planning.types.js";

const stale = () => new DomainError("CONFLICT", "Mødet er ændret, siden du hentede det. Hent det igen.");

/** The meeting as the one who plans meetings sees it (all of them; its citizens are logged). */
async function shown(ctx: Context, projectId: string, meetingId: string): Promise<TeamMeetingType> {
  const [meeting] = await loadMeetings(ctx, projectId, { seeAll: true, meetingIds: [meetingId] });
  if (!meeting) throw notFound("Mødet");
  return meeting;
}

/** A meeting date inside the project's period. */
async function checkDate(ctx: Context, projectId: string, date: string): Promise<void> {
  const project = await ctx.loaders.projectById.load(projectId);
  if (!project) throw notFound("Projektet");
  if (date < project.startDate || date > project.endDate) {
    throw new DomainError(
      "BAD_USER_INPUT",
      `Mødets dato (${formatDateDa(date)}) skal ligge i projektets periode, ${formatDateDa(project.startDate)}–${formatDateDa(project.endDate)}.`,
    );
  }
}

/**
 * One meeting a date: the project's row is locked so two planners cannot both take the same date, and a date
 * with a meeting that is not cancelled is refused.
 */
async function requireFreeDate(tx: EntityManager, projectId: string, date: string, except: string | null): Promise<void> {
  if (await lockProjectAndCountMeetingsOn(tx, projectId, date, except))
    throw new DomainError("BAD_USER_INPUT", `Der er allerede et teammøde d. ${formatDateDa(date)}. Vælg en anden dato.`);
}

/** A single extra meeting; its limits default to the flow plan's. */
export async function addTeamMeeting(ctx: Context, input: AddTeamMeetingInput): Promise<TeamMeetingType> {
  await requireAccess(ctx, "meeting.plan", input.projectId);
  await checkDate(ctx, input.projectId, input.date);
  const plan = await flowPlanOfProject(ctx.manager, input.projectId);
  const maxItems = input.maxItems ?? plan?.maxCitizensPerMeeting;
  const minutesPerItem = input.minutesPerItem ?? plan?.minutesPerCitizen;
  if (maxItems === undefined || minutesPerItem === undefined) {
    throw new DomainError("BAD_USER_INPUT", "Projektet har ingen forløbsplan: angiv højst antal borgere og minutter pr. borger for mødet.");
  }
  const id = await ctx.manager.transaction(async (tx) => {
    await requireFreeDate(tx, input.projectId, input.date, null);
    return insertPlannedMeeting(tx, input.projectId, input.date, maxItems, minutesPerItem);
  });
  return shown(ctx, input.projectId, id);
}

/** The meeting a planning change is about, its project's permission checked; held meetings are history. */
async function plannedMeeting(ctx: Context, meetingId: string, doing: "flyttes" | "aflyses"): Promise<TeamMeeting> {
  const meeting = await meetingById(ctx.manager, meetingId);
  if (!meeting) throw notFound("Mødet");
  await requireAccess(ctx, "meeting.plan", meeting.projectId);
  if (meeting.status === "HELD") throw new DomainError("BAD_USER_INPUT", `Mødet er afholdt og kan ikke ${doing}.`);
  if (meeting.status === "CANCELLED") throw new DomainError("BAD_USER_INPUT", `Mødet er aflyst og kan ikke ${doing}.`);
  return meeting;
}

/** Moves a planned meeting; it keeps the flow plan's date it stands for, so generating the plan's meetings skips that date. */
export async function moveTeamMeeting(ctx: Context, input: MoveTeamMeetingInput): Promise<TeamMeetingType> {
  const meeting = await plannedMeeting(ctx, input.meetingId, "flyttes");
  await checkDate(ctx, meeting.projectId, input.date);
  await ctx.manager.transaction(async (tx) => {
    await requireFreeDate(tx, meeting.projectId, input.date, meeting.id);
    if (!(await moveMeetingRow(tx, meeting.id, input.expectedVersion, input.date))) throw stale();
  });
  return shown(ctx, meeting.projectId, meeting.id);
}

/**
 * Cancels a planned meeting with its reason, who and when; its agenda moves to the chosen planned meeting after
 * that meeting's own citizens, in the same transaction. Refused with nothing changed when the agenda does not fit
 * the chosen meeting's limit, or when there is an agenda and no meeting to move it to. A citizen already on the
 * chosen meeting's agenda stays there once.
 */
export async function cancelTeamMeeting(ctx: Context, input: CancelTeamMeetingInput): Promise<TeamMeetingType> {
  const user = requireUser(ctx);
  const meeting = await plannedMeeting(ctx, input.meetingId, "aflyses");
  const reason = input.reason.trim();
  if (reason.length < 2) throw new DomainError("BAD_USER_INPUT", "Skriv, hvorfor mødet aflyses.");
  const targetId = input.moveAgendaToMeetingId ?? null;
  if (targetId === meeting.id) throw new DomainError("BAD_USER_INPUT", "Vælg et andet møde end det, der aflyses.");
  await ctx.manager.transaction(async (tx) => {
    // Both meetings locked in one order: adding to an agenda locks its meeting too, so no place is taken twice.
    const locked = await lockMeetings(tx, targetId ? [meeting.id, targetId] : [meeting.id]);
    if (!(await cancelMeetingRow(tx, meeting.id, input.expectedVersion, reason, user.id))) throw stale();
    const items = await agendaInOrder(tx, meeting.id);
    if (items.length === 0) return;
    if (!targetId) throw new DomainError("BAD_USER_INPUT", "Vælg et møde, dagsordenen flyttes til.");
    const target = locked.find((m) => m.id === targetId && m.projectId === meeting.projectId);
    if (!target) throw notFound("Mødet, dagsordenen skal flyttes til,");
    if (target.status !== "PLANNED") throw new DomainError("BAD_USER_INPUT", "Dagsordenen kan kun flyttes til et planlagt møde.");
    const onTarget = new Set(await agendaParticipantIds(tx, target.id));
    const moving = items.filter((id) => !onTarget.has(id));
    const free = target.maxItems - onTarget.size;
    if (moving.length > free) {
      throw new DomainError(
        "BAD_USER_INPUT",
        `Dagsordenen har ${moving.length} borgere, men mødet d. ${formatDateDa(target.date)} har ${free === 1 ? "kun 1 ledig plads" : `kun ${free} ledige pladser`}. Vælg et andet møde.`,
      );
    }
    // After the target's own citizens, in the cancelled agenda's order; a citizen already there stays there once.
    await moveAgenda(tx, meeting.id, target.id, moving);
    await logAccess(ctx, { action: "CHANGE", projectId: meeting.projectId, participantIds: items, purpose: "Dagsorden flyttet fra aflyst teammøde" }, tx);
  });
  return shown(ctx, meeting.projectId, meeting.id);
}
