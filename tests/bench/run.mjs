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
  const server = await startServer({ dataSource, logger: createLogger("silent"), sessionSecret: "bench-secret-bench-secret-bench-secret!" }, 0);

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
      `${name.padEnd(38)} p50 ${q(0.5).padStart(7)} ms   p95 ${q(0.95).padStart(7)} ms   SQL-sætninger pr. kald ${(statements / ITERATIONS).toFixed(1)}`,
    );
  };

  console.log(`Overblik bench: ${ITERATIONS} kald pr. forespørgsel, én klient, indlejret PostgreSQL\n`);
  await measure("projects (4 projekter, totaler)", () => post(ProjectsDocument, {}, token));
  await measure("project budget (Brug for alle)", () => post(ProjectBudgetDocument, { id: bfa.id }, token));
  await server.close();
  await dataSource.destroy();
} finally {
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
