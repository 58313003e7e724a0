import { ProjectGoal } from "@overblik/db";
import { discloseCount, FUNNEL_LABELS, reportingDate } from "@overblik/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeBudgetThroughApi, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";

// Issue #14, finding 3: small numbers hidden from the styregruppe could be worked around by differencing two
// dates around the day one citizen joined (every cell of that citizen moved by one), by the data-quality
// warning's exact count, and by day-by-day dashboards. The attack, as a styregruppe member.

let api: TestApi;
let projectId: string;
let steering: string;
let tovholder: string;

const STATS = `query S($p: ID!, $asOf: String) { participantStatistics(projectId: $p, asOf: $asOf) {
  total totalDisplay suppressed figuresAsOf warnings breakdowns { dimension cells { key count display suppressed } } } }`;
const DASHBOARD = `query D($p: ID!, $asOf: String) { project(id: $p) { dashboard(asOf: $asOf) {
  suppressed figuresAsOf funnel { key count display percentOfTarget } outcomes { key count display }
  coloursNow { key count display } stagesNow { key count display } coloursAtBaseline { key count display } stagesAtBaseline { key count display }
  goals { indicator count denominator percent display targetPercent } costs { key countDisplay amount display } warnings progress { reason } } } }`;
const PORTFOLIO = `query P($asOf: String) { portfolio(asOf: $asOf) { projects { projectId figuresAsOf participantsDisplay conversationsHeldDisplay jobOrEducationDisplay } } }`;

type Shown = { key: string; count: number | null; display: string };
type Stats = {
  total: number | null;
  totalDisplay: string;
  suppressed: boolean;
  figuresAsOf: string | null;
  warnings: string[];
  breakdowns: Array<{ dimension: string; cells: Shown[] }>;
};
type Dashboard = {
  suppressed: boolean;
  figuresAsOf: string;
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

const formatOre = (ore: bigint) => `${ore / 100n}.${String(ore % 100n).padStart(2, "0")}`;

const MUNICIPALITIES = ["Ishøj", "Vallensbæk", "Albertslund", "Høje-Taastrup"];
const ORIGINS = ["DANISH", "DANISH", "IMMIGRANT_NON_WESTERN", "DESCENDANT_NON_WESTERN", "OTHER", null] as const;
const COLOURS = ["GROEN", "ORANGE", "ORANGE", "BLAA", "ROED", null] as const;
const JOIN_DAY = "2026-12-03";

/** An approved budget with 100.003,00 kr. spent in October (an amount no rounded count divides evenly). */
async function spend() {
  const l = await makeUser(api.dataSource, { name: "Lene Leder" });
  await addMember(api.dataSource, projectId, l.id, "LEADER");
  const leader = await login(api.url, l.email, FIXTURE_PASSWORD);
  const every = (amount: string) => [2026, 2027].map((year) => ({ year, amount }));
  // Approved through the API (create, save, submit, approve), as the project's own budget.
  await makeBudgetThroughApi(
    api.url,
    projectId,
    [
      { side: "INCOME", name: "Tilskud", amounts: every("500000.00") },
      { side: "EXPENSE", name: "Mentor", amounts: every("500000.00") },
    ],
    { leader, styregruppe: steering },
    { startYear: 2026, endYear: 2027 },
  );
  const lines =
    dataOf(
      await gql<{ project: { budgets: Array<{ lines: Array<{ id: string; name: string }> }> } }, object>(
        api.url,
        `query($p: ID!) { project(id: $p) { budgets { lines { id name } } } }`,
        { p: projectId },
        { token: leader },
      ),
    ).project.budgets[0]?.lines ?? [];
  dataOf(
    await gql(
      api.url,
      `mutation($input: AddPostingInput!) { addPosting(input: $input) { id } }`,
      { input: { budgetLineId: lines.find((x) => x.name === "Mentor")?.id, date: "2026-10-01", amount: "100003.00", text: "Mentorforløb", voucher: "B-1" } },
      { token: leader },
    ),
  );
}

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
  await spend();
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
    if (i % 4 === 1)
      await api.dataSource.query(
        `INSERT INTO outcome (project_id, participant_id, kind, outcome_date) SELECT project_id, id, 'JOB', $2 FROM participant WHERE id = $1`,
        [id, `2026-${10 + (i % 2)}-15`],
      );
  }
  await api.dataSource.manager.save(
    api.dataSource.manager.create(ProjectGoal, {
      projectId,
      name: "Job eller uddannelse",
      indicator: "JOB_OR_EDUCATION",
      targetPercent: 25,
      targetCount: null,
      baselinePercent: null,
      targetDate: null,
    }),
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

  it("says which reporting date the figures are as of", async () => {
    expect((await stats(steering, "2026-12-06")).figuresAsOf).toBe("2026-11-30");
    expect((await stats(steering, "2026-11-30")).figuresAsOf).toBe("2026-11-30");
    expect((await dashboard(steering, "2026-12-06")).figuresAsOf).toBe("2026-11-30");
    expect((await portfolio(steering, "2026-12-06")).figuresAsOf).toBe("2026-11-30");
    // Without a date: the latest month end before today.
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
    expect((await stats(steering, null)).figuresAsOf).toBe(reportingDate(today));
  });

  it("differencing across reporting dates and tables gives multiples of 5, and no <5 cell is pinned by its total", async () => {
    const dates = ["2026-09-30", "2026-10-15", "2026-10-31", "2026-11-30", "2026-12-06", "2026-12-31", "2027-01-31"];
    const shownNumbers: Array<{ where: string; display: string; count: number | null }> = [];
    const byCell = new Map<string, number[]>();
    const note = (where: string, c: { display: string; count: number | null }) => {
      shownNumbers.push({ where, display: c.display, count: c.count });
      if (c.count !== null) byCell.set(where, [...(byCell.get(where) ?? []), c.count]);
    };
    /** The values a "<5" cell can take, given the table's shown total (within 3 of the truth, the rule's slack) and the other cells. */
    const smallCellRange = (cells: Shown[], total: Shown, i: number) => {
      const range = (c: Shown): [number, number] => (c.count === null ? [1, 4] : c.count === 0 ? [0, 0] : [Math.max(5, c.count - 2), c.count + 2]);
      const [tLo, tHi] = total.count === null ? [1, 4] : [total.count - 3, total.count + 3];
      const others = cells.filter((_, j) => j !== i).map(range);
      const lo = Math.max(1, tLo - others.reduce((s, r) => s + r[1], 0));
      const hi = Math.min(4, tHi - others.reduce((s, r) => s + r[0], 0));
      return hi - lo + 1;
    };
    for (const asOf of dates) {
      const s = await stats(steering, asOf);
      const total = { key: "TOTAL", count: s.total, display: s.totalDisplay };
      note("stats total", total);
      for (const b of s.breakdowns) {
        for (const c of b.cells) note(`stats ${b.dimension} ${c.key}`, c);
        // The total less the sum of the shown cells is a multiple of 5 …
        if (total.count !== null) expect(Math.abs((total.count - b.cells.reduce((sum, c) => sum + (c.count ?? 0), 0)) % 5)).toBe(0);
        // … and no "<5" cell is pinned to one value by it.
        b.cells.forEach((c, i) => {
          if (c.display === "<5") expect(smallCellRange(b.cells, total, i), `${asOf} ${b.dimension} ${c.key}`).toBeGreaterThanOrEqual(2);
        });
      }
      const d = await dashboard(steering, asOf);
      for (const f of d.funnel) note(`funnel ${f.key}`, f);
      for (const [name, list] of Object.entries({ outcomes: d.outcomes, coloursNow: d.coloursNow, stagesNow: d.stagesNow }))
        for (const c of list) note(`${name} ${c.key}`, c);
      const target = d.funnel.find((f) => f.key === "TARGET") as Shown;
      for (const table of [d.coloursNow, d.stagesNow]) {
        table.forEach((c, i) => {
          if (c.display === "<5") expect(smallCellRange(table, target, i)).toBeGreaterThanOrEqual(2);
        });
      }
      for (const g of d.goals) {
        note(`goal ${g.indicator}`, { count: g.count, display: g.count === null ? "<5" : String(g.count) });
        note(`goal ${g.indicator} denominator`, { count: g.denominator, display: String(g.denominator) });
        // Achievement is the share of the shown counts.
        if (g.count !== null && g.denominator > 0) expect(g.percent).toBe(String(Math.round((g.count * 1000) / g.denominator) / 10).replace(".", ","));
      }
      for (const c of d.costs) note(`cost ${c.key}`, { count: c.countDisplay === "<5" ? null : Number(c.countDisplay), display: c.countDisplay });
      const p = await portfolio(steering, asOf);
      for (const key of ["participantsDisplay", "conversationsHeldDisplay", "jobOrEducationDisplay"]) {
        const display = p[key] as string;
        note(`portfolio ${key}`, { display, count: display === "<5" ? null : Number(display) });
      }
      // One definition: the portfolio's participants are the statistics' total.
      expect(p.participantsDisplay).toBe(s.totalDisplay);
    }
    for (const n of shownNumbers) {
      if (n.count === null) expect(n.display, n.where).toBe("<5");
      else expect(n.count % 5, `${n.where}: ${n.display}`).toBe(0);
    }
    // Differences of one cell across dates, and of cells across tables (men in the statistics against the target group).
    for (const [where, values] of byCell) for (const a of values) for (const b of values) expect(Math.abs(a - b) % 5, where).toBe(0);
    expect(byCell.size).toBeGreaterThan(20);
  });

  it("cost per citizen rests on the rounded count; warnings state no exact number", async () => {
    let costsChecked = 0;
    for (const asOf of ["2026-10-31", "2026-11-30", "2026-12-06"]) {
      const d = await dashboard(steering, asOf);
      const spentOre = 10_000_300n;
      for (const c of d.costs) {
        if (c.countDisplay === "<5") {
          expect(c.amount, c.key).toBeNull();
          continue;
        }
        if (c.countDisplay === "0") continue;
        // Spend ÷ cost gives back the shown (rounded) count, and nothing finer: the cost is spend over the shown count.
        const shown = BigInt(Number(c.countDisplay));
        expect(Number(c.countDisplay) % 5).toBe(0);
        expect(c.amount, c.key).toBe(formatOre((spentOre * 2n + shown) / (2n * shown)));
        const recovered = Math.round(Number(spentOre) / Number(String(c.amount).replace(".", "")));
        expect(recovered % 5, c.key).toBe(0);
        costsChecked++;
      }
      const s = await stats(steering, asOf);
      for (const w of [...s.warnings, ...d.warnings, d.progress.reason]) {
        const numbers = (w.match(/\d+/g) ?? []).map(Number).filter((n) => n !== 30 && n < 1000); // 30: the target size in the documents
        for (const n of numbers) expect(n % 5, w).toBe(0);
      }
    }
    expect(costsChecked).toBeGreaterThan(0);
    // The unknown-origin warning says the rounded count.
    const s = await stats(steering, "2026-11-30");
    const unknown = s.breakdowns.find((b) => b.dimension === "ORIGIN")?.cells.find((c) => c.key === "UOPLYST");
    expect(s.warnings.some((w) => w.includes(`Herkomst er uoplyst for ${unknown?.display} deltagere`))).toBe(true);
  });

  it("the tovholder still sees exact counts on any day", async () => {
    const [before, after] = [await stats(tovholder, "2026-12-02"), await stats(tovholder, JOIN_DAY)];
    expect(before.suppressed).toBe(false);
    expect(before.total).toBe(33);
    expect(after.total).toBe(34);
    expect(after.figuresAsOf).toBe(JOIN_DAY);
    expect(after.breakdowns.find((b) => b.dimension === "MUNICIPALITY")?.cells.find((c) => c.key === "Brøndby")).toMatchObject({ count: 1, display: "1" });
    const d = await dashboard(tovholder, JOIN_DAY);
    expect(d.suppressed).toBe(false);
    expect(d.figuresAsOf).toBe(JOIN_DAY);
    expect(d.funnel.find((f) => f.key === "TARGET")?.count).toBe(34);
  });

  it("the styregruppe's figures are those of the domain function applied to the exact ones", async () => {
    const exact = await stats(tovholder, "2026-11-30");
    const shown = await stats(steering, "2026-12-06");
    for (const b of exact.breakdowns) {
      const mine = shown.breakdowns.find((x) => x.dimension === b.dimension);
      expect(mine?.cells.map((c) => c.display)).toEqual(b.cells.map((c) => discloseCount(c.count as number).display));
    }
  });

  it("the dashboard workbook and a frozen meeting pack show the screen's rounded figures", async () => {
    const screen = await dashboard(steering, "2026-12-06");
    const res = await fetch(`${api.url}/export/dashboard/${projectId}.xlsx?dato=2026-12-06`, { headers: { authorization: `Bearer ${steering}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const rows = Array.from(book.getWorksheet("Overblik")?.getSheetValues() ?? [], (r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows.some((r) => r[0] === "Tal om borgere pr. 30.11.2026 (seneste månedsafslutning).")).toBe(true);
    expect(rows.some((r) => r[0] === "Tal om borgere er afrundet til nærmeste 5; tal under 5 vises som <5. Tallene er pr. seneste månedsafslutning.")).toBe(
      true,
    );
    for (const f of screen.funnel) {
      const row = rows.find((r) => typeof r[0] === "string" && r[1] !== undefined && r[0] === (FUNNEL_LABELS[f.key as keyof typeof FUNNEL_LABELS] ?? f.key));
      expect(row?.[1], f.key).toBe(f.count ?? f.display);
    }
    const closed = dataOf(
      await gql<{ closeMeetingPack: { dashboard: { figuresAsOf: string; funnel: Shown[]; coloursNow: Shown[] } } }, object>(
        api.url,
        `mutation C($input: CloseMeetingPackInput!) { closeMeetingPack(input: $input) { dashboard { figuresAsOf funnel { key count display } coloursNow { key count display } } } }`,
        { input: { projectId, meetingDate: "2026-12-06", comments: "Decembermødet." } },
        { token: tovholder },
      ),
    ).closeMeetingPack;
    expect(closed.dashboard.figuresAsOf).toBe("2026-11-30");
    expect(closed.dashboard.funnel).toEqual(screen.funnel.map(({ key, count, display }) => ({ key, count, display })));
    expect(closed.dashboard.coloursNow).toEqual(screen.coloursNow);
  });
});
