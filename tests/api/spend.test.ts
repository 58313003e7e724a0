import { ProjectsDocument } from "@overblik/graphql-client";
import { parseMoney, sumOre } from "@overblik/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";

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
  const data = dataOf(await gql<{ project: { budgets: Array<{ followUp: FollowUp }> } }, object>(api.url, FOLLOW_UP, { id: bfaId, asOf, year }, { token: leader }));
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

beforeAll(async () => {
  api = await startTestApi();
  leader = await login(api.url, "leder@overblik.demo");
  const list = dataOf(await gql(api.url, ProjectsDocument, {}, { token: leader }));
  bfaId = list.projects.items.find((p) => p.code === "BFA")?.id ?? "";
  const data = dataOf(
    await gql<{ project: { budgets: Array<{ id: string; lines: Array<{ id: string; name: string; version: number }> }> } }, object>(api.url, BUDGET, { id: bfaId }, { token: leader }),
  );
  budgetId = data.project.budgets[0]?.id ?? "";
  lines = data.project.budgets[0]?.lines ?? [];
});
afterAll(() => api?.close());

describe("activity drivers", () => {
  it("states Lægekonsulent as 50 timer × 800 kr. and derives ≈251,14 kr. per company-consultant hour", async () => {
    const data = dataOf(await gql<{ project: { approvalThreshold: string; budgets: Array<{ lines: Array<{ name: string; driver: Record<string, string | null> | null }> }> } }, object>(api.url, BUDGET, { id: bfaId }, { token: leader }));
    const byName = (p: string) => data.project.budgets[0]?.lines.find((l) => l.name.startsWith(p))?.driver;
    expect(byName("Lægekonsulent")).toEqual({ unit: "timer", plannedQuantity: "50.00", unitRate: "800.00", plannedUnitCost: "800.00" });
    expect(byName("Virksomhedskonsulent honorar")).toEqual({ unit: "timer", plannedQuantity: "219.00", unitRate: null, plannedUnitCost: "251.14" });
    expect(data.project.approvalThreshold).toBe("50000.00");
  });
});

describe("follow-up", () => {
  it("recomputes spend from the postings to the øre, per line and in total", async () => {
    // After the last posting (July 2013), so the follow-up covers every posting the list sums.
    const f = await followUp("2013-08-01");
    const postings = dataOf(
      await gql<{ project: { budgets: Array<{ postings: { income: string; expense: string; net: string; items: Array<{ amount: string }> } }> } }, object>(api.url, POSTINGS, { id: bfaId }, { token: leader }),
    );
    const all = postings.project.budgets[0]?.postings;
    const spentAll = sumOre(f.lines.map((l) => parseMoney(l.spent)));
    // The list sums each side apart (issue #15): income and expense as the follow-up's sides, net their difference.
    expect(parseMoney(all?.expense ?? "")).toBe(parseMoney(f.expense.spent));
    expect(parseMoney(all?.income ?? "")).toBe(parseMoney(f.income.spent));
    expect(parseMoney(all?.net ?? "")).toBe(parseMoney(f.income.spent) - parseMoney(f.expense.spent));
    expect(sumOre((all?.items ?? []).map((p) => parseMoney(p.amount)))).toBe(spentAll);
    expect(parseMoney(f.expense.spent) + parseMoney(f.income.spent)).toBe(spentAll);
    expect(f.expense.corrected).toBe("1193000.00");
  });

  it("sets each line's status by a stated rule: the psychologist invoiced 35 timer but delivered 15 (28.000 + 35 × 800 = 140 %)", async () => {
    const f = await followUp("2013-01-31");
    const doctor = f.lines.find((l) => l.name.startsWith("Lægekonsulent"));
    expect(doctor).toMatchObject({ spent: "24000.00", deliveredQuantity: "30.00", actualUnitCost: "800.00", forecast: "40000.00", forecastMethod: "ACTIVITY", rag: "GREEN" });
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
    sheet?.eachRow((row) => rows.set(String(row.getCell(2).value), row));
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
    const outsider = await login(api.url, "udvikler@overblik.demo");
    const kbh = dataOf(await gql(api.url, ProjectsDocument, {}, { token: leader })).projects.items.find((p) => p.code === "KBH");
    const kbhBudget = kbh?.budget?.id ?? "";
    expect((await fetch(`${api.url}/export/budgets/${kbhBudget}/follow-up.xlsx`, { headers: { authorization: `Bearer ${outsider}` } })).status).toBe(404);
  });
});

describe("postings", () => {
  const ADD = `mutation Add($input: AddPostingInput!) { addPosting(input: $input) { id amount voucher lineName quantity createdBy { name } } }`;
  const REVERSE = `mutation Reverse($input: ReversePostingInput!) { reversePosting(input: $input) { id amount voucher reversesPostingId text } }`;

  it("adds one by one, and corrects only by a reversing posting", async () => {
    const added = dataOf(
      await gql<{ addPosting: { id: string; amount: string; quantity: string } }, object>(api.url, ADD, {
        input: { budgetLineId: line("Lægekonsulent").id, date: "2013-02-28", amount: "1600.00", text: "2 timer", voucher: "T-100", quantity: "2" },
      }, { token: leader }),
    ).addPosting;
    expect(added.quantity).toBe("2.00");
    const again = await gql(api.url, ADD, { input: { budgetLineId: line("Lægekonsulent").id, date: "2013-02-28", amount: "1600.00", text: "2 timer", voucher: "T-100" } }, { token: leader });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const reversal = dataOf(
      await gql<{ reversePosting: { amount: string; voucher: string; reversesPostingId: string } }, object>(api.url, REVERSE, { input: { postingId: added.id, date: "2013-03-01", reason: "Forkert linje" } }, { token: leader }),
    ).reversePosting;
    expect(reversal).toMatchObject({ amount: "-1600.00", voucher: "T-100-T", reversesPostingId: added.id });
    const twice = await gql(api.url, REVERSE, { input: { postingId: added.id, date: "2013-03-02", voucher: "X", reason: "Igen" } }, { token: leader });
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const list = dataOf(await gql<{ project: { budgets: Array<{ postings: { items: Array<{ id: string; reversedById: string | null }> } }> } }, object>(api.url, POSTINGS, { id: bfaId, lineId: line("Lægekonsulent").id }, { token: leader }));
    expect(list.project.budgets[0]?.postings.items.find((p) => p.id === added.id)?.reversedById).not.toBeNull();
  });

  it("does not let a caseworker post", async () => {
    const caseworker = await login(api.url, "sagsbehandler@overblik.demo");
    const res = await gql(api.url, ADD, { input: { budgetLineId: line("Andre").id, date: "2013-02-28", amount: "1.00", text: "x", voucher: "X-1" } }, { token: caseworker });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("CSV import from the finance system", () => {
  const bad = [
    "01-02-2013;F-1;Honorar;1.600,00;Lægekonsulent honorar v/ca. 50 timer;2",
    "01-02-2013;F-2;Honorar;12,345;Lægekonsulent honorar v/ca. 50 timer;",
    "02-02-2013;F-3;Kursus;2.000,00;Ukendt linje;",
    "31-02-2013;F-4;Husleje;500,00;Andre udgifter;",
    "01-02-2013;F-1;Honorar igen;1.600,00;Lægekonsulent honorar v/ca. 50 timer;2",
  ];
  const good = [
    "01-02-2013;F-1;Honorar;1.600,00;Lægekonsulent honorar v/ca. 50 timer;2",
    "01-02-2013;F-2;Honorar;12.345,00;Lægekonsulent honorar v/ca. 50 timer;",
    "02-02-2013;F-3;Kursus;2.000,00;Andre udgifter;",
    "28-02-2013;F-4;Husleje;500,00;Andre udgifter;",
  ];

  async function postingCount(): Promise<number> {
    const data = dataOf(await gql<{ project: { budgets: Array<{ postings: { totalCount: number } }> } }, object>(api.url, POSTINGS, { id: bfaId }, { token: leader }));
    return data.project.budgets[0]?.postings.totalCount ?? -1;
  }

  it("names every bad row and its problem, and writes nothing", async () => {
    const before = await postingCount();
    const input = { budgetId, fileName: "forkert.csv", contentBase64: csv(bad) };
    const preview = dataOf(await gql<{ previewPostingImport: { rowCount: number; errors: Array<{ row: number; message: string }> } }, object>(api.url, PREVIEW, { input }, { token: leader })).previewPostingImport;
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
    const preview = dataOf(await gql<{ previewPostingImport: { encoding: string; newCount: number; newTotal: string; errors: unknown[] } }, object>(api.url, PREVIEW, { input }, { token: leader })).previewPostingImport;
    expect(preview).toMatchObject({ encoding: "windows-1252", newCount: 4, newTotal: "16445.00", errors: [] });
    expect(await postingCount()).toBe(before);

    const first = dataOf(await gql<{ importPostings: { added: number; alreadyThere: number; addedTotal: string } }, object>(api.url, IMPORT, { input }, { token: leader })).importPostings;
    expect(first).toMatchObject({ added: 4, alreadyThere: 0, addedTotal: "16445.00" });
    const second = dataOf(await gql<{ importPostings: { added: number; alreadyThere: number } }, object>(api.url, IMPORT, { input }, { token: leader })).importPostings;
    expect(second).toMatchObject({ added: 0, alreadyThere: 4 });
    expect(await postingCount()).toBe(before + 4);
  });

  it("refuses a re-import that changes an amount already booked", async () => {
    const input = { budgetId, fileName: "aendret.csv", contentBase64: csv(["28-02-2013;F-4;Husleje;550,00;Andre udgifter;"]) };
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
    const tovholder = await login(api.url, "tovholder@overblik.demo");
    const res = dataOf(await gql<{ recordActivity: { quantity: string; source: string } }, object>(api.url, RECORD, { input: { budgetLineId: line("Lægekonsulent").id, date: "2013-03-15", quantity: "4.5" } }, { token: tovholder }));
    expect(res.recordActivity).toEqual({ quantity: "4.50", source: "MANUAL" });
    const after = await followUp("2013-03-31");
    const doctorAfter = after.lines.find((l) => l.name.startsWith("Lægekonsulent"));
    expect(parseMoney(String(doctorAfter?.deliveredQuantity))).toBe(parseMoney(String(doctorBefore?.deliveredQuantity)) + 450n);
    const noDriver = await gql(api.url, RECORD, { input: { budgetLineId: line("Andre").id, date: "2013-03-15", quantity: "1" } }, { token: tovholder });
    expect(noDriver.errors?.[0]?.message).toContain("ingen aktivitetsdriver");
  });

  it("summarises the 185.000 kr. pool: planned against actual and cost per participant", async () => {
    const POOL = `query P($id: ID!) { project(id: $id) { competencePools { amount activities { name status version id } summary { planned spent uncommitted plannedParticipants actualParticipants actualCostPerParticipant } } } }`;
    const data = dataOf(await gql<{ project: { competencePools: Array<{ amount: string; activities: Array<{ name: string; status: string; version: number; id: string }>; summary: Record<string, string | number> }> } }, object>(api.url, POOL, { id: bfaId }, { token: leader }));
    const pool = data.project.competencePools[0];
    expect(pool?.amount).toBe("185000.00");
    expect(pool?.summary).toMatchObject({ planned: "185000.00", spent: "141200.00", uncommitted: "3800.00", plannedParticipants: 64, actualParticipants: 50, actualCostPerParticipant: "2824.00" });

    const planned = pool?.activities.find((a) => a.status === "PLANNED");
    const RECORD = `mutation R($input: RecordCompetenceActivityInput!) { recordCompetenceActivity(input: $input) { status actualCost version } }`;
    const held = dataOf(await gql<{ recordCompetenceActivity: { status: string; actualCost: string } }, object>(api.url, RECORD, { input: { activityId: planned?.id, expectedVersion: planned?.version, status: "HELD", actualParticipants: 10, actualCost: "41000.00" } }, { token: leader }));
    expect(held.recordCompetenceActivity).toMatchObject({ status: "HELD", actualCost: "41000.00" });
    const stale = await gql(api.url, RECORD, { input: { activityId: planned?.id, expectedVersion: planned?.version, status: "CANCELLED" } }, { token: leader });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});
