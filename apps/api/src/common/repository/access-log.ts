import type { AccessAction } from "@overblik/db";
import type { EntityManager } from "typeorm";

/** One use of personal data as the access log keeps it; a null participant is a use that named no one. */
export interface AccessLogEntry {
  userId: string;
  action: AccessAction;
  projectId: string | null;
  participantIds: ReadonlyArray<string | null>;
  purpose: string;
  criterion: string | null;
  requestId: string;
}

/** One row per participant in one statement (unnest), so a use with many citizens costs one round trip. */
export async function insertAccessLog(manager: Pick<EntityManager, "query">, entry: AccessLogEntry): Promise<void> {
  await manager.query(
    `INSERT INTO access_log (user_id, action, project_id, participant_id, purpose, criterion, request_id)
     SELECT $1, $2, $3, p, $4, $5, $6 FROM unnest($7::uuid[]) AS p`,
    [entry.userId, entry.action, entry.projectId, entry.purpose, entry.criterion, entry.requestId, entry.participantIds],
  );
}
