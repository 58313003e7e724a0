import { ProjectGoal } from "@overblik/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";

// Issue #14, finding 3: small numbers hidden from the styregruppe could be worked around by differencing two
// dates around the day one citizen joined (every cell of that citizen moved by one), by the data-quality
// warning's exact count, and by day-by-day dashboards. The attack, as a styregruppe member.

let api: TestApi;
let projectId: string;
let steering: string;
let tovholder: string;

const STATS = `query S($p: ID!, $asOf: String) { participantStatistics(projectId: $p, asOf: $asOf) {
  total totalDisplay suppressed warnings breakdowns { dimension cells { key count display suppressed } } } }`;
const DASHBOARD = `query D($p: ID!, $asOf: String) { project(id: $p) { dashboard(asOf: $asOf) {
  suppressed funnel { key count display percentOfTarget } outcomes { key count display }
  coloursNow { key count display } stagesNow { key count display } coloursAtBaseline { key count display } stagesAtBaseline { key count display }
  goals { indicator count denominator percent display targetPercent } costs { key countDisplay amount display } warnings progress { reason } } } }`;
const PORTFOLIO = `query P($asOf: String) { portfolio(asOf: $asOf) { projects { projectId participantsDisplay conversationsHeldDisplay jobOrEducationDisplay } } }`;

type Shown = { key: string; count: number | null; display: string };
type Stats = { total: number | null; totalDisplay: string; suppressed: boolean; warnings: string[]; breakdowns: Array<{ dimension: string; cells: Shown[] }> };
type Dashboard = {
  suppressed: boolean;
  funnel: Array<Shown & { percentOfTarget: string | null }>;
  outcomes: Shown[];
  coloursNow: Shown[];
  stagesNow: Shown[];
  coloursAtBaseline: Shown[];
  stagesAtBaseline: Shown[];
  goals: Array<{ indicator: string; count: number | null; denominator: number; percent: string | null; display: string; targetPercent: number }>;
  costs: Array<{ key: string; countDisplay: string; amount: string | null; display: string }>;
  warnings: string[];
  progress: { reason: string };
};

const stats = async (token: string, asOf: string | null) =>
  dataOf(await gql<{ participantStatistics: Stats }, object>(api.url, STATS, { p: projectId, asOf }, { token })).participantStatistics;
const dashboard = async (token: string, asOf: string | null) =>
  dataOf(await gql<{ project: { dashboard: Dashboard } }, object>(api.url, DASHBOARD, { p: projectId, asOf }, { token })).project.dashboard;
const portfolio = async (token: string, asOf: string) =>
  dataOf(await gql<{ portfolio: { projects: Array<Record<string, string>> } }, object>(api.url, PORTFOLIO, { asOf }, { token })).portfolio.projects.find(
    (p) => p.projectId === projectId,
  ) as Record<string, string>;

/** The citizen figures of a dashboard (the rest — money, milestones — is not about citizens). */
const citizenFigures = (d: Dashboard) => ({
  funnel: d.funnel,
  outcomes: d.outcomes,
  coloursNow: d.coloursNow,
  stagesNow: d.stagesNow,
  coloursAtBaseline: d.coloursAtBaseline,
  stagesAtBaseline: d.stagesAtBaseline,
  goals: d.goals,
  costs: d.costs,
  warnings: d.warnings,
  progress: d.progress,
});

const MUNICIPALITIES = ["Ishøj", "Vallensbæk", "Albertslund", "Høje-Taastrup"];
const ORIGINS = ["DANISH", "DANISH", "IMMIGRANT_NON_WESTERN", "DESCENDANT_NON_WESTERN", "OTHER", null] as const;
const COLOURS = ["GROEN", "ORANGE", "ORANGE", "BLAA", "ROED", null] as const;
const JOIN_DAY = "2026-12-03";

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const project = await makeProject(api.dataSource, { name: "Diskretionering", code: "DSK1", targetSize: 30, startDate: "2026-01-01" });
  projectId = project.id;
  const s = await makeUser(api.dataSource, { name: "Sofie Styregruppe" });
  const t = await makeUser(api.dataSource, { name: "Tove Tovholder" });
  await addMember(api.dataSource, projectId, s.id, "STYREGRUPPE");
  await addMember(api.dataSource, projectId, t.id, "TOVHOLDER");
  steering = await login(api.url, s.email, FIXTURE_PASSWORD);
  tovholder = await login(api.url, t.email, FIXTURE_PASSWORD);
  // 33 citizens joining through September to November with varied profiles, some with a job.
  const ids: string[] = [];
  for (let i = 0; i < 33; i++) {
    const p = await makeParticipant(api.dataSource, projectId, {
      municipality: MUNICIPALITIES[i % 4] as string,
      gender: i % 3 === 0 ? "M" : "K",
      birthYear: 1960 + ((i * 7) % 40),
      origin: ORIGINS[i % 6] ?? null,
      monthsOnBenefit: i % 2 === 0 ? 30 : 6,
      colour: COLOURS[i % 6] ?? null,
      enrolmentDate: `2026-${String(9 + Math.floor(i / 11)).padStart(2, "0")}-${String(1 + (i % 11) * 2).padStart(2, "0")}`,
    });
    ids.push(p.id);
  }
  for (const [i, id] of ids.entries()) {
    if (i % 4 === 1) await api.dataSource.query(`INSERT INTO outcome (participant_id, kind, outcome_date) VALUES ($1, 'JOB', $2)`, [id, `2026-${10 + (i % 2)}-15`]);
  }
  await api.dataSource.manager.save(
    api.dataSource.manager.create(ProjectGoal, { projectId, name: "Job eller uddannelse", indicator: "JOB_OR_EDUCATION", targetPercent: 25, targetCount: null, baselinePercent: null, targetDate: null }),
  );
  // The one citizen the attack is after: a profile of its own (Brøndby, a man, born 1999, non-Western immigrant).
  await makeParticipant(api.dataSource, projectId, {
    municipality: "Brøndby",
    gender: "M",
    birthYear: 1999,
    origin: "IMMIGRANT_NON_WESTERN",
    monthsOnBenefit: 40,
    colour: "BLAA",
    enrolmentDate: JOIN_DAY,
  });
});
afterAll(() => api?.close());

describe("disclosure control under differencing (finding 3)", () => {
  it("the attack: the day before and the day a citizen joins give the styregruppe identical figures", async () => {
    const [before, after] = [await stats(steering, "2026-12-02"), await stats(steering, JOIN_DAY)];
    expect(before.suppressed).toBe(true);
    expect(after).toEqual(before);
    expect(citizenFigures(await dashboard(steering, JOIN_DAY))).toEqual(citizenFigures(await dashboard(steering, "2026-12-02")));
    expect(await portfolio(steering, JOIN_DAY)).toEqual(await portfolio(steering, "2026-12-02"));
  });
});
