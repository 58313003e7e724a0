import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeBudgetThroughApi, makeProject } from "../support/fixtures.js";
import { makeCitizens, makePeople, times, type Person } from "../support/fixtures-api-b.js";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DASHBOARD, readDashboard, type Cell, type Dashboard } from "../support/dashboard-query.js";

let api: TestApi;
const tokens: Record<string, string> = {};
/** The project the dashboard shows. */
let projectId: string;
let people: Record<"styregruppe" | "leder" | "tovholder" | "sagsbehandler" | "team", Person>;

const PORTFOLIO = `query P($asOf: String) { portfolio(asOf: $asOf) { asOf projects { code progress { rag reason } spend { rag reason } participantsDisplay conversationsHeldDisplay jobOrEducationDisplay corrected spent forecast pendingDecisions } } }`;
const CLOSE = `mutation C($input: CloseMeetingPackInput!) { closeMeetingPack(input: $input) { id meetingDate comments closedBy dashboard { asOf figuresAsOf suppressed funnel { key count display } coloursNow { key display } followUp { expense { spent } } } } }`;
const PACK = `query K($id: ID!) { meetingPack(id: $id) { id comments dashboard { asOf funnel { key count display } coloursNow { key display } followUp { expense { spent } } costs { key display } } } }`;
const PACKS = `query L($p: ID!) { project(id: $p) { meetingPacks { id meetingDate closedBy } } }`;

const dashboard = (token: string, asOf: string): Promise<Dashboard> => readDashboard(api.url, projectId, token, asOf);

/**
 * A project of 30 citizens from 16 July 2012 to 1 August 2013, screened on 20 July 2012 (14 grøn, 10 orange, 2 røde,
 * 4 blå: the blå are always "<5" to the styregruppe); the 24 grøn and orange held their initial conversation in
 * September and October 2012, and 6 of the grøn found a job or an education in December. A flow plan (conversations
 * from 1 September to 21 December 2012), and an approved budget where the psychologist (50 timer × 800 kr.) has
 * invoiced 28.000 kr. but delivered 15 timer: forecast 140 %, the project's spend is red.
 */
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const project = await makeProject(api.dataSource, {
    code: "DSH",
    targetSize: 30,
    startDate: "2012-07-16",
    endDate: "2013-08-01",
    municipalityCodes: ["183", "187"],
  });
  projectId = project.id;
  people = await makePeople(api.url, api.dataSource, [project.id], {
    styregruppe: { name: "Susanne Styregruppe", role: "STYREGRUPPE" },
    leder: { name: "Lars Leder", role: "LEADER" },
    tovholder: { name: "Tine Tovholder", role: "TOVHOLDER" },
    sagsbehandler: { name: "Sara Sagsbehandler", role: "CASEWORKER" },
    team: { name: "Torben Teammedlem", role: "TEAM_MEMBER" },
  });
  for (const [role, person] of Object.entries(people)) tokens[role] = person.token;
  const at = { enrolmentDate: "2012-07-16" };
  const citizens = await makeCitizens(
    api.dataSource,
    project.id,
    [
      ...times(14, { ...at, colour: "GROEN" }),
      ...times(10, { ...at, colour: "ORANGE" }),
      ...times(2, { ...at, colour: "ROED" }),
      ...times(4, { ...at, colour: "BLAA" }),
    ],
    { prefix: "DSH", screening: { at: "2012-07-20", by: people.tovholder.id } },
  );
  const tovholder = people.tovholder.token;
  dataOf(
    await gql(
      api.url,
      `mutation F($input: SetFlowPlanInput!) { setFlowPlan(input: $input) { version } }`,
      {
        input: {
          projectId: project.id,
          conversationStart: "2012-09-01",
          conversationEnd: "2012-12-21",
          teamStart: "2012-10-02",
          teamEnd: "2013-06-30",
          meetingIntervalDays: 14,
          maxCitizensPerMeeting: 5,
          minutesPerCitizen: 30,
        },
      },
      { token: tovholder },
    ),
  );
  const SCHEDULE = `mutation S($input: ScheduleConversationInput!) { scheduleConversation(input: $input) { id version } }`;
  const RECORD = `mutation R($input: RecordConversationInput!) { recordConversation(input: $input) { id } }`;
  const OUTCOME = `mutation O($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;
  for (const [i, citizen] of citizens.filter((c) => c.colour === "GROEN" || c.colour === "ORANGE").entries()) {
    const date = `2012-${i < 12 ? "09" : "10"}-${String(3 + (i % 12) * 2).padStart(2, "0")}`;
    const scheduled = dataOf(
      await gql<{ scheduleConversation: { id: string; version: number } }, object>(
        api.url,
        SCHEDULE,
        { input: { participantId: citizen.id, date } },
        { token: tovholder },
      ),
    ).scheduleConversation;
    dataOf(
      await gql(api.url, RECORD, { input: { conversationId: scheduled.id, date, expectedVersion: scheduled.version, outcome: "HELD" } }, { token: tovholder }),
    );
  }
  for (const [i, citizen] of citizens
    .filter((c) => c.colour === "GROEN")
    .slice(0, 6)
    .entries()) {
    dataOf(
      await gql(
        api.url,
        OUTCOME,
        { input: { participantId: citizen.id, kind: i < 4 ? "JOB" : "EDUCATION", date: `2012-12-${String(3 + i).padStart(2, "0")}` } },
        { token: tovholder },
      ),
    );
  }
  const y2012 = (amount: string) => [{ year: 2012, amount }];
  const budgetId = await makeBudgetThroughApi(
    api.url,
    project.id,
    [
      { side: "INCOME", name: "Tilskud fra puljen", amounts: y2012("100000.00") },
      {
        side: "EXPENSE",
        name: "Psykolog/psykiater honorar v/ca. 50 timer",
        amounts: y2012("40000.00"),
        driver: { unit: "timer", quantity: "50", rate: "800.00", fixed: "RATE" },
      },
      { side: "EXPENSE", name: "Andre udgifter", amounts: y2012("60000.00") },
    ],
    { leader: people.leder.token, styregruppe: people.styregruppe.token },
    { startYear: 2012, endYear: 2012 },
  );
  const lines =
    dataOf(
      await gql<{ project: { budgets: Array<{ id: string; lines: Array<{ id: string; name: string }> }> } }, object>(
        api.url,
        `query L($p: ID!) { project(id: $p) { budgets { id lines { id name } } } }`,
        { p: project.id },
        { token: people.leder.token },
      ),
    ).project.budgets.find((b) => b.id === budgetId)?.lines ?? [];
  const lineId = (prefix: string) => lines.find((l) => l.name.startsWith(prefix))?.id;
  const ADD = `mutation Add($input: AddPostingInput!) { addPosting(input: $input) { id } }`;
  for (const [prefix, date, amount, voucher, quantity] of [
    ["Tilskud", "2012-09-03", "50000.00", "I-1", undefined],
    ["Psykolog", "2012-11-30", "16000.00", "P-1", "20"],
    ["Psykolog", "2013-01-31", "12000.00", "P-2", "15"],
    ["Andre", "2012-09-14", "4250.00", "A-1", undefined],
  ] as const) {
    dataOf(
      await gql(
        api.url,
        ADD,
        { input: { budgetLineId: lineId(prefix), date, amount, text: "Faktura", voucher, ...(quantity ? { quantity } : {}) } },
        { token: people.leder.token },
      ),
    );
  }
  for (const [date, quantity] of [
    ["2012-11-30", "10"],
    ["2013-01-31", "5"],
  ] as const) {
    dataOf(
      await gql(
        api.url,
        `mutation R($input: RecordActivityInput!) { recordActivity(input: $input) { quantity } }`,
        { input: { budgetLineId: lineId("Psykolog"), date, quantity } },
        { token: tovholder },
      ),
    );
  }
});
afterAll(() => api?.close());

describe("who may see the dashboard", () => {
  it("is refused to roles that see citizens one by one or not at all", async () => {
    for (const role of ["sagsbehandler", "team"]) {
      const res = await gql(api.url, DASHBOARD, { p: projectId, asOf: "2013-08-01" }, { token: tokens[role] });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const bad = await gql(api.url, DASHBOARD, { p: projectId, asOf: "2013-02-30" }, { token: tokens.styregruppe });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toBe('Datoen "2013-02-30" findes ikke i kalenderen.');
    const portfolio = await gql(api.url, `query P($asOf: String) { portfolio(asOf: $asOf) { asOf } }`, { asOf: "2013-02-30" }, { token: tokens.styregruppe });
    expect(portfolio.errors?.[0]?.message).toBe('Datoen "2013-02-30" findes ikke i kalenderen.');
  });
});

async function workbook(path: string, token: string): Promise<ExcelJS.Worksheet> {
  const res = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const sheet = book.getWorksheet("Overblik");
  if (!sheet) throw new Error("no Overblik sheet");
  return sheet;
}

/** The rows of a section (from its title to the next empty row), by their first cell. */
function rowsAfter(sheet: ExcelJS.Worksheet, title: string): Map<string, unknown[]> {
  const rows = sheet.getRows(1, sheet.rowCount) ?? [];
  const start = rows.findIndex((r) => r.getCell(1).value === title);
  const out = new Map<string, unknown[]>();
  for (const r of rows.slice(start + 2)) {
    if (r.cellCount === 0 || r.getCell(1).value === null) break;
    out.set(r.getCell(1).text, [r.getCell(1).value, r.getCell(2).value, r.getCell(3).value]);
  }
  return out;
}

const text = (sheet: ExcelJS.Worksheet) => (sheet.getRows(1, sheet.rowCount) ?? []).map((r) => JSON.stringify(r.values)).join("\n");

describe("the dashboard's workbook", () => {
  it("has the screen's figures, with <5 for the styregruppe, and only for those who may see the dashboard", async () => {
    const d = await dashboard(tokens.styregruppe as string, "2013-08-01");
    const sheet = await workbook(`/export/dashboard/${projectId}.xlsx?dato=2013-08-01`, tokens.styregruppe as string);
    const colours = rowsAfter(sheet, "Farvegrupper: baseline og nu");
    expect(colours.get("Blå")?.slice(1)).toEqual(["<5", "<5"]);
    for (const c of d.coloursNow) expect([c.label, colours.get(c.label ?? "")?.[2]]).toEqual([c.label, c.count ?? c.display]);
    const funnel = rowsAfter(sheet, "Tragten");
    for (const s of d.funnel) expect([s.key, funnel.get(s.label ?? "")?.[1]]).toEqual([s.key, s.count ?? s.display]);
    expect(text(sheet)).not.toMatch(/DSH-\d{4}/);
    const res = await fetch(`${api.url}/export/dashboard/${projectId}.xlsx`, { headers: { authorization: `Bearer ${tokens.sagsbehandler}` } });
    expect(res.status).toBe(403);
    expect((await fetch(`${api.url}/export/dashboard/${projectId}.xlsx`)).status).toBe(401);
  });
});

describe("the portfolio", () => {
  it("lists the projects the user steers with both lights and their rules", async () => {
    const p = dataOf(
      await gql<
        {
          portfolio: {
            projects: Array<Record<string, unknown> & { code: string; progress: { rag: string; reason: string }; spend: { rag: string; reason: string } }>;
          };
        },
        object
      >(api.url, PORTFOLIO, { asOf: "2013-01-31" }, { token: tokens.styregruppe }),
    ).portfolio;
    const bfa = p.projects.find((x) => x.code === "DSH");
    expect(bfa).toBeDefined();
    expect(bfa?.spend.rag).toBe("RED");
    expect(bfa?.spend.reason).toMatch(/^Psykolog\/psykiater honorar v\/ca\. 50 timer: /);
    expect(bfa?.progress.reason).toMatch(/^Samtale holdt med/);
    const d = await dashboard(tokens.styregruppe as string, "2013-01-31");
    expect(bfa?.spent).toBe(d.followUp?.expense.spent);
    expect(bfa?.progress).toEqual(d.progress);
    const caseworker = await gql(api.url, PORTFOLIO, {}, { token: tokens.sagsbehandler });
    expect(caseworker.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("frozen meeting packs", () => {
  it("freeze the dashboard as the styregruppe sees it; later postings and events change the live figures, not the pack", async () => {
    type Pack = {
      id: string;
      meetingDate: string;
      dashboard: { asOf: string; suppressed: boolean; funnel: Cell[]; coloursNow: Cell[]; followUp: { expense: { spent: string } } };
    };
    // The tovholder's exact outcomes at the reporting date before the pack is closed.
    const exactOutcome = async () => (await dashboard(tokens.tovholder as string, "2013-01-31")).funnel.find((s) => s.key === "OUTCOME")?.count ?? 0;
    const before = await exactOutcome();
    const closed = dataOf(
      await gql<{ closeMeetingPack: Pack }, object>(
        api.url,
        CLOSE,
        { input: { projectId: projectId, meetingDate: "2013-02-01", comments: "Psykologen er bagud; vi følger op." } },
        { token: tokens.tovholder },
      ),
    ).closeMeetingPack;
    expect(closed.dashboard).toMatchObject({ asOf: "2013-02-01", figuresAsOf: "2013-01-31", suppressed: true });
    // Frozen as the styregruppe sees the reporting date: the same figures as the live screen had.
    expect(closed.dashboard.funnel).toEqual(
      (await dashboard(tokens.styregruppe as string, "2013-02-01")).funnel.map(({ key, count, display }) => ({ key, count, display })),
    );
    expect(closed.dashboard.coloursNow.find((c) => c.key === "BLAA")?.display).toBe("<5");

    // A late posting dated before the meeting, and a new outcome before it.
    const [line]: Array<{ id: string }> = await api.dataSource.query(
      `SELECT l.id FROM budget_line l JOIN budget b ON b.id = l.budget_id WHERE b.project_id = $1 AND l.name LIKE 'Andre udgifter%'`,
      [projectId],
    );
    const user = { id: people.leder.id };
    await api.dataSource.query(
      `INSERT INTO budget_posting (project_id, budget_line_id, posting_date, amount_ore, text, voucher, created_by)
       SELECT project_id, id, '2013-01-15', 1234500, 'Sen faktura', 'LATE-1', $2 FROM budget_line WHERE id = $1`,
      [line?.id, user?.id],
    );
    const [green]: Array<{ id: string }> = await api.dataSource.query(
      `SELECT p.id FROM participant p WHERE p.project_id = $1 AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id) AND p.colour = 'GROEN' LIMIT 1`,
      [projectId],
    );
    await api.dataSource.query(
      `INSERT INTO outcome (project_id, participant_id, kind, outcome_date) SELECT project_id, id, 'JOB', '2013-01-20' FROM participant WHERE id = $1`,
      [green?.id],
    );

    const pack = dataOf(await gql<{ meetingPack: Pack }, object>(api.url, PACK, { id: closed.id }, { token: tokens.styregruppe })).meetingPack;
    expect(pack.dashboard.followUp.expense.spent).toBe(closed.dashboard.followUp.expense.spent);
    expect(pack.dashboard.funnel).toEqual(closed.dashboard.funnel);
    const live = await dashboard(tokens.styregruppe as string, "2013-02-01");
    expect(BigInt((live.followUp?.expense.spent ?? "0").replace(".", "")) - BigInt(pack.dashboard.followUp.expense.spent.replace(".", ""))).toBe(1234500n);
    // The new outcome is in the live figures (the tovholder's exact count moved by one), never in the pack.
    expect(await exactOutcome()).toBe(before + 1);
    expect(pack.dashboard.funnel).toEqual(closed.dashboard.funnel);

    const again = await gql(api.url, CLOSE, { input: { projectId: projectId, meetingDate: "2013-02-01", comments: "" } }, { token: tokens.tovholder });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const bySteering = await gql(api.url, CLOSE, { input: { projectId: projectId, meetingDate: "2013-03-01", comments: "" } }, { token: tokens.styregruppe });
    expect(bySteering.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await expect(api.dataSource.query(`UPDATE meeting_pack SET comments = 'ændret' WHERE id = $1`, [closed.id])).rejects.toThrow(/frozen/);
    const list = dataOf(
      await gql<{ project: { meetingPacks: Array<{ id: string; closedBy: string }> } }, object>(
        api.url,
        PACKS,
        { p: projectId },
        { token: tokens.styregruppe },
      ),
    ).project.meetingPacks;
    expect(list).toEqual([{ id: closed.id, meetingDate: "2013-02-01", closedBy: "Tine Tovholder" }]);

    // The pack's workbook has the pack's figures, not today's.
    const sheet = await workbook(`/export/pack/${closed.id}.xlsx`, tokens.styregruppe as string);
    const funnel = rowsAfter(sheet, "Tragten");
    expect(funnel.get("Resultat registreret")?.[1]).toBe(pack.dashboard.funnel.find((s) => s.key === "OUTCOME")?.count);
    expect(text(sheet)).toContain("Psykologen er bagud; vi følger op.");
    const economy = sheet.workbook.getWorksheet("Budgetopfølgning");
    const total = economy?.getRows(1, economy.rowCount)?.find((r) => r.getCell(2).value === "I alt udgifter");
    expect(total?.getCell(6).text).toBe(String(Number(pack.dashboard.followUp.expense.spent)));
  });
});
