import type { Conversation } from "@overblik/db";
import { addDays, conversationHolder, formatDateDa, isTheme, rolesAllow } from "@overblik/domain";
import { logAccess } from "../../common/access-log.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { lockParticipantInScope } from "../participants/participant.scope.js";
import { recordActivityEntry } from "../spend/spend.repository.js";
import {
  conversationById,
  conversationsHeldLines,
  conversationsOfParticipant,
  heldInitialConversation,
  insertPreparationForm,
  insertScheduledConversation,
  makeOrangeAfterNoShow,
  preparationFormOf,
  projectRolesOf,
  setConversationOutcome,
  updatePreparationForm,
} from "./conversation.repository.js";
import type {
  ConversationType,
  PreparationFormType,
  RecordConversationInput,
  SavePreparationFormInput,
  ScheduleConversationInput,
} from "./conversation.types.js";

/** At most one initial conversation per citizen: heldInitialConversation is read with the participant's row locked. */
const alreadyHeld = (date: string) =>
  new DomainError(
    "CONFLICT",
    `Borgeren har allerede haft sin indledende samtale d. ${formatDateDa(date)}; en borger har kun én. Registrér denne samtale som aflyst.`,
  );

export async function participantConversations(ctx: Context, participantId: string): Promise<ConversationType[]> {
  return conversationsOfParticipant(ctx.manager, participantId);
}

export async function scheduleConversation(ctx: Context, input: ScheduleConversationInput): Promise<ConversationType> {
  const id = await ctx.manager.transaction(async (tx) => {
    const { participant } = await lockParticipantInScope(ctx, tx, input.participantId, "flow.coordinate");
    const holderKind = conversationHolder(participant.colour);
    if (!holderKind) {
      throw new DomainError(
        "BAD_USER_INPUT",
        participant.colour === "ROED"
          ? "Røde borgere er ikke en del af projektets forløb og har ingen indledende samtale."
          : "Borgeren skal screenes (have en farve), før samtalen planlægges.",
      );
    }
    if (input.holderId) {
      // The holder must be able to record the conversation afterwards (flow.record in the project).
      if (!rolesAllow(await projectRolesOf(tx, participant.project_id, input.holderId), "flow.record")) {
        throw new DomainError("BAD_USER_INPUT", "Den valgte bruger er hverken tovholder eller sagsbehandler i projektet.");
      }
    }
    const scheduled = await insertScheduledConversation(tx, {
      projectId: participant.project_id,
      participantId: participant.id,
      holderKind,
      holderId: input.holderId ?? null,
      scheduledDate: input.date,
    });
    await logAccess(
      ctx,
      { action: "CHANGE", projectId: participant.project_id, participantIds: [participant.id], purpose: "Planlægning af indledende samtale" },
      tx,
    );
    return scheduled;
  });
  return (await conversationById(ctx.manager, id)) as ConversationType;
}

/**
 * The outcome of a conversation. Held: one unit of activity on the budget lines that count held
 * conversations. No-show of a grøn citizen: the citizen becomes orange (history entry by the system)
 * and the next conversation is scheduled with a tovholder, as the source document prescribes.
 */
export async function recordConversation(ctx: Context, input: RecordConversationInput): Promise<ConversationType[]> {
  const user = requireUser(ctx);
  const participantId = await ctx.manager.transaction(async (tx) => {
    const conversation = await conversationById(tx, input.conversationId);
    if (!conversation) throw notFound("Samtalen");
    const { participant } = await lockParticipantInScope(ctx, tx, conversation.participantId, "flow.record");
    if (conversation.status !== "SCHEDULED") throw new DomainError("CONFLICT", "Samtalen er allerede registreret.", { status: conversation.status });
    if (input.outcome === "HELD") {
      const held = await heldInitialConversation(tx, participant.id);
      if (held) throw alreadyHeld(held);
    }
    const updated = await setConversationOutcome(
      tx,
      conversation.id,
      input.expectedVersion,
      input.outcome as Conversation["status"],
      input.outcome === "HELD" ? input.date : null,
    );
    if (!updated) throw new DomainError("CONFLICT", "Samtalen er ændret, siden du hentede den. Hent den igen.");

    if (input.outcome === "HELD") {
      for (const lineId of await conversationsHeldLines(tx, participant.project_id)) {
        await recordActivityEntry(tx, {
          budgetLineId: lineId,
          date: input.date,
          quantity: "1.00",
          source: "FLOW",
          sourceRef: `conversation:${conversation.id}`,
          note: "Indledende samtale holdt",
          createdBy: user.id,
        });
      }
    }
    if (input.outcome === "NO_SHOW" && participant.colour === "GROEN") {
      await makeOrangeAfterNoShow(
        tx,
        participant.project_id,
        participant.id,
        `Udeblev fra den indledende samtale d. ${input.date}: en grøn borger, der udebliver, bliver orange.`,
      );
      await insertScheduledConversation(tx, {
        projectId: participant.project_id,
        participantId: participant.id,
        holderKind: "TOVHOLDER",
        holderId: null,
        scheduledDate: input.nextDate ?? addDays(input.date, 7),
      });
    }
    await logAccess(
      ctx,
      { action: "CHANGE", projectId: participant.project_id, participantIds: [participant.id], purpose: "Registrering af indledende samtale" },
      tx,
    );
    return participant.id;
  });
  return participantConversations(ctx, participantId);
}

export async function preparationForm(ctx: Context, participantId: string): Promise<PreparationFormType | null> {
  const row = await preparationFormOf(ctx.manager, participantId);
  if (!row) return null;
  return { themes: row.themes, wishes: row.wishesEncrypted ? ctx.deps.cipher.decrypt(row.wishesEncrypted) : null, version: row.version };
}

export async function savePreparationForm(ctx: Context, input: SavePreparationFormInput): Promise<PreparationFormType> {
  const user = requireUser(ctx);
  const unknown = input.themes.filter((t) => !isTheme(t));
  if (unknown.length > 0) throw new DomainError("BAD_USER_INPUT", `Ukendte temaer: ${unknown.join(", ")}.`);
  await ctx.manager.transaction(async (tx) => {
    const { participant } = await lockParticipantInScope(ctx, tx, input.participantId, "flow.record");
    const form = {
      participantId: participant.id,
      themes: [...new Set(input.themes)],
      wishesEncrypted: input.wishes?.trim() ? ctx.deps.cipher.encrypt(input.wishes.trim()) : null,
      updatedBy: user.id,
    };
    if (input.expectedVersion === null || input.expectedVersion === undefined) {
      if (!(await insertPreparationForm(tx, form))) throw new DomainError("CONFLICT", "Skemaet findes allerede. Hent det, og ret det med dets version.");
    } else {
      if (!(await updatePreparationForm(tx, form, input.expectedVersion)))
        throw new DomainError("CONFLICT", "Skemaet er ændret, siden du hentede det. Hent det igen.");
    }
    await logAccess(ctx, { action: "CHANGE", projectId: participant.project_id, participantIds: [participant.id], purpose: "Forberedende skema" }, tx);
  });
  return (await preparationForm(ctx, input.participantId)) as PreparationFormType;
}
