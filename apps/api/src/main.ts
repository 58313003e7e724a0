// `npm start`: embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo data, API + playground + portal.
import "reflect-metadata";
import { DEMO_PASSWORD, DEMO_USERS, openDatabase, seedDemoData, startEmbeddedPostgres, type EmbeddedPostgres } from "@overblik/db";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import pg from "pg";
import type { DataSource } from "typeorm";
import { createLogger } from "./common/logger.js";
import { loadEnv } from "./env.js";
import { startServer, type RunningServer } from "./server.js";

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
const dataDir = resolve(env.DATA_DIR);

let embedded: EmbeddedPostgres | undefined;
let dataSource: DataSource | undefined;
let server: RunningServer | undefined;
let stopping = false;

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** Sessions must survive a restart of `npm start`; in production SESSION_SECRET is required (env.ts). */
async function sessionSecret(): Promise<string> {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  const file = join(dataDir, "session-secret");
  try {
    const existing = (await readFile(file, "utf8")).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // first start
  }
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

async function shutdown(signal: string, code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping Overblik");
  try {
    await server?.close();
    await dataSource?.destroy();
  } catch (error) {
    logger.error({ err: error }, "error while stopping the API");
  }
  try {
    await embedded?.stop();
  } catch (error) {
    logger.error({ err: error }, "error while stopping PostgreSQL");
  }
  process.exit(code);
}

async function main(): Promise<void> {
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    process.stdout.write(`Starter indlejret PostgreSQL i ${join(dataDir, "pg")} …\n`);
    embedded = await startEmbeddedPostgres({
      dataDir: join(dataDir, "pg"),
      persistent: true,
      onLog: (message) => logger.debug({ postgres: message }),
    });
    await ensureDatabase(embedded.urlFor("postgres"), "overblik");
    databaseUrl = embedded.urlFor("overblik");
  }
  dataSource = await openDatabase({ url: databaseUrl });
  if (env.SEED_DEMO_DATA && (await seedDemoData(dataSource))) {
    process.stdout.write("Demodata indlæst (Brug for alle, Københavnerpiloten, Flere skal med, JobFirst).\n");
  }
  server = await startServer(
    {
      dataSource,
      logger,
      sessionSecret: await sessionSecret(),
      sessionHours: env.SESSION_HOURS,
      secureCookies: env.NODE_ENV === "production",
    },
    env.PORT,
    env.HOST,
  );
  let portalUrl = server.url;
  if (env.PORTAL_PORT !== env.PORT) {
    const portalPort = await server.listenAlso(env.PORTAL_PORT);
    portalUrl = server.url.replace(/:\d+$/, `:${portalPort}`);
  }
  const logins = DEMO_USERS.map((u) => `    ${u.email.padEnd(30)} ${u.description}`).join("\n");
  process.stdout.write(
    [
      "",
      "Overblik kører.",
      `  Portal:      ${portalUrl}/`,
      `  Legeplads:   ${server.url}/graphql   (GraphiQL; log ind øverst på siden)`,
      `  GraphQL-API: POST ${server.url}/graphql`,
      `  Sundhed:     ${server.url}/healthz`,
      `  Database:    ${embedded ? `indlejret PostgreSQL på port ${embedded.port} (data i ${join(dataDir, "pg")})` : "DATABASE_URL"}`,
      "",
      env.SEED_DEMO_DATA ? `Demo-logins (adgangskode for alle: ${DEMO_PASSWORD}):\n${logins}\n` : "",
      "Stop med Ctrl-C.",
      "",
    ].join("\n"),
  );
}

process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

main().catch(async (error: unknown) => {
  logger.fatal({ err: error }, "Overblik could not start");
  process.stderr.write(`Overblik kunne ikke starte: ${error instanceof Error ? error.message : String(error)}\n`);
  await shutdown("startup-failure", 1);
});
