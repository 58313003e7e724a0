// npm run bench: timings of the main queries against the real API on an embedded PostgreSQL.
// Prints figures; asserts nothing (timings belong here, not in tests).
import { createLogger, startServer } from "@overblik/api";
import { openDatabase, seedDemoData, startEmbeddedPostgres } from "@overblik/db";
import { ProjectBudgetDocument, ProjectsDocument, LoginDocument } from "@overblik/graphql-client";
import { print } from "graphql";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const ITERATIONS = 300;
const dir = await mkdtemp(join(tmpdir(), "overblik-bench-"));
await chmod(dir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: join(dir, "data"), persistent: false });
let statements = 0;
try {
  await pg.createDatabase("bench");
  const dataSource = await openDatabase({ url: pg.urlFor("bench"), onQuery: () => statements++ });
  await seedDemoData(dataSource);
  const server = await startServer({ dataSource, logger: createLogger("silent"), sessionSecret: "bench-secret-bench-secret-bench-secret!", personalDataKeys: { encryptionKey: Buffer.alloc(32, 1), lookupKey: Buffer.alloc(32, 2) } }, 0);

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
    for (let i = 0; i < 20; i++) await fn(); // warm-up
    statements = 0;
    const times = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
    console.log(
      `${name.padEnd(44)} p50 ${q(0.5).padStart(7)} ms   p95 ${q(0.95).padStart(7)} ms   SQL-sætninger pr. kald ${(statements / ITERATIONS).toFixed(1)}`,
    );
  };

  console.log(`Overblik bench: ${ITERATIONS} kald pr. forespørgsel, én klient, indlejret PostgreSQL\n`);
  await measure("projects (4 projekter, totaler)", () => post(ProjectsDocument, {}, token));
  await measure("project budget (Brug for alle)", () => post(ProjectBudgetDocument, { id: bfa.id }, token));

  // Budget follow-up at volume: 10.000 postings and 5.000 activity entries on Brug for alle's lines,
  // then the same on a synthetic budget with 120 lines, to show the statement count does not grow with lines.
  const [{ user_id: userId }] = await dataSource.query(`SELECT id AS user_id FROM app_user WHERE email = 'leder@overblik.demo'`);
  await dataSource.query(
    `INSERT INTO budget_posting (budget_line_id, posting_date, amount_ore, text, voucher, quantity, created_by)
     SELECT l.id, date '2012-08-01' + (g % 360), 10000 + (g % 997) * 7, 'Bench', 'B-' || g, CASE WHEN l.driver_unit IS NULL THEN NULL ELSE 1 END, $2
       FROM generate_series(1, 10000) g
       JOIN LATERAL (SELECT id, driver_unit FROM budget_line WHERE budget_id = $1 ORDER BY sort_order OFFSET (g % 12) LIMIT 1) l ON true`,
    [bfa.budget.id, userId],
  );
  await dataSource.query(
    `INSERT INTO activity_entry (budget_line_id, activity_date, quantity, source, note)
     SELECT l.id, date '2012-08-01' + (g % 360), 0.5, 'MANUAL', 'Bench'
       FROM generate_series(1, 5000) g
       JOIN LATERAL (SELECT id FROM budget_line WHERE budget_id = $1 AND driver_unit IS NOT NULL ORDER BY sort_order OFFSET (g % 3) LIMIT 1) l ON true`,
    [bfa.budget.id],
  );
  const followUpQuery = `query F($id: ID!) { project(id: $id) { budgets { followUp(asOf: "2013-06-30") {
    lines { lineId spent forecast rag ragReason deliveredQuantity } expense { spent forecast rag } income { spent } } } } }`;
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
    `INSERT INTO budget_line (budget_id, side, name, category, sort_order)
     SELECT $1, 'EXPENSE', 'Bench-linje ' || g, 'Bench', 100 + g FROM generate_series(1, 115) g`,
    [kbh.budget.id],
  );
  await measure("budgetopfølgning (120 linjer)", () => postRaw(followUpQuery, { id: kbh.id }));
  await server.close();
  await dataSource.destroy();
} finally {
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
