// The municipalities: the list, the rules an administrator sets per municipality, and checks of kommunekoder.
import { requireGlobalAccess } from "../../common/access.js";
import { DomainError, notFound } from "../../common/errors.js";
import { requireAdministeredMunicipality } from "../../common/municipality-scope.js";
import type { Context } from "../../context.js";
import { knownMunicipalityCodes, municipalities, setLeadersMayCreateProjects } from "./municipality.repository.js";
import type { MunicipalityType, SetMunicipalityRulesInput } from "./users.types.js";

export async function listMunicipalities(ctx: Context): Promise<MunicipalityType[]> {
  // Danish alphabetical order (Æ, Ø, Å last) without depending on the database's collation.
  return (await municipalities(ctx.manager)).sort((a, b) => a.name.localeCompare(b.name, "da"));
}

export async function setMunicipalityRules(ctx: Context, input: SetMunicipalityRulesInput): Promise<MunicipalityType> {
  requireGlobalAccess(ctx, "user.manage");
  requireAdministeredMunicipality(ctx, input.code);
  const municipality = await setLeadersMayCreateProjects(ctx.manager, input.code, input.leadersMayCreateProjects);
  if (!municipality) throw notFound("Kommunen");
  return municipality;
}

/** Unknown kommunekoder, for a clear BAD_USER_INPUT before any foreign key answers. */
export async function unknownMunicipalities(ctx: Context, codes: readonly string[]): Promise<string[]> {
  const known = await knownMunicipalityCodes(ctx.manager, codes);
  return codes.filter((c) => !known.has(c));
}

/** A BAD_USER_INPUT for a kommunekode that does not exist (null is no municipality, which is allowed). */
export async function requireKnownMunicipality(ctx: Context, code: string | null): Promise<void> {
  if (code !== null && (await unknownMunicipalities(ctx, [code])).length > 0) {
    throw new DomainError("BAD_USER_INPUT", `Kommunekoden ${code} findes ikke. Vælg en kommune på listen.`);
  }
}
