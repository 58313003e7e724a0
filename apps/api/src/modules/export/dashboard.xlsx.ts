import { DISCLOSURE_FOOTNOTE, formatDateDa, reportingDateNote } from "@overblik/domain";
import ExcelJS from "exceljs";
import { todayInCopenhagen } from "../budget/follow-up.service.js";
import type { CountCellType, ProjectDashboardType } from "../steering/steering.types.js";
import { addFollowUpSheet, amountCell, MONEY_FORMAT, RAG_DA } from "./follow-up.xlsx.js";

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
 * The styregruppe's dashboard (live or a frozen pack) as a workbook with exactly the screen's figures:
 * counts disclosed as on the screen (packages/domain's disclosure.ts: rounded to 5, "<5" written as text).
 */
export async function dashboardWorkbook(input: {
  projectName: string;
  dashboard: ProjectDashboardType;
  pack?: FrozenPack;
}): Promise<Buffer> {
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
  if (input.pack?.comments) sheet.addRow([`${input.pack.kind === "closing" ? "Kommentarer ved lukningen" : "Tovholderens kommentarer"}: ${input.pack.comments}`]);
  sheet.addRow([]);
  const money = (row: ExcelJS.Row, columns: number[]) => {
    for (const c of columns) row.getCell(c).numFmt = MONEY_FORMAT;
  };
  const section = (title: string) => (sheet.addRow([title]).font = { bold: true, size: 12 });
  const header = (...cells: string[]) => (sheet.addRow(cells).font = { bold: true });

  section("Status");
  header("", "Status", "Regel");
  sheet.addRow(["Fremdrift", RAG_DA[d.progress.rag] ?? d.progress.rag, d.progress.reason]);
  sheet.addRow(["Økonomi", RAG_DA[d.spend.rag] ?? d.spend.rag, d.spend.reason]);
  sheet.addRow([]);

  section("Tragten");
  header("Trin", "Borgere", "Andel af målgruppen %");
  for (const s of d.funnel) sheet.addRow([s.label, s.count ?? s.display, s.percentOfTarget ?? ""]);
  sheet.addRow([]);

  const distribution = (title: string, before: CountCellType[], after: CountCellType[], beforeLabel: string) => {
    section(title);
    header("", beforeLabel, `Pr. ${formatDateDa(d.figuresAsOf)}`);
    const keys = [...new Set([...before.map((c) => c.key), ...after.map((c) => c.key)])];
    for (const key of keys) {
      const b = before.find((c) => c.key === key);
      const a = after.find((c) => c.key === key);
      sheet.addRow([a?.label ?? b?.label ?? key, b ? (b.count ?? b.display) : "", a ? (a.count ?? a.display) : ""]);
    }
    sheet.addRow([]);
  };
  const baseline = d.baselineDate ? `Ved screeningen ${formatDateDa(d.baselineDate)}` : "Ved screeningen";
  distribution("Farvegrupper: baseline og nu", d.coloursAtBaseline, d.coloursNow, baseline);
  distribution("Faser: baseline og nu", d.stagesAtBaseline, d.stagesNow, baseline);

  section("Resultater (seneste pr. borger)");
  header("Resultat", "Borgere");
  for (const c of d.outcomes) sheet.addRow([c.label, c.count ?? c.display]);
  sheet.addRow([]);

  section("Pris pr. aktivitet og resultat");
  header("", "Antal", "Kr.");
  for (const c of d.costs) money(sheet.addRow([c.label, c.countDisplay, c.amount === null ? c.display : amountCell(c.amount)]), [3]);
  sheet.addRow([]);

  if (d.pace) {
    section("Tempo for indledende samtaler");
    sheet.addRow(["Gennemsnit pr. uge", d.pace.averagePerWeek, `krævet ${d.pace.requiredPerWeek}`]);
    sheet.addRow(["Forventet færdig", d.pace.projectedFinish ? formatDateDa(d.pace.projectedFinish) : "–"]);
    header("Uge", "Holdt i ugen", "Holdt i alt", "Krævet i alt");
    for (const w of d.pace.weeks) sheet.addRow([w.week, w.done, w.cumulative, w.required]);
    sheet.addRow([]);
  }

  section("Mål");
  header("Mål", "Nu", "Mål %", "Mål antal", "Baseline %");
  // A goal in a count of citizens is stated as that count, not as the share it happens to make today.
  for (const g of d.goals) sheet.addRow([g.name, g.display, g.targetCount == null ? g.targetPercent : "", g.targetCount ?? "", g.baselinePercent ?? ""]);
  sheet.addRow([]);

  section("Milepæle");
  header("Milepæl", "Frist", "Nået", "Status", "Ansvarlig");
  const status: Record<string, string> = { DONE: "Nået", DUE: "Forfalder", OVERDUE: "Overskredet" };
  for (const m of d.milestones) sheet.addRow([m.name, formatDateDa(m.dueDate), m.doneDate ? formatDateDa(m.doneDate) : "", status[m.status] ?? m.status, m.responsible]);
  sheet.addRow([]);

  section("Kompetenceudvikling");
  header("Pulje", "Beløb (kr.)", "Brugt (kr.)", "Planlagt (kr.)", "Afholdt", "Deltagere");
  for (const p of d.pools) money(sheet.addRow([p.name, amountCell(p.amount), amountCell(p.used), amountCell(p.planned), p.held, p.participants]), [2, 3, 4]);
  sheet.addRow([]);

  section("Venter på styregruppen");
  if (d.pendingDecisions.length === 0) sheet.addRow(["Ingen budgetændringer venter."]);
  for (const c of d.pendingDecisions) sheet.addRow([c.reason, c.requestedBy?.name ?? "", c.requestedAt.slice(0, 10)]);
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

  if (d.followUp) addFollowUpSheet(workbook, { projectName: input.projectName, budgetName: "Budget", followUp: d.followUp });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
