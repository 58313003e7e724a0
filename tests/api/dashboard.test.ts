import { discloseCount, discloseFunnel, FUNNEL_FIGURES, funnelReach, PROGRESS_RULE_TEXT, reportingDate } from "@overblik/domain";
import { ProjectsDocument } from "@overblik/graphql-client";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";

let api: TestApi;
const tokens: Record<string, string> = {};
let bfaId: string;

const DASHBOARD = `query D($p: ID!, $asOf: String) { project(id: $p) { dashboard(asOf: $asOf) {
  asOf suppressed progress { rag reason } spend { rag reason }
  funnel { key label count display percentOfTarget }
  outcomes { key count display suppressed }
  baselineDate coloursAtBaseline { key count display suppressed } coloursNow { key label count display suppressed }
  stagesAtBaseline { key count display } stagesNow { key count display suppressed }
  pace { requiredPerWeek averagePerWeek } goals { indicator display } milestones { name status }
  followUp { expense { original corrected spent forecast deviation rag ragReason } lines { lineId spent deliveredQuantity } }
  pools { name amount used } costs { key countDisplay amount display } pendingDecisions { id } warnings } } }`;
const FOLLOW_UP = `query F($p: ID!, $asOf: String) { project(id: $p) { budgets { followUp(asOf: $asOf) { expense { original corrected spent forecast deviation rag ragReason } } } } }`;
const OVERVIEW = `query V($p: ID!, $asOf: String) { project(id: $p) { overview(asOf: $asOf) { stage } } }`;
const PORTFOLIO = `query P($asOf: String) { portfolio(asOf: $asOf) { asOf projects { code progress { rag reason } spend { rag reason } participantsDisplay conversationsHeldDisplay jobOrEducationDisplay corrected spent forecast pendingDecisions } } }`;
const CLOSE = `mutation C($input: CloseMeetingPackInput!) { closeMeetingPack(input: $input) { id meetingDate comments closedBy dashboard { asOf figuresAsOf suppressed funnel { key count display } coloursNow { key display } followUp { expense { spent } } } } }`;
const PACK = `query K($id: ID!) { meetingPack(id: $id) { id comments dashboard { asOf funnel { key count display } coloursNow { key display } followUp { expense { spent } } costs { key display } } } }`;
const PACKS = `query L($p: ID!) { project(id: $p) { meetingPacks { id meetingDate closedBy } } }`;

type Cell = { key: string; label?: string; count: number | null; display: string; suppressed?: string | null };
type Dashboard = {
  asOf: string;
  suppressed: boolean;
  progress: { rag: string; reason: string };
  spend: { rag: string; reason: string };
  funnel: Array<{ key: string; label?: string; count: number | null; display: string; percentOfTarget: string | null }>;
  outcomes: Cell[];
  baselineDate: string | null;
  coloursAtBaseline: Cell[];
  coloursNow: Cell[];
  stagesAtBaseline: Cell[];
  stagesNow: Cell[];
  followUp: { expense: Record<string, string> } | null;
  costs: Array<{ key: string; countDisplay: string; amount: string | null; display: string }>;
  warnings: string[];
};

async function dashboard(token: string, asOf: string): Promise<Dashboard> {
  return dataOf(await gql<{ project: { dashboard: Dashboard } }, object>(api.url, DASHBOARD, { p: bfaId, asOf }, { token })).project.dashboard;
}

beforeAll(async () => {
  api = await startTestApi();
  for (const r of ["styregruppe", "leder", "tovholder", "sagsbehandler", "team"]) tokens[r] = await login(api.url, `${r}@overblik.demo`);
  bfaId = dataOf(await gql(api.url, ProjectsDocument, {}, { token: tokens.leder })).projects.items.find((p) => p.code === "BFA")?.id ?? "";
});
afterAll(() => api?.close());

describe("the styregruppe's project dashboard", () => {
  it("has the budget planner's own figures to the øre, and spend recomputed from the postings", async () => {
    for (const asOf of ["2013-01-31", "2013-08-01"]) {
      const d = await dashboard(tokens.styregruppe as string, asOf);
      const planner = dataOf(await gql<{ project: { budgets: Array<{ followUp: { expense: Record<string, string> } }> } }, object>(api.url, FOLLOW_UP, { p: bfaId, asOf }, { token: tokens.leder })).project
        .budgets[0]?.followUp.expense;
      expect(d.followUp?.expense).toEqual(planner);
      const [posted]: Array<{ s: string }> = await api.dataSource.query(
        `SELECT (sum(p.amount_ore) / 100)::numeric(14,2)::text AS s FROM budget_posting p JOIN budget_line l ON l.id = p.budget_line_id
          JOIN budget b ON b.id = l.budget_id WHERE b.project_id = $1 AND l.side = 'EXPENSE' AND p.posting_date <= $2`,
        [bfaId, asOf],
      );
      expect(d.followUp?.expense.spent).toBe(posted?.s);
    }
  });

  it("has a funnel equal to the counts of the flow's events", async () => {
    const asOf = "2013-08-01";
    const d = await dashboard(tokens.tovholder as string, asOf);
    // Each citizen's facts on the date, queried here from the events; the funnel counts who reached a step or a later one.
    const facts = (await api.dataSource.query(
      `SELECT p.enrolment_date <= $2 AS enrolled,
              COALESCE((SELECT c.to_colour FROM participant_colour_change c WHERE c.participant_id = p.id AND c.changed_at::date <= $2 ORDER BY c.changed_at DESC LIMIT 1),
                       CASE WHEN NOT EXISTS (SELECT 1 FROM participant_colour_change c WHERE c.participant_id = p.id) THEN p.colour END) AS colour,
              EXISTS (SELECT 1 FROM conversation c WHERE c.participant_id = p.id AND c.status = 'HELD' AND c.held_date <= $2) AS held,
              EXISTS (SELECT 1 FROM agenda_item a JOIN team_meeting m ON m.id = a.meeting_id WHERE a.participant_id = p.id AND m.status = 'HELD' AND m.meeting_date <= $2) AS met,
              EXISTS (SELECT 1 FROM action_plan_item i WHERE i.participant_id = p.id AND i.created_at::date <= $2) AS planned,
              EXISTS (SELECT 1 FROM action_plan_item i WHERE i.participant_id = p.id AND i.created_at::date <= $2 AND i.start_month <= $2 AND i.status <> 'PLANNED') AS intervention,
              EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= $2) AS outcome,
              EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= $2 AND o.kind IN ('JOB', 'EDUCATION')) AS job
         FROM participant p WHERE p.project_id = $1`,
      [bfaId, asOf],
    )) as Array<{ enrolled: boolean; colour: string | null; held: boolean; met: boolean; planned: boolean; intervention: boolean; outcome: boolean; job: boolean }>;
    const reach = facts.map((f) =>
      funnelReach({ ...f, screened: f.colour !== null, inFlow: f.colour !== null && f.colour !== "ROED", jobOrEducation: f.job }),
    );
    const expected = Object.fromEntries(FUNNEL_FIGURES.map((key, i) => [key, reach.filter((r) => r >= i).length]));
    // The demo's flow skips steps (plans and results without a team meeting): the funnel is wider than the bare figure there.
    const bare = facts.filter((f) => f.enrolled && f.colour !== null && f.colour !== "ROED" && f.met).length;
    expect(expected.TEAM_MEETING).toBeGreaterThan(bare);
    for (const [key, n] of Object.entries(expected)) expect([key, d.funnel.find((s) => s.key === key)?.count]).toEqual([key, n]);
    expect(d.funnel.map((s) => s.key)).toEqual(["TARGET", "SCREENED", "CONVERSATION_HELD", "TEAM_MEETING", "ACTION_PLAN", "INTERVENTION", "OUTCOME", "JOB_OR_EDUCATION"]);
    // Nested: each step at most the one before.
    d.funnel.forEach((s, i) => i > 0 && expect(s.count ?? 0).toBeLessThanOrEqual(d.funnel[i - 1]?.count ?? 0));
    // The stages are the tovholder's overview's, counted in SQL.
    const overview = dataOf(await gql<{ project: { overview: Array<{ stage: string }> } }, object>(api.url, OVERVIEW, { p: bfaId, asOf }, { token: tokens.tovholder })).project.overview;
    const byStage = new Map<string, number>();
    for (const r of overview) byStage.set(r.stage, (byStage.get(r.stage) ?? 0) + 1);
    expect(Object.fromEntries(d.stagesNow.filter((c) => (c.count ?? 0) > 0).map((c) => [c.key, c.count]))).toEqual(Object.fromEntries(byStage));
  });

  it("shows the styregruppe the 4 blå as <5 and the other colours rounded as of the month end, and the tovholder exact figures", async () => {
    const steering = await dashboard(tokens.styregruppe as string, "2013-08-01");
    expect(steering.suppressed).toBe(true);
    expect(steering.coloursNow.find((c) => c.key === "BLAA")).toMatchObject({ count: null, display: "<5", suppressed: "PRIMARY" });
    expect(steering.coloursNow.some((c) => c.suppressed === "COMPLEMENTARY")).toBe(false);
    // The tovholder's exact colours at the reporting date (31 July), through the domain's rounding.
    const exact = await dashboard(tokens.tovholder as string, reportingDate("2013-08-01"));
    expect(steering.coloursNow.map((c) => [c.key, c.display])).toEqual(exact.coloursNow.map((c) => [c.key, discloseCount(c.count as number).display]));
    expect(steering.stagesNow.map((c) => [c.key, c.display])).toEqual(exact.stagesNow.map((c) => [c.key, discloseCount(c.count as number).display]));
    const count = (cells: Cell[]) => cells.map((c) => c.count as number);
    expect(steering.funnel.map((f) => f.display)).toEqual(
      discloseFunnel(
        exact.funnel.map((f) => ({ key: f.key, count: f.count as number })),
        true,
        { TARGET: [count(exact.coloursNow), count(exact.stagesNow)], SCREENED: [count(exact.coloursNow.filter((c) => c.key !== "NONE"))], OUTCOME: [count(exact.outcomes)] },
      ).map((f) => f.display),
    );
    expect(steering.coloursAtBaseline.find((c) => c.key === "BLAA")?.display).toBe("<5");
    expect(steering.baselineDate).toBe("2012-07-20");
    const tovholder = await dashboard(tokens.tovholder as string, "2013-08-01");
    expect(tovholder.coloursNow.find((c) => c.key === "BLAA")?.count).toBe(4);
    // Baseline versus now: the 9 grøn who did not show up are orange now.
    const at = (cells: Cell[], key: string) => cells.find((c) => c.key === key)?.count ?? 0;
    expect(at(tovholder.coloursAtBaseline, "GROEN") - at(tovholder.coloursNow, "GROEN")).toBe(9);
    expect(at(tovholder.coloursNow, "ORANGE") - at(tovholder.coloursAtBaseline, "ORANGE")).toBe(9);
  });

  it("divides spend by conversations held, plans and job or education outcomes to the øre, and states its lights' rules", async () => {
    const d = await dashboard(tokens.styregruppe as string, "2013-08-01");
    // The spend as of the date, over the citizens in the flow with a held conversation by the reporting date (31 July;
    // figures.ts's CONVERSATION_HELD: citizens, not conversations) as the styregruppe sees them: rounded.
    const heldCitizens = async (date: string) =>
      ((await api.dataSource.query(
        `SELECT count(DISTINCT c.participant_id)::int AS n FROM conversation c JOIN participant p ON p.id = c.participant_id
          WHERE c.project_id = $1 AND c.status = 'HELD' AND c.held_date <= $2 AND p.enrolment_date <= $2 AND (p.colour IS NULL OR p.colour <> 'ROED')`,
        [bfaId, date],
      )) as Array<{ n: number }>)[0]?.n ?? 0;
    const held = { n: await heldCitizens("2013-07-31") };
    const spentOre = BigInt((d.followUp?.expense.spent ?? "0").replace(".", ""));
    const n = BigInt(discloseCount(held.n).count ?? 1);
    const expected = (spentOre * 2n + n) / (2n * n); // half up for a positive amount
    const perConversation = d.costs.find((c) => c.key === "CONVERSATION_HELD");
    expect(perConversation?.amount).toBe(`${expected / 100n}.${String(expected % 100n).padStart(2, "0")}`);
    expect(perConversation?.countDisplay).toBe(discloseCount(held.n).display);
    // The same figure as the funnel's step.
    expect(perConversation?.countDisplay).toBe(d.funnel.find((f) => f.key === "CONVERSATION_HELD")?.display);
    // The tovholder divides by the exact count.
    const exact = (await dashboard(tokens.tovholder as string, "2013-08-01")).costs.find((c) => c.key === "CONVERSATION_HELD");
    expect(exact?.countDisplay).toBe(String(await heldCitizens("2013-08-01")));
    // Over: the citizens reached by the period's end against those the plan required, and the rule in words.
    expect(d.progress.reason).toMatch(/^Samtale holdt med \d+ borgere mod krævet \d+ ved periodens slut 21\.12\.2012/);
    expect(d.progress.reason).toContain(PROGRESS_RULE_TEXT);
    expect(d.spend.reason.length).toBeGreaterThan(10);
    const early = await dashboard(tokens.tovholder as string, "2012-10-01");
    // 40 citizens reached from 1 September to 1 October: 9,0 a week against 14; the plan required ceil(219 × 31 / 112) = 61 by then (66 %: red).
    const reached = await heldCitizens("2012-10-01");
    const required = Math.ceil((219 * 31) / 112);
    expect(early.progress).toEqual({
      rag: reached / required >= 0.75 ? "AMBER" : "RED",
      reason: `Samtale holdt med ${reached} borgere mod krævet ${required} pr. 01.10.2012 (${Math.round((reached / required) * 100)} %). Tempo ${(Math.round((reached * 70) / 31) / 10).toFixed(1).replace(".", ",")} samtaler pr. uge mod krævet 14. ${PROGRESS_RULE_TEXT}`,
    });
    // The styregruppe sees the pace as of the reporting date, 30 September, its counts rounded (disclosure.ts).
    const steeringEarly = (await dashboard(tokens.styregruppe as string, "2012-10-01")).progress;
    const reachedSept = await heldCitizens("2012-09-30");
    expect(steeringEarly.rag).toBe((await dashboard(tokens.tovholder as string, "2012-09-30")).progress.rag);
    expect(steeringEarly.reason).toContain(`Samtale holdt med ${discloseCount(reachedSept).display} borgere mod krævet ${discloseCount(Math.ceil((219 * 30) / 112)).display} pr. 30.09.2012`);
    const [sept]: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM conversation WHERE project_id = $1 AND status = 'HELD' AND held_date <= '2012-10-01'`, [bfaId]);
    expect(sept?.n).toBe(40);
    // 221 against 219 is no difference once rounded: the styregruppe is not told the exact total; the tovholder is.
    expect(d.warnings.join(" ")).not.toContain("Målgruppen er angivet");
    expect((await dashboard(tokens.tovholder as string, "2013-08-01")).warnings.join(" ")).toContain("Målgruppen er angivet til 219 borgere, men der er 221 deltagere");
  });

  it("is refused to roles that see citizens one by one or not at all", async () => {
    for (const role of ["sagsbehandler", "team"]) {
      const res = await gql(api.url, DASHBOARD, { p: bfaId, asOf: "2013-08-01" }, { token: tokens[role] });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const bad = await gql(api.url, DASHBOARD, { p: bfaId, asOf: "2013-02-30" }, { token: tokens.styregruppe });
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
    out.set(String(r.getCell(1).value), [r.getCell(1).value, r.getCell(2).value, r.getCell(3).value]);
  }
  return out;
}

const text = (sheet: ExcelJS.Worksheet) => (sheet.getRows(1, sheet.rowCount) ?? []).map((r) => JSON.stringify(r.values)).join("\n");

describe("the dashboard's workbook", () => {
  it("has the screen's figures, with <5 for the styregruppe, and only for those who may see the dashboard", async () => {
    const d = await dashboard(tokens.styregruppe as string, "2013-08-01");
    const sheet = await workbook(`/export/dashboard/${bfaId}.xlsx?dato=2013-08-01`, tokens.styregruppe as string);
    const colours = rowsAfter(sheet, "Farvegrupper: baseline og nu");
    expect(colours.get("Blå")?.slice(1)).toEqual(["<5", "<5"]);
    for (const c of d.coloursNow) expect([c.label, colours.get(c.label ?? "")?.[2]]).toEqual([c.label, c.count ?? c.display]);
    const funnel = rowsAfter(sheet, "Tragten");
    for (const s of d.funnel) expect([s.key, funnel.get(s.label ?? "")?.[1]]).toEqual([s.key, s.count ?? s.display]);
    expect(text(sheet)).not.toMatch(/BFA-\d{4}/);
    const res = await fetch(`${api.url}/export/dashboard/${bfaId}.xlsx`, { headers: { authorization: `Bearer ${tokens.sagsbehandler}` } });
    expect(res.status).toBe(403);
    expect((await fetch(`${api.url}/export/dashboard/${bfaId}.xlsx`)).status).toBe(401);
  });
});

describe("the portfolio", () => {
  it("lists the projects the user steers with both lights and their rules", async () => {
    const p = dataOf(await gql<{ portfolio: { projects: Array<Record<string, unknown> & { code: string; progress: { rag: string; reason: string }; spend: { rag: string; reason: string } }> } }, object>(api.url, PORTFOLIO, { asOf: "2013-01-31" }, { token: tokens.styregruppe })).portfolio;
    const bfa = p.projects.find((x) => x.code === "BFA");
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
    type Pack = { id: string; meetingDate: string; dashboard: { asOf: string; suppressed: boolean; funnel: Cell[]; coloursNow: Cell[]; followUp: { expense: { spent: string } } } };
    // The tovholder's exact outcomes at the reporting date before the pack is closed.
    const exactOutcome = async () => (await dashboard(tokens.tovholder as string, "2013-01-31")).funnel.find((s) => s.key === "OUTCOME")?.count ?? 0;
    const before = await exactOutcome();
    const closed = dataOf(await gql<{ closeMeetingPack: Pack }, object>(api.url, CLOSE, { input: { projectId: bfaId, meetingDate: "2013-02-01", comments: "Psykologen er bagud; vi følger op." } }, { token: tokens.tovholder })).closeMeetingPack;
    expect(closed.dashboard).toMatchObject({ asOf: "2013-02-01", figuresAsOf: "2013-01-31", suppressed: true });
    // Frozen as the styregruppe sees the reporting date: the same figures as the live screen had.
    expect(closed.dashboard.funnel).toEqual((await dashboard(tokens.styregruppe as string, "2013-02-01")).funnel.map(({ key, count, display }) => ({ key, count, display })));
    expect(closed.dashboard.coloursNow.find((c) => c.key === "BLAA")?.display).toBe("<5");

    // A late posting dated before the meeting, and a new outcome before it.
    const [line]: Array<{ id: string }> = await api.dataSource.query(`SELECT l.id FROM budget_line l JOIN budget b ON b.id = l.budget_id WHERE b.project_id = $1 AND l.name LIKE 'Andre udgifter%'`, [bfaId]);
    const [user]: Array<{ id: string }> = await api.dataSource.query(`SELECT id FROM app_user WHERE email = 'leder@overblik.demo'`);
    await api.dataSource.query(`INSERT INTO budget_posting (budget_line_id, posting_date, amount_ore, text, voucher, created_by) VALUES ($1, '2013-01-15', 1234500, 'Sen faktura', 'LATE-1', $2)`, [line?.id, user?.id]);
    const [green]: Array<{ id: string }> = await api.dataSource.query(
      `SELECT p.id FROM participant p WHERE p.project_id = $1 AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id) AND p.colour = 'GROEN' LIMIT 1`,
      [bfaId],
    );
    await api.dataSource.query(`INSERT INTO outcome (participant_id, kind, outcome_date) VALUES ($1, 'JOB', '2013-01-20')`, [green?.id]);

    const pack = dataOf(await gql<{ meetingPack: Pack }, object>(api.url, PACK, { id: closed.id }, { token: tokens.styregruppe })).meetingPack;
    expect(pack.dashboard.followUp.expense.spent).toBe(closed.dashboard.followUp.expense.spent);
    expect(pack.dashboard.funnel).toEqual(closed.dashboard.funnel);
    const live = await dashboard(tokens.styregruppe as string, "2013-02-01");
    expect(BigInt((live.followUp?.expense.spent ?? "0").replace(".", "")) - BigInt(pack.dashboard.followUp.expense.spent.replace(".", ""))).toBe(1234500n);
    // The new outcome is in the live figures (the tovholder's exact count moved by one), never in the pack.
    expect(await exactOutcome()).toBe(before + 1);
    expect(pack.dashboard.funnel).toEqual(closed.dashboard.funnel);

    const again = await gql(api.url, CLOSE, { input: { projectId: bfaId, meetingDate: "2013-02-01", comments: "" } }, { token: tokens.tovholder });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const bySteering = await gql(api.url, CLOSE, { input: { projectId: bfaId, meetingDate: "2013-03-01", comments: "" } }, { token: tokens.styregruppe });
    expect(bySteering.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await expect(api.dataSource.query(`UPDATE meeting_pack SET comments = 'ændret' WHERE id = $1`, [closed.id])).rejects.toThrow(/frozen/);
    const list = dataOf(await gql<{ project: { meetingPacks: Array<{ id: string; closedBy: string }> } }, object>(api.url, PACKS, { p: bfaId }, { token: tokens.styregruppe })).project.meetingPacks;
    expect(list).toEqual([{ id: closed.id, meetingDate: "2013-02-01", closedBy: "Tine Tovholder" }]);

    // The pack's workbook has the pack's figures, not today's.
    const sheet = await workbook(`/export/pack/${closed.id}.xlsx`, tokens.styregruppe as string);
    const funnel = rowsAfter(sheet, "Tragten");
    expect(funnel.get("Resultat registreret")?.[1]).toBe(pack.dashboard.funnel.find((s) => s.key === "OUTCOME")?.count);
    expect(text(sheet)).toContain("Psykologen er bagud; vi følger op.");
    const economy = sheet.workbook.getWorksheet("Budgetopfølgning");
    const total = economy?.getRows(1, economy.rowCount)?.find((r) => r.getCell(2).value === "I alt udgifter");
    expect(String(total?.getCell(6).value)).toBe(String(Number(pack.dashboard.followUp.expense.spent)));
  });
});
