import { Budget } from "@overblik/db";
import {
  applyDriver,
  BudgetDraftError,
  MAX_ORE,
  parseAccountNumber,
  parseBudgetSheet,
  type BudgetSheet,
  type BudgetSide,
  type Hundredths,
  type Ore,
  type SheetLine,
} from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { BudgetSideEnum } from "../../common/enums.js";
import { DomainError, notFound } from "../../common/errors.js";
import { rowsOf } from "../../common/sql.js";
import type { Context } from "../../context.js";
import type { Progress } from "../imports/read-grid.js";
import { readSheetGridInWorker } from "./budget-sheet.js";
import { budgetYearRange, toBudgetType } from "./budget.service.js";
import type { BudgetType } from "./budget.types.js";
import {
  SheetRowStatusEnum,
  SheetUnitEnum,
  type BudgetDraftLineInput,
  type BudgetImportPreviewType,
  type CopyBudgetInput,
  type CreateBudgetInput,
  type ImportBudgetInput,
  type PreviewBudgetImportInput,
  type RejectBudgetInput,
  type SaveBudgetDraftInput,
  type SubmitBudgetInput,
} from "./budget-draft.types.js";

const badInput = (message: string, details?: Record<string, unknown>) => new DomainError("BAD_USER_INPUT", message, details);
const stale = () => new DomainError("CONFLICT", "Budgettet er ændret, siden du hentede det. Hent det igen.");

/** numeric(14, 2) for the driver's quantity. */
const MAX_QUANTITY: Hundredths = 10n ** 14n - 1n;

/** A draft line as it is stored: validated, the driver's rule applied, amounts for every budget year. */
interface DraftLine extends Omit<SheetLine, "row"> {
  id: string | null;
  driver: { unit: string; quantity: Hundredths; rate: Ore | null } | null;
}

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

async function projectYears(ctx: Context, projectId: string): Promise<{ first: number; last: number; name: string }> {
  const project = await ctx.loaders.projectById.load(projectId);
  if (!project) throw notFound("Projektet");
  return { first: yearOf(project.startDate), last: yearOf(project.endDate), name: project.name };
}

/** The budget, read inside the caller's transaction. */
async function loadBudget(manager: EntityManager, budgetId: string): Promise<Budget> {
  const budget = await manager.findOne(Budget, { where: { id: budgetId } });
  if (!budget) throw notFound("Budgettet");
  return budget;
}

function requireDraft(budget: Budget): void {
  if (budget.status !== "DRAFT") {
    throw new DomainError("CONFLICT", "Budgettet er sendt til godkendelse/godkendt og kan ikke rettes som udkast.", { status: budget.status });
  }
}

/** Takes the budget's version (one writer at a time): 0 rows means someone else changed it, or it left DRAFT. */
async function bumpVersion(tx: EntityManager, budgetId: string, expectedVersion: number, status: Budget["status"]): Promise<void> {
  const rows = await rowsOf<{ id: string }>(
    tx,
    `UPDATE budget SET version = version + 1 WHERE id = $1 AND version = $2 AND status = $3 RETURNING id`,
    [budgetId, expectedVersion, status],
  );
  if (rows.length !== 1) throw stale();
}

/** A new budget (created or copied) is a draft nobody has sent, reviewed or approved yet. */
const NEW_DRAFT = {
  status: "DRAFT",
  submittedAt: null,
  submittedBy: null,
  reviewComment: null,
  reviewedAt: null,
  reviewedBy: null,
  approvedAt: null,
  approvedBy: null,
} as const;

export async function createBudget(ctx: Context, input: CreateBudgetInput): Promise<BudgetType> {
  await requireAccess(ctx, "budget.draft", input.projectId);
  const period = await projectYears(ctx, input.projectId);
  const name = input.name.trim();
  if (name === "") throw badInput("Skriv budgettets navn.");
  if (input.endYear < input.startYear) throw badInput("Sidste budgetår kan ikke ligge før første budgetår.");
  if (input.startYear < period.first || input.endYear > period.last) {
    throw badInput(
      `Budgetårene skal ligge inden for projektets periode ${period.first}–${period.last}. Vælg år i den periode, eller ret projektets periode først.`,
    );
  }
  const budget = await ctx.manager.save(
    ctx.manager.create(Budget, {
      projectId: input.projectId,
      name,
      startYear: input.startYear,
      endYear: input.endYear,
      priceLevelYear: input.priceLevelYear ?? null,
      note: input.note?.trim() ?? "",
      ...NEW_DRAFT,
    }),
  );
  ctx.logger.info({ budgetId: budget.id, projectId: budget.projectId }, "budget created");
  return toBudgetType(budget);
}

/**
 * Validates the grid's lines against the budget's years and applies each driver's rule. Every problem is
 * named by the line's number and name ("Linje 3 (Lægekonsulent): …"), all of them at once.
 */
export function validateDraftLines(lines: readonly BudgetDraftLineInput[], years: readonly number[]): DraftLine[] {
  const errors: string[] = [];
  const result: DraftLine[] = [];
  const seenIds = new Set<string>();
  lines.forEach((line, index) => {
    const name = line.name.trim();
    const label = `Linje ${index + 1}${name ? ` (${name})` : ""}`;
    const fail = (message: string) => errors.push(`${label}: ${message}`);
    const before = errors.length;
    if (name === "") fail("Skriv linjens tekst.");
    if (line.id) {
      if (seenIds.has(line.id)) fail("Linjen står to gange.");
      seenIds.add(line.id);
    }
    const byYear = new Map<number, Ore>();
    for (const a of line.amounts) {
      if (byYear.has(a.year)) fail(`Året ${a.year} står to gange.`);
      else if (!years.includes(a.year)) fail(`Året ${a.year} er ikke et af budgettets år (${years[0]}–${years[years.length - 1]}).`);
      byYear.set(a.year, a.amount);
    }
    const missing = years.filter((y) => !byYear.has(y));
    if (missing.length > 0) fail(`Angiv et beløb (evt. 0) for ${missing.join(", ")}.`);
    let accountNumber: string | null = null;
    try {
      accountNumber = parseAccountNumber(line.accountNumber ?? "");
    } catch (error) {
      if (!(error instanceof BudgetDraftError)) throw error;
      fail(error.message);
    }
    let amounts = years.map((y) => byYear.get(y) ?? 0n);
    let driver: DraftLine["driver"] = null;
    if (line.driver) {
      const unit = line.driver.unit.trim();
      if (unit === "") fail("Skriv driverens enhed, fx timer.");
      if (line.driver.quantity > MAX_QUANTITY) fail("Driverens antal er for stort (højst 999.999.999.999,99).");
      if (line.driver.rate !== null && line.driver.rate !== undefined && line.driver.rate < 0n) fail("Satsen pr. enhed kan ikke være negativ.");
      if (errors.length === before) {
        try {
          const applied = applyDriver(amounts, { quantity: line.driver.quantity, rate: line.driver.rate ?? null, fixed: line.driver.fixed });
          amounts = applied.amounts;
          driver = { unit, quantity: line.driver.quantity, rate: applied.rate };
        } catch (error) {
          if (!(error instanceof BudgetDraftError)) throw error;
          fail(error.message);
        }
      }
    }
    if (amounts.some((a) => a > MAX_ORE || a < -MAX_ORE)) fail("Beløbet er for stort (højst 90.071.992.547.409,92 kr.). Tjek antal og sats.");
    if (errors.length > before) return;
    result.push({
      id: line.id ?? null,
      side: line.side,
      name,
      category: line.category?.trim() || null,
      accountNumber,
      note: line.note?.trim() || null,
      amounts: years.map((year, i) => ({ year, amount: amounts[i] ?? 0n })),
      driver,
    });
  });
  if (errors.length > 0) throw badInput(errors.join(" "), { errors });
  return result;
}

/**
 * Makes the draft's line set exactly `lines`: lines with an id are updated, the others created, the draft's
 * remaining lines deleted. Sort order is the position in the list (one sequence over both sides, as the demo's
 * budgets number their lines), so each side's order is the list's. Runs inside the caller's transaction.
 */
async function replaceDraftLines(tx: EntityManager, budgetId: string, lines: readonly DraftLine[]): Promise<void> {
  const existing = new Set((await rowsOf<{ id: string }>(tx, `SELECT id FROM budget_line WHERE budget_id = $1`, [budgetId])).map((r) => r.id));
  const unknown = lines.findIndex((l) => l.id !== null && !existing.has(l.id));
  if (unknown >= 0) {
    throw new DomainError("CONFLICT", `Linje ${unknown + 1} (${lines[unknown]?.name}) findes ikke længere i udkastet. Hent budgettet igen.`);
  }
  const kept = lines.flatMap((l) => (l.id ? [l.id] : []));
  // Postings and recorded activity cascade with their line: a line that has them is never deleted from a draft.
  const used = await rowsOf<{ name: string }>(
    tx,
    `SELECT l.name FROM budget_line l
      WHERE l.budget_id = $1 AND NOT (l.id = ANY($2::uuid[]))
        AND (EXISTS (SELECT 1 FROM budget_posting p WHERE p.budget_line_id = l.id)
             OR EXISTS (SELECT 1 FROM activity_entry a WHERE a.budget_line_id = l.id))
      ORDER BY l.sort_order`,
    [budgetId, kept],
  );
  if (used.length > 0) {
    throw badInput(
      `Linjen "${used[0]?.name}" har posteringer eller registreret aktivitet og kan ikke slettes. Behold linjen, eller flyt posteringerne først.`,
    );
  }
  await tx.query(`DELETE FROM budget_line WHERE budget_id = $1 AND NOT (id = ANY($2::uuid[]))`, [budgetId, kept]);
  const ids: string[] = [];
  for (const [index, line] of lines.entries()) {
    const values = [
      line.side,
      line.name,
      line.category,
      line.note,
      line.accountNumber,
      index,
      line.driver?.unit ?? null,
      line.driver ? formatHundredths(line.driver.quantity) : null,
      line.driver?.rate?.toString() ?? null,
    ];
    if (line.id) {
      await tx.query(
        `UPDATE budget_line SET side = $2, name = $3, category = $4, note = $5, account_number = $6, sort_order = $7,
                driver_unit = $8, driver_quantity = $9::numeric, driver_unit_rate_ore = $10::bigint, version = version + 1
          WHERE id = $1`,
        [line.id, ...values],
      );
      ids.push(line.id);
    } else {
      const [row] = await rowsOf<{ id: string }>(
        tx,
        `INSERT INTO budget_line (budget_id, side, name, category, note, account_number, sort_order, driver_unit, driver_quantity, driver_unit_rate_ore)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::numeric, $10::bigint) RETURNING id`,
        [budgetId, ...values],
      );
      if (!row) throw new Error("budget_line insert returned no row");
      ids.push(row.id);
    }
  }
  await tx.query(`DELETE FROM budget_line_amount WHERE budget_line_id = ANY($1::uuid[])`, [ids]);
  const amounts = lines.flatMap((l, i) => l.amounts.map((a) => ({ id: ids[i], year: a.year, ore: a.amount.toString() })));
  await tx.query(
    `INSERT INTO budget_line_amount (budget_line_id, year, amount_ore)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::bigint[])`,
    [amounts.map((a) => a.id), amounts.map((a) => a.year), amounts.map((a) => a.ore)],
  );
}

/** Hundredths as numeric text ("50.00"). */
function formatHundredths(q: Hundredths): string {
  return `${q / 100n}.${(q % 100n).toString().padStart(2, "0")}`;
}

async function reload(ctx: Context, budgetId: string): Promise<BudgetType> {
  return toBudgetType(await ctx.manager.findOneByOrFail(Budget, { id: budgetId }));
}

export async function saveBudgetDraft(ctx: Context, input: SaveBudgetDraftInput): Promise<BudgetType> {
  await ctx.manager.transaction(async (tx) => {
    const budget = await loadBudget(tx, input.budgetId);
    await requireAccess(ctx, "budget.draft", budget.projectId, tx);
    requireDraft(budget);
    const lines = validateDraftLines(input.lines, budgetYearRange(budget));
    await bumpVersion(tx, budget.id, input.expectedVersion, "DRAFT");
    await replaceDraftLines(tx, budget.id, lines);
    ctx.logger.info({ budgetId: budget.id, lines: lines.length }, "budget draft saved");
  });
  return reload(ctx, input.budgetId);
}

export async function submitBudget(ctx: Context, input: SubmitBudgetInput): Promise<BudgetType> {
  const user = requireUser(ctx);
  await ctx.manager.transaction(async (tx) => {
    const budget = await loadBudget(tx, input.budgetId);
    await requireAccess(ctx, "budget.submit", budget.projectId, tx);
    if (budget.status !== "DRAFT") {
      throw new DomainError("CONFLICT", budget.status === "SUBMITTED" ? "Budgettet er allerede sendt til godkendelse." : "Budgettet er allerede godkendt.");
    }
    const [count] = await rowsOf<{ n: number }>(tx, `SELECT count(*)::int AS n FROM budget_line WHERE budget_id = $1`, [budget.id]);
    if (!count || count.n === 0) throw badInput("Budgettet har ingen linjer. Skriv eller importér linjerne, før du sender det til godkendelse.");
    // Balance is shown (Budget.totals.balanced), never forced: a budget that does not balance can be submitted.
    const rows = await rowsOf<{ id: string }>(
      tx,
      `UPDATE budget SET status = 'SUBMITTED', submitted_at = now(), submitted_by = $3, review_comment = NULL, version = version + 1
        WHERE id = $1 AND version = $2 AND status = 'DRAFT' RETURNING id`,
      [budget.id, input.expectedVersion, user.id],
    );
    if (rows.length !== 1) throw stale();
  });
  return reload(ctx, input.budgetId);
}

export async function rejectBudget(ctx: Context, input: RejectBudgetInput): Promise<BudgetType> {
  const user = requireUser(ctx);
  const comment = input.comment.trim();
  await ctx.manager.transaction(async (tx) => {
    const budget = await loadBudget(tx, input.budgetId);
    await requireAccess(ctx, "budget.approve", budget.projectId, tx);
    if (comment.length < 3) throw badInput("Skriv en kommentar til lederen (mindst 3 tegn).");
    if (budget.status !== "SUBMITTED") {
      throw new DomainError("CONFLICT", budget.status === "DRAFT" ? "Budgettet er ikke sendt til godkendelse." : "Budgettet er allerede godkendt.");
    }
    const rows = await rowsOf<{ id: string }>(
      tx,
      `UPDATE budget SET status = 'DRAFT', review_comment = $3, reviewed_at = now(), reviewed_by = $4, version = version + 1
        WHERE id = $1 AND version = $2 AND status = 'SUBMITTED' RETURNING id`,
      [budget.id, input.expectedVersion, comment, user.id],
    );
    if (rows.length !== 1) throw stale();
  });
  return reload(ctx, input.budgetId);
}

/** Who may read a sheet into a budget: the preview, the import and the import job ask this. */
export async function authorizeBudgetImport(ctx: Context, manager: EntityManager, budgetId: string): Promise<Budget> {
  const budget = await loadBudget(manager, budgetId);
  await requireAccess(ctx, "budget.draft", budget.projectId, manager);
  return budget;
}

/** The file's grid, read in the import worker (progress 0–80 %) and outside any transaction. */
async function readImportFile(ctx: Context, input: PreviewBudgetImportInput, progress: Progress = () => {}): Promise<string[][]> {
  await authorizeBudgetImport(ctx, ctx.manager, input.budgetId);
  return readSheetGridInWorker(input.fileName, input.contentBase64, (p) => progress(Math.round(p * 0.8)));
}

/** Reads the sheet; writes nothing. */
async function analyseImport(ctx: Context, manager: EntityManager, input: PreviewBudgetImportInput, grid: string[][]): Promise<{ budget: Budget; sheet: BudgetSheet }> {
  const budget = await authorizeBudgetImport(ctx, manager, input.budgetId);
  const sheet = parseBudgetSheet(grid, { unit: input.unit ?? null, budgetYears: budgetYearRange(budget) });
  return { budget, sheet };
}

export async function previewBudgetImport(ctx: Context, input: PreviewBudgetImportInput, progress?: Progress): Promise<BudgetImportPreviewType> {
  const grid = await readImportFile(ctx, input, progress);
  const { sheet } = await analyseImport(ctx, ctx.manager, input, grid);
  const byRow = new Map(sheet.lines.map((l) => [l.row, l]));
  return {
    fileName: input.fileName,
    unit: sheet.unit as SheetUnitEnum,
    years: sheet.years,
    lineCount: sheet.lines.length,
    rows: sheet.rows.map((r) => ({
      row: r.row,
      status: r.status as SheetRowStatusEnum,
      side: r.side as BudgetSideEnum | null,
      text: r.text,
      amounts: byRow.get(r.row)?.amounts ?? [],
      errors: r.errors,
    })),
    errors: sheet.errors,
    totals: { income: sheet.totals.income, expense: sheet.totals.expense, difference: sheet.totals.difference, balanced: sheet.totals.balanced, years: sheet.totals.perYear },
  };
}

export async function importBudget(ctx: Context, input: ImportBudgetInput): Promise<BudgetType> {
  const grid = await readImportFile(ctx, input);
  await ctx.manager.transaction(async (tx) => {
    const { budget, sheet } = await analyseImport(ctx, tx, input, grid);
    requireDraft(budget);
    if (sheet.errors.length > 0) {
      throw badInput(`Regnearket har fejl, og intet er importeret. ${sheet.errors.join(" ")}`, { errors: sheet.errors });
    }
    await bumpVersion(tx, budget.id, input.expectedVersion, "DRAFT");
    await replaceDraftLines(
      tx,
      budget.id,
      sheet.lines.map((l) => ({ id: null, side: l.side, name: l.name, category: l.category, accountNumber: l.accountNumber, note: l.note, amounts: l.amounts, driver: null })),
    );
    ctx.logger.info({ budgetId: budget.id, lines: sheet.lines.length }, "budget imported");
  });
  return reload(ctx, input.budgetId);
}

interface SourceLine {
  side: BudgetSide;
  name: string;
  category: string | null;
  note: string | null;
  account_number: string | null;
  sort_order: number;
  activity_source: string | null;
  driver_unit: string | null;
  driver_quantity: string | null;
  driver_unit_rate_ore: string | null;
  amounts: Array<{ year: number; ore: string }> | null;
}

/**
 * A budget from another project as a template: a new DRAFT with the source's lines, drivers, categories, account
 * numbers and corrected amounts; no postings, activity or history. The copy keeps the source's number of years and
 * starts in the target project's first year (2012–2015 copied into a project from 2026 becomes 2026–2029), so a
 * year's amounts stay in the same position of the project; it must fit in the target project's period.
 */
export async function copyBudget(ctx: Context, input: CopyBudgetInput): Promise<BudgetType> {
  await requireAccess(ctx, "budget.draft", input.projectId);
  const source = await ctx.loaders.budgetById.load(input.sourceBudgetId);
  if (!source) throw notFound("Budgettet");
  // Any read access to the source's project; without one it does not exist for this user.
  requireReadAccess(ctx, "project.read", source.projectId);
  const period = await projectYears(ctx, input.projectId);
  const shift = period.first - source.startYear;
  const startYear = source.startYear + shift;
  const endYear = source.endYear + shift;
  if (endYear > period.last) {
    throw badInput(
      `"${source.name}" dækker ${source.endYear - source.startYear + 1} år, men projektet kun ${period.first}–${period.last}. Kopiér et budget med færre år, eller forlæng projektets periode først.`,
    );
  }
  const id = await ctx.manager.transaction(async (tx) => {
    const copy = await tx.save(
      tx.create(Budget, {
        projectId: input.projectId,
        name: input.name?.trim() || source.name,
        startYear,
        endYear,
        priceLevelYear: source.priceLevelYear,
        note: source.note,
        ...NEW_DRAFT,
      }),
    );
    const lines = await rowsOf<SourceLine>(
      tx,
      `SELECT l.side, l.name, l.category, l.note, l.account_number, l.sort_order, l.activity_source, l.driver_unit,
              l.driver_quantity::text AS driver_quantity, l.driver_unit_rate_ore,
              (SELECT json_agg(json_build_object('year', a.year, 'ore', a.amount_ore::text)) FROM budget_line_amount a WHERE a.budget_line_id = l.id) AS amounts
         FROM budget_line l WHERE l.budget_id = $1 ORDER BY l.side, l.sort_order, l.name`,
      [source.id],
    );
    for (const l of lines) {
      const [row] = await rowsOf<{ id: string }>(
        tx,
        `INSERT INTO budget_line (budget_id, side, name, category, note, account_number, sort_order, activity_source, driver_unit, driver_quantity, driver_unit_rate_ore)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::numeric, $11::bigint) RETURNING id`,
        [copy.id, l.side, l.name, l.category, l.note, l.account_number, l.sort_order, l.activity_source, l.driver_unit, l.driver_quantity, l.driver_unit_rate_ore],
      );
      const amounts = (l.amounts ?? []).filter((a) => a.year + shift >= startYear && a.year + shift <= endYear);
      await tx.query(
        `INSERT INTO budget_line_amount (budget_line_id, year, amount_ore) SELECT $1, * FROM unnest($2::int[], $3::bigint[])`,
        [row?.id, amounts.map((a) => a.year + shift), amounts.map((a) => a.ore)],
      );
    }
    ctx.logger.info({ budgetId: copy.id, sourceBudgetId: source.id, lines: lines.length }, "budget copied");
    return copy.id;
  });
  return reload(ctx, id);
}

/** The name of who sent the budget back, for "Sendt tilbage af …". */
export async function reviewerOf(ctx: Context, budget: BudgetType): Promise<{ id: string; name: string } | null> {
  if (!budget.reviewedById) return null;
  requireReadAccess(ctx, "project.read", budget.projectId);
  return ctx.loaders.userRefById.load(budget.reviewedById);
}
