import {
  ApproveBudgetDocument,
  BudgetDraftsDocument,
  CopyBudgetDocument,
  CreateBudgetDocument,
  ImportBudgetDocument,
  PreviewBudgetImportDocument,
  RejectBudgetDocument,
  SaveBudgetDraftDocument,
  SubmitBudgetDocument,
  type BudgetDraftLineInput,
  type DraftBudgetFragment,
} from "@overblik/graphql-client";
import { PERMISSION_LABELS, PROJECT_ROLE_PERMISSIONS, rolesAllow, type Permission, type ProjectRole } from "@overblik/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type GraphQLResponse, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeProject, makeUser } from "../support/fixtures.js";

let api: TestApi;
let leader: string;
let styregruppe: string;
let outsider: string;
let projectId: string;
let otherProjectId: string;

const YEARS = [2026, 2027, 2028];

async function tokenFor(role: ProjectRole | null, project: string): Promise<string> {
  const user = await makeUser(api.dataSource);
  if (role) await addMember(api.dataSource, project, user.id, role);
  return login(api.url, user.email, FIXTURE_PASSWORD);
}

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const project = await makeProject(api.dataSource, { name: "Nyt projekt", startDate: "2026-01-01", endDate: "2028-12-31" });
  const other = await makeProject(api.dataSource, { name: "Næste projekt", startDate: "2030-01-01", endDate: "2033-12-31" });
  projectId = project.id;
  otherProjectId = other.id;
  leader = await tokenFor("LEADER", projectId);
  styregruppe = await tokenFor("STYREGRUPPE", projectId);
  outsider = await tokenFor(null, projectId);
}, 120_000);

afterAll(async () => {
  await api?.close();
});

const kr = (n: number) => `${n}.00`;
const every = (amount: string) => YEARS.map((year) => ({ year, amount }));

async function budgets(token = leader, project = projectId): Promise<DraftBudgetFragment[]> {
  return dataOf(await gql(api.url, BudgetDraftsDocument, { projectId: project }, { token })).project.budgets;
}

async function create(token = leader, name = "Økonomioverslag"): Promise<DraftBudgetFragment> {
  return dataOf(await gql(api.url, CreateBudgetDocument, { input: { projectId, name, startYear: 2026, endYear: 2028, priceLevelYear: 2026 } }, { token })).createBudget;
}

const codeOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? "OK";

/** Two income and five expense lines: one negative, one driven by 50 timer × 800 kr. */
const LINES: BudgetDraftLineInput[] = [
  { side: "INCOME", name: "Puljetilskud", category: "Tilskud", amounts: every(kr(600_000)) },
  { side: "INCOME", name: "Kommunal medfinansiering", amounts: [{ year: 2026, amount: "300000.50" }, { year: 2027, amount: kr(300_000) }, { year: 2028, amount: kr(300_000) }] },
  { side: "EXPENSE", name: "Tovholder frikøb", accountNumber: "5.68.90.1.0.0000.001.1.0", amounts: every(kr(500_000)) },
  { side: "EXPENSE", name: "Mentor", amounts: every(kr(300_000)) },
  {
    side: "EXPENSE",
    name: "Lægekonsulent honorar",
    amounts: [{ year: 2026, amount: "0.00" }, { year: 2027, amount: "0.00" }, { year: 2028, amount: "0.00" }],
    driver: { unit: "timer", quantity: "50", rate: "800.00", fixed: "RATE" },
  },
  { side: "EXPENSE", name: "Overførsel til Socialforvaltningen", amounts: every(kr(-20_000)) },
  { side: "EXPENSE", name: "Andre udgifter", amounts: [{ year: 2026, amount: "7333.83" }, { year: 2027, amount: "6666.67" }, { year: 2028, amount: "6666.67" }] },
];

describe("the draft budget's lifecycle", () => {
  it("a leader writes, submits, gets it back with a comment, fixes it; the styregruppe approves it", async () => {
    const created = await create();
    expect(created.status).toBe("DRAFT");
    expect(created.years).toEqual(YEARS);

    const outside = await gql(api.url, CreateBudgetDocument, { input: { projectId, name: "For langt", startYear: 2026, endYear: 2030 } }, { token: leader });
    expect(outside.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(outside.errors?.[0]?.message).toContain("projektets periode 2026–2028");

    const saved = dataOf(await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: created.id, expectedVersion: created.version, lines: LINES } }, { token: leader })).saveBudgetDraft;
    expect(saved.lines.map((l) => l.name)).toEqual(LINES.map((l) => l.name));
    const driven = saved.lines.find((l) => l.name === "Lægekonsulent honorar");
    // 50 timer × 800 kr. = 40.000 kr., spread evenly over three years to the øre.
    expect(driven?.amounts.map((a) => a.amount)).toEqual(["13333.34", "13333.33", "13333.33"]);
    expect(driven?.total).toBe("40000.00");
    expect(driven?.driver).toEqual({ unit: "timer", plannedQuantity: "50.00", unitRate: "800.00" });
    expect(saved.lines.find((l) => l.name === "Tovholder frikøb")?.accountParts?.map((p) => p.digits).join(".")).toBe("5.68.90.1.0.0000.001.1.0");

    // Income 900.000,50 + 900.000 + 900.000; expenses 800.000 + 13.333,34 − 20.000 + 7.333,83 + … per year.
    expect(saved.totals.years.map((y) => [y.year, y.income, y.expense, y.difference, y.balanced])).toEqual([
      [2026, "900000.50", "800667.17", "99333.33", false],
      [2027, "900000.00", "800000.00", "100000.00", false],
      [2028, "900000.00", "800000.00", "100000.00", false],
    ]);
    expect(saved.totals.income).toBe("2700000.50");
    expect(saved.totals.expense).toBe("2400667.17");
    expect(saved.totals.balanced).toBe(false);

    // Balance it: Mentor takes the difference per year.
    const balancedLines = saved.lines.map((l) => ({
      id: l.id,
      side: l.side,
      name: l.name,
      category: l.category,
      accountNumber: l.accountNumber,
      note: l.note,
      amounts: l.name === "Mentor" ? [{ year: 2026, amount: "399333.33" }, { year: 2027, amount: kr(400_000) }, { year: 2028, amount: kr(400_000) }] : l.amounts,
      driver: l.driver ? { unit: l.driver.unit, quantity: l.driver.plannedQuantity, rate: l.driver.unitRate, fixed: "AMOUNT" as const } : null,
    }));
    const stale = await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: created.id, expectedVersion: created.version, lines: balancedLines } }, { token: leader });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const balanced = dataOf(await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: created.id, expectedVersion: saved.version, lines: balancedLines } }, { token: leader })).saveBudgetDraft;
    expect(balanced.lines.map((l) => l.id)).toEqual(saved.lines.map((l) => l.id));
    expect(balanced.totals.years.map((y) => y.difference)).toEqual(["0.00", "0.00", "0.00"]);
    expect(balanced.totals.income).toBe("2700000.50");
    expect(balanced.totals.expense).toBe("2700000.50");
    expect(balanced.totals.balanced).toBe(true);

    // Stored øre, exactly.
    const stored: Array<{ name: string; year: number; ore: string }> = await api.dataSource.query(
      `SELECT l.name, a.year, a.amount_ore::text AS ore FROM budget_line l JOIN budget_line_amount a ON a.budget_line_id = l.id
        WHERE l.budget_id = $1 AND l.name IN ('Kommunal medfinansiering', 'Overførsel til Socialforvaltningen') ORDER BY l.name, a.year`,
      [created.id],
    );
    expect(stored.map((s) => s.ore)).toEqual(["30000050", "30000000", "30000000", "-2000000", "-2000000", "-2000000"]);

    const approveDraft = await gql(api.url, ApproveBudgetDocument, { input: { budgetId: created.id, expectedVersion: balanced.version } }, { token: styregruppe });
    expect(approveDraft.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(approveDraft.errors?.[0]?.message).toBe("Budgettet skal sendes til godkendelse først.");

    const submitted = dataOf(await gql(api.url, SubmitBudgetDocument, { input: { budgetId: created.id, expectedVersion: balanced.version } }, { token: leader })).submitBudget;
    expect(submitted.status).toBe("SUBMITTED");
    expect(submitted.submittedAt).not.toBeNull();
    const whileSubmitted = await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: created.id, expectedVersion: submitted.version, lines: balancedLines } }, { token: leader });
    expect(whileSubmitted.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(whileSubmitted.errors?.[0]?.message).toBe("Budgettet er sendt til godkendelse/godkendt og kan ikke rettes som udkast.");

    const noComment = await gql(api.url, RejectBudgetDocument, { input: { budgetId: created.id, expectedVersion: submitted.version, comment: "" } }, { token: styregruppe });
    expect(noComment.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const rejected = dataOf(
      await gql(api.url, RejectBudgetDocument, { input: { budgetId: created.id, expectedVersion: submitted.version, comment: "Lægekonsulenten skal have 60 timer." } }, { token: styregruppe }),
    ).rejectBudget;
    expect(rejected.status).toBe("DRAFT");

    const seen = (await budgets(leader)).find((b) => b.id === created.id);
    expect(seen?.reviewComment).toBe("Lægekonsulenten skal have 60 timer.");
    expect(seen?.reviewedBy?.name).toBe("Test Bruger");

    // The leader fixes it: 60 timer at the same rate (RATE fixed), and Mentor pays for it.
    const fixedLines = balancedLines.map((l) =>
      l.name === "Lægekonsulent honorar"
        ? { ...l, amounts: [{ year: 2026, amount: "48000.00" }, { year: 2027, amount: "0.00" }, { year: 2028, amount: "0.00" }], driver: { unit: "timer", quantity: "60", rate: "800.00", fixed: "RATE" as const } }
        : l.name === "Mentor"
          ? { ...l, amounts: [{ year: 2026, amount: "364666.67" }, { year: 2027, amount: "413333.33" }, { year: 2028, amount: "413333.33" }] }
          : l,
    );
    const fixed = dataOf(await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: created.id, expectedVersion: rejected.version, lines: fixedLines } }, { token: leader })).saveBudgetDraft;
    expect(fixed.lines.find((l) => l.name === "Lægekonsulent honorar")?.amounts.map((a) => a.amount)).toEqual(["48000.00", "0.00", "0.00"]);
    expect(fixed.totals.years.map((y) => y.difference)).toEqual(["0.00", "0.00", "0.00"]);
    const resubmitted = dataOf(await gql(api.url, SubmitBudgetDocument, { input: { budgetId: created.id, expectedVersion: fixed.version } }, { token: leader })).submitBudget;
    expect(resubmitted.reviewComment).toBeNull();

    const approved = dataOf(await gql(api.url, ApproveBudgetDocument, { input: { budgetId: created.id, expectedVersion: resubmitted.version } }, { token: styregruppe })).approveBudget;
    expect(approved.status).toBe("APPROVED");
    const [originalTotals]: Array<{ income: string; expense: string }> = await api.dataSource.query(
      `SELECT sum(a.original_amount_ore) FILTER (WHERE l.side = 'INCOME')::text AS income, sum(a.original_amount_ore) FILTER (WHERE l.side = 'EXPENSE')::text AS expense
         FROM budget_line l JOIN budget_line_amount a ON a.budget_line_id = l.id WHERE l.budget_id = $1`,
      [created.id],
    );
    expect(originalTotals).toEqual({ income: "270000050", expense: "270000050" });

    const after = await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: created.id, expectedVersion: approved.version, lines: fixedLines } }, { token: leader });
    expect(after.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("names the line in a validation error, and refuses to submit an empty budget", async () => {
    const b = await create(leader, "Kompetenceudvikling");
    const bad = await gql(
      api.url,
      SaveBudgetDraftDocument,
      {
        input: {
          budgetId: b.id,
          expectedVersion: b.version,
          lines: [
            { side: "EXPENSE", name: "Kursus", amounts: every("0.00") },
            { side: "EXPENSE", name: "Coach", amounts: [{ year: 2026, amount: "1.00" }] },
            { side: "EXPENSE", name: "Lægekonsulent", accountNumber: "123", amounts: every("0.00") },
          ],
        },
      },
      { token: leader },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toContain("Linje 2 (Coach): Angiv et beløb (evt. 0) for 2027, 2028.");
    expect(bad.errors?.[0]?.message).toContain("Linje 3 (Lægekonsulent): Kontonummeret skal have præcis 16 cifre");
    const empty = await gql(api.url, SubmitBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version } }, { token: leader });
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(empty.errors?.[0]?.message).toContain("ingen linjer");
  });
});

async function xlsx(rows: Array<Array<string | number>>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Økonomioverslag");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

const lineRows = async (budgetId: string) =>
  Number((await api.dataSource.query(`SELECT count(*)::int AS n FROM budget_line WHERE budget_id = $1`, [budgetId]))[0].n);

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
    const b = dataOf(await gql(api.url, CreateBudgetDocument, { input: { projectId: kbh.id, name: "Økonomioverslag", startYear: 2012, endYear: 2015, priceLevelYear: 2012 } }, { token: kbhLeader })).createBudget;
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
      await gql(api.url, ImportBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version, fileName: "kbh.csv", contentBase64: content, unit: "TKR" } }, { token: kbhLeader }),
    ).importBudget;
    expect(imported.lines.map((l) => l.name)).toContain("Progressionsmåling");
    expect(imported.totals.years.map((y) => y.expense)).toEqual(["1000000.00", "500000.00", "350000.00", "350000.00"]);
    expect(imported.totals.expense).toBe("2200000.00");
    expect(imported.lines.find((l) => l.name.startsWith("Overførsel"))?.amounts.map((a) => a.amount)).toEqual(["-200000.00", "-200000.00", "-200000.00", "-200000.00"]);
  });

  it("lists the bad rows with their numbers and imports nothing", async () => {
    const b = await create(leader, "Med fejl");
    const saved = dataOf(
      await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: b.id, expectedVersion: b.version, lines: [{ side: "INCOME", name: "Tilskud", amounts: every(kr(1)) }] } }, { token: leader }),
    ).saveBudgetDraft;
    const csv = ["Tekst;2026;2027;2028", "Udgifter;;;", "Løn;1.000;abc;0", ";5;;", "Kørsel;100;100;100", "I alt;1.100;100;100"].join("\n");
    const input = { budgetId: b.id, fileName: "fejl.csv", contentBase64: Buffer.from(csv).toString("base64") };
    const preview = dataOf(await gql(api.url, PreviewBudgetImportDocument, { input }, { token: leader })).previewBudgetImport;
    expect(preview.errors.map((e) => e.slice(0, 9))).toEqual(["Række 3: ", "Række 4: ", "Række 6: "]);
    expect(preview.rows.find((r) => r.row === 3)?.status).toBe("ERROR");
    const before = await api.dataSource.query(`SELECT (SELECT count(*) FROM budget_line)::int AS lines, (SELECT count(*) FROM budget_line_amount)::int AS amounts`);
    const refused = await gql(api.url, ImportBudgetDocument, { input: { ...input, expectedVersion: saved.version } }, { token: leader });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain("Række 3: 2027:");
    const after = await api.dataSource.query(`SELECT (SELECT count(*) FROM budget_line)::int AS lines, (SELECT count(*) FROM budget_line_amount)::int AS amounts`);
    expect(after).toEqual(before);
    expect((await budgets()).find((x) => x.id === b.id)?.lines.map((l) => l.name)).toEqual(["Tilskud"]);
  });
});

describe("copying a budget from another project", () => {
  it("copies lines, drivers and account numbers to a new draft shifted to the target's first year; outsiders get NOT_FOUND", async () => {
    const source = (await budgets()).find((b) => b.status === "APPROVED");
    expect(source).toBeDefined();
    const targetLeader = await tokenFor("LEADER", otherProjectId);
    const unseen = await gql(api.url, CopyBudgetDocument, { input: { sourceBudgetId: source!.id, projectId: otherProjectId } }, { token: targetLeader });
    expect(unseen.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const both = await makeUser(api.dataSource);
    await addMember(api.dataSource, otherProjectId, both.id, "LEADER");
    await addMember(api.dataSource, projectId, both.id, "CASEWORKER");
    const token = await login(api.url, both.email, FIXTURE_PASSWORD);
    const copy = dataOf(await gql(api.url, CopyBudgetDocument, { input: { sourceBudgetId: source!.id, projectId: otherProjectId, name: "Skabelon" } }, { token })).copyBudget;
    expect(copy.status).toBe("DRAFT");
    expect(copy.name).toBe("Skabelon");
    expect(copy.years).toEqual([2030, 2031, 2032]);
    expect(copy.lines.map((l) => [l.name, l.accountNumber, l.driver?.plannedQuantity ?? null])).toEqual(
      source!.lines.map((l) => [l.name, l.accountNumber, l.driver?.plannedQuantity ?? null]),
    );
    expect(copy.totals.income).toBe(source!.totals.income);
    expect(copy.totals.years.map((y) => y.income)).toEqual(source!.totals.years.map((y) => y.income));
  });
});

/**
 * Role × operation, derived from the permission table: for each project role, the expected answer is OK when
 * rolesAllow([role], permission), else FORBIDDEN; without a role in the project, NOT_FOUND. Each operation gets
 * a budget in the state it needs, so the permission is the only thing that differs.
 */
describe("a draft line with postings", () => {
  it("is not deleted by a save (its postings would go with it); the draft is unchanged", async () => {
    const b = await create(leader, "Med posteringer");
    const saved = dataOf(
      await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: b.id, expectedVersion: b.version, lines: [{ side: "EXPENSE", name: "Løn", amounts: every(kr(100)) }] } }, { token: leader }),
    ).saveBudgetDraft;
    const [user]: Array<{ id: string }> = await api.dataSource.query(`SELECT id FROM app_user LIMIT 1`);
    await api.dataSource.query(
      `INSERT INTO budget_posting (budget_line_id, posting_date, amount_ore, text, voucher, created_by) VALUES ($1, '2026-03-01', 5000, 'Løn marts', 'B1', $2)`,
      [saved.lines[0]?.id, user?.id],
    );
    const refused = await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: b.id, expectedVersion: saved.version, lines: [] } }, { token: leader });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain('Linjen "Løn" har posteringer');
    const [count] = await api.dataSource.query(`SELECT count(*)::int AS n FROM budget_posting p JOIN budget_line l ON l.id = p.budget_line_id WHERE l.budget_id = $1`, [b.id]);
    expect(count.n).toBe(1);
  });
});

describe("role × operation matrix", () => {
  const roles = Object.keys(PROJECT_ROLE_PERMISSIONS) as ProjectRole[];

  async function draftWithLine(): Promise<DraftBudgetFragment> {
    const b = await create(leader, "Matrix");
    return dataOf(await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: b.id, expectedVersion: b.version, lines: [{ side: "INCOME", name: "Tilskud", amounts: every(kr(1)) }] } }, { token: leader }))
      .saveBudgetDraft;
  }
  async function submitted(): Promise<DraftBudgetFragment> {
    const b = await draftWithLine();
    return dataOf(await gql(api.url, SubmitBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version } }, { token: leader })).submitBudget;
  }
  const sheet = Buffer.from("Tekst;2026;2027;2028\nIndtægter;;;\nTilskud;1;1;1").toString("base64");

  const operations: Array<{ name: string; permission: Permission; run: (token: string) => Promise<GraphQLResponse<unknown>> }> = [
    { name: "createBudget", permission: "budget.draft", run: (token) => gql(api.url, CreateBudgetDocument, { input: { projectId, name: "M", startYear: 2026, endYear: 2026 } }, { token }) },
    {
      name: "saveBudgetDraft",
      permission: "budget.draft",
      run: async (token) => {
        const b = await draftWithLine();
        return gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: b.id, expectedVersion: b.version, lines: [] } }, { token });
      },
    },
    {
      name: "previewBudgetImport",
      permission: "budget.draft",
      run: async (token) => gql(api.url, PreviewBudgetImportDocument, { input: { budgetId: (await draftWithLine()).id, fileName: "a.csv", contentBase64: sheet } }, { token }),
    },
    {
      name: "importBudget",
      permission: "budget.draft",
      run: async (token) => {
        const b = await draftWithLine();
        return gql(api.url, ImportBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version, fileName: "a.csv", contentBase64: sheet } }, { token });
      },
    },
    {
      name: "copyBudget",
      permission: "budget.draft",
      run: async (token) => gql(api.url, CopyBudgetDocument, { input: { sourceBudgetId: (await draftWithLine()).id, projectId } }, { token }),
    },
    {
      name: "submitBudget",
      permission: "budget.submit",
      run: async (token) => {
        const b = await draftWithLine();
        return gql(api.url, SubmitBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version } }, { token });
      },
    },
    {
      name: "rejectBudget",
      permission: "budget.approve",
      run: async (token) => {
        const b = await submitted();
        return gql(api.url, RejectBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version, comment: "Ret det." } }, { token });
      },
    },
    {
      name: "approveBudget",
      permission: "budget.approve",
      run: async (token) => {
        const b = await submitted();
        return gql(api.url, ApproveBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version } }, { token });
      },
    },
  ];

  for (const op of operations) {
    it(`${op.name} (${PERMISSION_LABELS[op.permission]})`, async () => {
      const actual: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of roles) {
        actual[role] = codeOf(await op.run(await tokenFor(role, projectId)));
        expected[role] = rolesAllow([role], op.permission) ? "OK" : "FORBIDDEN";
      }
      actual.none = codeOf(await op.run(outsider));
      expected.none = "NOT_FOUND";
      expect(actual).toEqual(expected);
    });
  }

  it("a stale version is a CONFLICT for every versioned mutation, also for a role that may do it", async () => {
    const b = await draftWithLine();
    const s = await submitted();
    const codes = [
      codeOf(await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: b.id, expectedVersion: b.version - 1, lines: [] } }, { token: leader })),
      codeOf(await gql(api.url, ImportBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version - 1, fileName: "a.csv", contentBase64: sheet } }, { token: leader })),
      codeOf(await gql(api.url, SubmitBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version - 1 } }, { token: leader })),
      codeOf(await gql(api.url, RejectBudgetDocument, { input: { budgetId: s.id, expectedVersion: s.version - 1, comment: "Ret det." } }, { token: styregruppe })),
      codeOf(await gql(api.url, ApproveBudgetDocument, { input: { budgetId: s.id, expectedVersion: s.version - 1 } }, { token: styregruppe })),
    ];
    expect(codes).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT"]);
  });
});
