// The municipalities: the list, the rules an administrator sets per municipality, and checks of kommunekoder.
import { requireGlobalAccess } from "../../common/access.js";
import { DomainError, notFound } from "../../common/errors.js";
import { requireAdministeredMunicipality } from "../../common/municipality-scope.js";
import { rowsOf } from "../../common/sql.js";
import type { Context } from "../../context.js";
import type { MunicipalityType, SetMunicipalityRulesInput } from "./users.types.js";

interface MunicipalityRow {
  code: string;
  name: string;
  leaders_may_create_projects: boolean;
}

const toMunicipality = (r: MunicipalityRow): MunicipalityType => ({ code: r.code, name: r.name, leadersMayCreateProjects: r.leaders_may_create_projects });

export async function listMunicipalities(ctx: Context): Promise<MunicipalityType[]> {
  const rows: MunicipalityRow[] = await ctx.manager.query(`SELECT code, name, leaders_may_create_projects FROM municipality ORDER BY code`);
  // Danish alphabetical order (Æ, Ø, Å last) without depending on the database's collation.
  return rows.map(toMunicipality).sort((a, b) => a.name.localeCompare(b.name, "da"));
}

export async function setMunicipalityRules(ctx: Context, input: SetMunicipalityRulesInput): Promise<MunicipalityType> {
  requireGlobalAccess(ctx, "user.manage");
  requireAdministeredMunicipality(ctx, input.code);
  const rows = await rowsOf<MunicipalityRow>(
    ctx.manager,
    `UPDATE municipality SET leaders_may_create_projects = $2 WHERE code = $1 RETURNING code, name, leaders_may_create_projects`,
    [input.code, input.leadersMayCreateProjects],
  );
  if (!rows[0]) throw notFound("Kommunen");
  return toMunicipality(rows[0]);
}

/** Unknown kommunekoder, for a clear BAD_USER_INPUT before any foreign key answers. */
export async function unknownMunicipalities(ctx: Context, codes: readonly string[]): Promise<string[]> {
  const rows: Array<{ code: string }> = await ctx.manager.query(`SELECT code FROM municipality WHERE code = ANY($1::text[])`, [[...codes]]);
  const known = new Set(rows.map((r) => r.code));
  return codes.filter((c) => !known.has(c));
}

/** A BAD_USER_INPUT for a kommunekode that does not exist (null is no municipality, which is allowed). */
export async function requireKnownMunicipality(ctx: Context, code: string | null): Promise<void> {
  if (code !== null && (await unknownMunicipalities(ctx, [code])).length > 0) {
    throw new DomainError("BAD_USER_INPUT", `Kommunekoden ${code} findes ikke. Vælg en kommune på listen.`);
  }
}
