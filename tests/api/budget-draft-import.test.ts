// Importing an økonomioverslag from .xlsx and CSV into a draft budget, and the row errors that import nothing.
import { CreateBudgetDocument, ImportBudgetDocument, PreviewBudgetImportDocument } from "@overblik/graphql-client";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql } from "../support/api.js";
import { startBudgetDraftWorld, type BudgetDraftWorld } from "../support/budget-draft-world.js";
import { makeProject } from "../support/fixtures.js";

let api: BudgetDraftWorld["api"];
let leader: BudgetDraftWorld["leader"];
let tokenFor: BudgetDraftWorld["tokenFor"];
let budgets: BudgetDraftWorld["budgets"];
let create: BudgetDraftWorld["create"];
let withIncomeLine: BudgetDraftWorld["withIncomeLine"];
beforeAll(async () => {
  ({ api, leader, tokenFor, budgets, create, withIncomeLine } = await startBudgetDraftWorld());
}, 120_000);
afterAll(async () => {
  await api?.close();
});

async function xlsx(rows: Array<Array<string | number>>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Økonomioverslag");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

const lineRows = async (budgetId: string) =>
  Number((await api.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM budget_line WHERE budget_id = $1`, [budgetId]))[0].n);

describe("importing an økonomioverslag", () => {
  it("reproduces Brug for alle's 1.193 t.kr. per side from an .xlsx laid out like the source document", async () => {
    const b = await create(leader, "Brug for alle");
    const content = await xlsx([
      ["Økonomioverslag"],
      ["Tekst", "2026 (t.kr.)"],
      ["Indtægter"],
      ["Til samtaleforløb, tværfaglig afklaring, indsatsplaner", 794],
      ["Virksomhedskonsulent/mentor", 250],
      ["Mentorstøtte eller kompetenceudvikling til nydanske kvinder", 149],
      ["I alt", 1193],
      [],
      ["Udgifter"],
      ["BSO tovholder frikøb fuld tid", 480],
      ["JC tovholder/mentor frikøb fuld tid", 420],
      ["Lægekonsulent honorar v/ca. 50 timer", 40],
      ["Psykolog/psykiater honorar v/ca. 50 timer", 40],
      ["Sundhedsafdelinger", 20],
      ["Familiecentret samlet honorar for medvirken", 15],
      ["UU-center samlet honorar for medvirken", 15],
      ["Virksomhedskonsulent honorar v/ca. 219 timer", 55],
      ["Andre udgifter", 108],
      ["I alt", 1193],
    ]);
    const input = { budgetId: b.id, fileName: "overslag.xlsx", contentBase64: content };
    const preview = dataOf(await gql(api.url, PreviewBudgetImportDocument, { input }, { token: leader })).previewBudgetImport;
    expect(preview.errors).toEqual([]);
    expect(preview.unit).toBe("TKR");
    expect(preview.lineCount).toBe(12);
    expect(preview.totals.years[0]).toEqual({ year: 2026, income: "1193000.00", expense: "1193000.00", difference: "0.00", balanced: true });
    expect(await lineRows(b.id)).toBe(0);
    const imported = dataOf(await gql(api.url, ImportBudgetDocument, { input: { ...input, expectedVersion: b.version } }, { token: leader })).importBudget;
    expect(imported.lines).toHaveLength(12);
    expect(imported.totals.income).toBe("1193000.00");
    expect(imported.totals.expense).toBe("1193000.00");
    expect(imported.lines.filter((l) => l.side === "INCOME").map((l) => l.total)).toEqual(["794000.00", "250000.00", "149000.00"]);
  });

  it("reads the Copenhagen multi-year CSV (Windows-1252, semicolons) with its negative line and Serviceudgifter i alt", async () => {
    const kbh = await makeProject(api.dataSource, { name: "Københavnerpilot", startDate: "2012-01-01", endDate: "2015-12-31" });
    const kbhLeader = await tokenFor("LEADER", kbh.id);
    const b = dataOf(
      await gql(
        api.url,
        CreateBudgetDocument,
        { input: { projectId: kbh.id, name: "Økonomioverslag", startYear: 2012, endYear: 2015, priceLevelYear: 2012 } },
        { token: kbhLeader },
      ),
    ).createBudget;
    const csv = [
      "Linje;2012;2013;2014;2015",
      "Jobsamtaler til 130 borgere;200;200;200;200",
      "Overførsel ml. BIF og SOF;-200;-200;-200;-200",
      "Progressionsmåling;300;300;300;300",
      "Forberedelse af forankring af indsatsen;200;0;0;0",
      "Kompetenceudvikling af Socialforvaltningens medarbejdere;500;200;50;50",
      "Serviceudgifter i alt;1.000;500;350;350",
    ].join("\r\n");
    const content = Buffer.from(csv, "latin1").toString("base64"); // æ, ø, å as Windows-1252 bytes
    const imported = dataOf(
      await gql(
        api.url,
        ImportBudgetDocument,
        { input: { budgetId: b.id, expectedVersion: b.version, fileName: "kbh.csv", contentBase64: content, unit: "TKR" } },
        { token: kbhLeader },
      ),
    ).importBudget;
    expect(imported.lines.map((l) => l.name)).toContain("Progressionsmåling");
    expect(imported.totals.years.map((y) => y.expense)).toEqual(["1000000.00", "500000.00", "350000.00", "350000.00"]);
    expect(imported.totals.expense).toBe("2200000.00");
    expect(imported.lines.find((l) => l.name.startsWith("Overførsel"))?.amounts.map((a) => a.amount)).toEqual([
      "-200000.00",
      "-200000.00",
      "-200000.00",
      "-200000.00",
    ]);
  });

  it("lists the bad rows with their numbers and imports nothing", async () => {
    const b = await create(leader, "Med fejl");
    const saved = await withIncomeLine(b);
    const csv = ["Tekst;2026;2027;2028", "Udgifter;;;", "Løn;1.000;abc;0", ";5;;", "Kørsel;100;100;100", "I alt;1.100;100;100"].join("\n");
    const input = { budgetId: b.id, fileName: "fejl.csv", contentBase64: Buffer.from(csv).toString("base64") };
    const preview = dataOf(await gql(api.url, PreviewBudgetImportDocument, { input }, { token: leader })).previewBudgetImport;
    expect(preview.errors.map((e) => e.slice(0, 9))).toEqual(["Række 3: ", "Række 4: ", "Række 6: "]);
    expect(preview.rows.find((r) => r.row === 3)?.status).toBe("ERROR");
    const before = await api.dataSource.query<Array<{ lines: number; amounts: number }>>(
      `SELECT (SELECT count(*) FROM budget_line)::int AS lines, (SELECT count(*) FROM budget_line_amount)::int AS amounts`,
    );
    const refused = await gql(api.url, ImportBudgetDocument, { input: { ...input, expectedVersion: saved.version } }, { token: leader });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain("Række 3: 2027:");
    const after = await api.dataSource.query<Array<{ lines: number; amounts: number }>>(
      `SELECT (SELECT count(*) FROM budget_line)::int AS lines, (SELECT count(*) FROM budget_line_amount)::int AS amounts`,
    );
    expect(after).toEqual(before);
    expect((await budgets()).find((x) => x.id === b.id)?.lines.map((l) => l.name)).toEqual(["Tilskud"]);
  });
});
