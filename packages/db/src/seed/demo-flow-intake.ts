import { addDays, type Theme } from "@overblik/domain";
import { Conversation, ParticipantColourChange, PreparationForm } from "../entities/index.js";
import { nextWeekday, type Flow, type FlowParticipant } from "./demo-flow-common.js";

const WEEKLY_QUOTA = [7, 9, 10, 12, 13, 14, 14, 15, 15, 15, 15, 14, 14, 12, 10, 8]; // ISO weeks 36–51 of 2012: 197 conversations
const FIRST_MONDAY = "2012-09-03";

/**
 * The initial conversations, 3 Sep–20 Dec 2012: grøn with the JC caseworker, orange and blå with a tovholder; a grøn
 * no-show becomes orange (history entry, and `participants` updated) and every missed conversation gets a new one
 * with a tovholder. Returns each citizen's date of the held conversation.
 */
export async function seedConversations({ manager, ctx, next }: Flow, participants: FlowParticipant[]): Promise<Map<string, string>> {
  const conversing = participants.filter((p) => p.colour !== "ROED");
  const order = conversing
    .map((p) => ({ p, key: next() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.p);
  const conversations: Array<Partial<Conversation>> = [];
  const heldOn = new Map<string, string>(); // participant → date of the held conversation
  const turnedOrange = new Set<string>();
  const greens = order.filter((p) => p.colour === "GROEN");
  const noShowGreens = new Set(greens.filter((_, i) => i % 11 === 5).map((p) => p.id)); // 9 of 97
  const oranges = order.filter((p) => p.colour === "ORANGE");
  const noShowOranges = new Set(oranges.filter((_, i) => i % 24 === 7).map((p) => p.id)); // 4
  const cancelled = new Set(oranges.filter((_, i) => i % 48 === 20).map((p) => p.id)); // 2
  let index = 0;
  WEEKLY_QUOTA.forEach((quota, week) => {
    for (let k = 0; k < quota; k++) {
      const p = order[index++] as FlowParticipant;
      const date = nextWeekday(addDays(FIRST_MONDAY, week * 7 + (k % 5)));
      const holderKind = p.colour === "GROEN" ? "JC_CASEWORKER" : "TOVHOLDER";
      const holderId = holderKind === "JC_CASEWORKER" ? p.caseworker_id : ctx.tovholderId;
      const status = noShowGreens.has(p.id) || noShowOranges.has(p.id) ? "NO_SHOW" : cancelled.has(p.id) ? "CANCELLED" : "HELD";
      // Booked two weeks ahead (the overview on a past date counts only what was booked by then).
      const booked = new Date(`${addDays(date, -14)}T09:00:00Z`);
      conversations.push({
        projectId: ctx.projectId,
        participantId: p.id,
        holderKind,
        holderId,
        scheduledDate: date,
        status,
        heldDate: status === "HELD" ? date : null,
        createdAt: booked,
      });
      if (status === "HELD") {
        heldOn.set(p.id, date);
        continue;
      }
      // A grøn no-show becomes orange; every missed conversation gets a new one with a tovholder.
      if (noShowGreens.has(p.id)) turnedOrange.add(p.id);
      const again = nextWeekday(addDays(date, status === "CANCELLED" ? 14 : 7));
      conversations.push({
        projectId: ctx.projectId,
        participantId: p.id,
        holderKind: "TOVHOLDER",
        holderId: ctx.tovholderId,
        scheduledDate: again,
        status: "HELD",
        heldDate: again,
        createdAt: new Date(`${date}T15:00:00Z`),
      });
      heldOn.set(p.id, again);
    }
  });
  await manager.insert(Conversation, conversations);
  for (const p of participants.filter((x) => turnedOrange.has(x.id))) {
    const missed = conversations.find((c) => c.participantId === p.id && c.status === "NO_SHOW")?.scheduledDate as string;
    await manager.insert(ParticipantColourChange, {
      projectId: ctx.projectId,
      participantId: p.id,
      fromColour: "GROEN",
      toColour: "ORANGE",
      reason: `Udeblev fra den indledende samtale d. ${missed}: en grøn borger, der udebliver, bliver orange.`,
      changedBy: null,
      changedAt: new Date(`${missed}T15:00:00Z`),
    });
    p.colour = "ORANGE";
  }
  await manager.query(`UPDATE participant SET colour = 'ORANGE', version = version + 1 WHERE id = ANY($1::uuid[])`, [[...turnedOrange]]);
  return heldOn;
}

const WISHES = [
  "Vil gerne i praktik i en butik",
  "Ønsker hjælp til at komme ud blandt andre",
  "Vil gerne have styr på økonomien først",
  "Drømmer om en uddannelse som pædagogmedhjælper",
];

/**
 * A preparation form for every orange (and former grøn) citizen, written the day of their conversation: the themes
 * decide who the team calls. Returns the citizens bound for the team and their themes.
 */
export async function seedPreparationForms(
  { manager, ctx, next, pick, seal }: Flow,
  participants: FlowParticipant[],
  heldOn: ReadonlyMap<string, string>,
): Promise<{ teamBound: FlowParticipant[]; themesOf: Map<string, Theme[]> }> {
  const teamBound = participants.filter((p) => p.colour === "ORANGE");
  const themesOf = new Map<string, Theme[]>();
  for (const p of teamBound) {
    const young = 2012 - p.birth_year < 30;
    const themes: Theme[] = [];
    if (next() < 0.2) themes.push("SUBSTANCE_ABUSE");
    if (next() < 0.35) themes.push("MENTAL_HEALTH");
    if (next() < 0.35) themes.push("PHYSICAL_HEALTH");
    if (next() < 0.5) themes.push("SOCIAL");
    if (next() < (p.origin?.startsWith("IMMIGRANT") ? 0.5 : 0.05)) themes.push("LANGUAGE");
    if (next() < 0.3) themes.push("HOUSING_ECONOMY");
    if (young && next() < 0.7) themes.push("YOUTH_EDUCATION");
    if (themes.length === 0) themes.push("SOCIAL");
    themesOf.set(p.id, themes);
  }
  await manager.insert(
    PreparationForm,
    teamBound.map((p) => ({
      projectId: ctx.projectId,
      participantId: p.id,
      themes: themesOf.get(p.id) ?? [],
      wishesEncrypted: seal(pick(WISHES)),
      updatedAt: new Date(`${heldOn.get(p.id)}T14:00:00Z`),
      updatedBy: ctx.tovholderId,
    })),
  );
  return { teamBound, themesOf };
}
