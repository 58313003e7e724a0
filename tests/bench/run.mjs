// npm run bench: timings of the main queries against the real API on an embedded PostgreSQL, and an HTTP
// load test of Overblik against a bare Apollo Server answering the same queries from the same database.
// Prints figures; asserts nothing (timings belong here, not in tests).
import { createLogger, startServer } from "@overblik/api";
import { openDatabase, seedDemoData, startEmbeddedPostgres } from "@overblik/db";
import { ProjectBudgetDocument, ProjectsDocument, LoginDocument } from "@overblik/graphql-client";
import autocannon from "autocannon";
import { print } from "graphql";
import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { quantile, timeCalls } from "./timing.mjs";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

const ITERATIONS = 300;
// The load test: per query and server 10 s under load after a 2 s warm-up, in rounds that alternate between
// the two servers, so a change in the machine's other load during the run falls on both alike.
const LOAD_SECONDS = 20;
const LOAD_ROUNDS = 4;
const WARMUP_SECONDS = 2;
const LOAD_CONNECTIONS = 10;
const BENCH_SECRET = "bench-secret-bench-secret-bench-secret!";
// BENCH_ONLY=load runs only the HTTP load test (seeded demo data), e.g. while working on per-request cost.
const ONLY_LOAD = process.env.BENCH_ONLY === "load";
// The bench measures one user's requests back to back and 10 at a time: the fair share of the server (README,
// Sikkerhed) would refuse that by design, so it is set out of the way here; a cheap request never pays for it.
const BENCH_FAIR_SHARE = { fairShareCostPerMinute: 10_000_000, fairShareMaxInFlight: 10_000 };

/** Starts a Node script as a child process and waits for the line that names its URL. */
function startChild(script, env, pattern) {
  const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const url = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      out += chunk.toString();
      const m = pattern.exec(out);
      if (m?.[1]) resolve(m[1]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${script} stopped (${code}) before it was ready:\n${out}`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { url, stop };
}

/** autocannon against one endpoint; every response's own latency is kept (autocannon reports no p95). */
async function load(endpoint, body, headers, expectBody, seconds) {
  const latencies = [];
  const instance = autocannon({ url: endpoint, method: "POST", headers, body, connections: LOAD_CONNECTIONS, duration: seconds, expectBody });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  return {
    requests: result.requests.total,
    seconds: result.duration,
    latencies,
    failed: result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0),
  };
}

/** The rounds of one server together: req/s over all of them, p95 over every response. */
function summary(runs) {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  return {
    rps: runs.reduce((n, r) => n + r.requests, 0) / seconds,
    p95: latencies[Math.min(latencies.length - 1, Math.floor(0.95 * latencies.length))] ?? NaN,
    failed: runs.reduce((n, r) => n + r.failed, 0),
  };
}
const dir = await mkdtemp(join(tmpdir(), "overblik-bench-"));
await chmod(dir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: join(dir, "data"), persistent: false });
let statements = 0;

const followUpQuery = `query F($id: ID!) { project(id: $id) { budgets { followUp(asOf: "2013-06-30") {
    lines { lineId spent forecast rag ragReason deliveredQuantity } expense { spent forecast rag } income { spent } } } } }`;
const projectsQuery = `query P { projects { totalCount items { id code name startDate endDate status } } }`;

/**
 * Overblik (apps/api/dist/main.js in production mode, its own process) and a bare Apollo Server
 * (bench/bare-apollo.mjs, its own process) on the same database, loaded the same way by autocannon:
 * an authenticated simple query and Brug for alle's budget follow-up. The goal's ratio is to the bare server
 * that answers the same authenticated query (token and session checked as Overblik's rules require: revocable
 * at once, valid in every process); the ratio to one with no authentication at all is printed beside it.
 * All three must first give the same data.
 */
async function loadTest(databaseUrl, bfaId) {
  const overblik = startChild(
    fileURLToPath(new URL("../../apps/api/dist/main.js", import.meta.url)),
    {
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      // The bench's database holds the demo data (seeded above, so not loaded again): a production start without
      // SEED_DEMO_DATA deactivates its accounts, and production allows it only with the override.
      SEED_DEMO_DATA: "true",
      ALLOW_DEMO_DATA_IN_PRODUCTION: "true",
      FAIR_SHARE_COST_PER_MINUTE: String(BENCH_FAIR_SHARE.fairShareCostPerMinute),
      FAIR_SHARE_MAX_IN_FLIGHT: String(BENCH_FAIR_SHARE.fairShareMaxInFlight),
      HOST: "127.0.0.1",
      PORT: "0",
      PORTAL_PORT: "0",
      LOG_LEVEL: "error",
      SESSION_SECRET: BENCH_SECRET,
      PERSONAL_DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
      CPR_LOOKUP_KEY: Buffer.alloc(32, 2).toString("base64"),
    },
    /POST (http:\/\/[^/\s]+)\/graphql/,
  );
  const bareScript = fileURLToPath(new URL("./bare-apollo.mjs", import.meta.url));
  const bare = startChild(bareScript, { DATABASE_URL: databaseUrl, BARE_AUTH: "session", SESSION_SECRET: BENCH_SECRET }, /BARE_URL (http:\/\/\S+)/);
  const bareOpen = startChild(bareScript, { DATABASE_URL: databaseUrl, BARE_AUTH: "none" }, /BARE_URL (http:\/\/\S+)/);
  try {
    const endpoints = { overblik: `${await overblik.url}/graphql`, bare: `${await bare.url}/`, bareOpen: `${await bareOpen.url}/` };
    const call = async (endpoint, body, headers) => {
      const res = await fetch(endpoint, { method: "POST", headers, body });
      return { status: res.status, text: await res.text() };
    };
    const loginBody = JSON.stringify({ query: print(LoginDocument), variables: { input: { email: "admin@overblik.demo", password: "overblik-demo" } } });
    const login = JSON.parse((await call(endpoints.overblik, loginBody, { "content-type": "application/json" })).text);
    // The same request to all three: the bare server with authentication checks the token and the session
    // as Overblik must; the one without ignores it.
    const headers = { "content-type": "application/json", authorization: `Bearer ${login.data.login.token}` };
    const refused = await call(endpoints.bare, JSON.stringify({ query: projectsQuery }), { "content-type": "application/json", authorization: "Bearer x.y.z" });
    if (!refused.text.includes("UNAUTHENTICATED")) throw new Error(`the bare server with authentication let a false token through: ${refused.text}`);

    console.log(
      `\nHTTP-belastning: autocannon, ${LOAD_CONNECTIONS} forbindelser, ${LOAD_SECONDS} s pr. server og forespørgsel (${LOAD_ROUNDS} omgange på skift) efter ${WARMUP_SECONDS} s opvarmning.\n` +
        `Overblik (produktionstilstand) og en bar Apollo Server 5 (standalone, håndskrevne resolvere med pg) i hver sin proces på samme database,\n` +
        `den bare med samme login (tokenets HS256-signatur og udløb, sessionsrækken med brugerens roller i én sætning) og uden login.\n`,
    );
    console.log(`${"".padEnd(34)}${"Overblik".padEnd(28)}${"bar Apollo med login".padEnd(28)}${"bar Apollo uden login".padEnd(28)}Overblik/bar med  / uden`);
    for (const [name, query, variables] of [
      ["projects (4 projekter)", projectsQuery, {}],
      ["budgetopfølgning (Brug for alle)", followUpQuery, { id: bfaId }],
    ]) {
      const body = JSON.stringify({ query, variables });
      const servers = ["overblik", "bare", "bareOpen"];
      const answers = {};
      for (const server of servers) answers[server] = await call(endpoints[server], body, headers);
      const data = Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, JSON.parse(a.text)]));
      for (const server of ["bare", "bareOpen"]) {
        if (answers.overblik.status !== 200 || data.overblik.errors || !isDeepStrictEqual(data.overblik.data, data[server].data)) {
          throw new Error(`${name}: Overblik and the bare server (${server}) do not answer the same:\n${answers.overblik.text}\n${answers[server].text}`);
        }
      }
      const runs = Object.fromEntries(servers.map((server) => [server, []]));
      for (const server of servers) await load(endpoints[server], body, headers, answers[server].text, WARMUP_SECONDS);
      for (let round = 0; round < LOAD_ROUNDS; round++) {
        for (const server of servers) runs[server].push(await load(endpoints[server], body, headers, answers[server].text, LOAD_SECONDS / LOAD_ROUNDS));
      }
      const result = Object.fromEntries(servers.map((server) => [server, summary(runs[server])]));
      const cell = (r) => `${r.rps.toFixed(0).padStart(6)} req/s  p95 ${r.p95.toFixed(1).padStart(5)} ms`.padEnd(28);
      const ratio = (other) => `${((100 * result.overblik.rps) / other.rps).toFixed(0)} %`.padStart(6);
      const failed = servers.reduce((n, server) => n + result[server].failed, 0);
      console.log(
        `${name.padEnd(34)}${servers.map((server) => cell(result[server])).join("")}${ratio(result.bare)}     ${ratio(result.bareOpen)}` +
          (failed > 0 ? `   (${failed} svar var fejl eller afveg)` : ""),
      );
    }
    console.log("");
  } finally {
    await Promise.all([overblik.stop(), bare.stop(), bareOpen.stop()]);
  }
}
try {
  await pg.createDatabase("bench");
  const dataSource = await openDatabase({ url: pg.urlFor("bench"), onQuery: () => statements++ });
  await seedDemoData(dataSource);
  const server = await startServer(
    {
      dataSource,
      logger: createLogger("silent"),
      sessionSecret: BENCH_SECRET,
      personalDataKeys: { encryptionKey: Buffer.alloc(32, 1), lookupKey: Buffer.alloc(32, 2) },
      ...BENCH_FAIR_SHARE,
      // No background worker in this process: its polls of the job table (one a second) would be counted as the
      // requests' statements, more of them the slower the machine. The load test's production process keeps its own.
      jobs: { enabled: false },
    },
    0,
  );

  const post = async (document, variables, token) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  const { login } = await post(LoginDocument, { input: { email: "admin@overblik.demo", password: "overblik-demo" } });
  const token = login.token;
  const { projects } = await post(ProjectsDocument, {}, token);
  const bfa = projects.items.find((p) => p.code === "BFA");

  const measure = async (name, fn) => {
    const times = await timeCalls(fn, ITERATIONS, 20, () => {
      statements = 0;
    });
    const q = (p) => quantile(times, p).toFixed(2);
    console.log(
      `${name.padEnd(44)} p50 ${q(0.5).padStart(7)} ms   p95 ${q(0.95).padStart(7)} ms   SQL-sætninger pr. kald ${(statements / ITERATIONS).toFixed(1)}`,
    );
  };

  if (ONLY_LOAD) {
    await loadTest(pg.urlFor("bench"), bfa.id);
  } else {
    console.log(`Overblik bench: ${ITERATIONS} kald pr. forespørgsel, én klient, indlejret PostgreSQL\n`);
    await measure("projects (4 projekter, totaler)", () => post(ProjectsDocument, {}, token));
    await measure("project budget (Brug for alle)", () => post(ProjectBudgetDocument, { id: bfa.id }, token));

    await loadTest(pg.urlFor("bench"), bfa.id);

    // Budget follow-up at volume: 10.000 postings and 5.000 activity entries on Brug for alle's lines,
    // then the same on a synthetic budget with 120 lines, to show the statement count does not grow with lines.
    const [{ user_id: userId }] = await dataSource.query(`SELECT id AS user_id FROM app_user WHERE email = 'leder@overblik.demo'`);
    await dataSource.query(
      `INSERT INTO budget_posting (project_id, budget_line_id, posting_date, amount_ore, text, voucher, quantity, created_by)
       SELECT l.project_id, l.id, date '2012-08-01' + (g % 360), 10000 + (g % 997) * 7, 'Bench', 'B-' || g, CASE WHEN l.driver_unit IS NULL THEN NULL ELSE 1 END, $2
         FROM generate_series(1, 10000) g
         JOIN LATERAL (SELECT id, project_id, driver_unit FROM budget_line WHERE budget_id = $1 ORDER BY sort_order OFFSET (g % 12) LIMIT 1) l ON true`,
      [bfa.budget.id, userId],
    );
    await dataSource.query(
      `INSERT INTO activity_entry (project_id, budget_line_id, activity_date, quantity, source, note)
       SELECT l.project_id, l.id, date '2012-08-01' + (g % 360), 0.5, 'MANUAL', 'Bench'
         FROM generate_series(1, 5000) g
         JOIN LATERAL (SELECT id, project_id FROM budget_line WHERE budget_id = $1 AND driver_unit IS NOT NULL ORDER BY sort_order OFFSET (g % 3) LIMIT 1) l ON true`,
      [bfa.budget.id],
    );
    const postRaw = async (query, variables) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    await measure("budgetopfølgning (12 linjer, 10.000 post.)", () => postRaw(followUpQuery, { id: bfa.id }));

    const kbh = projects.items.find((p) => p.code === "KBH");
    await dataSource.query(
      `INSERT INTO budget_line (budget_id, project_id, side, name, category, sort_order)
       SELECT $1, $2, 'EXPENSE', 'Bench-linje ' || g, 'Bench', 100 + g FROM generate_series(1, 115) g`,
      [kbh.budget.id, kbh.id],
    );
    await measure("budgetopfølgning (120 linjer)", () => postRaw(followUpQuery, { id: kbh.id }));
  }
  await server.close();
  await dataSource.destroy();
} finally {
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
