import { createLogger, startServer, type RunningServer, type ServerOptions } from "@overblik/api";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, TEST_KEYS, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeProject, makeUser } from "../support/fixtures.js";
import { freePort } from "../support/oidc-provider.js";

/**
 * Issue #19, item 2: the national benchmark from jobindsats.dk, offline. A local server replays the recorded answers
 * (tests/fixtures/jobindsats/); one database, and one API process per configuration (no token, a wrong token, no
 * network, the right token), all sharing the cache table.
 */

const GOOD_TOKEN = "jobindsats-token-7f3a9c";
const BAD_TOKEN = "jobindsats-udloebet-41d2";
const fixture = (name: string) => readFileSync(new URL(`../fixtures/jobindsats/${name}`, import.meta.url), "utf8");

const BENCHMARK = `query B($id: ID!) { project(id: $id) { dashboard { asOf } benchmark { status message source definition targetGroup figures { area national period periodLabel percent fetchedAt } } } }`;
type Benchmark = {
  status: string;
  message: string | null;
  source: string;
  definition: string;
  targetGroup: string;
  figures: Array<{ area: string; national: boolean; period: string; periodLabel: string; percent: string; fetchedAt: string }>;
};
type Answer = { project: { dashboard: { asOf: string }; benchmark: Benchmark } };

let api: TestApi;
let jobindsats: Server;
let jobindsatsUrl: string;
/** Every request the stand-in for jobindsats.dk received: its path and query, and its Authorization header. */
const requests: Array<{ url: string; authorization: string | undefined }> = [];
const log: string[] = [];
const servers: RunningServer[] = [];
let projectId: string;
let email: string;

function standIn(): Server {
  return createServer((req, res) => {
    requests.push({ url: req.url ?? "", authorization: req.headers.authorization });
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.headers.authorization !== `Bearer ${GOOD_TOKEN}`) {
      res.writeHead(401, { "content-type": "application/json; charset=utf-8" }).end(fixture("unauthorized.json"));
      return;
    }
    const file =
      url.pathname === "/data/y14d03" && url.searchParams.get("hierarchy._hele_landet") === "/"
        ? "y14d03-hele-landet.json"
        : url.pathname === "/data/y14d03" && url.searchParams.get("hierarchy._nykom") === "Ishøj"
          ? "y14d03-ishoej.json"
          : null;
    // The recorded answers are for the newest period (2025QMAT02); a named period is answered as that period.
    const period = url.searchParams.get("period.QMAT") ?? "";
    if (!file) res.writeHead(404).end();
    else
      res
        .writeHead(200, { "content-type": "application/json; charset=utf-8" })
        .end(period === "latest" ? fixture(file) : fixture(file).replaceAll("2025QMAT02", period));
  });
}

/** Another API process on the same database, with its own benchmark settings, logging into `log`. */
async function apiWith(benchmark: ServerOptions["benchmark"]): Promise<string> {
  const sink = new Writable({
    write(chunk, _enc, done) {
      log.push(String(chunk));
      done();
    },
  });
  const server = await startServer(
    {
      dataSource: api.dataSource,
      logger: createLogger("debug", sink),
      sessionSecret: "test-secret-test-secret-test-secret-0123",
      personalDataKeys: TEST_KEYS,
      portalDist: "/nonexistent",
      benchmark,
    },
    0,
  );
  servers.push(server);
  return server.url;
}

async function benchmarkFrom(url: string): Promise<Answer["project"]> {
  const token = await login(url, email, FIXTURE_PASSWORD);
  return dataOf(await gql<Answer, { id: string }>(url, BENCHMARK, { id: projectId }, { token })).project;
}

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  jobindsats = standIn();
  await new Promise<void>((resolve) => jobindsats.listen(0, "127.0.0.1", resolve));
  jobindsatsUrl = `http://127.0.0.1:${(jobindsats.address() as AddressInfo).port}`;
  const project = await makeProject(api.dataSource, { municipalityCodes: ["183"] });
  const member = await makeUser(api.dataSource);
  await addMember(api.dataSource, project.id, member.id, "STYREGRUPPE");
  projectId = project.id;
  email = member.email;
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await new Promise<void>((resolve) => jobindsats.close(() => resolve()));
  await api.close();
});

describe("the national benchmark from jobindsats.dk", () => {
  it("without a token: the status says so, no request leaves, and the dashboard loads", async () => {
    const answer = await benchmarkFrom(api.url);
    expect(answer.dashboard.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(answer.benchmark.status).toBe("NOT_CONFIGURED");
    expect(answer.benchmark.message).toContain("ingen nøgle (JOBINDSATS_TOKEN)");
    expect(answer.benchmark.figures).toEqual([]);
    expect(requests).toEqual([]);
  });

  it("with an expired token: the API's own message is the status", async () => {
    const answer = await benchmarkFrom(await apiWith({ url: jobindsatsUrl, token: BAD_TOKEN }));
    expect(answer.benchmark.status).toBe("BAD_TOKEN");
    expect(answer.benchmark.message).toContain("Forkert nøgle eller nøglen er udløbet.");
    expect(answer.benchmark.figures).toEqual([]);
    expect(answer.dashboard.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The country and Ishøj were asked, each with the token in the header and nowhere in the address.
    expect(requests.map((r) => r.authorization)).toEqual([`Bearer ${BAD_TOKEN}`, `Bearer ${BAD_TOKEN}`]);
    expect(requests.some((r) => r.url.includes(BAD_TOKEN))).toBe(false);
  });

  it("without network: the status says so and the dashboard still loads", async () => {
    const answer = await benchmarkFrom(await apiWith({ url: `http://127.0.0.1:${await freePort()}/v3`, token: GOOD_TOKEN, timeoutMs: 2000 }));
    expect(answer.benchmark.status).toBe("UNAVAILABLE");
    expect(answer.benchmark.message).toContain("ikke hentet tal tidligere");
    expect(answer.dashboard.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("with the right token: the national and the municipality's rate with source, period and date; the second look is cached", async () => {
    const url = await apiWith({ url: jobindsatsUrl, token: GOOD_TOKEN });
    const before = requests.length;
    const started = Date.now();
    const { benchmark } = await benchmarkFrom(url);
    expect(benchmark.status).toBe("OK");
    expect(benchmark.message).toBeNull();
    expect(benchmark.source).toBe("Jobindsats.dk, STAR, tabel Y14D03 (Fra ydelse til job)");
    expect(benchmark.targetGroup).toContain("Aktivitetsparate");
    expect(benchmark.definition).toContain("Y14D03");
    expect(benchmark.figures.map(({ fetchedAt: _, ...f }) => f)).toEqual([
      { area: "Hele landet", national: true, period: "2025QMAT02", periodLabel: "4 kvartaler til og med 2. kvartal 2025", percent: "9,8" },
      { area: "Ishøj", national: false, period: "2025QMAT02", periodLabel: "4 kvartaler til og med 2. kvartal 2025", percent: "8,3" },
    ]);
    for (const f of benchmark.figures) expect(Date.parse(f.fetchedAt)).toBeGreaterThanOrEqual(started - 1000);
    expect(requests.length - before).toBe(2);

    const again = await benchmarkFrom(url);
    expect(again.benchmark.figures).toEqual(benchmark.figures);
    expect(requests.length - before).toBe(2);
  });

  it("for a project that ended over half a year ago: the four quarters up to its last quarter, not the newest", async () => {
    const ended = await makeProject(api.dataSource, { municipalityCodes: ["183"], startDate: "2022-01-01", endDate: "2023-05-31" });
    const member = await makeUser(api.dataSource);
    await addMember(api.dataSource, ended.id, member.id, "STYREGRUPPE");
    const url = await apiWith({ url: jobindsatsUrl, token: GOOD_TOKEN });
    const before = requests.length;
    const token = await login(url, member.email, FIXTURE_PASSWORD);
    const { benchmark } = dataOf(await gql<Answer, { id: string }>(url, BENCHMARK, { id: ended.id }, { token })).project;
    expect(requests.slice(before).map((r) => new URL(r.url, "http://x").searchParams.get("period.QMAT"))).toEqual(["2023QMAT02", "2023QMAT02"]);
    expect(benchmark.figures.map((f) => [f.area, f.period, f.periodLabel])).toEqual([
      ["Hele landet", "2023QMAT02", "4 kvartaler til og med 2. kvartal 2023"],
      ["Ishøj", "2023QMAT02", "4 kvartaler til og med 2. kvartal 2023"],
    ]);
    // The running project's figures (the newest period) were cached apart and are unchanged.
    expect((await benchmarkFrom(url)).benchmark.figures.map((f) => f.period)).toEqual(["2025QMAT02", "2025QMAT02"]);
  });

  it("when a day-old cache cannot be renewed: the last figures with their date and a status saying so", async () => {
    await api.dataSource.query(`UPDATE benchmark_cache SET fetched_at = fetched_at - interval '25 hours'`);
    const answer = await benchmarkFrom(await apiWith({ url: `http://127.0.0.1:${await freePort()}/v3`, token: GOOD_TOKEN, timeoutMs: 2000 }));
    expect(answer.benchmark.status).toBe("UNAVAILABLE");
    expect(answer.benchmark.message).toContain("sidst hentede");
    expect(answer.benchmark.figures.map((f) => [f.area, f.percent])).toEqual([
      ["Hele landet", "9,8"],
      ["Ishøj", "8,3"],
    ]);
    for (const f of answer.benchmark.figures) expect(Date.now() - Date.parse(f.fetchedAt)).toBeGreaterThan(24 * 3_600_000);
  });

  it("never writes the token to the log (the failures are logged, by code)", () => {
    const text = log.join("\n");
    expect(text).toContain("BENCHMARK_FETCH_FAILED");
    expect(text).not.toContain(GOOD_TOKEN);
    expect(text).not.toContain(BAD_TOKEN);
  });
});
