import { checkAccountRules, checkMapping, FINANCE_PRESETS, type AccountRule, type FinanceMapping, type MappingField } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { bad } from "../spend/spend.service.js";
import {
  deleteMapping,
  insertMapping,
  mappingOf,
  mappingsOfProject,
  rulesOf,
  saveRules,
  updateMapping,
  type SavedMappingRow,
} from "./finance-import.repository.js";
import type {
  DeleteFinanceMappingInput,
  FinanceAccountRuleInput,
  FinanceAccountRulesType,
  FinanceImportSettingsType,
  FinanceMappingInput,
  SaveFinanceAccountRulesInput,
  SaveFinanceMappingInput,
  SavedFinanceMappingType,
} from "./finance-mapping.types.js";

const MAX_RULES = 200;
const FIELDS: readonly MappingField[] = ["date", "voucher", "text", "amount", "debit", "credit", "sign", "account", "line"];

const staleMapping = () => new DomainError("CONFLICT", "Tilknytningen er ændret af en anden, siden du hentede den. Hent den igen, og ret den derefter.");

/** A mapping as the domain reads it: omitted or blank columns are null. */
export function toMapping(input: FinanceMappingInput): FinanceMapping {
  const column = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? null : v);
  const m = Object.fromEntries(FIELDS.map((f) => [f, column(input[f])])) as Record<MappingField, string | null>;
  return { ...m, decimal: input.decimal ?? null };
}

export function savedType(row: SavedMappingRow): SavedFinanceMappingType {
  return { id: row.id, source: row.source, mapping: row.mapping, version: row.version };
}

const cleanSource = (source: string) => source.trim().replace(/\s+/g, " ");

/**
 * Creates or changes the mapping for a project and source in `tx`. `version` is the saved version the leader saw
 * (null: none). A stale version, or a mapping saved by someone else meanwhile, is CONFLICT.
 */
export async function storeMapping(
  tx: EntityManager,
  userId: string,
  projectId: string,
  source: string,
  mapping: FinanceMapping,
  version: number | null,
): Promise<SavedFinanceMappingType> {
  const saved =
    version === null ? await insertMapping(tx, projectId, source, mapping, userId) : await updateMapping(tx, projectId, source, mapping, version, userId);
  if (!saved) throw staleMapping();
  return savedType(saved);
}

/** The project's mappings, rules and the presets; the leader's (spend.write), as they import. */
export async function financeImportSettings(ctx: Context, projectId: string): Promise<FinanceImportSettingsType> {
  await requireAccess(ctx, "spend.write", projectId);
  const [mappings, rules] = await Promise.all([mappingsOfProject(ctx.manager, projectId), rulesOf(ctx.manager, projectId)]);
  return { mappings: mappings.map(savedType), rules, presets: FINANCE_PRESETS.map((p) => ({ ...p, mapping: p.mapping })) };
}

export async function saveFinanceMapping(ctx: Context, input: SaveFinanceMappingInput): Promise<SavedFinanceMappingType> {
  const user = requireUser(ctx);
  await requireAccess(ctx, "spend.write", input.projectId);
  const source = cleanSource(input.source);
  if (source === "") throw bad("Giv kilden et navn, fx Opus.");
  const mapping = toMapping(input.mapping);
  const chosen = FIELDS.map((f) => mapping[f]).filter((c): c is string => c !== null);
  const problems = checkMapping(mapping, chosen);
  if (problems.length > 0) throw bad(problems.join(" "), { problems });
  return ctx.manager.transaction(async (tx) => {
    const saved = await storeMapping(tx, user.id, input.projectId, source, mapping, input.version);
    ctx.logger.info({ projectId: input.projectId, mappingId: saved.id, version: saved.version }, "finance mapping saved");
    return saved;
  });
}

export async function deleteFinanceMapping(ctx: Context, input: DeleteFinanceMappingInput): Promise<SavedFinanceMappingType> {
  await requireAccess(ctx, "spend.write", input.projectId);
  const source = cleanSource(input.source);
  return ctx.manager.transaction(async (tx) => {
    const deleted = await deleteMapping(tx, input.projectId, source, input.version);
    if (!deleted) {
      if (await mappingOf(tx, input.projectId, source)) throw staleMapping();
      // Gone: deleted by someone else since the leader saw it (a stale version, like any other).
      throw new DomainError("CONFLICT", `Der er ikke længere en gemt tilknytning for kilden "${source}". Hent tilknytningerne igen.`);
    }
    ctx.logger.info({ projectId: input.projectId, mappingId: deleted.id }, "finance mapping deleted");
    return savedType(deleted);
  });
}

function toRule(input: FinanceAccountRuleInput): AccountRule {
  const part = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? null : v.trim());
  return {
    funktion: part(input.funktion),
    dranst: part(input.dranst),
    art: part(input.art),
    omkostningssted: part(input.omkostningssted),
    gruppering: part(input.gruppering),
    lineName: input.lineName.trim(),
  };
}

/** All rules at once: ties and unreadable parts are refused with every problem listed. */
export async function saveFinanceAccountRules(ctx: Context, input: SaveFinanceAccountRulesInput): Promise<FinanceAccountRulesType> {
  const user = requireUser(ctx);
  await requireAccess(ctx, "spend.write", input.projectId);
  if (input.rules.length > MAX_RULES) throw bad(`Højst ${MAX_RULES} regler. Slå regler sammen, fx med en kortere funktion.`);
  const rules = input.rules.map(toRule);
  const problems = checkAccountRules(rules);
  if (problems.length > 0) throw bad(problems.join(" "), { problems });
  return ctx.manager.transaction(async (tx) => {
    const version = await saveRules(tx, input.projectId, rules, input.version, user.id);
    if (version === null) throw new DomainError("CONFLICT", "Reglerne er ændret af en anden, siden du hentede dem. Hent dem igen, og ret dem derefter.");
    ctx.logger.info({ projectId: input.projectId, version, count: rules.length }, "finance account rules saved");
    return { rules, version };
  });
}
