// The world of the spend tests (tests/api/spend-follow-up.test.ts, spend-postings.test.ts): its own API with a
// project's approved one-year budget, its spend and delivered hours, and its competence pool; the queries both use.
import { dataOf, gql, startTestApi, type TestApi } from "./api.js";
import { makeBudgetThroughApi, makeProject } from "./fixtures.js";
import { makeActivity, makeCompetencePool, makePeople, makePostings, type Person } from "./fixtures-api-b.js";

export const BUDGET = `query Budget($id: ID!) { project(id: $id) { approvalThreshold version budgets { id lines { id name version driver { unit plannedQuantity unitRate plannedUnitCost } } } } }`;
export const FOLLOW_UP = `query FollowUp($id: ID!, $asOf: String, $year: Int) { project(id: $id) { budgets { followUp(asOf: $asOf, year: $year) {
  asOf periodStart periodEnd rules
  lines { lineId name side original corrected spent rest spentPercent activityPercent driverUnit plannedQuantity deliveredQuantity
          plannedUnitCost actualUnitCost burnRatePerMonth forecast forecastMethod forecastExplanation deviation rag ragReason }
  income { corrected spent forecast rag } expense { original corrected spent rest forecast deviation spentPercent rag ragReason } } } } }`;
export const POSTINGS = `query Postings($id: ID!, $lineId: ID) { project(id: $id) { budgets { postings(lineId: $lineId, take: 500) { totalCount income expense net items { id amount voucher date reversesPostingId reversedById } } } } }`;
export const PREVIEW = `mutation Preview($input: PostingImportInput!) { previewPostingImport(input: $input) {
  rowCount newCount alreadyThereCount newTotal encoding errors { row column message } rows { row lineName amount alreadyThere } } }`;
export const IMPORT = `mutation Import($input: PostingImportInput!) { importPostings(input: $input) { importId added alreadyThere addedTotal } }`;

export type FollowUp = {
  asOf: string;
  rules: string;
  lines: Array<Record<string, string | number | null> & { name: string; spent: string; forecast: string; rag: string; ragReason: string }>;
  income: { corrected: string; spent: string };
  expense: { original: string; corrected: string; spent: string; rest: string; forecast: string; deviation: string; rag: string; ragReason: string };
};

export function csv(rows: string[], encoding: "utf-8" | "latin1" = "utf-8"): string {
  return Buffer.from(["Dato;Bilag;Tekst;Beløb;Linje;Antal", ...rows].join("\r\n"), encoding).toString("base64");
}

type Line = { id: string; name: string; version: number };
const lineOf = (lines: Line[]) => (prefix: string) => {
  const l = lines.find((x) => x.name.startsWith(prefix));
  if (!l) throw new Error(`no line ${prefix}`);
  return l;
};

/**
 * A project's approved one-year budget (2012, as its document states one amount for the whole period) and its spend
 * up to the end of January 2013, with the figures the tests state:
 * - the two tovholdere are paid monthly from August: 40.000 + 35.000 = 75.000 kr. by 31 August 2012;
 * - the doctor (50 timer × 800 kr.) invoiced 6.400 + 9.600 + 8.000 = 24.000 kr. and delivered 14 + 16 = 30 timer;
 * - the psychologist (the same) invoiced 16.000 + 12.000 = 28.000 kr. (35 timer) but delivered 10 + 5 = 15 timer;
 * - the company consultant's 55.000 kr. for 219 timer (no rate stated: 251,14 kr. a time) invoiced 10.000 kr. for 40 timer.
 * Expenses 480.000 + 420.000 + 40.000 + 40.000 + 55.000 + 108.000 = 1.143.000 kr., as much income.
 */
export const EXPENSE_TOTAL = "1143000.00";

export interface SpendWorld {
  api: TestApi;
  /** The leader's token. */
  leader: string;
  bfaId: string;
  budgetId: string;
  lines: Line[];
  /** The budget line whose name begins with `prefix`. */
  line: (prefix: string) => Line;
  people: Record<"leder" | "styregruppe" | "tovholder" | "sagsbehandler" | "udenfor", Person>;
  /** A budget of another project, which the project's people are outside. */
  otherBudgetId: string;
  /** The follow-up as the leader sees it. */
  followUp: (asOf: string, year?: number) => Promise<FollowUp>;
}

export async function startSpendWorld(): Promise<SpendWorld> {
  const api = await startTestApi({ seed: false });
  const project = await makeProject(api.dataSource, { startDate: "2012-07-16", endDate: "2013-08-01", municipalityCodes: ["183", "187"] });
  const other = await makeProject(api.dataSource, { startDate: "2012-01-01", endDate: "2015-12-31" });
  const bfaId = project.id;
  const people = await makePeople(api.url, api.dataSource, [project.id], {
    leder: { name: "Lars Leder", role: "LEADER" },
    styregruppe: { name: "Susanne Styregruppe", role: "STYREGRUPPE" },
    tovholder: { name: "Tine Tovholder", role: "TOVHOLDER" },
    sagsbehandler: { name: "Sara Sagsbehandler", role: "CASEWORKER" },
    udenfor: { name: "Ulla Udenfor" },
  });
  const leader = people.leder.token;
  const y2012 = (amount: string) => [{ year: 2012, amount }];
  const budgetId = await makeBudgetThroughApi(
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
  let otherBudgetId = "";
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
  const lines = data.project.budgets[0]?.lines ?? [];
  const line = lineOf(lines);
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
  const followUp = async (asOf: string, year?: number): Promise<FollowUp> => {
    const data = dataOf(
      await gql<{ project: { budgets: Array<{ followUp: FollowUp }> } }, object>(api.url, FOLLOW_UP, { id: bfaId, asOf, year }, { token: leader }),
    );
    const f = data.project.budgets[0]?.followUp;
    if (!f) throw new Error("no follow-up");
    return f;
  };
  return { api, leader, bfaId, budgetId, lines, line, people, otherBudgetId, followUp };
}
