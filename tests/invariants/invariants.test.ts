import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, startTestApi, type TestApi } from "../support/api.js";
import { addDays, buildProject, makeWorldUsers, type BuiltProject, type WorldUsers } from "../support/world.js";
import { check, DASHBOARD_FIELDS, economyInvariants, funnelInvariants, ore, rankDisplay, today, Violation, type Budget, type Dashboard } from "./checks.js";
import { project, type Generated } from "./generators.js";

/**
 * Issue 15, item 5: invariants as tests. fast-check generates projects (citizens with random flows, budgets,
 * balanced and unbalanced changes, postings; generators.ts), builds them through the real API, and checks every
 * screen's query (dashboard as tovholder and as styregruppe, follow-up, postings, goals, portfolio, a frozen pack)
 * and the dashboard's workbook against the invariants (checks.ts, and the workbook's and portfolio's below). A
 * failing batch is shrunk to its smallest failing project and printed with the broken invariant.
 *
 * `npm test` runs INVARIANT_RUNS projects (default 200) with a fixed seed; `npm run invariants -- --runs 2000`
 * runs more with a random seed, printed so a failure can be replayed (INVARIANT_SEED=<seed>).
 */

const RUNS = Number(process.env.INVARIANT_RUNS ?? 200);
const SEED = Number(process.env.INVARIANT_SEED ?? 15_2026);
const BATCH = Number(process.env.INVARIANT_BATCH ?? 10);

let api: TestApi;
/** The people of the batch being built and checked (a new set per batch). */
let users: WorldUsers;

beforeAll(async () => {
  api = await startTestApi({ seed: false, fairShareCostPerMinute: 1_000_000_000 });
});
afterAll(() => api?.close());

async function query<T>(source: string, variables: object, token: string): Promise<T> {
  const res = await gql<T, object>(api.url, source, variables, { token });
  if (res.errors?.length || !res.data) throw new Error(`${source.slice(0, 40)}: ${res.errors?.map((e) => `${e.extensions?.code} ${e.message}`).join("; ")}`);
  return res.data;
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
        // The batch's projects are built at the same time: each build is a chain of requests that waits on the API and
        // PostgreSQL in turn, and ten chains keep both cores busy where one left them waiting (the run took 4 times as
        // long beside the browser tests when built one by one).
        const built: BuiltProject[] = await Promise.all(
          batch.map((g) => buildProject(api.url, api.dataSource, users, g.spec, addDays(today, -g.startedDaysAgo), today)),
        );
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
