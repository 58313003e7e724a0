import { createLogger, startServer, type RunningServer } from "@overblik/api";
import { openDatabase } from "@overblik/db";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, login, startTestApi, TEST_KEYS, type GraphQLResponse, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";
import { codeOf } from "../support/error-code.js";

/**
 * Finding 8 of issue #14 ("one user slows everyone"): 20 concurrent requests of 15 aliased dashboards from one
 * styregruppe member made another user's `{ me }` take up to 5 s. Each user now has a budget of expensive work
 * per minute, shared by every API process through PostgreSQL, and a cap on expensive operations in flight.
 */

let api: TestApi;
let secondData: DataSource;
let second: RunningServer;
let projectId: string;

const PARTICIPANTS = 300;
const MUNICIPALITIES = ["Ishøj", "Albertslund", "Brøndby", "Høje-Taastrup", "Vallensbæk"];

/** 15 aliased dashboards (the alias limit) at 15 different dates. */
const FIFTEEN_DASHBOARDS = `query Flood($p: ID!) { project(id: $p) { ${Array.from(
  { length: 15 },
  (_, i) =>
    `d${i}: dashboard(asOf: "2026-${String(1 + (i % 12)).padStart(2, "0")}-${String(10 + i).padStart(2, "0")}") { asOf funnel { key count display } coloursNow { key count display } stagesNow { key count display } outcomes { key count display } warnings }`,
).join(" ")} } }`;
const ME = `{ me { id } }`;

const TOO_MANY = /^Du har (brugt din andel af serverens kapacitet for nu|allerede \d+ tunge forespørgsler i gang)\. Prøv igen om \d+ sekunde?r?\.$/;

async function userWithRole(role: "STYREGRUPPE" | null): Promise<string> {
  const user = await makeUser(api.dataSource);
  if (role) await addMember(api.dataSource, projectId, user.id, role);
  return login(api.url, user.email, FIXTURE_PASSWORD);
}

/** Sends the 15-dashboard request one at a time until one is refused; the answers in order. */
async function spendUntilRefused(url: string, token: string, max = 40): Promise<Array<GraphQLResponse<unknown>>> {
  const answers: Array<GraphQLResponse<unknown>> = [];
  for (let i = 0; i < max; i++) {
    const res = await gql(url, FIFTEEN_DASHBOARDS, { p: projectId }, { token });
    answers.push(res);
    if (res.errors) break;
  }
  return answers;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const project = await makeProject(api.dataSource, { startDate: "2026-01-01", endDate: "2028-12-31", targetSize: 400 });
  projectId = project.id;
  // A project with a few hundred citizens, so a dashboard costs the server something.
  for (let i = 0; i < PARTICIPANTS; i++) {
    await makeParticipant(api.dataSource, projectId, {
      municipality: MUNICIPALITIES[i % MUNICIPALITIES.length],
      gender: i % 2 === 0 ? "K" : "M",
      birthYear: 1960 + (i % 40),
      enrolmentDate: `2026-${String(1 + (i % 11)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
      colour: (["ROED", "ORANGE", "GROEN", "BLAA"] as const)[i % 4],
    });
  }
  // A second API process with its own pool and nothing shared in memory, on the same database.
  secondData = await openDatabase({ url: api.db.url, poolSize: 2 });
  second = await startServer(
    {
      dataSource: secondData,
      logger: createLogger("silent"),
      sessionSecret: "test-secret-test-secret-test-secret-0123",
      personalDataKeys: TEST_KEYS,
      portalDist: "/nonexistent",
    },
    0,
  );
}, 60_000);
afterAll(async () => {
  await second?.close();
  await secondData?.destroy();
  await api?.close();
});

describe("fair share of the server", () => {
  it("refuses one user's flood of dashboards with TOO_MANY_REQUESTS while another user's { me } stays fast", async () => {
    const tokenA = await userWithRole("STYREGRUPPE");
    const tokenB = await userWithRole(null);

    let flooding = true;
    const latencies: number[] = [];
    const answersB: Array<GraphQLResponse<unknown>> = [];
    const probe = (async () => {
      // Through the flood, and at least 20 requests (so the figures say something when the flood is refused fast).
      while (flooding || latencies.length < 20) {
        const started = performance.now();
        answersB.push(await gql(api.url, ME, {}, { token: tokenB }));
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const startedFlood = performance.now();
    const flood = await Promise.all(Array.from({ length: 20 }, () => gql(api.url, FIFTEEN_DASHBOARDS, { p: projectId }, { token: tokenA })));
    const floodMs = performance.now() - startedFlood;
    flooding = false;
    await probe;

    const sorted = [...latencies].sort((a, b) => a - b);
    const refused = flood.filter((res) => res.errors);
    console.log(
      `fair share: A's 20 × 15 dashboards took ${Math.round(floodMs)} ms, ${flood.length - refused.length} answered, ${refused.length} refused; ` +
        `B's { me }: ${sorted.length} requests, median ${quantile(sorted, 0.5).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms`,
    );

    // A: the excess is refused, with the code, HTTP 429, Retry-After and a Danish sentence that says when.
    expect(refused.length).toBeGreaterThan(0);
    for (const res of refused) {
      expect(codeOf(res)).toBe("TOO_MANY_REQUESTS");
      expect(res.errors?.[0]?.message).toMatch(TOO_MANY);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    }
    // What was not refused was answered in full.
    for (const res of flood.filter((r) => !r.errors)) expect(Object.keys((res.data as { project: object }).project)).toHaveLength(15);

    // B: every request answered, and none kept waiting behind A's flood. Measured on the 2-core machine: without the
    // plugin one of B's requests waited 9,4 s (the flood took 16 s); with it, B's slowest took up to 2,5 s while two
    // test workers and a browser shared the cores. The limit sits between the two.
    expect(answersB.length).toBeGreaterThan(0);
    for (const res of answersB) expect(res.errors).toBeUndefined();
    expect(sorted.at(-1)).toBeLessThan(4000);
  }, 60_000);

  it("refuses past the budget per minute, with the seconds until the budget is back", async () => {
    const token = await userWithRole("STYREGRUPPE");
    const answers = await spendUntilRefused(api.url, token);
    const last = answers.at(-1) as GraphQLResponse<unknown>;
    expect(answers.length).toBeGreaterThan(1);
    expect(codeOf(last)).toBe("TOO_MANY_REQUESTS");
    expect(last.errors?.[0]?.message).toMatch(/^Du har brugt din andel af serverens kapacitet for nu\. Prøv igen om \d+ sekunde?r?\.$/);
    const retryAfter = Number(last.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(last.errors?.[0]?.message).toContain(`Prøv igen om ${retryAfter} `);
    // A cheap query of the same user is still answered: only expensive work is budgeted.
    expect((await gql(api.url, ME, {}, { token })).errors).toBeUndefined();
  }, 60_000);

  it("shares the budget between two API processes on one database: spending on one is refused on the other", async () => {
    const token = await userWithRole("STYREGRUPPE");
    const answers = await spendUntilRefused(api.url, token);
    expect(codeOf(answers.at(-1) as GraphQLResponse<unknown>)).toBe("TOO_MANY_REQUESTS");
    const onSecond = await gql(second.url, FIFTEEN_DASHBOARDS, { p: projectId }, { token });
    expect(codeOf(onSecond)).toBe("TOO_MANY_REQUESTS");
    expect(onSecond.errors?.[0]?.message).toMatch(/^Du har brugt din andel af serverens kapacitet for nu\./);
    // Another user on the second process is not affected.
    const other = await userWithRole("STYREGRUPPE");
    expect((await gql(second.url, FIFTEEN_DASHBOARDS, { p: projectId }, { token: other })).errors).toBeUndefined();
  }, 60_000);

  it("answers the dashboard export with 429 and Retry-After past the budget", async () => {
    const token = await userWithRole("STYREGRUPPE");
    const exportUrl = `${api.url}/export/dashboard/${projectId}.xlsx?dato=2026-06-30`;
    const before = await fetch(exportUrl, { headers: { authorization: `Bearer ${token}` } });
    expect(before.status).toBe(200);
    await before.arrayBuffer();
    await spendUntilRefused(api.url, token);
    const res = await fetch(exportUrl, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await res.text()).toMatch(/^Du har brugt din andel af serverens kapacitet for nu\. Prøv igen om \d+ sekunde?r?\.$/);
  }, 60_000);
});
