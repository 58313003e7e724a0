import { openDatabase, type DataSourceConfig } from "@overblik/db";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, inject } from "vitest";
import { withDatabase } from "./templates.js";

export { TEST_KEYS } from "./templates.js";

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file: empty, or a copy of a template (templates.ts). */
export async function createTestDatabase(template?: string): Promise<TestDatabase> {
  const name = `overblik_test_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`));
  return {
    name,
    url: withDatabase(inject("adminDatabaseUrl"), name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** A test API's connections (default 4) and how long a request waits for one (default the production's). */
export type TestPool = Pick<DataSourceConfig, "poolSize" | "acquireTimeoutMs">;

/** A fresh database with the real migrations run and (unless `seed` is false) the demo data loaded: a template's copy. */
export async function createSeededDatabase(
  onQuery?: (sql: string) => void,
  seed = true,
  pool: TestPool = {},
): Promise<{ db: TestDatabase; dataSource: DataSource }> {
  // A copy of the run's migrated (and seeded) template; opening it finds no migration pending.
  const templates = inject("databaseTemplates");
  const db = await createTestDatabase(seed ? templates.seeded : templates.empty);
  const dataSource = await openDatabase({ url: db.url, poolSize: pool.poolSize ?? 4, acquireTimeoutMs: pool.acquireTimeoutMs, onQuery });
  return { db, dataSource };
}

/**
 * For a file that works on the database itself: at file level, registers a fresh migrated database (no demo data)
 * opened before the file's tests and dropped after them. Read `.db` and `.dataSource` inside the tests.
 */
export function freshDatabaseForFile(): { readonly db: TestDatabase; readonly dataSource: DataSource } {
  let db: TestDatabase | undefined;
  let dataSource: DataSource | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await openDatabase({ url: db.url, poolSize: 2, logging: false });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("freshDatabaseForFile: read it inside a test, after beforeAll");
    return value;
  };
  return {
    get db() {
      return opened(db);
    },
    get dataSource() {
      return opened(dataSource);
    },
  };
}
