import type { EntityManager } from "typeorm";

/** The cheapest statement that proves the database answers (a pool connection, a round trip); throws when it does not. */
export async function pingDatabase(manager: Pick<EntityManager, "query">): Promise<void> {
  await manager.query("SELECT 1");
}
