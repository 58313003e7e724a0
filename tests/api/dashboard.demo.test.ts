// Its subject is the demo data: Brug for alle's dashboard reproduces the domain brief's figures (219 citizens, 14 conversations a week, the colour groups, 1.193 t.kr.).
import { discloseCount, discloseFunnel, FUNNEL_FIGURES, funnelReach, PROGRESS_RULE_TEXT, reportingDate } from "@overblik/domain";
import { ProjectsDocument } from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { readDashboard, type Cell, type Dashboard } from "../support/dashboard-query.js";

let api: TestApi;
const tokens: Record<string, string> = {};
let bfaId: string;

const FOLLOW_UP = `query F($p: ID!, $asOf: String) { project(id: $p) { budgets { followUp(asOf: $asOf) { expense { original corrected spent forecast deviation rag ragReason } } } } }`;
const OVERVIEW = `query V($p: ID!, $asOf: String) { project(id: $p) { overview(asOf: $asOf) { stage } } }`;

const dashboard = (token: string, asOf: string): Promise<Dashboard> => readDashboard(api.url, bfaId, token, asOf);

beforeAll(async () => {
  api = await startTestApi();
  for (const r of ["styregruppe", "leder", "tovholder"]) tokens[r] = await login(api.url, `${r}@overblik.demo`);
  bfaId = dataOf(await gql(api.url, ProjectsDocument, {}, { token: tokens.leder })).projects.items.find((p) => p.code === "BFA")?.id ?? "";
});
afterAll(() => api?.close());

describe("the styregruppe's project dashboard", () => {
  it("has the budget planner's own figures to the øre, and spend recomputed from the postings", async () => {
    for (const asOf of ["2013-01-31", "2013-08-01"]) {
      const d = await dashboard(tokens.styregruppe as string, asOf);
      const planner = dataOf(
        await gql<{ project: { budgets: Array<{ followUp: { expense: Record<string, string> } }> } }, object>(
          api.url,
          FOLLOW_UP,
          { p: bfaId, asOf },
          { token: tokens.leder },
        ),
      ).project.budgets[0]?.followUp.expense;
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
    const facts = await api.dataSource.query<
      Array<{
        enrolled: boolean;
        colour: string | null;
        held: boolean;
        met: boolean;
        planned: boolean;
        intervention: boolean;
        outcome: boolean;
        job: boolean;
      }>
    >(
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
    );
    const reach = facts.map((f) => funnelReach({ ...f, screened: f.colour !== null, inFlow: f.colour !== null && f.colour !== "ROED", jobOrEducation: f.job }));
    const expected = Object.fromEntries(FUNNEL_FIGURES.map((key, i) => [key, reach.filter((r) => r >= i).length]));
    // The demo's flow skips steps (plans and results without a team meeting): the funnel is wider than the bare figure there.
    const bare = facts.filter((f) => f.enrolled && f.colour !== null && f.colour !== "ROED" && f.met).length;
    expect(expected.TEAM_MEETING).toBeGreaterThan(bare);
    for (const [key, n] of Object.entries(expected)) expect([key, d.funnel.find((s) => s.key === key)?.count]).toEqual([key, n]);
    expect(d.funnel.map((s) => s.key)).toEqual([
      "TARGET",
      "SCREENED",
      "CONVERSATION_HELD",
      "TEAM_MEETING",
      "ACTION_PLAN",
      "INTERVENTION",
      "OUTCOME",
      "JOB_OR_EDUCATION",
    ]);
    // Nested: each step at most the one before.
    d.funnel.forEach((s, i) => i > 0 && expect(s.count ?? 0).toBeLessThanOrEqual(d.funnel[i - 1]?.count ?? 0));
    // The stages are the tovholder's overview's, counted in SQL.
    const overview = dataOf(
      await gql<{ project: { overview: Array<{ stage: string }> } }, object>(api.url, OVERVIEW, { p: bfaId, asOf }, { token: tokens.tovholder }),
    ).project.overview;
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
        {
          TARGET: [count(exact.coloursNow), count(exact.stagesNow)],
          SCREENED: [count(exact.coloursNow.filter((c) => c.key !== "NONE"))],
          OUTCOME: [count(exact.outcomes)],
        },
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
      (
        await api.dataSource.query<Array<{ n: number }>>(
          `SELECT count(DISTINCT c.participant_id)::int AS n FROM conversation c JOIN participant p ON p.id = c.participant_id
          WHERE c.project_id = $1 AND c.status = 'HELD' AND c.held_date <= $2 AND p.enrolment_date <= $2 AND (p.colour IS NULL OR p.colour <> 'ROED')`,
          [bfaId, date],
        )
      )[0]?.n ?? 0;
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
    expect(steeringEarly.reason).toContain(
      `Samtale holdt med ${discloseCount(reachedSept).display} borgere mod krævet ${discloseCount(Math.ceil((219 * 30) / 112)).display} pr. 30.09.2012`,
    );
    const [sept]: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM conversation WHERE project_id = $1 AND status = 'HELD' AND held_date <= '2012-10-01'`,
      [bfaId],
    );
    expect(sept?.n).toBe(40);
    // 221 against 219 is no difference once rounded: the styregruppe is not told the exact total; the tovholder is.
    expect(d.warnings.join(" ")).not.toContain("Målgruppen er angivet");
    expect((await dashboard(tokens.tovholder as string, "2013-08-01")).warnings.join(" ")).toContain(
      "Målgruppen er angivet til 219 borgere, men der er 221 deltagere",
    );
  });
});
