import { parseMoney, type Ore } from "@overblik/domain";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, startTestApi, type TestApi } from "../support/api.js";
import { addDays, buildProject, makeWorldUsers, type BuiltProject, type ProjectSpec, type WorldUsers } from "../support/world.js";

/**
 * Issue 15, item 5: invariants as tests. fast-check generates projects (citizens with random flows, budgets,
 * balanced and unbalanced changes, postings), builds them through the real API, and checks every screen's query
 * (dashboard as tovholder and as styregruppe, follow-up, postings, goals, portfolio, a frozen pack) and the
 * dashboard's workbook against the invariants below. A failing batch is shrunk to its smallest failing project
 * and printed with the broken invariant.
 *
 * `npm test` runs INVARIANT_RUNS projects (default 200) with a fixed seed; `npm run invariants -- --runs 2000`
 * runs more with a random seed, printed so a failure can be replayed (INVARIANT_SEED=<seed>).
 */

const RUNS = Number(process.env.INVARIANT_RUNS ?? 200);
const SEED = Number(process.env.INVARIANT_SEED ?? 15_2026);
const BATCH = Number(process.env.INVARIANT_BATCH ?? 10);

const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());

let api: TestApi;
/** The people of the batch being built and checked (a new set per batch). */
let users: WorldUsers;

beforeAll(async () => {
  api = await startTestApi({ seed: false, fairShareCostPerMinute: 1_000_000_000 });
});
afterAll(() => api?.close());

// ---------- the generator ----------

const kroner = (max: number) => fc.integer({ min: 1, max }).map((kr) => BigInt(kr) * 100n);

const citizen = fc.record({
  colour: fc.constantFrom("GROEN" as const, "ORANGE" as const, "ORANGE" as const, "ROED" as const, "BLAA" as const, null),
  enrolDay: fc.nat({ max: 60 }),
  heldAfter: fc.option(fc.nat({ max: 40 }), { freq: 3 }),
  secondHeld: fc.boolean(),
  outcome: fc.constantFrom(null, null, "JOB" as const, "EDUCATION" as const, "PASSIVE" as const, "REMATCHED_2" as const),
  outcomeAfter: fc.nat({ max: 90 }),
  plan: fc.constantFrom(null, null, "PLANNED" as const, "STARTED" as const),
  planAfter: fc.nat({ max: 60 }),
});

/** A project: 30–700 days long, started 40–400 days ago (so some have ended), 0–6 citizens, 1 income and 1–3 expense lines. */
const project = fc
  .record({
    startedDaysAgo: fc.integer({ min: 40, max: 400 }),
    /** The project's last day is today (the issue's "Forventet 140 %" on the last day). */
    endsToday: fc.boolean(),
    targetSize: fc.integer({ min: 1, max: 12 }),
    days: fc.integer({ min: 30, max: 700 }),
    citizens: fc.array(citizen, { maxLength: 6 }),
    expenses: fc.array(fc.array(kroner(400_000), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    balanced: fc.boolean(),
    /** Hours planned on each expense line, or none (the forecast is then linear, or the actual after the end). */
    driverHours: fc.array(fc.option(fc.integer({ min: 1, max: 100 }), { freq: 2 }), { minLength: 3, maxLength: 3 }),
    income: fc.array(kroner(900_000), { minLength: 1, maxLength: 3 }),
    changes: fc.array(
      fc.record({
        kind: fc.constantFrom("MOVE" as const, "CHANGE" as const),
        line: fc.nat({ max: 3 }),
        other: fc.nat({ max: 3 }),
        financed: fc.boolean(),
        amount: kroner(60_000),
        yearIndex: fc.nat({ max: 2 }),
        approve: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    postings: fc.array(fc.record({ line: fc.nat({ max: 3 }), amount: kroner(500_000), day: fc.nat({ max: 700 }) }), { maxLength: 5 }),
    goalTargetPercent: fc.integer({ min: 1, max: 100 }),
  })
  .map(({ startedDaysAgo, endsToday, expenses, balanced, driverHours, income, ...rest }) => {
    // A balanced original: the income line is the expenses' sum, year by year.
    const years = Math.max(...expenses.map((e) => e.length), income.length);
    const at = (amounts: Ore[], y: number) => amounts[y % amounts.length] ?? 0n;
    const incomeAmounts = balanced
      ? Array.from({ length: years }, (_, y) => expenses.reduce((s, e) => s + at(e, y), 0n))
      : Array.from({ length: years }, (_, y) => at(income, y));
    const spec: ProjectSpec = {
      ...rest,
      lines: [
        { side: "INCOME", amounts: incomeAmounts },
        ...expenses.map((amounts, e) => ({
          side: "EXPENSE" as const,
          amounts: Array.from({ length: years }, (_, y) => at(amounts, y)),
          driverHours: driverHours[e] ?? null,
        })),
      ],
    };
    return { startedDaysAgo: endsToday ? rest.days : startedDaysAgo, balanced, spec };
  });

type Generated = { startedDaysAgo: number; balanced: boolean; spec: ProjectSpec };

// ---------- what the API says ----------

type Count = { key: string; count: number | null; display: string };
type Totals = { original: string | null; corrected: string; spent: string; forecast: string };
type Dashboard = {
  asOf: string;
  figuresAsOf: string;
  funnel: Count[];
  goals: Array<{ indicator: string; count: number | null; denominator: number }>;
  costs: Array<{ key: string; countDisplay: string }>;
  followUp: null | {
    budgetName: string | null;
    lines: Array<Totals & { lineId: string; name: string; side: string }>;
    income: Totals;
    expense: Totals;
  };
};

const DASHBOARD_FIELDS = `asOf figuresAsOf funnel { key count display } goals { indicator count denominator } costs { key countDisplay }
  followUp { budgetName lines { lineId name side original corrected spent forecast } income { original corrected spent forecast } expense { original corrected spent forecast } }`;

type Budget = {
  lines: Array<{
    id: string;
    side: string;
    total: string;
    amounts: Array<{ year: number; amount: string }>;
    originalAmounts: Array<{ year: number; amount: string }> | null;
  }>;
  changes: Array<{ status: string; kind: string; grantText: string | null; entries: Array<{ lineId: string; year: number; delta: string }> }>;
  postings: { totalCount: number; items: Array<{ lineId: string; amount: string; date: string }> };
  totals: { income: string; expense: string };
};

async function query<T>(source: string, variables: object, token: string): Promise<T> {
  const res = await gql<T, object>(api.url, source, variables, { token });
  if (res.errors?.length || !res.data) throw new Error(`${source.slice(0, 40)}: ${res.errors?.map((e) => `${e.extensions?.code} ${e.message}`).join("; ")}`);
  return res.data;
}

const ore = (money: string | null): bigint => (money === null ? 0n : parseMoney(money));
const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
/** A disclosed count on one scale: hidden "<5" lies between 0 and 5 (rounding to 5 keeps the order). */
const rank = (c: { count: number | null; display?: string }) => (c.count === null ? 2.5 : c.count);
const rankDisplay = (display: string) => (display === "<5" ? 2.5 : Number(display));

class Violation extends Error {}
function check(condition: boolean, invariant: string, detail: () => unknown): void {
  if (!condition) throw new Violation(`${invariant}: ${JSON.stringify(detail(), (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v))}`);
}

// ---------- the invariants ----------

const FUNNEL_ORDER = ["TARGET", "SCREENED", "CONVERSATION_HELD", "TEAM_MEETING", "ACTION_PLAN", "INTERVENTION", "OUTCOME", "JOB_OR_EDUCATION"];

function funnelInvariants(view: string, d: Dashboard): void {
  const step = (key: string) => d.funnel.find((s) => s.key === key) as Count;
  for (let i = 1; i < FUNNEL_ORDER.length; i++) {
    const key = FUNNEL_ORDER[i] as string;
    const before = FUNNEL_ORDER[i - 1] as string;
    check(rank(step(key)) <= rank(step(before)), `${view}: funnel stage ${key} ≤ ${before}`, () => d.funnel);
  }
  // Held conversations (the events the cost per conversation divides by) ≤ citizens with a held conversation ≤ citizens.
  const held = d.costs.find((c) => c.key === "CONVERSATION_HELD");
  if (held) {
    check(rankDisplay(held.countDisplay) <= rank(step("CONVERSATION_HELD")), `${view}: held conversations ≤ citizens with a held conversation`, () => ({
      held,
      funnel: d.funnel,
    }));
  }
  check(rank(step("CONVERSATION_HELD")) <= rank(step("TARGET")), `${view}: citizens with a held conversation ≤ citizens in the flow`, () => d.funnel);
  // The goal's indicator is the funnel's count for the same definition.
  for (const g of d.goals.filter((x) => x.indicator === "JOB_OR_EDUCATION")) {
    check(g.count === step("JOB_OR_EDUCATION").count, `${view}: goal JOB_OR_EDUCATION = funnel JOB_OR_EDUCATION`, () => ({ goal: g, funnel: d.funnel }));
  }
}

function economyInvariants(g: Generated, built: BuiltProject, d: Dashboard, b: Budget): void {
  const f = d.followUp;
  check(f !== null, "the dashboard has the approved budget's follow-up", () => d);
  if (!f) return;
  check(f.budgetName === "Økonomioverslag", "the follow-up names its budget", () => f.budgetName);
  check(b.postings.totalCount === b.postings.items.length, "all postings fetched", () => b.postings.totalCount);
  const approved = b.changes.filter((c) => c.status === "APPLIED" || c.status === "APPROVED");
  // On and after the last day there is nothing left to forecast: the forecast is the actual.
  const ended = built.endDate <= today;
  for (const line of b.lines) {
    const shown = f.lines.find((l) => l.lineId === line.id);
    check(!!shown, "every budget line is in the follow-up", () => line.id);
    if (!shown) continue;
    // spent = the sum of the line's postings (all are dated up to today).
    const postings = sum(b.postings.items.filter((p) => p.lineId === line.id && p.date <= d.asOf).map((p) => ore(p.amount)));
    check(ore(shown.spent) === postings, "spent = sum of postings, per line", () => ({ line: shown.name, spent: shown.spent, postings }));
    // corrected = original + approved changes, per line and year.
    for (const a of line.amounts) {
      const original = ore(line.originalAmounts?.find((o) => o.year === a.year)?.amount ?? "0.00");
      const deltas = sum(
        approved
          .flatMap((c) => c.entries)
          .filter((e) => e.lineId === line.id && e.year === a.year)
          .map((e) => ore(e.delta)),
      );
      check(ore(a.amount) === original + deltas, "corrected = original + approved changes, per line and year", () => ({
        line: shown.name,
        year: a.year,
        corrected: a.amount,
        original,
        deltas,
      }));
    }
    check(ore(shown.corrected) === ore(line.total), "the follow-up's corrected = the line's corrected total", () => ({
      line: shown.name,
      followUp: shown.corrected,
      total: line.total,
    }));
    if (line.side === "EXPENSE") {
      check(ore(shown.forecast) >= ore(shown.spent), "forecast ≥ spent, per expense line", () => ({ line: shown.name, ...shown }));
      if (ended) {
        check(ore(shown.forecast) === ore(shown.spent), "after the end the forecast is the actual, per expense line", () => ({
          line: shown.name,
          ...shown,
          end: built.endDate,
        }));
      }
    }
  }
  check(ore(f.expense.forecast) >= ore(f.expense.spent), "forecast ≥ spent, expense total", () => f.expense);
  check(ore(f.expense.spent) === sum(f.lines.filter((l) => l.side === "EXPENSE").map((l) => ore(l.spent))), "expense spent = sum of its lines", () => f);
  // income = expense whenever the original balanced and only balanced changes were approved.
  if (g.balanced) {
    check(ore(f.income.corrected) === ore(f.expense.corrected), "income = expense when the original balanced and only balanced changes were approved", () => ({
      income: f.income.corrected,
      expense: f.expense.corrected,
      approved,
    }));
  }
}

/**
 * A workbook (the dashboard's, a pack's, the closing pack's or the budget's follow-up): its funnel's and
 * follow-up's cells are the API's values for the same figures.
 */
async function excelInvariants(what: string, path: string, token: string, d: Dashboard): Promise<void> {
  const res = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  check(res.status === 200, `${what} exports`, () => res.status);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const overview = book.getWorksheet("Overblik");
  if (overview) {
    const rows = overview.getRows(1, overview.rowCount) ?? [];
    const start = rows.findIndex((r) => r.getCell(1).value === "Tragten");
    const funnelRows = rows.slice(start + 2, start + 2 + d.funnel.length);
    d.funnel.forEach((s, i) =>
      check(funnelRows[i]?.getCell(2).value === (s.count ?? s.display), `${what}: Excel funnel ${s.key} = API`, () => ({
        api: s,
        cell: funnelRows[i]?.getCell(2).value,
      })),
    );
  }
  const economy = book.getWorksheet("Budgetopfølgning");
  const lines = economy?.getRows(1, economy.rowCount) ?? [];
  for (const l of d.followUp?.lines ?? []) {
    const row = lines.find((r) => r.getCell(2).value === l.name);
    for (const [column, value] of [
      [5, l.corrected],
      [6, l.spent],
      [16, l.forecast],
    ] as const) {
      const cell = row?.getCell(column).value;
      // The cell's number written back with two decimals is the API's Money string.
      check(typeof cell === "number" && ore(cell.toFixed(2)) === ore(value), `${what}: Excel follow-up column ${column} = API`, () => ({
        line: l.name,
        api: value,
        cell,
      }));
    }
  }
}

/** Checks one project; returns the styregruppe's dashboard for the portfolio check. */
async function checkProject(g: Generated, built: BuiltProject): Promise<Dashboard> {
  const p = built.projectId;
  const [exact, steering, goals, budget] = await Promise.all([
    query<{ project: { dashboard: Dashboard } }>(
      `query D($p: ID!, $asOf: String) { project(id: $p) { dashboard(asOf: $asOf) { ${DASHBOARD_FIELDS} } } }`,
      { p, asOf: today },
      users.tovholder.token,
    ),
    query<{ project: { dashboard: Dashboard } }>(
      `query D($p: ID!, $asOf: String) { project(id: $p) { dashboard(asOf: $asOf) { ${DASHBOARD_FIELDS} } } }`,
      { p, asOf: today },
      users.steering.token,
    ),
    query<{ project: { goals: Dashboard["goals"] } }>(
      `query G($p: ID!, $asOf: String) { project(id: $p) { goals(asOf: $asOf) { indicator count denominator } } }`,
      { p, asOf: today },
      users.tovholder.token,
    ),
    query<{ project: { budgets: Budget[] } }>(
      `query B($p: ID!) { project(id: $p) { budgets { totals { income expense }
        lines { id side total amounts { year amount } originalAmounts { year amount } }
        changes { status kind grantText entries { lineId year delta } }
        postings(take: 500) { totalCount items { lineId amount date } } } } }`,
      { p },
      users.leader.token,
    ),
  ]);
  const d = exact.project.dashboard;
  funnelInvariants("tovholder", d);
  funnelInvariants("styregruppe", steering.project.dashboard);
  check(JSON.stringify(goals.project.goals) === JSON.stringify(d.goals), "the goals screen = the dashboard's goals", () => ({
    goals: goals.project.goals,
    dashboard: d.goals,
  }));
  const b = budget.project.budgets[0];
  check(!!b, "the project has its budget", () => budget);
  if (b) economyInvariants(g, built, d, b);
  await excelInvariants("the dashboard", `/export/dashboard/${p}.xlsx?dato=${today}`, users.tovholder.token, d);
  await excelInvariants("the budget's follow-up", `/export/budgets/${built.budgetId}/follow-up.xlsx?asOf=${today}`, users.leader.token, d);

  // A frozen pack's figures equal the live figures (as the styregruppe sees them) at the pack's date.
  const closed = await query<{ closeMeetingPack: { id: string; dashboard: Dashboard } }>(
    `mutation C($input: CloseMeetingPackInput!) { closeMeetingPack(input: $input) { id dashboard { ${DASHBOARD_FIELDS} } } }`,
    { input: { projectId: p, meetingDate: today, comments: "" } },
    users.tovholder.token,
  );
  const pack = await query<{ meetingPack: { dashboard: Dashboard } }>(
    `query P($id: ID!) { meetingPack(id: $id) { dashboard { ${DASHBOARD_FIELDS} } } }`,
    { id: closed.closeMeetingPack.id },
    users.steering.token,
  );
  const live = steering.project.dashboard;
  check(JSON.stringify(pack.meetingPack.dashboard) === JSON.stringify(live), "a frozen pack's figures = the live figures at its date", () => ({
    pack: pack.meetingPack.dashboard,
    live,
  }));
  await excelInvariants("the meeting pack", `/export/pack/${closed.closeMeetingPack.id}.xlsx`, users.steering.token, pack.meetingPack.dashboard);

  // Every other project is closed: its closing pack (the figures of the closing day) and its workbook agree too.
  if (g.spec.goalTargetPercent % 2 === 0) {
    const { version } = (await query<{ project: { version: number } }>(`query V($p: ID!) { project(id: $p) { version } }`, { p }, users.leader.token)).project;
    await query(
      `mutation X($input: CloseProjectInput!) { closeProject(input: $input) { id } }`,
      { input: { projectId: p, expectedVersion: version, comments: "" } },
      users.leader.token,
    );
    const closing = await query<{ project: { closingPack: { dashboard: Dashboard } | null } }>(
      `query K($p: ID!) { project(id: $p) { closingPack { dashboard { ${DASHBOARD_FIELDS} } } } }`,
      { p },
      users.steering.token,
    );
    const frozen = closing.project.closingPack?.dashboard;
    check(
      !!frozen && JSON.stringify(frozen.funnel) === JSON.stringify(live.funnel) && JSON.stringify(frozen.followUp) === JSON.stringify(live.followUp),
      "the closing pack's figures = the live figures of the closing day",
      () => ({ frozen, live }),
    );
    if (frozen) await excelInvariants("the closing pack", `/export/projects/${p}/closing-pack.xlsx`, users.steering.token, frozen);
  }
  return live;
}

/** The portfolio (as the styregruppe, who is in every generated project) agrees with each project's dashboard. */
async function checkPortfolio(built: BuiltProject[], dashboards: Dashboard[]): Promise<void> {
  const portfolio = await query<{
    portfolio: {
      projects: Array<{ projectId: string; corrected: string; spent: string; forecast: string; participantsDisplay: string; conversationsHeldDisplay: string }>;
    };
  }>(`query { portfolio { projects { projectId corrected spent forecast participantsDisplay conversationsHeldDisplay } } }`, {}, users.steering.token);
  for (const [i, b] of built.entries()) {
    {
      const entry = portfolio.portfolio.projects.find((e) => e.projectId === b.projectId);
      check(!!entry, "the portfolio lists the project", () => b.projectId);
      if (!entry) continue;
      const e = dashboards[i]?.followUp?.expense;
      check(
        ore(entry.spent) === ore(e?.spent ?? null) && ore(entry.corrected) === ore(e?.corrected ?? null) && ore(entry.forecast) === ore(e?.forecast ?? null),
        "portfolio economy = dashboard",
        () => ({ entry, expense: e }),
      );
      check(rankDisplay(entry.conversationsHeldDisplay) <= rankDisplay(entry.participantsDisplay), "portfolio: conversations held ≤ citizens", () => entry);
    }
  }
}

describe("invariants over generated projects", () => {
  it(
    `hold for ${RUNS} generated projects (seed ${SEED})`,
    async () => {
      let projects = 0;
      // Batches of BATCH projects built and checked at once; fast-check shrinks each project of a failing batch, and
      // the failure names the project (its shrunk spec) that broke the invariant.
      const property = fc.asyncProperty(fc.array(project, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        // Each batch its own leader, tovholder and styregruppe: the portfolio then lists the batch's projects, not every
        // project built so far (with one set of people for the run, 2.000 projects made each portfolio check ever larger).
        users = await makeWorldUsers(api.url, api.dataSource);
        const built: BuiltProject[] = [];
        for (const g of batch) built.push(await buildProject(api.url, api.dataSource, users, g.spec, addDays(today, -g.startedDaysAgo), today));
        projects += batch.length;
        // One project at a time: the fair share allows a user 4 heavy queries in flight, and a project's check sends 4 at once.
        const dashboards: Dashboard[] = [];
        for (const [i, g] of batch.entries()) {
          await checkProject(g, built[i] as BuiltProject)
            .then((d) => dashboards.push(d))
            .catch((error: unknown) => {
              throw new Violation(
                `${error instanceof Error ? error.message : String(error)}\n  in project ${fc.stringify(g)}\n  refused while building: ${JSON.stringify(built[i]?.refused)}`,
              );
            });
        }
        await checkPortfolio(built, dashboards);
      });
      console.log(`invariants: seed ${SEED}, ${RUNS} projects in batches of ${BATCH}`);
      const details = await fc.check(property, { seed: SEED, numRuns: Math.ceil(RUNS / BATCH), endOnFailure: process.env.INVARIANT_SHRINK === "0" });
      if (details.failed) {
        // The shrunk counterexample: the smallest batch (usually one project) and the invariant it broke.
        console.error(
          `invariant broken (seed ${SEED}, path ${details.counterexamplePath}):\n${String(details.errorInstance)}\ncounterexample: ${fc.stringify(details.counterexample)}`,
        );
      }
      expect(details.failed, details.failed ? String(details.errorInstance) : "").toBe(false);
      expect(projects).toBeGreaterThanOrEqual(RUNS);
    },
    Math.max(600_000, RUNS * 3_000),
  );
});
