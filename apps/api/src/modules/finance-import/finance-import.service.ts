import {
  applyFinanceMapping,
  checkMapping,
  decodeCsvBytes,
  formatKr,
  guessMapping,
  presetForSource,
  sumOre,
  withDecimalFromValues,
  type FinanceMapping,
  type FinanceRow,
  type Ore,
} from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireUser } from "../../common/auth.js";
import { DomainError } from "../../common/errors.js";
import { IMPORT_LIMITS } from "../../common/import-limits.js";
import type { Context } from "../../context.js";
import { readGridInWorker } from "../imports/import-runner.js";
import { normaliseName } from "../imports/read-postings.js";
import { authorizePostingImport } from "../spend/posting-import.service.js";
import { bad } from "../spend/spend.service.js";
import { insertImportedPostings, insertPostingImport, lineNamesOfBudget, postingsWithKeys, setImportCounts } from "../spend/spend.repository.js";
import { mappingOf, rulesOf } from "./finance-import.repository.js";
import { savedType, storeMapping, toMapping } from "./finance-settings.service.js";
import type {
  FinanceImportPreviewInput,
  FinanceImportPreviewType,
  FinanceImportResultType,
  FinancePreviewRowType,
  ImportFinancePostingsInput,
} from "./finance-preview.types.js";

/** An export from the finance system: IMPORT_LIMITS with 5 MB, as the original postings import. */
const EXPORT_LIMITS = { ...IMPORT_LIMITS, maxBytes: 5 * 1024 * 1024 };
const SHOWN_ROWS = 1000;

interface Analysis {
  preview: FinanceImportPreviewType;
  toInsert: Array<{ budgetLineId: string; postingDate: string; amount: Ore; text: string; voucher: string; quantity: null }>;
}

/** The file as a grid, read in the import worker outside any transaction (.xlsx by its name, otherwise CSV). */
async function readExport(ctx: Context, input: FinanceImportPreviewInput): Promise<{ grid: string[][]; encoding: string }> {
  await authorizePostingImport(ctx, ctx.manager, input.budgetId);
  if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) throw bad("Filen er ikke korrekt base64-kodet.");
  const bytes = Buffer.from(input.contentBase64, "base64");
  const xlsx = /\.xlsx$/i.test(input.fileName);
  const grid = await readGridInWorker(input.fileName, bytes, EXPORT_LIMITS);
  // The worker has read the file, so decoding it again (for the import's record) cannot fail.
  const encoding = xlsx ? "xlsx" : decodeCsvBytes(bytes).encoding;
  if ((grid[0] ?? []).every((h) => h.trim() === ""))
    throw bad("Første række skal være overskriftsrækken, der navngiver kolonnerne. Slet de tomme rækker øverst i filen.");
  return { grid, encoding };
}

/** Every row's fate against what is already booked: new, already there, an error, or an account no rule maps. */
async function analyse(ctx: Context, manager: EntityManager, input: FinanceImportPreviewInput, grid: string[][]): Promise<Analysis & { projectId: string }> {
  const budget = await authorizePostingImport(ctx, manager, input.budgetId);
  const source = input.source.trim().replace(/\s+/g, " ");
  const header = grid[0] ?? [];
  const saved = await mappingOf(manager, budget.projectId, source);
  const preset = presetForSource(source);
  let mapping: FinanceMapping;
  let mappingOrigin: string;
  if (input.mapping) [mapping, mappingOrigin] = [toMapping(input.mapping), "given"];
  else if (saved) [mapping, mappingOrigin] = [withDecimalFromValues(saved.mapping, header, grid.slice(1, 51)), "saved"];
  else if (preset) [mapping, mappingOrigin] = [withDecimalFromValues(preset.mapping, header, grid.slice(1, 51)), "preset"];
  else [mapping, mappingOrigin] = [guessMapping(header, grid.slice(1, 51)), "guessed"];

  const mappingProblems = checkMapping(mapping, header);
  const read: FinanceRow[] = [];
  if (mappingProblems.length === 0) {
    const [{ rules }, lines] = await Promise.all([rulesOf(manager, budget.projectId), lineNamesOfBudget(manager, budget.id)]);
    const byName = new Map(lines.map((l) => [normaliseName(l.name), l.id]));
    read.push(...applyFinanceMapping(grid, mapping, { rules, resolveLine: (name) => byName.get(normaliseName(name)) ?? null }));
  }
  const ok = read.filter((r) => r.status === "ok");
  const existing = await postingsWithKeys(
    manager,
    ok.map((r) => ({ lineId: r.lineId!, voucher: r.voucher, date: r.date! })),
  );
  const existingByKey = new Map(existing.map((e) => [`${e.lineId}|${e.voucher}|${e.date}`, e.amount]));
  const rows: FinancePreviewRowType[] = [];
  const toInsert: Analysis["toInsert"] = [];
  const counts = { NEW: 0, ALREADY_THERE: 0, ERROR: 0, UNMATCHED: 0 };
  for (const r of read) {
    let status: keyof typeof counts = r.status === "error" ? "ERROR" : r.status === "unmatched" ? "UNMATCHED" : "NEW";
    let message = r.message;
    if (status === "NEW") {
      const there = existingByKey.get(`${r.lineId}|${r.voucher}|${r.date}`);
      if (there !== undefined && there !== r.amount) {
        status = "ERROR";
        message = `Bilag ${r.voucher} på "${r.lineName}" er allerede bogført med ${formatKr(there, { alwaysDecimals: true })}, ikke ${formatKr(r.amount!, { alwaysDecimals: true })} Ret bilagsnummeret, eller bogfør en modpostering.`;
      } else if (there !== undefined) {
        status = "ALREADY_THERE";
      } else {
        toInsert.push({ budgetLineId: r.lineId!, postingDate: r.date!, amount: r.amount!, text: r.text, voucher: r.voucher, quantity: null });
      }
    }
    counts[status]++;
    if (rows.length < SHOWN_ROWS)
      rows.push({ row: r.row, status, date: r.date, voucher: r.voucher, text: r.text, amount: r.amount, account: r.account, lineName: r.lineName, message });
  }
  return {
    projectId: budget.projectId,
    toInsert,
    preview: {
      source,
      columns: header,
      sampleRows: grid.slice(1, 6),
      mapping,
      mappingOrigin,
      saved: saved ? savedType(saved) : null,
      mappingProblems,
      rowCount: read.length,
      newCount: counts.NEW,
      alreadyThereCount: counts.ALREADY_THERE,
      errorCount: counts.ERROR,
      unmatchedCount: counts.UNMATCHED,
      newTotal: sumOre(toInsert.map((p) => p.amount)),
      rows,
    },
  };
}

/** The file's columns, the mapping and, row by row, what an import would write; writes nothing. */
export async function previewFinanceImport(ctx: Context, input: FinanceImportPreviewInput): Promise<FinanceImportPreviewType> {
  const { grid } = await readExport(ctx, input);
  return (await analyse(ctx, ctx.manager, input, grid)).preview;
}

/**
 * All or nothing, in one transaction: refused while any row is an error or unmatched (the leader adds a rule or fixes
 * the file; rows are never guessed or dropped), and when the preview's count of new rows is no longer true. Writes
 * exactly the preview's new rows and saves the mapping for the source.
 */
export async function importFinancePostings(ctx: Context, input: ImportFinancePostingsInput): Promise<FinanceImportResultType> {
  const user = requireUser(ctx);
  const { grid, encoding } = await readExport(ctx, input); // authorizes first: a refusal says nothing about the input
  if (!input.mapping) throw bad("Bekræft tilknytningen, før filen importeres.");
  return ctx.manager.transaction(async (tx) => {
    const { preview, toInsert, projectId } = await analyse(ctx, tx, input, grid);
    if (preview.mappingProblems.length > 0) throw bad(preview.mappingProblems.join(" "), { problems: preview.mappingProblems });
    if (preview.errorCount > 0 || preview.unmatchedCount > 0) {
      throw bad(
        `Filen har ${preview.errorCount} rækker med fejl og ${preview.unmatchedCount} rækker, hvis konto ingen regel fører til en budgetlinje; intet er importeret. Ret filen, eller tilføj regler, og se filen igen.`,
      );
    }
    if (preview.rowCount === 0) throw bad("Filen har ingen posteringer.");
    if (preview.newCount !== input.expectedNewCount) {
      throw new DomainError(
        "CONFLICT",
        `Posteringerne er ændret siden forhåndsvisningen (nu ${preview.newCount} nye, ikke ${input.expectedNewCount}). Se filen igen.`,
      );
    }
    const mapping = await storeMapping(tx, user.id, projectId, preview.source, preview.mapping, input.mappingVersion);
    const importId = await insertPostingImport(tx, {
      projectId,
      budgetId: input.budgetId,
      fileName: input.fileName,
      encoding,
      rowsRead: preview.rowCount,
      postingsAdded: 0,
      postingsAlreadyThere: preview.alreadyThereCount,
      createdBy: user.id,
    });
    const { added, addedTotal } = await insertImportedPostings(tx, importId, user.id, toInsert);
    if (added !== toInsert.length)
      throw new DomainError("CONFLICT", "Nogle af posteringerne blev bogført af en anden imens; intet er importeret. Se filen igen.");
    await setImportCounts(tx, importId, added, preview.rowCount - added);
    ctx.logger.info({ importId, added, mappingId: mapping.id }, "finance postings imported");
    return { importId, added, alreadyThere: preview.alreadyThereCount, addedTotal, mapping };
  });
}
