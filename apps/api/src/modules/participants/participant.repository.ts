import { Participant, ParticipantColourChange } from "@overblik/db";
import { ageGroup, isLongTermBenefit, type Colour } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import type { AgeGroupEnum, CaseFocusEnum, ColourEnum, GenderEnum, MotivationEnum, OriginEnum, ProfileEnum } from "./participant.enums.js";
import type { ColourChangeType, ParticipantType } from "./participant.types.js";
import { referenceYear } from "./reference-year.js";

/*
 * The participants' SQL with its one mapping of a row to a ParticipantType: reads within a user's scope (by id,
 * a filtered page, a CPR number's HMAC), the versioned change and its colour history, the lock a change of a
 * citizen takes, the statistics' counts and the target-group import's writes. The services decide who may see
 * whom (participant.scope.ts) and log every access; this file only narrows the SQL to the scope it is given.
 */

/**
 * Who sees which citizens: every citizen of the project, or those one is caseworker for (participant.scope.ts
 * decides which, from the user's permissions).
 */
export type ParticipantScope = { kind: "ALL"; projectId: string } | { kind: "ASSIGNED"; projectId: string; caseworkerId: string };

/** SQL condition (on alias p) and parameters for a scope, numbered from `first`. */
function scopeCondition(scope: ParticipantScope, first: number): { sql: string; params: unknown[] } {
  if (scope.kind === "ALL") return { sql: `p.project_id = $${first}`, params: [scope.projectId] };
  return { sql: `p.project_id = $${first} AND p.caseworker_id = $${first + 1}`, params: [scope.projectId, scope.caseworkerId] };
}

interface Row {
  id: string;
  project_id: string;
  code: string;
  municipality: string;
  gender: GenderEnum;
  birth_year: number;
  origin: OriginEnum | null;
  months_on_benefit: number;
  match_group: number;
  enrolment_date: string;
  colour: ColourEnum | null;
  caseworker_id: string | null;
  caseworker_name: string | null;
  profiles: ProfileEnum[];
  motivation: MotivationEnum | null;
  case_focus: CaseFocusEnum | null;
  has_cpr: boolean;
  has_name: boolean;
  keep_in_team_queue: boolean;
  version: number;
  start_date: string;
}

/** Whether the name and CPR number are stored, never the values: they are decrypted only when revealed (and logged). */
const SELECT = `
  SELECT p.id, p.project_id, p.code, p.municipality, p.gender, p.birth_year, p.origin, p.months_on_benefit, p.match_group,
         to_char(p.enrolment_date, 'YYYY-MM-DD') AS enrolment_date, p.colour, p.caseworker_id, u.name AS caseworker_name,
         p.profiles, p.motivation, p.case_focus, p.cpr_encrypted IS NOT NULL AS has_cpr, p.name_encrypted IS NOT NULL AS has_name,
         p.keep_in_team_queue, p.version, to_char(pr.start_date, 'YYYY-MM-DD') AS start_date
    FROM participant p
    JOIN project pr ON pr.id = p.project_id
    LEFT JOIN app_user u ON u.id = p.caseworker_id`;

function toType(r: Row): ParticipantType {
  return {
    id: r.id,
    projectId: r.project_id,
    code: r.code,
    municipality: r.municipality,
    gender: r.gender,
    birthYear: r.birth_year,
    ageGroup: ageGroup(r.birth_year, referenceYear({ startDate: r.start_date })) as AgeGroupEnum,
    origin: r.origin,
    monthsOnBenefit: r.months_on_benefit,
    longTermBenefit: isLongTermBenefit(r.months_on_benefit),
    matchGroup: r.match_group,
    enrolmentDate: r.enrolment_date,
    colour: r.colour,
    caseworker: r.caseworker_id ? { id: r.caseworker_id, name: r.caseworker_name ?? "" } : null,
    profiles: r.profiles,
    motivation: r.motivation,
    caseFocus: r.case_focus,
    hasCpr: r.has_cpr,
    hasName: r.has_name,
    keepInTeamQueue: r.keep_in_team_queue,
    version: r.version,
  };
}

/** One participant, whoever may see them (the caller checks the scope), or null. */
export async function participantById(manager: EntityManager, participantId: string): Promise<ParticipantType | null> {
  const rows: Row[] = await manager.query(`${SELECT} WHERE p.id = $1`, [participantId]);
  return rows[0] ? toType(rows[0]) : null;
}

export interface ParticipantFilter {
  colour?: ColourEnum | null;
  municipality?: string | null;
  /** Part of the participant code, any case. */
  code?: string | null;
}

/**
 * A page of the participants in the scope that match the filter, by code, and the ids of every one that matched
 * (the caller logs them: a filter singles citizens out, so a search logs all it matched, not only the page).
 */
export async function participantPage(
  manager: EntityManager,
  scope: ParticipantScope,
  filter: ParticipantFilter,
  take: number,
  skip: number,
): Promise<{ items: ParticipantType[]; matchedIds: string[] }> {
  const cond = scopeCondition(scope, 1);
  const params: unknown[] = [...cond.params];
  const where = [cond.sql];
  if (filter.colour) {
    params.push(filter.colour);
    where.push(`p.colour = $${params.length}`);
  }
  if (filter.municipality) {
    params.push(filter.municipality);
    where.push(`p.municipality = $${params.length}`);
  }
  if (filter.code) {
    // LIKE's own characters are dropped: the code is searched as text.
    params.push(
      `%${filter.code
        .trim()
        .toUpperCase()
        .replace(/[%_\\]/g, "")}%`,
    );
    where.push(`p.code ILIKE $${params.length}`);
  }
  const whereSql = where.join(" AND ");
  const [rows, matched] = await Promise.all([
    manager.query<Row[]>(`${SELECT} WHERE ${whereSql} ORDER BY p.code LIMIT ${take} OFFSET ${Number(skip)}`, params),
    manager.query<Array<{ id: string }>>(`SELECT p.id FROM participant p WHERE ${whereSql}`, params),
  ]);
  return { items: rows.map(toType), matchedIds: matched.map((m) => m.id) };
}

/** The participant in the scope whose CPR number has this HMAC (the number itself is never stored in clear), or null. */
export async function participantByCprHmac(manager: EntityManager, hmac: Buffer, scope: ParticipantScope): Promise<ParticipantType | null> {
  const cond = scopeCondition(scope, 2);
  const rows: Row[] = await manager.query(`${SELECT} WHERE p.cpr_hmac = $1 AND ${cond.sql}`, [hmac, ...cond.params]);
  return rows[0] ? toType(rows[0]) : null;
}

/** The participant's colour changes, newest first. */
export async function colourChanges(manager: EntityManager, participantId: string): Promise<ColourChangeType[]> {
  const rows: Array<{
    from_colour: ColourEnum | null;
    to_colour: ColourEnum;
    reason: string;
    changed_by: string | null;
    name: string | null;
    changed_at: Date;
  }> = await manager.query(
    `SELECT c.from_colour, c.to_colour, c.reason, c.changed_by, u.name, c.changed_at
         FROM participant_colour_change c LEFT JOIN app_user u ON u.id = c.changed_by
        WHERE c.participant_id = $1 ORDER BY c.changed_at DESC`,
    [participantId],
  );
  return rows.map((r) => ({
    from: r.from_colour,
    to: r.to_colour,
    reason: r.reason,
    changedBy: r.changed_by ? { id: r.changed_by, name: r.name ?? "" } : null,
    changedAt: new Date(r.changed_at).toISOString(),
  }));
}

/** The stored participant with its encrypted name and CPR number, for a reveal (the caller logs it). */
export function storedParticipant(manager: EntityManager, participantId: string): Promise<Participant> {
  return manager.findOneByOrFail(Participant, { id: participantId });
}

/** The participant's project, or null for an unknown id. */
export async function participantProjectId(manager: EntityManager, participantId: string): Promise<string | null> {
  const owner: Array<{ project_id: string }> = await manager.query(`SELECT project_id FROM participant WHERE id = $1`, [participantId]);
  return owner[0]?.project_id ?? null;
}

/** The versioned update of one participant's columns; false when it changed since `expectedVersion` was read. */
export async function updateParticipant(tx: EntityManager, participantId: string, expectedVersion: number, set: Record<string, unknown>): Promise<boolean> {
  const result = await tx
    .createQueryBuilder()
    .update(Participant)
    .set({ ...set, version: () => "version + 1" })
    .where("id = :id AND version = :version", { id: participantId, version: expectedVersion })
    .execute();
  return result.affected === 1;
}

/** One line of the colour history (append-only). */
export async function insertColourChange(
  tx: EntityManager,
  change: { projectId: string; participantId: string; fromColour: ColourEnum | null; toColour: ColourEnum; reason: string; changedBy: string },
): Promise<void> {
  await tx.insert(ParticipantColourChange, change);
}

/** The columns a change of a citizen decides on, as the flow's services read them. */
export interface LockedParticipant {
  id: string;
  project_id: string;
  caseworker_id: string | null;
  colour: Colour | null;
  version: number;
}

/** The participant, locked for the rest of the caller's transaction (FOR UPDATE: one change of a citizen at a time), or null. */
export async function lockParticipant(tx: EntityManager, participantId: string): Promise<LockedParticipant | null> {
  const rows: LockedParticipant[] = await tx.query(`SELECT id, project_id, caseworker_id, colour, version FROM participant WHERE id = $1 FOR UPDATE`, [
    participantId,
  ]);
  return rows[0] ?? null;
}

/** A count of participants with one value of a dimension (GENDER M, AGE_GROUP UNDER_30, …). */
export interface DimensionCount {
  dimension: string;
  key: string;
  n: number;
}

/**
 * The project's participants counted by each dimension, in one statement. With `asOf`, those enrolled by then and
 * each one's colour as of that day (from the colour history); without it, today's.
 */
export function participantCounts(manager: EntityManager, projectId: string, refYear: number, asOf: string | null): Promise<DimensionCount[]> {
  return manager.query(
    `WITH p AS (
       SELECT municipality, gender, origin, months_on_benefit,
              -- The colour as of the date (the baseline at the screening date), from the history; today's without a date.
              -- (a participant without any history keeps the current colour, as the dashboard counts it).
              CASE WHEN $3::date IS NULL THEN colour
                   ELSE COALESCE((SELECT c.to_colour FROM participant_colour_change c
                          WHERE c.participant_id = participant.id AND c.changed_at < ($3::date + 1)
                          ORDER BY c.changed_at DESC LIMIT 1),
                        CASE WHEN NOT EXISTS (SELECT 1 FROM participant_colour_change c WHERE c.participant_id = participant.id) THEN colour END) END AS colour,
              CASE WHEN $2::int - birth_year < 30 THEN 'UNDER_30' WHEN $2::int - birth_year < 50 THEN 'FROM_30_TO_49' ELSE 'FROM_50' END AS age_group
         FROM participant WHERE project_id = $1 AND ($3::date IS NULL OR enrolment_date <= $3::date))
     SELECT 'MUNICIPALITY' AS dimension, municipality AS key, count(*)::int AS n FROM p GROUP BY 2
     UNION ALL SELECT 'GENDER', gender, count(*)::int FROM p GROUP BY 2
     UNION ALL SELECT 'AGE_GROUP', age_group, count(*)::int FROM p GROUP BY 2
     UNION ALL SELECT 'ORIGIN', COALESCE(origin, 'UOPLYST'), count(*)::int FROM p GROUP BY 2
     UNION ALL SELECT 'LONG_TERM_BENEFIT', CASE WHEN months_on_benefit > 12 THEN 'JA' ELSE 'NEJ' END, count(*)::int FROM p GROUP BY 2
     UNION ALL SELECT 'COLOUR', COALESCE(colour, 'UOPLYST'), count(*)::int FROM p GROUP BY 2`,
    [projectId, refYear, asOf],
  );
}

/** The project's participants that have a CPR number, by its HMAC (a file's numbers are matched against them). */
export async function cprHmacsOfProject(manager: EntityManager, projectId: string): Promise<Array<{ id: string; cprHmac: Buffer }>> {
  const existing: Array<{ id: string; cpr_hmac: Buffer }> = await manager.query(
    `SELECT id, cpr_hmac FROM participant WHERE project_id = $1 AND cpr_hmac IS NOT NULL`,
    [projectId],
  );
  return existing.map((e) => ({ id: e.id, cprHmac: e.cpr_hmac }));
}

/** The highest number a participant code of the project ends in ("PRJ-0042" → 42), or 0. */
export async function lastParticipantNumber(tx: EntityManager, projectId: string): Promise<number> {
  const last: Array<{ n: number | null }> = await tx.query(
    `SELECT max(NULLIF(regexp_replace(code, '^.*-', ''), '')::int) AS n FROM participant WHERE project_id = $1 AND code ~ '-[0-9]+$'`,
    [projectId],
  );
  return last[0]?.n ?? 0;
}

/** A new participant of an import, name and CPR number already encrypted by the caller. */
export type NewParticipantRow = Pick<
  Participant,
  | "projectId"
  | "code"
  | "municipality"
  | "gender"
  | "birthYear"
  | "origin"
  | "monthsOnBenefit"
  | "matchGroup"
  | "enrolmentDate"
  | "colour"
  | "caseworkerId"
  | "profiles"
  | "motivation"
  | "caseFocus"
  | "nameEncrypted"
  | "cprEncrypted"
  | "cprHmac"
>;

/** Inserts the participants (one save of up to 500, as the import chunks them); their ids in order. */
export async function insertParticipants(tx: EntityManager, participants: NewParticipantRow[]): Promise<string[]> {
  const saved = await tx.save(
    Participant,
    participants.map((p) => tx.create(Participant, p)),
  );
  return saved.map((s) => s.id);
}
