// npm run bench:data: national-scale data for the benchmarks, deterministic from a seed.
//
//   npm run bench:data                  fills DATABASE_URL, or the embedded PostgreSQL in .data/bench-pg (database overblik_bench)
//   npm run bench:data -- --fresh       drops the bench database and fills it again
//   npm run bench:data -- --seed=7      another seed (same shape, other rows)
//   npm run bench:data -- --access-log=N   the access-log bench instead (data-access-log.mjs), in its own database
//
// 98 municipalities, 2–4 projects each, 100.000 citizens, 2.000.000 flow events, 1.000.000 postings. The schema is
// the real migrations'; the data respect every constraint and trigger. A filled database is left alone.
import pg from "pg";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { insertRows } from "./data-sql.mjs";
import { BENCH_PASSWORD, BENCH_USERS, buildSmallData } from "./data-small.mjs";
import { createWorkTables, flowSteps } from "./data-flow.mjs";
import { accessLogBench } from "./data-access-log.mjs";

const PARTICIPANTS = 100_000;
const FLOW_EVENTS = 2_000_000;
const POSTINGS = 1_000_000;
/** "Today" in the data: events up to it have happened, later ones are booked or planned. Fixed, so a seed gives the same data any day. */
const AS_OF = "2025-06-30";
const DATABASE = "overblik_bench";
const MARKER = "bench_data";
const ACCESS_LOG_DATABASE = "overblik_bench_access_log";

const FLOW_TABLES = ["conversation", "preparation_form", "agenda_item", "meeting_attendance", "action_plan_item", "plan_alert", "outcome"];
const ALL_TABLES = [
  "organisation",
  "app_user",
  "project",
  "project_organisation",
  "project_membership",
  "project_flow_plan",
  "milestone",
  "project_goal",
  "team_member",
  "intervention",
  "budget",
  "budget_line",
  "budget_line_amount",
  "budget_change",
  "budget_change_entry",
  "competence_pool",
  "competence_activity",
  "participant",
  "participant_colour_change",
  "team_meeting",
  ...FLOW_TABLES,
  "activity_entry",
  "budget_posting",
];

const args = process.argv.slice(2);
const fresh = args.includes("--fresh");
const seedArg = args.find((a) => a.startsWith("--seed="));
const seed = seedArg ? Number(seedArg.slice("--seed=".length)) : 2025;
if (!Number.isInteger(seed) || seed < 1 || seed > 1_000_000) {
  console.error("--seed skal være et helt tal fra 1 til 1.000.000.");
  process.exit(2);
}
const accessLogArg = args.find((a) => a.startsWith("--access-log="));
const accessLogRows = accessLogArg ? Number(accessLogArg.slice("--access-log=".length)) : null;
if (accessLogRows !== null && (!Number.isInteger(accessLogRows) || accessLogRows < 1000 || accessLogRows > 1_000_000_000)) {
  console.error("--access-log skal være et helt antal rækker fra 1.000 til 1.000.000.000.");
  process.exit(2);
}
const unknown = args.filter((a) => a !== "--fresh" && !a.startsWith("--seed=") && !a.startsWith("--access-log="));
if (unknown.length) {
  console.error(`Ukendt argument: ${unknown.join(" ")} (kendte: --fresh, --seed=N, --access-log=N)`);
  process.exit(2);
}

let db;
try {
  db = await import("@overblik/db");
} catch (error) {
  console.error(`@overblik/db kunne ikke indlæses (${error instanceof Error ? error.message : error}). Kør "npm run build" først.`);
  process.exit(1);
}

const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(1).padStart(6);
const fmt = (n) => Number(n).toLocaleString("da-DK");
const log = (message) => console.log(`[${secs()} s] ${message}`);

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const withDatabase = (url, name) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** What is in the database: nothing, bench data (with its marker), or other data we must not touch. */
async function contents(client) {
  const { rows: tables } = await client.query(
    `SELECT to_regclass('public.organisation') IS NOT NULL AS migrated, to_regclass('public.system_setting') IS NOT NULL AS settings`,
  );
  if (!tables[0].migrated) return { kind: "empty" };
  const marker = tables[0].settings ? (await client.query(`SELECT value FROM system_setting WHERE key = $1`, [MARKER])).rows[0] : undefined;
  if (marker) return { kind: "bench", marker: JSON.parse(marker.value) };
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM organisation`);
  return { kind: rows[0].n === 0 ? "empty" : "other" };
}

async function countRows(client) {
  const counts = {};
  for (const table of ALL_TABLES) counts[table] = (await client.query(`SELECT count(*)::bigint AS n FROM ${table}`)).rows[0].n;
  return counts;
}

function printCounts(counts) {
  const width = Math.max(...ALL_TABLES.map((t) => t.length));
  for (const table of ALL_TABLES) console.log(`  ${table.padEnd(width)} ${fmt(counts[table]).padStart(11)}`);
  const events = FLOW_TABLES.reduce((s, t) => s + Number(counts[t]), 0);
  console.log(`  ${"forløbshændelser i alt".padEnd(width)} ${fmt(events).padStart(11)}   (${FLOW_TABLES.join(", ")})`);
}

/** The embedded PostgreSQL in .data/bench-pg, started (and configured for the bench once). */
async function startBenchCluster() {
  const dataDir = join(repoRoot, ".data", "bench-pg");
  log(`Starter indlejret PostgreSQL i ${dataDir}${existsSync(join(dataDir, "PG_VERSION")) ? "" : " (ny klynge)"}`);
  let embedded = await db.startEmbeddedPostgres({ dataDir, persistent: true });
  // The bench cluster gets a server's memory rather than PostgreSQL's 128 MB default (the data are a few GB),
  // and fewer checkpoints during the bulk load. Only this cluster is configured so; it takes a restart once.
  const settings = { shared_buffers: "1GB", max_wal_size: "8GB", checkpoint_timeout: "30min" };
  const restart = await withClient(embedded.urlFor("postgres"), async (c) => {
    const { rows } = await c.query(`SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1::text[])`, [Object.keys(settings)]);
    const current = Object.fromEntries(rows.map((r) => [r.name, r]));
    for (const [name, value] of Object.entries(settings)) await c.query(`ALTER SYSTEM SET ${name} = '${value}'`);
    await c.query(`SELECT pg_reload_conf()`);
    return current.shared_buffers.setting !== String((1024 * 1024) / 8); // 1 GB in 8 kB pages
  });
  if (restart) {
    await embedded.stop();
    embedded = await db.startEmbeddedPostgres({ dataDir, persistent: true });
    log("PostgreSQL genstartet med shared_buffers = 1GB");
  }
  return embedded;
}

if (accessLogRows !== null) {
  // The access-log bench, in its own database made afresh: the national bench data and other data are never touched.
  let cluster;
  let code = 0;
  try {
    cluster = process.env.DATABASE_URL ? undefined : await startBenchCluster();
    const server = process.env.DATABASE_URL ?? cluster.urlFor("postgres");
    await withClient(withDatabase(server, "postgres"), async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${ACCESS_LOG_DATABASE} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${ACCESS_LOG_DATABASE}`);
    });
    const url = withDatabase(server, ACCESS_LOG_DATABASE);
    await (await db.openDatabase({ url, logging: false, poolSize: 1 })).destroy();
    log(`Databasen ${ACCESS_LOG_DATABASE} er oprettet og migrationerne kørt`);
    await accessLogBench({ url, rows: accessLogRows, seed, log });
    log("Færdig");
  } catch (error) {
    code = 1;
    console.error(`\nbench:data --access-log fejlede: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    await cluster?.stop();
  }
  process.exit(code);
}

let embedded;
let exitCode = 0;
try {
  let url = process.env.DATABASE_URL;
  if (url) {
    log(`Database: DATABASE_URL (${new URL(url).host}${new URL(url).pathname})`);
    if (fresh) {
      const found = await withClient(url, contents);
      if (found.kind === "other") {
        throw new Error("DATABASE_URL peger på en database med andre data end bench-data; --fresh sletter kun bench-data. Brug en tom database.");
      }
      const name = decodeURIComponent(new URL(url).pathname.slice(1));
      await withClient(withDatabase(url, "postgres"), async (c) => {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.query(`CREATE DATABASE "${name}"`);
      });
      log(`--fresh: databasen ${name} er slettet og oprettet igen`);
    }
  } else {
    embedded = await startBenchCluster();
    await withClient(embedded.urlFor("postgres"), async (c) => {
      if (fresh) {
        await c.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
        log(`--fresh: databasen ${DATABASE} er slettet`);
      }
      const { rowCount } = await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE]);
      if (!rowCount) await c.query(`CREATE DATABASE ${DATABASE}`);
    });
    url = embedded.urlFor(DATABASE);
  }

  const dataSource = await db.openDatabase({ url, logging: false, poolSize: 1 });
  await dataSource.destroy();
  log("Migrationerne er kørt");

  await withClient(url, async (client) => {
    const found = await contents(client);
    if (found.kind === "bench") {
      console.log(`\nDatabasen er allerede fyldt med bench-data (seed ${found.marker.seed}, dato ${found.marker.asOf}); intet er ændret.`);
      console.log(`Kør "npm run bench:data -- --fresh" for at slette og generere igen.\n`);
      printCounts(await countRows(client));
      return;
    }
    if (found.kind === "other") {
      exitCode = 1;
      console.error("\nDatabasen indeholder andre data (fx demodata) end bench-data; bench:data fylder kun en tom database.");
      console.error(process.env.DATABASE_URL ? "Peg DATABASE_URL på en tom database." : `Kør "npm run bench:data -- --fresh".`);
      return;
    }

    if (process.env.BENCH_DATA_TRACE) {
      const query = client.query.bind(client);
      client.query = async (...a) => {
        const s = performance.now();
        const r = await query(...a);
        const ms = performance.now() - s;
        if (ms > 300) console.log(`    ${(ms / 1000).toFixed(1)} s  ${String(a[0]).replace(/\s+/g, " ").slice(0, 110)}`);
        return r;
      };
    }
    const passwordHash = await db.hashPassword(BENCH_PASSWORD);
    const small = buildSmallData({ seed, asOf: AS_OF, participants: PARTICIPANTS, passwordHash, postings: POSTINGS });
    // One transaction: an interrupted run leaves an empty database, never half the data.
    await client.query("BEGIN");
    try {
      await client.query(
        `SET LOCAL TimeZone = 'UTC'; SET LOCAL synchronous_commit = off; SET LOCAL work_mem = '256MB'; SET LOCAL maintenance_work_mem = '512MB'`,
      );
      await createWorkTables(client);
      let stepStart = performance.now();
      const inserted = {};
      for (const [table, rows] of Object.entries(small.tables)) inserted[table] = await insertRows(client, table, rows);
      for (const [table, rows] of Object.entries(small.temp)) await insertRows(client, table, rows);
      await client.query(`ANALYZE bench_project; ANALYZE bench_member; ANALYZE bench_intervention; ANALYZE bench_line`);
      log(
        `kommuner, projekter, budgetter, teams og kataloger: ${fmt(small.tables.organisation.length)} kommuner, ${fmt(small.tables.project.length)} projekter, ` +
          `${fmt(small.tables.budget_line.length)} budgetlinjer (${((performance.now() - stepStart) / 1000).toFixed(1)} s)`,
      );
      for (const step of flowSteps({ seed, asOf: AS_OF, targetEvents: FLOW_EVENTS, leaderId: small.users.get("leder") })) {
        stepStart = performance.now();
        const counts = await step.run(client);
        for (const [table, n] of Object.entries(counts)) inserted[table] = (inserted[table] ?? 0) + n;
        log(
          `${step.name}: ${Object.entries(counts)
            .map(([t, n]) => `${t} ${fmt(n)}`)
            .join(", ")} (${((performance.now() - stepStart) / 1000).toFixed(1)} s)`,
        );
      }
      const events = FLOW_TABLES.reduce((s, t) => s + (inserted[t] ?? 0), 0);
      if (events !== FLOW_EVENTS) throw new Error(`Forløbshændelserne blev ${events}, ikke ${FLOW_EVENTS}.`);
      await client.query(`INSERT INTO system_setting (key, value, updated_at) VALUES ($1, $2, $3)`, [
        MARKER,
        JSON.stringify({ seed, asOf: AS_OF, participants: PARTICIPANTS, flowEvents: FLOW_EVENTS, postings: POSTINGS }),
        `${AS_OF}T23:59:59Z`,
      ]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
    log("Gemt (én transaktion)");
    // Statistics and the visibility map, so the benchmarks meet the tables as a long-running database would.
    await client.query("VACUUM (ANALYZE)");
    log("VACUUM ANALYZE");

    const counts = await countRows(client);
    const { rows: size } = await client.query(
      `SELECT pg_size_pretty(pg_database_size(current_database())) AS pretty, pg_database_size(current_database()) AS bytes`,
    );
    console.log(`\nFærdig på ${secs().trim()} s (seed ${seed}, dato i data ${AS_OF}). Rækker:`);
    printCounts(counts);
    console.log(`  databasens størrelse: ${size[0].pretty}`);
    console.log(`\nLogins (adgangskode ${BENCH_PASSWORD}):`);
    for (const u of BENCH_USERS) {
      console.log(
        `  ${u.email.padEnd(28)} ${u.projectRole ? `${u.projectRole} i alle ${fmt(small.tables.project.length)} projekter` : u.globalRoles.join(", ")}`,
      );
    }
  });
  if (embedded) console.log(`\nDatabasen: ${DATABASE} i ${join(repoRoot, ".data", "bench-pg")} (startes igen af næste kørsel).`);
} catch (error) {
  exitCode = 1;
  console.error(`\nbench:data fejlede: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await embedded?.stop();
}
process.exit(exitCode);
