import { formatDateDa, formatMoney, type Ore } from "@overblik/domain";
import ExcelJS from "exceljs";
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
 * screen's figures. Larger amounts are written as text rather than risk a rounded number.
 */
export function amountCell(ore: Ore | null): number | string | null {
  if (ore === null) return null;
  const text = formatMoney(ore);
  return text.replace(/[-.]/g, "").replace(/^0+/, "").length <= 15 ? Number(text) : text;
}

export const MONEY_FORMAT = '#,##0.00;-#,##0.00';

export async function followUpWorkbook(input: {
  projectName: string;
  budgetName: string;
  followUp: BudgetFollowUpType;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Overblik";
  workbook.created = new Date();
  addFollowUpSheet(workbook, input);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The follow-up as one sheet: every line and the totals, with the screen's figures. */
export function addFollowUpSheet(workbook: ExcelJS.Workbook, input: { projectName: string; budgetName: string; followUp: BudgetFollowUpType }): void {
  const { followUp } = input;
  const sheet = workbook.addWorksheet("Budgetopfølgning", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.addRow([`${input.projectName}: ${input.budgetName}`]).font = { bold: true, size: 14 };
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
    "Oprindeligt (kr.)",
    "Korrigeret (kr.)",
    "Forbrug (kr.)",
    "Rest (kr.)",
    "Forbrug %",
    "Aktivitet %",
    "Enhed",
    "Planlagt antal",
    "Leveret antal",
    "Planlagt pris pr. enhed (kr.)",
    "Faktisk pris pr. enhed (kr.)",
    "Forbrug pr. måned (kr.)",
    "Forventet (kr.)",
    "Afvigelse (kr.)",
    "Metode",
    "Beregning",
    "Status",
    "Begrundelse",
  ]);
  header.font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: header.number }];

  const lineRow = (l: FollowUpLineType) => [
    l.side === "INCOME" ? "Indtægter" : "Udgifter",
    l.name,
    l.category ?? "",
    amountCell(l.original),
    amountCell(l.corrected),
    amountCell(l.spent),
    amountCell(l.rest),
    l.spentPercent === null ? null : l.spentPercent / 100,
    l.activityPercent === null ? null : l.activityPercent / 100,
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
    t.side === "INCOME" ? "Indtægter" : "Udgifter",
    t.side === "INCOME" ? "I alt indtægter" : "I alt udgifter",
    "",
    amountCell(t.original),
    amountCell(t.corrected),
    amountCell(t.spent),
    amountCell(t.rest),
    t.spentPercent === null ? null : t.spentPercent / 100,
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
  for (const side of ["INCOME", "EXPENSE"] as const) {
    for (const l of followUp.lines.filter((x) => x.side === side)) sheet.addRow(lineRow(l));
    sheet.addRow(totalRow(side === "INCOME" ? followUp.income : followUp.expense)).font = { bold: true };
  }
  for (const col of [4, 5, 6, 7, 13, 14, 15, 16, 17]) sheet.getColumn(col).numFmt = MONEY_FORMAT;
  for (const col of [11, 12]) sheet.getColumn(col).numFmt = "#,##0.00";
  for (const col of [8, 9]) sheet.getColumn(col).numFmt = "0.0%";
  sheet.getColumn(2).width = 48;
  for (const col of [4, 5, 6, 7, 15, 16, 17]) sheet.getColumn(col).width = 16;
  sheet.getColumn(19).width = 60;
  sheet.getColumn(21).width = 60;
}
