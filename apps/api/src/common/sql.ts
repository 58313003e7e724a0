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
