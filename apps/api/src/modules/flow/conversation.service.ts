import { Conversation, ParticipantColourChange } from "@overblik/db";
import { addDays, conversationHolder, formatDateDa, isTheme, rolesAllow, type Colour, type ProjectRole } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { logAccess } from "../../common/access-log.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound } from "../../common/errors.js";
import { rowsOf } from "../../common/sql.js";
import type { Context } from "../../context.js";
import { lockParticipantInScope } from "../participants/participant.scope.js";
import { recordActivityEntry } from "../spend/spend.repository.js";
import type { ConversationType, PreparationFormType, RecordConversationInput, SavePreparationFormInput, ScheduleConversationInput } from "./conversation.types.js";

interface Row {
  id: string;
  participant_id: string;
  project_id: string;
  holder_kind: string;
  holder_id: string | null;
  holder_name: string | null;
  scheduled_date: string;
  status: string;
  held_date: string | null;
  version: number;
}

const SELECT = `
  SELECT c.id, c.participant_id, c.project_id, c.holder_kind, c.holder_id, u.name AS holder_name,
         to_char(c.scheduled_date, 'YYYY-MM-DD') AS scheduled_date, c.status, to_char(c.held_date, 'YYYY-MM-DD') AS held_date, c.version
    FROM conversation c LEFT JOIN app_user u ON u.id = c.holder_id`;

const toType = (r: Row): ConversationType => ({
  id: r.id,
  participantId: r.participant_id,
  projectId: r.project_id,
  holderKind: r.holder_kind,
  holder: r.holder_id ? { id: r.holder_id, name: r.holder_name ?? "" } : null,
  scheduledDate: r.scheduled_date,
  status: r.status,
  heldDate: r.held_date,
  version: r.version,
});

/**
 * At most one initial conversation per citizen: the date of the citizen's held one, if any. Called with the
 * participant's row locked (lockParticipantInScope: SELECT … FOR UPDATE), so two requests for the same citizen
 * run one after the other and the second sees the first's. No unique index backs it: old data may hold
 * duplicates (reported on the dashboard, never merged), and a migration must not fail on them.
 */
async function heldInitialConversation(tx: EntityManager, participantId: string): Promise<string | null> {
  const rows: Array<{ d: string }> = await tx.query(
    `SELECT to_char(min(held_date), 'YYYY-MM-DD') AS d FROM conversation WHERE participant_id = $1 AND status = 'HELD'`,
    [participantId],
  );
  return rows[0]?.d ?? null;
}

const alreadyHeld = (date: string) =>
  new DomainError(
    "CONFLICT",
    `Borgeren har allerede haft sin indledende samtale d. ${formatDateDa(date)}; en borger har kun én. Registrér denne samtale som aflyst.`,
  );

export async function participantConversations(ctx: Context, participantId: string): Promise<ConversationType[]> {
  const rows: Row[] = await ctx.manager.query(`${SELECT} WHERE c.participant_id = $1 ORDER BY c.scheduled_date, c.created_at`, [participantId]);
  return rows.map(toType);
}

export async function scheduleConversation(ctx: Context, input: ScheduleConversationInput): Promise<ConversationType> {
  const id = await ctx.manager.transaction(async (tx) => {
    const { participant } = await lockParticipantInScope(ctx, tx, input.participantId, "flow.coordinate");
    const holderKind = conversationHolder(participant.colour);
    if (!holderKind) {
      throw new DomainError(
        "BAD_USER_INPUT",
        participant.colour === "ROED" ? "Røde borgere er ikke en del af projektets forløb og har ingen indledende samtale." : "Borgeren skal screenes (have en farve), før samtalen planlægges.",
      );
    }
    if (input.holderId) {
      // The holder must be able to record the conversation afterwards (flow.record in the project).
      const member: Array<{ role: ProjectRole }> = await tx.query(`SELECT role FROM project_membership WHERE project_id = $1 AND user_id = $2`, [
        participant.project_id,
        input.holderId,
      ]);
      if (!rolesAllow(member.map((m) => m.role), "flow.record")) {
        throw new DomainError("BAD_USER_INPUT", "Den valgte bruger er hverken tovholder eller sagsbehandler i projektet.");
      }
    }
    const saved = await tx.save(
      tx.create(Conversation, { projectId: participant.project_id, participantId: participant.id, holderKind, holderId: input.holderId ?? null, scheduledDate: input.date, status: "SCHEDULED", heldDate: null }),
    );
    await logAccess(ctx, { action: "CHANGE", projectId: participant.project_id, participantIds: [participant.id], purpose: "Planlægning af indledende samtale" }, tx);
    return saved.id;
  });
  const rows: Row[] = await ctx.manager.query(`${SELECT} WHERE c.id = $1`, [id]);
  return toType(rows[0] as Row);
}

/**
 * The outcome of a conversation. Held: one unit of activity on the budget lines that count held
 * conversations. No-show of a grøn citizen: the citizen becomes orange (history entry by the system)
 * and the next conversation is scheduled with a tovholder, as the source document prescribes.
 */
export async function recordConversation(ctx: Context, input: RecordConversationInput): Promise<ConversationType[]> {
  const user = requireUser(ctx);
  const participantId = await ctx.manager.transaction(async (tx) => {
    const found: Row[] = await tx.query(`${SELECT} WHERE c.id = $1`, [input.conversationId]);
    const conversation = found[0];
    if (!conversation) throw notFound("Samtalen");
    const { participant } = await lockParticipantInScope(ctx, tx, conversation.participant_id, "flow.record");
    if (conversation.status !== "SCHEDULED") throw new DomainError("CONFLICT", "Samtalen er allerede registreret.", { status: conversation.status });
    if (input.outcome === "HELD") {
      const held = await heldInitialConversation(tx, participant.id);
      if (held) throw alreadyHeld(held);
    }
    const updated = await tx
      .createQueryBuilder()
      .update(Conversation)
      .set({ status: input.outcome as Conversation["status"], heldDate: input.outcome === "HELD" ? input.date : null, version: () => "version + 1" })
      .where("id = :id AND version = :version", { id: conversation.id, version: input.expectedVersion })
      .execute();
    if (updated.affected !== 1) throw new DomainError("CONFLICT", "Samtalen er ændret, siden du hentede den. Hent den igen.");

    if (input.outcome === "HELD") {
      const lines: Array<{ id: string }> = await tx.query(
        `SELECT l.id FROM budget_line l JOIN budget b ON b.id = l.budget_id WHERE b.project_id = $1 AND l.activity_source = 'CONVERSATIONS_HELD'`,
        [participant.project_id],
      );
      for (const line of lines) {
        await recordActivityEntry(tx, {
          budgetLineId: line.id,
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
      await tx.insert(ParticipantColourChange, {
        participantId: participant.id,
        fromColour: "GROEN",
        toColour: "ORANGE",
        reason: `Udeblev fra den indledende samtale d. ${input.date}: en grøn borger, der udebliver, bliver orange.`,
        changedBy: null,
      });
      await tx.query(`UPDATE participant SET colour = 'ORANGE', version = version + 1 WHERE id = $1`, [participant.id]);
      await tx.save(
        tx.create(Conversation, {
          projectId: participant.project_id,
          participantId: participant.id,
          holderKind: "TOVHOLDER",
          holderId: null,
          scheduledDate: input.nextDate ?? addDays(input.date, 7),
          status: "SCHEDULED",
          heldDate: null,
        }),
      );
    }
    await logAccess(ctx, { action: "CHANGE", projectId: participant.project_id, participantIds: [participant.id], purpose: "Registrering af indledende samtale" }, tx);
    return participant.id;
  });
  return participantConversations(ctx, participantId);
}

export async function preparationForm(ctx: Context, participantId: string): Promise<PreparationFormType | null> {
  const rows: Array<{ themes: string[]; wishes: Buffer | null; version: number }> = await ctx.manager.query(
    `SELECT themes, wishes_encrypted AS wishes, version FROM preparation_form WHERE participant_id = $1`,
    [participantId],
  );
  const row = rows[0];
  if (!row) return null;
  return { themes: row.themes, wishes: row.wishes ? ctx.deps.cipher.decrypt(row.wishes) : null, version: row.version };
}

export async function savePreparationForm(ctx: Context, input: SavePreparationFormInput): Promise<PreparationFormType> {
  const user = requireUser(ctx);
  const unknown = input.themes.filter((t) => !isTheme(t));
  if (unknown.length > 0) throw new DomainError("BAD_USER_INPUT", `Ukendte temaer: ${unknown.join(", ")}.`);
  await ctx.manager.transaction(async (tx) => {
    const { participant } = await lockParticipantInScope(ctx, tx, input.participantId, "flow.record");
    const wishes = input.wishes?.trim() ? ctx.deps.cipher.encrypt(input.wishes.trim()) : null;
    const themes = [...new Set(input.themes)];
    if (input.expectedVersion === null || input.expectedVersion === undefined) {
      const inserted: Array<{ participant_id: string }> = await tx.query(
        `INSERT INTO preparation_form (participant_id, themes, wishes_encrypted, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (participant_id) DO NOTHING RETURNING participant_id`,
        [participant.id, themes, wishes, user.id],
      );
      if (inserted.length === 0) throw new DomainError("CONFLICT", "Skemaet findes allerede. Hent det, og ret det med dets version.");
    } else {
      const rows = await rowsOf(
        tx,
        `UPDATE preparation_form SET themes = $2, wishes_encrypted = $3, updated_by = $4, updated_at = now(), version = version + 1
          WHERE participant_id = $1 AND version = $5 RETURNING participant_id`,
        [participant.id, themes, wishes, user.id, input.expectedVersion],
      );
      if (rows.length !== 1) throw new DomainError("CONFLICT", "Skemaet er ændret, siden du hentede det. Hent det igen.");
    }
    await logAccess(ctx, { action: "CHANGE", projectId: participant.project_id, participantIds: [participant.id], purpose: "Forberedende skema" }, tx);
  });
  return (await preparationForm(ctx, input.participantId)) as PreparationFormType;
}
