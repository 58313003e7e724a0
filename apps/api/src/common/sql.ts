import type { EntityManager } from "typeorm";

/**
 * The rows a statement returned. Through TypeORM, pg answers UPDATE/DELETE … RETURNING as [rows, count]
 * and everything else as rows; callers should not have to know which.
 */
export async function rowsOf<T>(manager: Pick<EntityManager, "query">, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await manager.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === "number") {
    return result[0] as T[];
  }
  return result as T[];
}

interface PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface PgPool extends PgQueryable {
  connect(): Promise<PgQueryable & { release(): void }>;
}

/**
 * A statement run as a named prepared statement: PostgreSQL parses and plans it once per connection instead of
 * on every call. For the statements every request runs (the session lookup) and the hottest reads; the name
 * must be unique per text. Outside a transaction it goes to the pool; inside one, to the transaction's
 * connection. The statement is reported to TypeORM's logger like any other (tests count statements).
 */
export async function preparedRows<T>(manager: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const dataSource = manager.connection;
  dataSource.logger.logQuery(text, values);
  const runner = manager.queryRunner;
  if (runner && !runner.isReleased && runner.isTransactionActive) {
    const connection = (await runner.connect()) as PgQueryable;
    return (await connection.query({ name, text, values })).rows as T[];
  }
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  return (await pool.query({ name, text, values })).rows as T[];
}

/** Each IN_IDS statement's two texts, made on its first call (a name stands for one text, as in preparedRows). */
const idStatements = new Map<string, { one: string; any: string }>();

/**
 * preparedRows for a DataLoader's batch of ids: `IN_IDS` in the text becomes `= $1::uuid` for one id (nearly
 * every request) and `= ANY($1::uuid[])` for several, each its own prepared statement; the other values follow
 * as $2, $3, …. PostgreSQL estimates the equality's generic plan as well as a custom one and keeps it after
 * five calls, while for an array of unknown length it plans anew on every call (0,2–0,4 ms for the follow-up).
 */
export function preparedRowsForIds<T>(manager: EntityManager, name: string, text: string, ids: readonly string[], values: unknown[] = []): Promise<T[]> {
  let texts = idStatements.get(name);
  if (!texts) {
    if (!text.includes("IN_IDS")) throw new Error(`preparedRowsForIds: ${name} has no IN_IDS`);
    texts = { one: text.replaceAll("IN_IDS", "= $1::uuid"), any: text.replaceAll("IN_IDS", "= ANY($1::uuid[])") };
    idStatements.set(name, texts);
  }
  return ids.length === 1
    ? preparedRows<T>(manager, `${name}_one`, texts.one, [ids[0], ...values])
    : preparedRows<T>(manager, `${name}_any`, texts.any, [[...ids], ...values]);
}
