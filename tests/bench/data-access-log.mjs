// npm run bench:data -- --access-log=N: the access log partitioned by month against one unpartitioned table.
//
// In its own database (made afresh each run, the real migrations): N rows spread evenly in time over the 24 months up
// to this one, for 2.000 users and 200.000 citizens, written in time order as a running system writes them, in
// batches of 500.000 (generate_series, set-based). The same rows go into public.access_log (partitioned, with its
// partitioned indexes) and into flat.access_log, a copy of the table as it was before partitioning (primary key id,
// the same three indexes, the append-only trigger). The real repository queries (@overblik/api) run against both:
// the flat one through search_path = flat, public. Prints the insert rate, the per-citizen extract and the
// administrator's search p50/p95 (with how many partitions the plan reads), and the time to drop the oldest month.
import pg from "pg";
import { performance } from "node:perf_hooks";
import { sqlRandom } from "./data-sql.mjs";
import { quantile } from "./timing.mjs";

const USERS = 2_000;
const CITIZENS = 200_000;
const PROJECTS = 300;
const MONTHS = 24;
const BATCH = 500_000;
const SAMPLES = 200;
const ACTIONS = ["LIST", "LIST", "LIST", "READ", "READ", "SEARCH", "REVEAL", "CHANGE", "EXPORT", "IMPORT"];
const PURPOSES = ["Forberedelse af teammøde", "Opfølgning på indsatsplan", "Visitation", "Tovholderens overblik", "Registrering af samtale"];

const fmt = (n) => Math.round(Number(n)).toLocaleString("da-DK");
const ms = (n) => n.toLocaleString("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** A pg client as the manager the repository functions take (rows, like TypeORM's query). */
const managerOf = (client) => ({ query: async (sql, params) => (await client.query(sql, params)).rows });
const sqlList = (values) => `ARRAY[${values.map((v) => `'${v}'`).join(", ")}]`;

/** A pg pool whose connections see `schema` first, as a manager the repository functions accept (rows, like TypeORM). */
function managerFor(url, schema) {
  const pool = new pg.Pool({ connectionString: url, max: 2, options: `-c search_path=${schema},public` });
  pool.on("error", () => {}); // an idle connection ended by the cluster's stop
  const manager = {
    last: null,
    async query(sql, params) {
      manager.last = { sql, params };
      return (await pool.query(sql, params)).rows;
    },
  };
  return { manager, pool };
}

/** How many access-log tables (partitions, or the one flat table) a statement's plan reads. */
async function tablesRead(client, schema, { sql, params }) {
  await client.query(`SET search_path = ${schema}, public`);
  const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  await client.query(`SET search_path = public`);
  const names = new Set();
  const walk = (node) => {
    if (node["Relation Name"]?.startsWith("access_log")) names.add(node["Relation Name"]);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(rows[0]["QUERY PLAN"][0].Plan);
  return names.size;
}

async function fill(client, table, rows, first, seconds, seed, log) {
  const r = sqlRandom(seed);
  const citizen = r.int("g", 1, 1, CITIZENS);
  const t0 = performance.now();
  for (let from = 0; from < rows; from += BATCH) {
    const to = Math.min(rows, from + BATCH) - 1;
    await client.query(
      `INSERT INTO ${table} (at, user_id, action, project_id, participant_id, purpose, criterion, request_id)
       SELECT $1::timestamptz + make_interval(secs => $2::float8 * g / $3), ${r.uid("user", r.int("g", 2, 1, USERS))},
              (${sqlList(ACTIONS)})[${r.int("g", 3, 1, ACTIONS.length)}], ${r.uid("project", `${citizen} % ${PROJECTS}`)},
              CASE WHEN g % 50 = 0 THEN NULL ELSE ${r.uid("citizen", citizen)} END,
              (${sqlList(PURPOSES)})[${r.int("g", 4, 1, PURPOSES.length)}], NULL, 'bench-' || (g / 8)
         FROM generate_series($4::bigint, $5::bigint) g`,
      [first, seconds, rows, from, to],
    );
    const done = to + 1;
    log(`  ${table}: ${fmt(done)} / ${fmt(rows)} rækker (${fmt(done / ((performance.now() - t0) / 1000))} rækker/s)`);
  }
  return rows / ((performance.now() - t0) / 1000);
}

/**
 * Times each of `fns` (by name) SAMPLES times after 20 warm-up calls, taking turns call by call so that the shared
 * machine's load falls on both alike; p50 and p95 in ms.
 */
async function p50p95(fns) {
  const times = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let i = 0; i < SAMPLES + 20; i++) {
    for (const [name, fn] of Object.entries(fns)) {
      const t0 = performance.now();
      await fn(i);
      if (i >= 20) times[name].push(performance.now() - t0);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => {
      const sorted = list.sort((a, b) => a - b);
      return [name, { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) }];
    }),
  );
}

export async function accessLogBench({ url, rows, seed, log }) {
  const api = await import("@overblik/api");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const flat = managerFor(url, "flat");
  const parted = managerFor(url, "public");
  try {
    await client.query(`SET TimeZone = 'UTC'; SET synchronous_commit = off`);
    const r = sqlRandom(seed);
    await client.query(
      `INSERT INTO app_user (id, email, name, password_hash) SELECT ${r.uid("user", "g")}, 'bruger' || g || '@bench.dk', 'Bruger ' || g, 'x'
         FROM generate_series(1, ${USERS}) g`,
    );
    const { rows: span } = await client.query(
      `SELECT date_trunc('month', now()) - interval '${MONTHS - 1} months' AS first, extract(epoch FROM now() - (date_trunc('month', now()) - interval '${MONTHS - 1} months')) AS seconds`,
    );
    const first = span[0].first;
    await client.query("BEGIN");
    const created = await api.ensureAccessLogPartitions(managerOf(client), first, MONTHS + 2);
    await client.query("COMMIT");
    // The table as it was before partitioning (migration 1764057600000), in its own schema.
    await client.query(`CREATE SCHEMA flat;
      CREATE TABLE flat.access_log (LIKE public.access_log INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING IDENTITY, CONSTRAINT pk_flat_access_log PRIMARY KEY (id));
      CREATE INDEX ix_flat_access_log_user ON flat.access_log (user_id, at); CREATE INDEX ix_flat_access_log_at ON flat.access_log (at);
      CREATE INDEX ix_flat_access_log_participant ON flat.access_log (participant_id, at);
      CREATE TRIGGER trg_access_log_append_only BEFORE UPDATE OR DELETE ON flat.access_log FOR EACH ROW EXECUTE FUNCTION forbid_access_log_change()`);
    log(`${fmt(created.length)} månedspartitioner (${created[0]} … ${created.at(-1)}), flat.access_log oprettet; fylder ${fmt(rows)} rækker i hver`);

    const insertRate = {
      partitioned: await fill(client, "public.access_log", rows, first, span[0].seconds, seed, log),
      flat: await fill(client, "flat.access_log", rows, first, span[0].seconds, seed, log),
    };
    await client.query(`VACUUM ANALYZE public.access_log`);
    await client.query(`VACUUM ANALYZE flat.access_log`);
    log("VACUUM ANALYZE");

    const citizens = Array.from({ length: 64 }, (_, i) => i * 3001 + 7);
    const { rows: ids } = await client.query(`SELECT ${r.uid("citizen", "k")}::text AS id FROM unnest($1::int[]) k`, [citizens]);
    const { rows: users } = await client.query(`SELECT ${r.uid("user", "k")}::text AS id FROM generate_series(1, 64) k`);
    const months = Array.from({ length: 12 }, (_, i) => {
      const start = new Date(Date.UTC(new Date(first).getUTCFullYear(), new Date(first).getUTCMonth() + 6 + i, 1));
      return [start.toISOString(), new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)).toISOString()];
    });
    const filter = (over) => ({ userId: null, participantId: null, projectId: null, action: null, from: null, to: null, ...over });
    const operations = {
      extract: (m) => (i) => api.accessesOfParticipant(m, ids[i % ids.length].id),
      searchCitizen: (m) => (i) => api.accessLogPage(m, filter({ participantId: ids[i % ids.length].id }), 50, 0),
      searchUserMonth: (m) => (i) => {
        const [from, to] = months[i % months.length];
        return api.accessLogPage(m, filter({ userId: users[i % users.length].id, from, to }), 50, 0);
      },
    };
    const results = {};
    for (const [name, op] of Object.entries(operations)) {
      results[name] = await p50p95({ partitioned: op(parted.manager), flat: op(flat.manager) });
      for (const [kind, { manager }] of Object.entries({ partitioned: parted, flat })) {
        await op(manager)(1);
        results[name][kind].tables = await tablesRead(client, kind === "flat" ? "flat" : "public", manager.last);
      }
      log(`${name}: målt`);
    }

    // Dropping the oldest month: detach + drop (the retention's own function) against DELETE of its rows.
    const name = api.accessLogPartitionName(new Date(first));
    const monthEnd = new Date(Date.UTC(new Date(first).getUTCFullYear(), new Date(first).getUTCMonth() + 1, 1)).toISOString();
    let t = performance.now();
    await client.query("BEGIN");
    const dropped = await api.dropAccessLogPartition(managerOf(client), name);
    await client.query("COMMIT");
    const dropMs = performance.now() - t;
    t = performance.now();
    await client.query("BEGIN");
    await client.query(`SELECT set_config('overblik.retention', 'on', true)`);
    const deleted = await client.query(`DELETE FROM flat.access_log WHERE at >= $1 AND at < $2`, [first, monthEnd]);
    await client.query("COMMIT");
    const deleteMs = performance.now() - t;
    const { rows: sizes } = await client.query(
      `SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) AS partitioned, pg_size_pretty(pg_total_relation_size('flat.access_log')) AS flat
         FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'public.access_log'::regclass`,
    );

    const row = (label, a, b) => console.log(`  ${label.padEnd(44)} ${a.padStart(22)} ${b.padStart(22)}`);
    console.log(
      `\nAdgangsloggen, ${fmt(rows)} rækker over ${MONTHS} måneder (${fmt(USERS)} brugere, ${fmt(CITIZENS)} borgere); ms p50 / p95 af ${SAMPLES} kald:`,
    );
    row("", "partitioneret", "én tabel");
    row("indsættelse (rækker/s, med indeks)", fmt(insertRate.partitioned), fmt(insertRate.flat));
    const labels = {
      extract: "udtræk for én borger",
      searchCitizen: "søgning: én borger (side + antal)",
      searchUserMonth: "søgning: én bruger i én måned (side + antal)",
    };
    for (const [key, label] of Object.entries(labels)) {
      const cell = (x) => `${ms(x.p50)} / ${ms(x.p95)} (${x.tables} tb.)`;
      row(label, cell(results[key].partitioned), cell(results[key].flat));
    }
    row(`slet ældste måned (${fmt(dropped)} / ${fmt(deleted.rowCount)} rækker)`, `${ms(dropMs)} ms detach+drop`, `${ms(deleteMs)} ms DELETE`);
    row("størrelse (tabel + indeks)", sizes[0].partitioned, sizes[0].flat);
    console.log(`  (tb. = hvor mange adgangslog-tabeller planen læser: partitioner, eller den ene tabel)`);
  } finally {
    await client.end();
    await flat.pool.end();
    await parted.pool.end();
  }
}
