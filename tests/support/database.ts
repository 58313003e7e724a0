import { PersonalDataCipher } from "@overblik/api";
import { openDatabase, seedDemoData } from "@overblik/db";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DataSource } from "typeorm";
import { inject } from "vitest";

/** The personal-data keys of every test API (the demo data's free text is encrypted with them). */
export const TEST_KEYS = { encryptionKey: Buffer.alloc(32, 7), lookupKey: Buffer.alloc(32, 9) };

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
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

/** A fresh, empty database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `overblik_test_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: withDatabase(inject("adminDatabaseUrl"), name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** A fresh database with the real migrations run and (unless `seed` is false) the demo data loaded. */
export async function createSeededDatabase(onQuery?: (sql: string) => void, seed = true): Promise<{ db: TestDatabase; dataSource: DataSource }> {
  const db = await createTestDatabase();
  const dataSource = await openDatabase({ url: db.url, poolSize: 4, onQuery });
  if (seed) {
    const cipher = new PersonalDataCipher(TEST_KEYS.encryptionKey, TEST_KEYS.lookupKey);
    await seedDemoData(dataSource, { encrypt: (plain) => cipher.encrypt(plain) });
  }
  return { db, dataSource };
}
