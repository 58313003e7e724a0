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
