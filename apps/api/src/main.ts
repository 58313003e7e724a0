// `npm start`: embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo data, API + playground + portal.
import "reflect-metadata";
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  deactivateDemoUsers,
  ensureDatabase,
  openDatabase,
  openReadReplica,
  seedDemoData,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from "@overblik/db";
import { join, resolve } from "node:path";
import type { DataSource } from "typeorm";
import { createLogger } from "./common/logger.js";
import { loadEnv } from "./env.js";
import { countActiveAdministrators } from "./modules/users/users.repository.js";
import { startServer, type RunningServer } from "./server.js";
import { PersonalDataCipher } from "./common/personal-data.js";
import { configuredSecret } from "./server/secrets.js";

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
const dataDir = resolve(env.DATA_DIR);

let embedded: EmbeddedPostgres | undefined;
let dataSource: DataSource | undefined;
let readDataSource: DataSource | undefined;
let server: RunningServer | undefined;
let stopping = false;

const secret = (configured: string | undefined, file: string, bytes: number) => configuredSecret(configured, dataDir, file, bytes);

async function shutdown(signal: string, code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping Overblik");
  try {
    await server?.close();
    await readDataSource?.destroy();
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
  if (env.NODE_ENV === "production" && env.SEED_DEMO_DATA) {
    // env.ts allows this only with ALLOW_DEMO_DATA_IN_PRODUCTION=true: say so at every start, in the log and on screen.
    logger.warn({ code: "DEMO_DATA_IN_PRODUCTION" }, "demo data with publicly known passwords is enabled in production");
    process.stderr.write(
      "ADVARSEL: Demodata er slået til i produktion (ALLOW_DEMO_DATA_IN_PRODUCTION=true). Demo-kontiene, også en " +
        "administrator, har adgangskoden fra README. Brug kun dette på en demoserver uden rigtige data.\n",
    );
  }
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
  // Failed statements by SQLSTATE and kind into the application log, never their parameters.
  dataSource = await openDatabase({ url: databaseUrl, log: logger.child({ source: "typeorm" }) });
  // The styregruppe's read-only screens on a read replica when one is configured (docs/scale-out.md).
  if (env.DATABASE_READ_URL) readDataSource = await openReadReplica({ url: env.DATABASE_READ_URL, log: logger.child({ source: "typeorm-read" }) });
  // PersonalDataCipher refuses keys of the wrong length, so a bad configuration stops the start.
  const personalDataKeys = {
    encryptionKey: await secret(env.PERSONAL_DATA_ENCRYPTION_KEY, "personal-data-key", 32),
    lookupKey: await secret(env.CPR_LOOKUP_KEY, "cpr-lookup-key", 32),
  };
  const cipher = new PersonalDataCipher(personalDataKeys.encryptionKey, personalDataKeys.lookupKey);
  if (env.NODE_ENV === "production" && !env.SEED_DEMO_DATA) {
    // A production database that got the demo data before it was refused there: its accounts' password is public.
    const deactivated = await deactivateDemoUsers(dataSource);
    if (deactivated > 0) {
      logger.warn({ code: "DEMO_ACCOUNTS_DEACTIVATED", count: deactivated }, "demo accounts deactivated in production");
      process.stderr.write(
        `ADVARSEL: ${deactivated} demo-konti (@overblik.demo) var aktive i produktionsdatabasen og er nu deaktiveret, ` +
          "da deres adgangskode står i README. Mangler der en administrator: npm run opret-administrator.\n",
      );
    }
  }
  if (env.SEED_DEMO_DATA && (await seedDemoData(dataSource, { encrypt: (plain) => cipher.encrypt(plain) }))) {
    process.stdout.write("Demodata indlæst (Brug for alle, Københavnerpiloten, Flere skal med, JobFirst).\n");
  }
  server = await startServer(
    {
      dataSource,
      readDataSource,
      logger,
      sessionSecret: env.SESSION_SECRET ?? (await secret(undefined, "session-secret", 32)).toString("base64url"),
      personalDataKeys,
      sessionHours: env.SESSION_HOURS,
      loginLockMinutes: env.LOGIN_LOCK_MINUTES,
      loginAttemptsPerMinute: env.LOGIN_ATTEMPTS_PER_MINUTE,
      fairShareCostPerMinute: env.FAIR_SHARE_COST_PER_MINUTE,
      fairShareMaxInFlight: env.FAIR_SHARE_MAX_IN_FLIGHT,
      secureCookies: env.NODE_ENV === "production",
      production: env.NODE_ENV === "production",
      oidc: env.oidc,
      benchmark: { url: env.JOBINDSATS_URL, token: env.JOBINDSATS_TOKEN?.trim() || null },
      accessibilityStatementUrl: env.ACCESSIBILITY_STATEMENT_URL ?? null,
      // Background jobs (imports, exports, the access log's retention on its schedule): see README, Baggrundsjob.
      jobs: { enabled: env.JOB_WORKER === "on", leaseMs: env.JOB_LEASE_MS, pollMs: env.JOB_POLL_MS, retentionMinutes: env.RETENTION_JOB_MINUTES },
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
  // An installation without demo data starts with no users: say how the first administrator is made.
  const firstAdmin =
    (await countActiveAdministrators(dataSource.manager)) === 0
      ? 'Der er ingen administrator endnu. Opret den første (i et andet vindue, mens Overblik kører):\n    npm run opret-administrator -- --email din@kommune.dk --navn "Dit Navn"\n'
      : "";
  process.stdout.write(
    [
      "",
      "Overblik kører.",
      `  Portal:      ${portalUrl}/`,
      `  Legeplads:   ${server.url}/graphql   (GraphiQL; log ind øverst på siden)`,
      `  GraphQL-API: POST ${server.url}/graphql`,
      `  Sundhed:     ${server.url}/healthz`,
      `  Database:    ${embedded ? `indlejret PostgreSQL på port ${embedded.port} (data i ${join(dataDir, "pg")})` : "DATABASE_URL"}`,
      ...(readDataSource ? ["  Læsereplika: DATABASE_READ_URL (styregruppens portefølje, overblik og effekt)"] : []),
      "",
      env.SEED_DEMO_DATA ? `Demo-logins (adgangskode for alle: ${DEMO_PASSWORD}):\n${logins}\n` : "",
      firstAdmin,
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
