import { CprError, parseCpr, type Permission } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { logAccess } from "../../common/access-log.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound, requireUuid } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { isCaseworkerInProject } from "../projects/project-members.repository.js";
import {
  colourChanges,
  insertColourChange,
  participantByCprHmac,
  participantById,
  participantPage,
  participantProjectId,
  storedParticipant,
  updateParticipant,
} from "./participant.repository.js";
import { inScope, participantScope } from "./participant.scope.js";
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

/** Loads one participant the user may see, or NOT_FOUND/FORBIDDEN; no logging here. */
async function loadInScope(ctx: Context, manager: EntityManager, participantId: string): Promise<ParticipantType> {
  requireUuid(participantId, "Deltageren");
  const participant = await participantById(manager, participantId);
  if (!participant) throw notFound("Deltageren");
  const scope = participantScope(ctx, participant.projectId);
  if (!inScope(scope, { projectId: participant.projectId, caseworkerId: participant.caseworker?.id ?? null })) throw notFound("Deltageren");
  return participant;
}

export async function listParticipants(ctx: Context, args: ParticipantListArgs): Promise<ParticipantListType> {
  const scope = participantScope(ctx, args.projectId);
  const take = Math.min(args.take, 200);
  const filtered = [args.colour && `farve ${args.colour}`, args.municipality && `kommune`, args.code && `deltagerkode`].filter(Boolean);
  // The total comes from the ids of every matching citizen: a filter singles citizens out (totalCount of
  // code + colour tells a citizen's colour), so a search logs every citizen it matched, not only the page shown,
  // and each of them finds it in their extract. An unfiltered list logs the citizens shown.
  const { items, matchedIds } = await participantPage(
    ctx.manager,
    scope,
    { colour: args.colour, municipality: args.municipality, code: args.code },
    take,
    args.skip,
  );
  // One log row per citizen; a filtered list is a search, with its criterion (never a value that identifies).
  await logAccess(ctx, {
    action: filtered.length > 0 ? "SEARCH" : "LIST",
    projectId: args.projectId,
    participantIds: filtered.length > 0 ? matchedIds : items.map((r) => r.id),
    purpose: args.purpose,
    criterion: filtered.length > 0 ? `Filter: ${filtered.join(", ")}` : null,
  });
  return { items, totalCount: matchedIds.length };
}

export async function getParticipant(ctx: Context, participantId: string, purpose: string): Promise<ParticipantType> {
  const participant = await loadInScope(ctx, ctx.manager, participantId);
  await logAccess(ctx, { action: "READ", projectId: participant.projectId, participantIds: [participant.id], purpose });
  return participant;
}

export async function colourHistory(ctx: Context, participant: ParticipantType): Promise<ColourChangeType[]> {
  return colourChanges(ctx.manager, participant.id);
}

export async function revealIdentity(ctx: Context, input: RevealIdentityInput, cipher: { decrypt(b: Buffer): string }): Promise<ParticipantIdentityType> {
  return ctx.manager.transaction(async (tx) => {
    const participant = await loadInScope(ctx, tx, input.participantId);
    // Reading, logged: a closed project's citizens can still be looked up (no requireAccess).
    requireReadAccess(ctx, "participant.reveal", participant.projectId);
    const stored = await storedParticipant(tx, participant.id);
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
  const found = await participantByCprHmac(ctx.manager, cipher.cprHmac(normalized), scope);
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
    const projectId = await participantProjectId(tx, participantId);
    if (!projectId) throw notFound("Deltageren");
    await requireAccess(ctx, permission, projectId, tx);
    const current = await loadInScope(ctx, tx, participantId);
    const set = await apply(tx, current);
    if (!(await updateParticipant(tx, participantId, expectedVersion, set))) {
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
      await insertColourChange(tx, {
        projectId: current.projectId,
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
      if (!(await isCaseworkerInProject(tx, current.projectId, input.caseworkerId)))
        throw new DomainError("BAD_USER_INPUT", "Brugeren er ikke sagsbehandler i projektet.");
    }
    return { caseworkerId: input.caseworkerId ?? null };
  });
}
