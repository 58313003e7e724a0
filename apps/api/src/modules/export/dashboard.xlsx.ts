import { DISCLOSURE_FOOTNOTE, formatDateDa, FUNNEL_DEFINITION, reportingDateNote } from "@overblik/domain";
import ExcelJS from "exceljs";
import { todayInCopenhagen } from "../budget/follow-up.service.js";
import type { CountCellType, ProjectDashboardType } from "../steering/steering.types.js";
import {
  addFollowUpSheet,
  amountCell,
  COUNT_FORMAT,
  countCell,
  DATE_FORMAT,
  dateCell,
  decimalCell,
  MONEY_FORMAT,
  PERCENT_FORMAT,
  RAG_DA,
  shareCell,
} from "./follow-up.xlsx.js";

/** A frozen pack: a meeting pack (as of the meeting date) or a closed project's closing pack (as of the closing day). */
export interface FrozenPack {
  kind: "meeting" | "closing";
  meetingDate: string;
  closedAt: string;
  closedBy: string;
  comments: string;
}

function packTitle(pack: FrozenPack): string {
  // The day it was closed as the municipality counts days (the timestamp is UTC).
  const closed = `lukket ${formatDateDa(todayInCopenhagen(new Date(pack.closedAt)))} af ${pack.closedBy}`;
  return pack.kind === "closing"
    ? `Lukkepakke: projektets endelige tal pr. ${formatDateDa(pack.meetingDate)}, frosset, da projektet blev ${closed}`
    : `Frossen mødepakke til mødet d. ${formatDateDa(pack.meetingDate)}, ${closed}`;
}

/**
 * The styregruppe's dashboard (live or a frozen pack) as a workbook with exactly the screen's figures, typed like
 * the screen: counts as numbers (disclosed as on the screen by packages/domain's disclosure.ts: rounded to 5, and
 * "<5" kept as text), shares as fractions with a percent format, money as kroner with a kr. format, dates as dates.
 */
export async function dashboardWorkbook(input: { projectName: string; dashboard: ProjectDashboardType; pack?: FrozenPack }): Promise<Buffer> {
  const d = input.dashboard;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Overblik";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet("Overblik", { pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.addRow([input.projectName]).font = { bold: true, size: 14 };
  sheet.addRow([input.pack ? packTitle(input.pack) : `Styregruppens overblik pr. ${formatDateDa(d.asOf)}`]);
  if (d.suppressed) {
    sheet.addRow([`${reportingDateNote(d.figuresAsOf)}.`]);
    sheet.addRow([DISCLOSURE_FOOTNOTE]);
  }
  if (input.pack?.comments)
    sheet.addRow([`${input.pack.kind === "closing" ? "Kommentarer ved lukningen" : "Tovholderens kommentarer"}: ${input.pack.comments}`]);
  sheet.addRow([]);
  /** Sets each column's number format on a row: { 2: MONEY_FORMAT, … }. */
  const formats = (row: ExcelJS.Row, byColumn: Record<number, string>) => {
    for (const [c, numFmt] of Object.entries(byColumn)) row.getCell(Number(c)).numFmt = numFmt;
    return row;
  };
  /** A count cell: the number, or the screen's text when it is hidden ("<5"). */
  const count = (c: { count: number | null; display: string }) => c.count ?? c.display;
  const section = (title: string) => (sheet.addRow([title]).font = { bold: true, size: 12 });
  const header = (...cells: string[]) => (sheet.addRow(cells).font = { bold: true });

  section("Status");
  header("", "Status", "Regel");
  sheet.addRow(["Fremdrift", RAG_DA[d.progress.rag] ?? d.progress.rag, d.progress.reason]);
  sheet.addRow(["Økonomi", RAG_DA[d.spend.rag] ?? d.spend.rag, d.spend.reason]);
  sheet.addRow([]);

  section("Tragten");
  header("Trin", "Borgere", "Andel af målgruppen %");
  for (const s of d.funnel) formats(sheet.addRow([s.label, count(s), shareCell(s.percentOfTarget)]), { 2: COUNT_FORMAT, 3: PERCENT_FORMAT });
  sheet.addRow([FUNNEL_DEFINITION]);
  sheet.addRow([]);

  const distribution = (title: string, before: CountCellType[], after: CountCellType[], beforeLabel: string) => {
    section(title);
    header("", beforeLabel, `Pr. ${formatDateDa(d.figuresAsOf)}`);
    const keys = [...new Set([...before.map((c) => c.key), ...after.map((c) => c.key)])];
    for (const key of keys) {
      const b = before.find((c) => c.key === key);
      const a = after.find((c) => c.key === key);
      formats(sheet.addRow([a?.label ?? b?.label ?? key, b ? count(b) : null, a ? count(a) : null]), { 2: COUNT_FORMAT, 3: COUNT_FORMAT });
    }
    sheet.addRow([]);
  };
  const baseline = d.baselineDate ? `Ved screeningen ${formatDateDa(d.baselineDate)}` : "Ved screeningen";
  distribution("Farvegrupper: baseline og nu", d.coloursAtBaseline, d.coloursNow, baseline);
  distribution("Faser: baseline og nu", d.stagesAtBaseline, d.stagesNow, baseline);

  section("Resultater (seneste pr. borger)");
  header("Resultat", "Borgere");
  for (const c of d.outcomes) formats(sheet.addRow([c.label, count(c)]), { 2: COUNT_FORMAT });
  sheet.addRow([]);

  section("Pris pr. aktivitet og resultat");
  header("", "Antal", "Beløb");
  for (const c of d.costs)
    formats(sheet.addRow([c.label, countCell(c.countDisplay), c.amount === null ? c.display : amountCell(c.amount)]), { 2: COUNT_FORMAT, 3: MONEY_FORMAT });
  sheet.addRow([]);

  if (d.pace) {
    section("Tempo for indledende samtaler");
    formats(sheet.addRow(["Gennemsnit pr. uge", decimalCell(d.pace.averagePerWeek), d.pace.requiredPerWeek]), {
      2: "0.0",
      3: '"krævet "#,##0',
    });
    formats(sheet.addRow(["Forventet færdig", dateCell(d.pace.projectedFinish) ?? "–"]), { 2: DATE_FORMAT });
    header("Uge", "Holdt i ugen", "Holdt i alt", "Krævet i alt");
    for (const w of d.pace.weeks) formats(sheet.addRow([w.week, w.done, w.cumulative, w.required]), { 2: COUNT_FORMAT, 3: COUNT_FORMAT, 4: COUNT_FORMAT });
    sheet.addRow([]);
  }

  section("Mål");
  header("Mål", "Nu", "Mål %", "Mål antal", "Baseline %");
  // A goal in a count of citizens is stated as that count, not as the share it happens to make today.
  // Shares as fractions with a percent format (a target of 15 % is 0,15); a hidden figure stays the screen's "<5".
  for (const g of d.goals) {
    const now = g.percent === null ? g.display : shareCell(g.percent);
    formats(sheet.addRow([g.name, now, g.targetCount == null ? shareCell(g.targetPercent) : null, g.targetCount, shareCell(g.baselinePercent)]), {
      2: PERCENT_FORMAT,
      3: PERCENT_FORMAT,
      4: COUNT_FORMAT,
      5: PERCENT_FORMAT,
    });
  }
  sheet.addRow([]);

  section("Milepæle");
  header("Milepæl", "Frist", "Nået", "Status", "Ansvarlig");
  const status: Record<string, string> = { DONE: "Nået", DUE: "Forfalder", OVERDUE: "Overskredet" };
  for (const m of d.milestones)
    formats(sheet.addRow([m.name, dateCell(m.dueDate), dateCell(m.doneDate), status[m.status] ?? m.status, m.responsible]), { 2: DATE_FORMAT, 3: DATE_FORMAT });
  sheet.addRow([]);

  section("Kompetenceudvikling");
  header("Pulje", "Beløb", "Brugt", "Planlagt", "Afholdt", "Deltagere");
  for (const p of d.pools) {
    formats(sheet.addRow([p.name, amountCell(p.amount), amountCell(p.used), amountCell(p.planned), p.held, p.participants]), {
      2: MONEY_FORMAT,
      3: MONEY_FORMAT,
      4: MONEY_FORMAT,
      5: COUNT_FORMAT,
      6: COUNT_FORMAT,
    });
  }
  sheet.addRow([]);

  section("Venter på styregruppen");
  if (d.pendingDecisions.length === 0) sheet.addRow(["Ingen budgetændringer venter."]);
  for (const c of d.pendingDecisions) formats(sheet.addRow([c.reason, c.requestedBy?.name ?? "", dateCell(c.requestedAt)]), { 3: DATE_FORMAT });
  sheet.addRow([]);

  // Each figure's denominator in words (packages/domain's figures.ts), as the screen labels them.
  section("Tallenes nævnere");
  header("Tal", "Nævner", "Andel af nævneren %");
  for (const text of [d.plannedTargetText, d.targetText, d.inFlowText]) if (text) sheet.addRow([text]);
  for (const s of d.funnel) if (s.denominatorLabel) sheet.addRow([s.label, s.denominatorLabel, s.percentOfDenominator ?? ""]);
  for (const g of d.goals) sheet.addRow([g.name, g.denominatorLabel, g.percent ?? ""]);
  sheet.addRow([]);

  section("Datakvalitet");
  if (d.warnings.length === 0) sheet.addRow(["Ingen advarsler."]);
  for (const w of d.warnings) sheet.addRow([w]);

  sheet.getColumn(1).width = 52;
  for (const col of [2, 3, 4, 5]) sheet.getColumn(col).width = 18;
  sheet.getColumn(3).width = 60;

  // The budget by its own name, as in the budget's own workbook; a pack frozen before the name was kept says "Budget".
  if (d.followUp) addFollowUpSheet(workbook, { projectName: input.projectName, budgetName: d.followUp.budgetName ?? "Budget", followUp: d.followUp });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
