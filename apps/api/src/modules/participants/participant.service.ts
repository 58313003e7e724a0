import { Participant, ParticipantColourChange } from "@overblik/db";
import { ageGroup, CprError, isLongTermBenefit, parseCpr, type Permission } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { logAccess } from "../../common/access-log.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound, requireUuid } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { inScope, participantScope, scopeCondition } from "./participant.scope.js";
import type { AgeGroupEnum, CaseFocusEnum, ColourEnum, GenderEnum, MotivationEnum, OriginEnum, ProfileEnum } from "./participant.enums.js";
import type {
  AssignCaseworkerInput,
  ChangeColourInput,
  ClassifyParticipantInput,
  ColourChangeType,
  FindByCprInput,
  ParticipantIdentityType,
  ParticipantListArgs,
  ParticipantListType,
  ParticipantType,
  RevealIdentityInput,
} from "./participant.types.js";

/** The year the target group was drawn ("matchgruppe 3 pr. 1. april 2012"): ages are counted then. */
export function referenceYear(project: { startDate: string } | null): number {
  return project ? Number(project.startDate.slice(0, 4)) : new Date().getFullYear();
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

/** Loads one participant the user may see, or NOT_FOUND/FORBIDDEN; no logging here. */
async function loadInScope(ctx: Context, manager: EntityManager, participantId: string): Promise<ParticipantType> {
  requireUuid(participantId, "Deltageren");
  const rows: Row[] = await manager.query(`${SELECT} WHERE p.id = $1`, [participantId]);
  const row = rows[0];
  if (!row) throw notFound("Deltageren");
  const scope = participantScope(ctx, row.project_id);
  if (!inScope(scope, { projectId: row.project_id, caseworkerId: row.caseworker_id })) throw notFound("Deltageren");
  return toType(row);
}

export async function listParticipants(ctx: Context, args: ParticipantListArgs): Promise<ParticipantListType> {
  const scope = participantScope(ctx, args.projectId);
  const cond = scopeCondition(scope, 1);
  const params: unknown[] = [...cond.params];
  const where = [cond.sql];
  if (args.colour) {
    params.push(args.colour);
    where.push(`p.colour = $${params.length}`);
  }
  if (args.municipality) {
    params.push(args.municipality);
    where.push(`p.municipality = $${params.length}`);
  }
  if (args.code) {
    params.push(`%${args.code.trim().toUpperCase().replace(/[%_\\]/g, "")}%`);
    where.push(`p.code ILIKE $${params.length}`);
  }
  const take = Math.min(args.take, 200);
  const whereSql = where.join(" AND ");
  const filtered = [args.colour && `farve ${args.colour}`, args.municipality && `kommune`, args.code && `deltagerkode`].filter(Boolean);
  // The total comes from the ids of every matching citizen: a filter singles citizens out (totalCount of
  // code + colour tells a citizen's colour), so a search logs every citizen it matched, not only the page shown,
  // and each of them finds it in their extract. An unfiltered list logs the citizens shown.
  const [rows, matched] = await Promise.all([
    ctx.manager.query(`${SELECT} WHERE ${whereSql} ORDER BY p.code LIMIT ${take} OFFSET ${Number(args.skip)}`, params) as Promise<Row[]>,
    ctx.manager.query(`SELECT p.id FROM participant p WHERE ${whereSql}`, params) as Promise<Array<{ id: string }>>,
  ]);
  // One log row per citizen; a filtered list is a search, with its criterion (never a value that identifies).
  await logAccess(ctx, {
    action: filtered.length > 0 ? "SEARCH" : "LIST",
    projectId: args.projectId,
    participantIds: filtered.length > 0 ? matched.map((m) => m.id) : rows.map((r) => r.id),
    purpose: args.purpose,
    criterion: filtered.length > 0 ? `Filter: ${filtered.join(", ")}` : null,
  });
  return { items: rows.map(toType), totalCount: matched.length };
}

export async function getParticipant(ctx: Context, participantId: string, purpose: string): Promise<ParticipantType> {
  const participant = await loadInScope(ctx, ctx.manager, participantId);
  await logAccess(ctx, { action: "READ", projectId: participant.projectId, participantIds: [participant.id], purpose });
  return participant;
}

export async function colourHistory(ctx: Context, participant: ParticipantType): Promise<ColourChangeType[]> {
  const rows: Array<{ from_colour: ColourEnum | null; to_colour: ColourEnum; reason: string; changed_by: string | null; name: string | null; changed_at: Date }> =
    await ctx.manager.query(
      `SELECT c.from_colour, c.to_colour, c.reason, c.changed_by, u.name, c.changed_at
         FROM participant_colour_change c LEFT JOIN app_user u ON u.id = c.changed_by
        WHERE c.participant_id = $1 ORDER BY c.changed_at DESC`,
      [participant.id],
    );
  return rows.map((r) => ({
    from: r.from_colour,
    to: r.to_colour,
    reason: r.reason,
    changedBy: r.changed_by ? { id: r.changed_by, name: r.name ?? "" } : null,
    changedAt: new Date(r.changed_at).toISOString(),
  }));
}

export async function revealIdentity(ctx: Context, input: RevealIdentityInput, cipher: { decrypt(b: Buffer): string }): Promise<ParticipantIdentityType> {
  return ctx.manager.transaction(async (tx) => {
    const participant = await loadInScope(ctx, tx, input.participantId);
    // Reading, logged: a closed project's citizens can still be looked up (no requireAccess).
    requireReadAccess(ctx, "participant.reveal", participant.projectId);
    const stored = await tx.findOneByOrFail(Participant, { id: participant.id });
    await logAccess(ctx, { action: "REVEAL", projectId: participant.projectId, participantIds: [participant.id], purpose: input.purpose }, tx);
    const cpr = stored.cprEncrypted ? cipher.decrypt(stored.cprEncrypted) : null;
    return {
      code: participant.code,
      name: stored.nameEncrypted ? cipher.decrypt(stored.nameEncrypted) : null,
      cpr: cpr ? `${cpr.slice(0, 6)}-${cpr.slice(6)}` : null,
    };
  });
}

export async function findByCpr(ctx: Context, input: FindByCprInput, cipher: { cprHmac(cpr: string): Buffer }): Promise<ParticipantType | null> {
  requireReadAccess(ctx, "participant.reveal", input.projectId);
  const scope = participantScope(ctx, input.projectId);
  let normalized: string;
  try {
    normalized = parseCpr(input.cpr).normalized;
  } catch (error) {
    if (error instanceof CprError) throw new DomainError("BAD_USER_INPUT", error.message);
    throw error;
  }
  const cond = scopeCondition(scope, 2);
  const rows: Row[] = await ctx.manager.query(`${SELECT} WHERE p.cpr_hmac = $1 AND ${cond.sql}`, [cipher.cprHmac(normalized), ...cond.params]);
  const found = rows[0] ? toType(rows[0]) : null;
  await logAccess(ctx, {
    action: "SEARCH",
    projectId: input.projectId,
    participantIds: found ? [found.id] : [],
    purpose: input.purpose,
    criterion: "Søgning på CPR-nummer (præcis)",
  });
  return found;
}

/** Versioned update of one participant in a transaction, logged as CHANGE. */
async function changeParticipant(
  ctx: Context,
  participantId: string,
  expectedVersion: number,
  purpose: string,
  permission: Permission,
  apply: (tx: EntityManager, current: ParticipantType) => Promise<Record<string, unknown>>,
): Promise<ParticipantType> {
  await ctx.manager.transaction(async (tx) => {
    // The change's permission first (FORBIDDEN for a role that may never make it), then the scope (NOT_FOUND).
    requireUuid(participantId, "Deltageren");
    const owner: Array<{ project_id: string }> = await tx.query(`SELECT project_id FROM participant WHERE id = $1`, [participantId]);
    if (!owner[0]) throw notFound("Deltageren");
    await requireAccess(ctx, permission, owner[0].project_id, tx);
    const current = await loadInScope(ctx, tx, participantId);
    const set = await apply(tx, current);
    const result = await tx
      .createQueryBuilder()
      .update(Participant)
      .set({ ...set, version: () => "version + 1" })
      .where("id = :id AND version = :version", { id: participantId, version: expectedVersion })
      .execute();
    if (result.affected !== 1) {
      throw new DomainError("CONFLICT", "Deltageren er ændret, siden du hentede oplysningerne. Se de aktuelle, og prøv igen.", {
        current: { colour: current.colour, version: current.version, profiles: current.profiles },
      });
    }
    await logAccess(ctx, { action: "CHANGE", projectId: current.projectId, participantIds: [participantId], purpose }, tx);
  });
  return loadInScope(ctx, ctx.manager, participantId);
}

export function changeColour(ctx: Context, input: ChangeColourInput): Promise<ParticipantType> {
  const user = requireUser(ctx);
  return changeParticipant(
    ctx,
    input.participantId,
    input.expectedVersion,
    "Farveskift",
    "participant.assign", // the tovholder screens; a caseworker does not move citizens between groups
    async (tx, current) => {
      if (current.colour === input.colour) throw new DomainError("BAD_USER_INPUT", "Deltageren har allerede den farve.");
      await tx.insert(ParticipantColourChange, {
        participantId: current.id,
        fromColour: current.colour,
        toColour: input.colour,
        reason: input.reason.trim(),
        changedBy: user.id,
      });
      return { colour: input.colour };
    },
  );
}

export function classifyParticipant(ctx: Context, input: ClassifyParticipantInput): Promise<ParticipantType> {
  return changeParticipant(ctx, input.participantId, input.expectedVersion, "Profil og fokus", "participant.edit", async () => ({
    profiles: [...new Set(input.profiles)],
    motivation: input.motivation ?? null,
    caseFocus: input.caseFocus ?? null,
  }));
}

export function assignCaseworker(ctx: Context, input: AssignCaseworkerInput): Promise<ParticipantType> {
  return changeParticipant(ctx, input.participantId, input.expectedVersion, "Tildeling af sagsbehandler", "participant.assign", async (tx, current) => {
    if (input.caseworkerId) {
      const ok: Array<{ n: number }> = await tx.query(
        `SELECT count(*)::int AS n FROM project_membership WHERE project_id = $1 AND user_id = $2 AND role = 'CASEWORKER'`,
        [current.projectId, input.caseworkerId],
      );
      if (!ok[0]?.n) throw new DomainError("BAD_USER_INPUT", "Brugeren er ikke sagsbehandler i projektet.");
    }
    return { caseworkerId: input.caseworkerId ?? null };
  });
}
