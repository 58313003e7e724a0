import { parseMoney, sumOre } from "@overblik/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeBudgetThroughApi, makeProject } from "../support/fixtures.js";
import { makeActivity, makeCompetencePool, makePeople, makePostings, type Person } from "../support/fixtures-api-b.js";

let api: TestApi;
let leader: string;
let bfaId: string;
let budgetId: string;
let lines: Array<{ id: string; name: string; version: number }>;

const BUDGET = `query Budget($id: ID!) { project(id: $id) { approvalThreshold version budgets { id lines { id name version driver { unit plannedQuantity unitRate plannedUnitCost } } } } }`;
const FOLLOW_UP = `query FollowUp($id: ID!, $asOf: String, $year: Int) { project(id: $id) { budgets { followUp(asOf: $asOf, year: $year) {
  asOf periodStart periodEnd rules
  lines { lineId name side original corrected spent rest spentPercent activityPercent driverUnit plannedQuantity deliveredQuantity
          plannedUnitCost actualUnitCost burnRatePerMonth forecast forecastMethod forecastExplanation deviation rag ragReason }
  income { corrected spent forecast rag } expense { original corrected spent rest forecast deviation spentPercent rag ragReason } } } } }`;
const POSTINGS = `query Postings($id: ID!, $lineId: ID) { project(id: $id) { budgets { postings(lineId: $lineId, take: 500) { totalCount income expense net items { id amount voucher date reversesPostingId reversedById } } } } }`;
const PREVIEW = `mutation Preview($input: PostingImportInput!) { previewPostingImport(input: $input) {
  rowCount newCount alreadyThereCount newTotal encoding errors { row column message } rows { row lineName amount alreadyThere } } }`;
const IMPORT = `mutation Import($input: PostingImportInput!) { importPostings(input: $input) { importId added alreadyThere addedTotal } }`;

type FollowUp = {
  asOf: string;
  rules: string;
  lines: Array<Record<string, string | number | null> & { name: string; spent: string; forecast: string; rag: string; ragReason: string }>;
  income: { corrected: string; spent: string };
  expense: { original: string; corrected: string; spent: string; rest: string; forecast: string; deviation: string; rag: string; ragReason: string };
};

async function followUp(asOf: string, year?: number): Promise<FollowUp> {
  const data = dataOf(
    await gql<{ project: { budgets: Array<{ followUp: FollowUp }> } }, object>(api.url, FOLLOW_UP, { id: bfaId, asOf, year }, { token: leader }),
  );
  const f = data.project.budgets[0]?.followUp;
  if (!f) throw new Error("no follow-up");
  return f;
}

const line = (prefix: string) => {
  const l = lines.find((x) => x.name.startsWith(prefix));
  if (!l) throw new Error(`no line ${prefix}`);
  return l;
};

function csv(rows: string[], encoding: "utf-8" | "latin1" = "utf-8"): string {
  return Buffer.from(["Dato;Bilag;Tekst;Beløb;Linje;Antal", ...rows].join("\r\n"), encoding).toString("base64");
}

/**
 * A project's approved one-year budget (2012, as its document states one amount for the whole period) and its spend
 * up to the end of January 2013, with the figures the tests state:
 * - the two tovholdere are paid monthly from August: 40.000 + 35.000 = 75.000 kr. by 31 August 2012;
 * - the doctor (50 timer × 800 kr.) invoiced 6.400 + 9.600 + 8.000 = 24.000 kr. and delivered 14 + 16 = 30 timer;
 * - the psychologist (the same) invoiced 16.000 + 12.000 = 28.000 kr. (35 timer) but delivered 10 + 5 = 15 timer;
 * - the company consultant's 55.000 kr. for 219 timer (no rate stated: 251,14 kr. a time) invoiced 10.000 kr. for 40 timer.
 * Expenses 480.000 + 420.000 + 40.000 + 40.000 + 55.000 + 108.000 = 1.143.000 kr., as much income.
 */
const EXPENSE_TOTAL = "1143000.00";
let people: Record<"leder" | "styregruppe" | "tovholder" | "sagsbehandler" | "udenfor", Person>;

let otherBudgetId: string;

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const project = await makeProject(api.dataSource, { startDate: "2012-07-16", endDate: "2013-08-01", municipalityCodes: ["183", "187"] });
  const other = await makeProject(api.dataSource, { startDate: "2012-01-01", endDate: "2015-12-31" });
  bfaId = project.id;
  people = await makePeople(api.url, api.dataSource, [project.id], {
    leder: { name: "Lars Leder", role: "LEADER" },
    styregruppe: { name: "Susanne Styregruppe", role: "STYREGRUPPE" },
    tovholder: { name: "Tine Tovholder", role: "TOVHOLDER" },
    sagsbehandler: { name: "Sara Sagsbehandler", role: "CASEWORKER" },
    udenfor: { name: "Ulla Udenfor" },
  });
  leader = people.leder.token;
  const y2012 = (amount: string) => [{ year: 2012, amount }];
  budgetId = await makeBudgetThroughApi(
    api.url,
    project.id,
    [
      { side: "INCOME", name: "Tilskud fra puljen", amounts: y2012("1143000.00") },
      { side: "EXPENSE", name: "BSO tovholder frikøb fuld tid", amounts: y2012("480000.00") },
      { side: "EXPENSE", name: "JC tovholder/mentor frikøb fuld tid", amounts: y2012("420000.00") },
      {
        side: "EXPENSE",
        name: "Lægekonsulent honorar v/ca. 50 timer",
        amounts: y2012("40000.00"),
        driver: { unit: "timer", quantity: "50", rate: "800.00", fixed: "RATE" },
      },
      {
        side: "EXPENSE",
        name: "Psykolog/psykiater honorar v/ca. 50 timer",
        amounts: y2012("40000.00"),
        driver: { unit: "timer", quantity: "50", rate: "800.00", fixed: "RATE" },
      },
      {
        side: "EXPENSE",
        name: "Virksomhedskonsulent honorar v/ca. 219 timer",
        amounts: y2012("55000.00"),
        driver: { unit: "timer", quantity: "219", fixed: "AMOUNT" },
      },
      { side: "EXPENSE", name: "Andre udgifter", amounts: y2012("108000.00") },
    ],
    { leader, styregruppe: people.styregruppe.token },
    { startYear: 2012, endYear: 2012 },
  );
  // A budget of another project (the leader's only), for the export's refusal of an outsider.
  await makePeople(api.url, api.dataSource, [other.id], { lederAndet: { name: "Anden Leder", role: "LEADER" } }).then(async ({ lederAndet }) => {
    otherBudgetId = await makeBudgetThroughApi(
      api.url,
      other.id,
      [{ side: "EXPENSE", name: "Jobsamtaler", amounts: y2012("200000.00") }],
      { leader: lederAndet.token, styregruppe: lederAndet.token },
      { startYear: 2012, endYear: 2012, draft: true },
    );
  });
  const data = dataOf(
    await gql<{ project: { budgets: Array<{ id: string; lines: Array<{ id: string; name: string; version: number }> }> } }, object>(
      api.url,
      BUDGET,
      { id: bfaId },
      { token: leader },
    ),
  );
  lines = data.project.budgets[0]?.lines ?? [];
  // A document that states hours and an amount but no rate (the draft's API derives one from them): the line keeps no rate.
  await api.dataSource.query(`UPDATE budget_line SET driver_unit_rate_ore = NULL WHERE id = $1`, [line("Virksomhedskonsulent").id]);
  // The spend and the delivered hours in bulk (the tests of addPosting and recordActivity go through the API).
  const postings: Parameters<typeof makePostings>[2] = [];
  for (const [i, date] of ["2012-08-31", "2012-09-30", "2012-10-31", "2012-11-30", "2012-12-31", "2013-01-31", "2013-02-28", "2013-03-31"].entries()) {
    postings.push(
      { budgetLineId: line("BSO").id, date, kroner: 40_000, voucher: `BSO-${i + 1}` },
      { budgetLineId: line("JC").id, date, kroner: 35_000, voucher: `JC-${i + 1}` },
    );
  }
  postings.push(
    { budgetLineId: line("Lægekonsulent").id, date: "2012-10-31", kroner: 6_400, voucher: "L-1", quantity: "8" },
    { budgetLineId: line("Lægekonsulent").id, date: "2012-11-30", kroner: 9_600, voucher: "L-2", quantity: "12" },
    { budgetLineId: line("Lægekonsulent").id, date: "2012-12-31", kroner: 8_000, voucher: "L-3", quantity: "10" },
    { budgetLineId: line("Psykolog").id, date: "2012-11-30", kroner: 16_000, voucher: "P-1", quantity: "20" },
    { budgetLineId: line("Psykolog").id, date: "2013-01-31", kroner: 12_000, voucher: "P-2", quantity: "15" },
    { budgetLineId: line("Virksomhedskonsulent").id, date: "2012-12-31", kroner: 10_000, voucher: "V-1", quantity: "40" },
    { budgetLineId: line("Andre").id, date: "2012-09-14", kroner: 4_250, voucher: "A-1" },
    { budgetLineId: line("Andre").id, date: "2013-03-15", kroner: 18_400, voucher: "A-2" },
    { budgetLineId: line("Tilskud").id, date: "2012-09-03", kroner: 397_000, voucher: "I-1" },
  );
  await makePostings(api.dataSource, people.leder.id, postings);
  await makeActivity(api.dataSource, people.tovholder.id, [
    { budgetLineId: line("Lægekonsulent").id, date: "2012-11-30", quantity: "14" },
    { budgetLineId: line("Lægekonsulent").id, date: "2012-12-31", quantity: "16" },
    { budgetLineId: line("Psykolog").id, date: "2012-11-30", quantity: "10" },
    { budgetLineId: line("Psykolog").id, date: "2013-01-31", quantity: "5" },
    { budgetLineId: line("Virksomhedskonsulent").id, date: "2012-12-31", quantity: "40" },
  ]);
  // The competence pool of 185.000 kr.: three activities held (planned 55.000 + 50.000 + 40.000 kr. for 12 + 20 + 20;
  // held for 52.300 + 50.000 + 38.900 = 141.200 kr. with 11 + 18 + 21 = 50), one planned (40.000 kr. for 12).
  const poolId = await makeCompetencePool(api.dataSource, bfaId, 185_000);
  const ADD_ACTIVITY = `mutation A($input: AddCompetenceActivityInput!) { addCompetenceActivity(input: $input) { id version } }`;
  const HOLD = `mutation H($input: RecordCompetenceActivityInput!) { recordCompetenceActivity(input: $input) { id } }`;
  for (const [name, planned, participants, held] of [
    ["Kultur og holdninger", "55000.00", 12, { actualParticipants: 11, actualCost: "52300.00" }],
    ["Sundhedspædagogik", "50000.00", 20, { actualParticipants: 18, actualCost: "50000.00" }],
    ["Spørgeteknikker", "40000.00", 20, { actualParticipants: 21, actualCost: "38900.00" }],
    ["Videndeling i teamet", "40000.00", 12, null],
  ] as const) {
    const added = dataOf(
      await gql<{ addCompetenceActivity: { id: string; version: number } }, object>(
        api.url,
        ADD_ACTIVITY,
        {
          input: { poolId, name, targetGroup: "Teamet", plannedCost: planned, plannedParticipants: participants, plannedDate: "2012-10-01" },
        },
        { token: leader },
      ),
    ).addCompetenceActivity;
    if (held) dataOf(await gql(api.url, HOLD, { input: { activityId: added.id, expectedVersion: added.version, status: "HELD", ...held } }, { token: leader }));
  }
});
afterAll(() => api?.close());

describe("activity drivers", () => {
  it("states Lægekonsulent as 50 timer × 800 kr. and derives ≈251,14 kr. per company-consultant hour", async () => {
    const data = dataOf(
      await gql<
        { project: { approvalThreshold: string; budgets: Array<{ lines: Array<{ name: string; driver: Record<string, string | null> | null }> }> } },
        object
      >(api.url, BUDGET, { id: bfaId }, { token: leader }),
    );
    const byName = (p: string) => data.project.budgets[0]?.lines.find((l) => l.name.startsWith(p))?.driver;
    expect(byName("Lægekonsulent")).toEqual({ unit: "timer", plannedQuantity: "50.00", unitRate: "800.00", plannedUnitCost: "800.00" });
    expect(byName("Virksomhedskonsulent honorar")).toEqual({ unit: "timer", plannedQuantity: "219.00", unitRate: null, plannedUnitCost: "251.14" });
    // A new project's threshold for budget changes that need the styregruppe.
    expect(data.project.approvalThreshold).toBe("50000.00");
  });
});

describe("follow-up", () => {
  it("recomputes spend from the postings to the øre, per line and in total", async () => {
    // After the last posting (July 2013), so the follow-up covers every posting the list sums.
    const f = await followUp("2013-08-01");
    const postings = dataOf(
      await gql<{ project: { budgets: Array<{ postings: { income: string; expense: string; net: string; items: Array<{ amount: string }> } }> } }, object>(
        api.url,
        POSTINGS,
        { id: bfaId },
        { token: leader },
      ),
    );
    const all = postings.project.budgets[0]?.postings;
    const spentAll = sumOre(f.lines.map((l) => parseMoney(l.spent)));
    // The list sums each side apart (issue #15): income and expense as the follow-up's sides, net their difference.
    expect(parseMoney(all?.expense ?? "")).toBe(parseMoney(f.expense.spent));
    expect(parseMoney(all?.income ?? "")).toBe(parseMoney(f.income.spent));
    expect(parseMoney(all?.net ?? "")).toBe(parseMoney(f.income.spent) - parseMoney(f.expense.spent));
    expect(sumOre((all?.items ?? []).map((p) => parseMoney(p.amount)))).toBe(spentAll);
    expect(parseMoney(f.expense.spent) + parseMoney(f.income.spent)).toBe(spentAll);
    expect(f.expense.corrected).toBe(EXPENSE_TOTAL);
  });

  it("sets each line's status by a stated rule: the psychologist invoiced 35 timer but delivered 15 (28.000 + 35 × 800 = 140 %)", async () => {
    const f = await followUp("2013-01-31");
    const doctor = f.lines.find((l) => l.name.startsWith("Lægekonsulent"));
    expect(doctor).toMatchObject({
      spent: "24000.00",
      deliveredQuantity: "30.00",
      actualUnitCost: "800.00",
      forecast: "40000.00",
      forecastMethod: "ACTIVITY",
      rag: "GREEN",
    });
    expect(doctor?.forecastExplanation).toBe("Forbrug 24.000 kr. + resterende 20 timer × 800 kr. = 40.000 kr.");
    const psych = f.lines.find((l) => l.name.startsWith("Psykolog"));
    expect(psych).toMatchObject({ spent: "28000.00", deliveredQuantity: "15.00", spentPercent: 70, activityPercent: 30, rag: "RED" });
    expect(psych?.ragReason).toBe("Forventet forbrug 140 % af korrigeret budget (over 110 %).");
    expect(f.expense.rag).toBe("RED");
    expect(f.expense.ragReason).toMatch(/^Psykolog\/psykiater honorar v\/ca\. 50 timer: /);
  });

  it("states the rule it judged by, as the domain's describeRules writes it from the thresholds", async () => {
    const f = await followUp("2013-01-31");
    expect(f.rules).toBe(
      "Rød: forventet forbrug over 110 % af korrigeret budget, forbrug mindst 40 procentpoint over aktiviteten, eller forbrug på en linje uden budget. " +
        "Gul: forventet forbrug over budgettet, eller forbrug mindst 20 procentpoint over aktiviteten. Ellers grøn. " +
        "Indtægtslinjer, linjer med negativt budget og budgetter, der ikke er godkendt, vurderes ikke.",
    );
  });

  it("counts only what was posted up to the chosen date", async () => {
    const early = await followUp("2012-08-31");
    expect(early.expense.spent).toBe("75000.00");
    const none = await followUp("2012-07-01");
    expect(none.expense.spent).toBe("0.00");
  });

  it("refuses a date that does not exist, in Danish", async () => {
    const res = await gql(api.url, FOLLOW_UP, { id: bfaId, asOf: "2013-02-30" }, { token: leader });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain("2013-02-30");
  });

  it("exports exactly the screen's numbers to .xlsx", async () => {
    const f = await followUp("2013-01-31");
    const res = await fetch(`${api.url}/export/budgets/${budgetId}/follow-up.xlsx?asOf=2013-01-31`, { headers: { authorization: `Bearer ${leader}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Budgetopfølgning");
    const rows = new Map<string, ExcelJS.Row>();
    sheet?.eachRow((row) => rows.set(row.getCell(2).text, row));
    for (const l of f.lines) {
      const row = rows.get(l.name);
      expect(row, l.name).toBeDefined();
      // Cells hold numbers; their decimal text must be the API's to the øre.
      expect(parseMoney(Number(row?.getCell(6).value).toFixed(2))).toBe(parseMoney(l.spent));
      expect(parseMoney(Number(row?.getCell(16).value).toFixed(2))).toBe(parseMoney(l.forecast));
      expect(row?.getCell(20).value).toBe({ GREEN: "Grøn", AMBER: "Gul", RED: "Rød", NONE: "–" }[l.rag]);
    }
    expect(Number(rows.get("I alt udgifter")?.getCell(5).value).toFixed(2)).toBe(f.expense.corrected);
  });

  it("refuses the export without a login, and to a user outside the project", async () => {
    expect((await fetch(`${api.url}/export/budgets/${budgetId}/follow-up.xlsx`)).status).toBe(401);
    // Neither the other project's budget nor this one to a user without a role in the project.
    for (const id of [otherBudgetId, budgetId]) {
      expect((await fetch(`${api.url}/export/budgets/${id}/follow-up.xlsx`, { headers: { authorization: `Bearer ${people.udenfor.token}` } })).status).toBe(
        404,
      );
    }
  });
});

describe("postings", () => {
  const ADD = `mutation Add($input: AddPostingInput!) { addPosting(input: $input) { id amount voucher lineName quantity createdBy { name } } }`;
  const REVERSE = `mutation Reverse($input: ReversePostingInput!) { reversePosting(input: $input) { id amount voucher reversesPostingId text } }`;

  it("adds one by one, and corrects only by a reversing posting", async () => {
    const added = dataOf(
      await gql<{ addPosting: { id: string; amount: string; quantity: string } }, object>(
        api.url,
        ADD,
        {
          input: { budgetLineId: line("Lægekonsulent").id, date: "2013-02-28", amount: "1600.00", text: "2 timer", voucher: "T-100", quantity: "2" },
        },
        { token: leader },
      ),
    ).addPosting;
    expect(added.quantity).toBe("2.00");
    const again = await gql(
      api.url,
      ADD,
      { input: { budgetLineId: line("Lægekonsulent").id, date: "2013-02-28", amount: "1600.00", text: "2 timer", voucher: "T-100" } },
      { token: leader },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const reversal = dataOf(
      await gql<{ reversePosting: { amount: string; voucher: string; reversesPostingId: string } }, object>(
        api.url,
        REVERSE,
        { input: { postingId: added.id, date: "2013-03-01", reason: "Forkert linje" } },
        { token: leader },
      ),
    ).reversePosting;
    expect(reversal).toMatchObject({ amount: "-1600.00", voucher: "T-100-T", reversesPostingId: added.id });
    const twice = await gql(api.url, REVERSE, { input: { postingId: added.id, date: "2013-03-02", voucher: "X", reason: "Igen" } }, { token: leader });
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const list = dataOf(
      await gql<{ project: { budgets: Array<{ postings: { items: Array<{ id: string; reversedById: string | null }> } }> } }, object>(
        api.url,
        POSTINGS,
        { id: bfaId, lineId: line("Lægekonsulent").id },
        { token: leader },
      ),
    );
    expect(list.project.budgets[0]?.postings.items.find((p) => p.id === added.id)?.reversedById).not.toBeNull();
  });

  it("does not let a caseworker post", async () => {
    const caseworker = people.sagsbehandler.token;
    const res = await gql(
      api.url,
      ADD,
      { input: { budgetLineId: line("Andre").id, date: "2013-02-28", amount: "1.00", text: "x", voucher: "X-1" } },
      { token: caseworker },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("CSV import from the finance system", () => {
  // Vouchers of their own (B-…), so that the good file's import (F-…) cannot change what the bad one is told.
  const bad = [
    "01-02-2013;B-1;Honorar;1.600,00;Lægekonsulent honorar v/ca. 50 timer;2",
    "01-02-2013;B-2;Honorar;12,345;Lægekonsulent honorar v/ca. 50 timer;",
    "02-02-2013;B-3;Kursus;2.000,00;Ukendt linje;",
    "31-02-2013;B-4;Husleje;500,00;Andre udgifter;",
    "01-02-2013;B-1;Honorar igen;1.600,00;Lægekonsulent honorar v/ca. 50 timer;2",
  ];
  const good = [
    "01-02-2013;F-1;Honorar;1.600,00;Lægekonsulent honorar v/ca. 50 timer;2",
    "01-02-2013;F-2;Honorar;12.345,00;Lægekonsulent honorar v/ca. 50 timer;",
    "02-02-2013;F-3;Kursus;2.000,00;Andre udgifter;",
    "28-02-2013;F-4;Husleje;500,00;Andre udgifter;",
  ];

  async function postingCount(): Promise<number> {
    const data = dataOf(
      await gql<{ project: { budgets: Array<{ postings: { totalCount: number } }> } }, object>(api.url, POSTINGS, { id: bfaId }, { token: leader }),
    );
    return data.project.budgets[0]?.postings.totalCount ?? -1;
  }

  it("names every bad row and its problem, and writes nothing", async () => {
    const before = await postingCount();
    const input = { budgetId, fileName: "forkert.csv", contentBase64: csv(bad) };
    const preview = dataOf(
      await gql<{ previewPostingImport: { rowCount: number; errors: Array<{ row: number; message: string }> } }, object>(
        api.url,
        PREVIEW,
        { input },
        { token: leader },
      ),
    ).previewPostingImport;
    expect(preview.rowCount).toBe(5);
    expect(preview.errors.map((e) => e.row)).toEqual([3, 4, 5, 6]);
    expect(preview.errors[0]?.message).toContain("12,345");
    expect(preview.errors[1]?.message).toContain("Ukendt budgetlinje");
    expect(preview.errors[2]?.message).toContain("31-02-2013");
    expect(preview.errors[3]?.message).toContain("række 2");

    const res = await gql(api.url, IMPORT, { input }, { token: leader });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((res.errors?.[0]?.extensions?.details as { errors: unknown[] }).errors).toHaveLength(4);
    expect(await postingCount()).toBe(before);
  });

  it("imports the corrected file (Windows-1252) once; a second import adds nothing", async () => {
    const before = await postingCount();
    const input = { budgetId, fileName: "rettet.csv", contentBase64: csv(good, "latin1") };
    const preview = dataOf(
      await gql<{ previewPostingImport: { encoding: string; newCount: number; newTotal: string; errors: unknown[] } }, object>(
        api.url,
        PREVIEW,
        { input },
        { token: leader },
      ),
    ).previewPostingImport;
    expect(preview).toMatchObject({ encoding: "windows-1252", newCount: 4, newTotal: "16445.00", errors: [] });
    expect(await postingCount()).toBe(before);

    const first = dataOf(
      await gql<{ importPostings: { added: number; alreadyThere: number; addedTotal: string } }, object>(api.url, IMPORT, { input }, { token: leader }),
    ).importPostings;
    expect(first).toMatchObject({ added: 4, alreadyThere: 0, addedTotal: "16445.00" });
    const second = dataOf(
      await gql<{ importPostings: { added: number; alreadyThere: number } }, object>(api.url, IMPORT, { input }, { token: leader }),
    ).importPostings;
    expect(second).toMatchObject({ added: 0, alreadyThere: 4 });
    expect(await postingCount()).toBe(before + 4);
  });

  it("refuses a re-import that changes an amount already booked", async () => {
    const booked = { budgetId, fileName: "husleje.csv", contentBase64: csv(["28-02-2013;R-4;Husleje;500,00;Andre udgifter;"]) };
    expect(dataOf(await gql<{ importPostings: { added: number } }, object>(api.url, IMPORT, { input: booked }, { token: leader })).importPostings.added).toBe(
      1,
    );
    const input = { budgetId, fileName: "aendret.csv", contentBase64: csv(["28-02-2013;R-4;Husleje;550,00;Andre udgifter;"]) };
    const res = await gql(api.url, IMPORT, { input }, { token: leader });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const details = res.errors?.[0]?.extensions?.details as { errors: Array<{ row: number; message: string }> };
    expect(details.errors[0]?.row).toBe(2);
    expect(details.errors[0]?.message).toContain("allerede bogført med 500 kr., ikke 550 kr. Ret bilagsnummeret");
  });
});

describe("activity and the competence pool", () => {
  it("records delivered hours, which the follow-up then counts", async () => {
    const before = await followUp("2013-03-31");
    const doctorBefore = before.lines.find((l) => l.name.startsWith("Lægekonsulent"));
    const RECORD = `mutation R($input: RecordActivityInput!) { recordActivity(input: $input) { quantity source } }`;
    const tovholder = people.tovholder.token;
    const res = dataOf(
      await gql<{ recordActivity: { quantity: string; source: string } }, object>(
        api.url,
        RECORD,
        { input: { budgetLineId: line("Lægekonsulent").id, date: "2013-03-15", quantity: "4.5" } },
        { token: tovholder },
      ),
    );
    expect(res.recordActivity).toEqual({ quantity: "4.50", source: "MANUAL" });
    const after = await followUp("2013-03-31");
    const doctorAfter = after.lines.find((l) => l.name.startsWith("Lægekonsulent"));
    expect(parseMoney(String(doctorAfter?.deliveredQuantity))).toBe(parseMoney(String(doctorBefore?.deliveredQuantity)) + 450n);
    const noDriver = await gql(api.url, RECORD, { input: { budgetLineId: line("Andre").id, date: "2013-03-15", quantity: "1" } }, { token: tovholder });
    expect(noDriver.errors?.[0]?.message).toContain("ingen aktivitetsdriver");
  });

  it("summarises the 185.000 kr. pool: planned against actual and cost per participant", async () => {
    const POOL = `query P($id: ID!) { project(id: $id) { competencePools { amount activities { name status version id } summary { planned spent uncommitted plannedParticipants actualParticipants actualCostPerParticipant } } } }`;
    const data = dataOf(
      await gql<
        {
          project: {
            competencePools: Array<{
              amount: string;
              activities: Array<{ name: string; status: string; version: number; id: string }>;
              summary: Record<string, string | number>;
            }>;
          };
        },
        object
      >(api.url, POOL, { id: bfaId }, { token: leader }),
    );
    const pool = data.project.competencePools[0];
    expect(pool?.amount).toBe("185000.00");
    expect(pool?.summary).toMatchObject({
      planned: "185000.00",
      spent: "141200.00",
      uncommitted: "3800.00",
      plannedParticipants: 64,
      actualParticipants: 50,
      actualCostPerParticipant: "2824.00",
    });

    const planned = pool?.activities.find((a) => a.status === "PLANNED");
    const RECORD = `mutation R($input: RecordCompetenceActivityInput!) { recordCompetenceActivity(input: $input) { status actualCost version } }`;
    const held = dataOf(
      await gql<{ recordCompetenceActivity: { status: string; actualCost: string } }, object>(
        api.url,
        RECORD,
        { input: { activityId: planned?.id, expectedVersion: planned?.version, status: "HELD", actualParticipants: 10, actualCost: "41000.00" } },
        { token: leader },
      ),
    );
    expect(held.recordCompetenceActivity).toMatchObject({ status: "HELD", actualCost: "41000.00" });
    const stale = await gql(api.url, RECORD, { input: { activityId: planned?.id, expectedVersion: planned?.version, status: "CANCELLED" } }, { token: leader });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});
