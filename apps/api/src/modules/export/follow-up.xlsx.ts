import { formatDateDa, formatMoney, type Ore } from "@overblik/domain";
import ExcelJS from "exceljs";
import { BudgetSideEnum } from "../../common/enums.js";
import type { BudgetFollowUpType, FollowUpLineType, FollowUpTotalsType } from "../budget/follow-up.types.js";

export const RAG_DA: Record<string, string> = { GREEN: "Grøn", AMBER: "Gul", RED: "Rød", NONE: "–" };
const METHOD_DA: Record<string, string> = {
  ACTIVITY: "Aktivitet",
  LINEAR: "Lineær",
  SPENT: "Forbrug",
  BUDGET: "Budget",
};

/**
 * A cell value for an amount. OOXML stores numbers as decimal text; a kroner amount with two decimals
 * and at most 15 significant digits turns into that same text again, so the file shows exactly the
 * screen's figures (the number is parsed from the Money string, never summed as a float). Larger amounts
 * are written as text rather than risk a rounded number.
 */
export function amountCell(ore: Ore | null): number | string | null {
  if (ore === null) return null;
  const text = formatMoney(ore);
  return text.replace(/[-.]/g, "").replace(/^0+/, "").length <= 15 ? Number(text) : text;
}

/** Kroner with Danish grouping and decimals as Excel shows them in a Danish locale: "1.234,50 kr.". */
export const MONEY_FORMAT = '#,##0.00 "kr."';
/** A share stored as a fraction (15 % is 0,15), shown with one decimal: "15,0 %". */
export const PERCENT_FORMAT = "0.0%";
/** A count of citizens or activities. */
export const COUNT_FORMAT = "#,##0";
export const DATE_FORMAT = "dd-mm-yyyy";

/**
 * A percentage as the fraction Excel's percent format expects. The screen's percentages are decimal texts
 * ("22,3") or numbers (15); moving the decimal point in the text ("22.3e-2") gives the double nearest to 0,223
 * instead of the float quotient 22.3 / 100.
 */
export function shareCell(percent: string | number | null): number | null {
  if (percent === null) return null;
  const text = typeof percent === "number" ? String(percent) : percent.replace(",", ".").replace(/\s|%/g, "");
  const value = Number(`${text}e-2`);
  return Number.isFinite(value) ? value : null;
}

/** A decimal as the screen writes it ("9,3") as a number, or the text itself when it is not one ("–"). */
export function decimalCell(text: string): number | string {
  const value = Number(text.replace(",", "."));
  return /^-?\d+(,\d+)?$/.test(text) && Number.isFinite(value) ? value : text;
}

/** A date (ÅÅÅÅ-MM-DD) as an Excel date: midnight UTC, which ExcelJS writes as the day's serial number. */
export function dateCell(iso: string | null): Date | null {
  return iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null;
}

/** A count as shown ("197" or the hidden "<5"): a number when it is one, else the text as the screen shows it. */
export function countCell(display: string): number | string {
  return /^\d+$/.test(display) ? Number(display) : display;
}

/** The follow-up sheet's name and title: the same in the budget's and the dashboard's workbooks. */
export const FOLLOW_UP_SHEET = "Budgetopfølgning";
export const followUpTitle = (projectName: string, budgetName: string) => `${projectName}: ${budgetName}`;

export async function followUpWorkbook(input: { projectName: string; budgetName: string; followUp: BudgetFollowUpType }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Overblik";
  workbook.created = new Date();
  addFollowUpSheet(workbook, input);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The follow-up as one sheet: every line and the totals, with the screen's figures. */
export function addFollowUpSheet(workbook: ExcelJS.Workbook, input: { projectName: string; budgetName: string; followUp: BudgetFollowUpType }): void {
  const { followUp } = input;
  const sheet = workbook.addWorksheet(FOLLOW_UP_SHEET, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.addRow([followUpTitle(input.projectName, input.budgetName)]).font = { bold: true, size: 14 };
  sheet.addRow([
    `Budgetopfølgning pr. ${formatDateDa(followUp.asOf)}` +
      (followUp.year ? `, budgetår ${followUp.year}` : ", hele budgettet") +
      ` (periode ${formatDateDa(followUp.periodStart)}–${formatDateDa(followUp.periodEnd)})`,
  ]);
  sheet.addRow([followUp.rules]);
  sheet.addRow([]);
  const header = sheet.addRow([
    "Side",
    "Linje",
    "Kategori",
    "Oprindeligt",
    "Korrigeret",
    "Forbrug",
    "Rest",
    "Forbrug %",
    "Aktivitet %",
    "Enhed",
    "Planlagt antal",
    "Leveret antal",
    "Planlagt pris pr. enhed",
    "Faktisk pris pr. enhed",
    "Forbrug pr. måned",
    "Forventet",
    "Afvigelse",
    "Metode",
    "Beregning",
    "Status",
    "Begrundelse",
  ]);
  header.font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: header.number }];

  const lineRow = (l: FollowUpLineType) => [
    l.side === BudgetSideEnum.INCOME ? "Indtægter" : "Udgifter",
    l.name,
    l.category ?? "",
    amountCell(l.original),
    amountCell(l.corrected),
    amountCell(l.spent),
    amountCell(l.rest),
    shareCell(l.spentPercent),
    shareCell(l.activityPercent),
    l.driverUnit ?? "",
    l.plannedQuantity === null ? null : amountCell(l.plannedQuantity),
    l.deliveredQuantity === null ? null : amountCell(l.deliveredQuantity),
    amountCell(l.plannedUnitCost),
    amountCell(l.actualUnitCost),
    amountCell(l.burnRatePerMonth),
    amountCell(l.forecast),
    amountCell(l.deviation),
    METHOD_DA[l.forecastMethod] ?? l.forecastMethod,
    l.forecastExplanation,
    RAG_DA[l.rag] ?? l.rag,
    l.ragReason,
  ];
  const totalRow = (t: FollowUpTotalsType) => [
    t.side === BudgetSideEnum.INCOME ? "Indtægter" : "Udgifter",
    t.side === BudgetSideEnum.INCOME ? "I alt indtægter" : "I alt udgifter",
    "",
    amountCell(t.original),
    amountCell(t.corrected),
    amountCell(t.spent),
    amountCell(t.rest),
    shareCell(t.spentPercent),
    null,
    "",
    null,
    null,
    null,
    null,
    null,
    amountCell(t.forecast),
    amountCell(t.deviation),
    "",
    "",
    RAG_DA[t.rag] ?? t.rag,
    t.ragReason,
  ];
  for (const side of [BudgetSideEnum.INCOME, BudgetSideEnum.EXPENSE]) {
    for (const l of followUp.lines.filter((x) => x.side === side)) sheet.addRow(lineRow(l));
    sheet.addRow(totalRow(side === BudgetSideEnum.INCOME ? followUp.income : followUp.expense)).font = { bold: true };
  }
  for (const col of [4, 5, 6, 7, 13, 14, 15, 16, 17]) sheet.getColumn(col).numFmt = MONEY_FORMAT;
  for (const col of [11, 12]) sheet.getColumn(col).numFmt = "#,##0.00";
  for (const col of [8, 9]) sheet.getColumn(col).numFmt = PERCENT_FORMAT;
  sheet.getColumn(2).width = 48;
  for (const col of [4, 5, 6, 7, 15, 16, 17]) sheet.getColumn(col).width = 16;
  sheet.getColumn(19).width = 60;
  sheet.getColumn(21).width = 60;
}
