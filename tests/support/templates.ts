import { PersonalDataCipher } from "@overblik/api";
import { openDatabase, seedDemoData } from "@overblik/db";
import { randomBytes } from "node:crypto";
import pg from "pg";

/** The personal-data keys of every test API (the demo data's free text is encrypted with them). */
export const TEST_KEYS = { encryptionKey: Buffer.alloc(32, 7), lookupKey: Buffer.alloc(32, 9) };

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface DatabaseTemplates {
  /** Migrated, no rows but the migrations' own reference data. */
  empty: string;
  /** Migrated and loaded with the demo data. */
  seeded: string;
}

/**
 * The two databases every test file starts from, built once per run: each file's database is a copy (CREATE
 * DATABASE … TEMPLATE), which takes a fraction of the seconds that running the migrations and loading the demo
 * data took in every file. The copies are real databases from the real migrations and the real seed.
 */
export async function buildTemplates(adminUrl: string): Promise<DatabaseTemplates> {
  const suffix = randomBytes(4).toString("hex");
  const templates = { empty: `overblik_template_empty_${suffix}`, seeded: `overblik_template_seeded_${suffix}` };
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${templates.empty}"`);
    const empty = await openDatabase({ url: withDatabase(adminUrl, templates.empty), poolSize: 2, logging: false });
    await empty.destroy();
    await client.query(`CREATE DATABASE "${templates.seeded}" TEMPLATE "${templates.empty}"`);
    const seeded = await openDatabase({ url: withDatabase(adminUrl, templates.seeded), poolSize: 2, logging: false });
    const cipher = new PersonalDataCipher(TEST_KEYS.encryptionKey, TEST_KEYS.lookupKey);
    await seedDemoData(seeded, { encrypt: (plain) => cipher.encrypt(plain) });
    await seeded.destroy();
  } finally {
    await client.end();
  }
  return templates;
}

export async function dropTemplates(adminUrl: string, templates: DatabaseTemplates): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const name of [templates.seeded, templates.empty]) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
