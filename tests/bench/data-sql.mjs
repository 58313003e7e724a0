// Deterministic randomness for the bench data, in SQL and in JavaScript.
//
// The big tables are generated set-based in SQL. Instead of setseed()/random(), whose sequence depends on the
// order rows are scanned in (and is not shared with parallel workers), every random decision is a hash of a
// row's own key and a numbered stream: the same seed gives the same rows whatever plan PostgreSQL picks.
// Keys are uuids derived the same way, so ids are stable across runs too (laid out as version-4 uuids).
import { createHash } from "node:crypto";

export function sqlRandom(seed) {
  /** A uniform number in [0, 1) for a bigint key expression and a stream number. */
  const u = (key, stream) => `((hashint8extended((${key})::bigint, ${seed * 1000 + stream}) & 2147483647)::float8 / 2147483648.0)`;
  /** An integer in [lo, hi]. */
  const int = (key, stream, lo, hi) => `(${lo} + floor(${u(key, stream)} * ${hi - lo + 1})::int)`;
  /** A deterministic uuid for a kind of row and its integer key. */
  const uid = (kind, key) => `(overlay(overlay(md5('${seed}/${kind}/' || (${key})::text) placing '4' from 13) placing '8' from 17))::uuid`;
  return { u, int, uid };
}

/** The same uuids as `sqlRandom(seed).uid`, for rows made in JavaScript. */
export function jsUid(seed, kind, key) {
  const hex = createHash("md5").update(`${seed}/${kind}/${key}`).digest("hex");
  const h = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17)}`;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** mulberry32: a small seeded generator for the few thousand rows made in JavaScript. */
export function jsRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Inserts rows given as objects into a table (or temporary table) in one statement: the rows travel as one
 * JSON parameter and are typed by the table's own column types.
 */
export async function insertRows(client, table, rows) {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]);
  const { rows: types } = await client.query(
    `SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attname = ANY($2::text[])`,
    [table, columns],
  );
  const typeOf = new Map(types.map((t) => [t.attname, t.type]));
  const missing = columns.filter((c) => !typeOf.has(c));
  if (missing.length) throw new Error(`${table} has no column ${missing.join(", ")}`);
  const list = columns.map((c) => `"${c}"`).join(", ");
  const defs = columns.map((c) => `"${c}" ${typeOf.get(c)}`).join(", ");
  let inserted = 0;
  // Chunks keep a single JSON parameter well below the protocol's limits.
  for (let i = 0; i < rows.length; i += 20_000) {
    const chunk = rows.slice(i, i + 20_000);
    const result = await client.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM json_to_recordset($1::json) AS x(${defs})`, [JSON.stringify(chunk)]);
    inserted += result.rowCount ?? 0;
  }
  return inserted;
}
