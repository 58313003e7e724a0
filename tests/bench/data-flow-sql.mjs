// The SQL fragments the bench data's flow steps are written with: seeded randomness per row (data-sql.mjs), the
// data's "today", the leader who books things, and a few expressions that recur.
import { sqlRandom } from "./data-sql.mjs";

export function flowSql({ seed, asOf, leaderId }) {
  const { u, int, uid } = sqlRandom(seed);
  const AS_OF = `DATE '${asOf}'`;
  const LEADER = `'${leaderId}'::uuid`;
  const weekday = (d) => `((${d}) + CASE extract(isodow FROM (${d})) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)`;
  const pick = (values, key, stream, spread = values.length) =>
    `(ARRAY[${values.map((v) => `'${v}'`).join(", ")}]::text[])[1 + floor(${u(key, stream)} * ${spread})::int]`;
  /** Runs a statement and returns how many rows it inserted. */
  const q = async (client, sql) => (await client.query(sql)).rowCount ?? 0;
  return { u, int, uid, AS_OF, LEADER, weekday, pick, q };
}
