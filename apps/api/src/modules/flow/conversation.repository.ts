import { Conversation, ParticipantColourChange } from "@overblik/db";
import type { ProjectRole } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { rowsOf } from "../../common/sql.js";
import type { ConversationType } from "./conversation.types.js";

/*
 * The initial conversation's SQL and the preparation form's (conversation.service.ts holds the rules, the access
 * checks, the encryption and the access log), with the one mapping of a conversation row.
 */

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

export async function conversationsOfParticipant(manager: EntityManager, participantId: string): Promise<ConversationType[]> {
  const rows: Row[] = await manager.query(`${SELECT} WHERE c.participant_id = $1 ORDER BY c.scheduled_date, c.created_at`, [participantId]);
  return rows.map(toType);
}

export async function conversationById(manager: EntityManager, id: string): Promise<ConversationType | null> {
  const rows: Row[] = await manager.query(`${SELECT} WHERE c.id = $1`, [id]);
  return rows[0] ? toType(rows[0]) : null;
}

/**
 * The date of the citizen's held initial conversation, if any. The caller holds the participant's row locked
 * (lockParticipantInScope: SELECT … FOR UPDATE), so two requests for the same citizen run one after the other and
 * the second sees the first's. No unique index backs it: old data may hold duplicates (reported on the dashboard,
 * never merged), and a migration must not fail on them.
 */
export async function heldInitialConversation(tx: EntityManager, participantId: string): Promise<string | null> {
  const rows: Array<{ d: string }> = await tx.query(
    `SELECT to_char(min(held_date), 'YYYY-MM-DD') AS d FROM conversation WHERE participant_id = $1 AND status = 'HELD'`,
    [participantId],
  );
  return rows[0]?.d ?? null;
}

/** The user's roles in the project (none when not a member). */
export async function projectRolesOf(tx: EntityManager, projectId: string, userId: string): Promise<ProjectRole[]> {
  const member: Array<{ role: ProjectRole }> = await tx.query(`SELECT role FROM project_membership WHERE project_id = $1 AND user_id = $2`, [
    projectId,
    userId,
  ]);
  return member.map((m) => m.role);
}

/** A scheduled conversation; its id. */
export async function insertScheduledConversation(
  tx: EntityManager,
  c: { projectId: string; participantId: string; holderKind: Conversation["holderKind"]; holderId: string | null; scheduledDate: string },
): Promise<string> {
  const saved = await tx.save(tx.create(Conversation, { ...c, status: "SCHEDULED", heldDate: null }));
  return saved.id;
}

/** The conversation's outcome at the given version; false when the version is stale. */
export async function setConversationOutcome(
  tx: EntityManager,
  id: string,
  expectedVersion: number,
  status: Conversation["status"],
  heldDate: string | null,
): Promise<boolean> {
  const updated = await tx
    .createQueryBuilder()
    .update(Conversation)
    .set({ status, heldDate, version: () => "version + 1" })
    .where("id = :id AND version = :version", { id, version: expectedVersion })
    .execute();
  return updated.affected === 1;
}

/** The project's budget lines whose activity is the conversations held. */
export async function conversationsHeldLines(tx: EntityManager, projectId: string): Promise<string[]> {
  const lines: Array<{ id: string }> = await tx.query(
    `SELECT l.id FROM budget_line l JOIN budget b ON b.id = l.budget_id WHERE b.project_id = $1 AND l.activity_source = 'CONVERSATIONS_HELD'`,
    [projectId],
  );
  return lines.map((l) => l.id);
}

/** A grøn citizen who did not show becomes orange, by the system (no user), with the history entry saying why. */
export async function makeOrangeAfterNoShow(tx: EntityManager, projectId: string, participantId: string, reason: string): Promise<void> {
  await tx.insert(ParticipantColourChange, { projectId, participantId, fromColour: "GROEN", toColour: "ORANGE", reason, changedBy: null });
  await tx.query(`UPDATE participant SET colour = 'ORANGE', version = version + 1 WHERE id = $1`, [participantId]);
}

/** The citizen's preparation form; the wishes still encrypted. */
export async function preparationFormOf(
  manager: EntityManager,
  participantId: string,
): Promise<{ themes: string[]; wishesEncrypted: Buffer | null; version: number } | null> {
  const rows: Array<{ themes: string[]; wishes: Buffer | null; version: number }> = await manager.query(
    `SELECT themes, wishes_encrypted AS wishes, version FROM preparation_form WHERE participant_id = $1`,
    [participantId],
  );
  const row = rows[0];
  return row ? { themes: row.themes, wishesEncrypted: row.wishes, version: row.version } : null;
}

interface FormValues {
  participantId: string;
  themes: string[];
  wishesEncrypted: Buffer | null;
  updatedBy: string;
}

/** Creates the form; false when the citizen has one already (ON CONFLICT: a concurrent creator wins without an error). */
export async function insertPreparationForm(tx: EntityManager, f: FormValues): Promise<boolean> {
  const inserted: Array<{ participant_id: string }> = await tx.query(
    `INSERT INTO preparation_form (project_id, participant_id, themes, wishes_encrypted, updated_by)
     SELECT p.project_id, p.id, $2, $3, $4 FROM participant p WHERE p.id = $1
     ON CONFLICT (participant_id, project_id) DO NOTHING RETURNING participant_id`,
    [f.participantId, f.themes, f.wishesEncrypted, f.updatedBy],
  );
  return inserted.length > 0;
}

/** Changes the form at the given version; false when the version is stale. */
export async function updatePreparationForm(tx: EntityManager, f: FormValues, expectedVersion: number): Promise<boolean> {
  const rows = await rowsOf(
    tx,
    `UPDATE preparation_form SET themes = $2, wishes_encrypted = $3, updated_by = $4, updated_at = now(), version = version + 1
      WHERE participant_id = $1 AND version = $5 RETURNING participant_id`,
    [f.participantId, f.themes, f.wishesEncrypted, f.updatedBy, expectedVersion],
  );
  return rows.length === 1;
}
