// `npm run worker`: a process that takes background jobs (imports, exports, the access log's retention) and serves
// no HTTP. Run as many as you like beside the API processes, on the same DATABASE_URL and the same personal-data keys.
import "reflect-metadata";
import { openDatabase } from "@overblik/db";
import { resolve } from "node:path";
import { createLogger } from "./common/logger.js";
import { loadEnv } from "./env.js";
import { startJobWorker } from "./modules/jobs/handlers.js";
import { configuredSecret } from "./server/secrets.js";
import { serverDeps } from "./server/deps.js";

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);

async function main(): Promise<void> {
  if (!env.DATABASE_URL) {
    process.stderr.write("npm run worker kræver DATABASE_URL (den samme database som API'et). Med den indlejrede database tager `npm start` selv jobbene.\n");
    process.exit(2);
  }
  const dataDir = resolve(env.DATA_DIR);
  const dataSource = await openDatabase({ url: env.DATABASE_URL, log: logger.child({ source: "typeorm" }), applicationName: "overblik-worker" });
  const deps = serverDeps({
    dataSource,
    logger,
    // The worker signs no sessions; the key is required by the shared dependencies only.
    sessionSecret: (await configuredSecret(env.SESSION_SECRET, dataDir, "session-secret", 32)).toString("base64url"),
    personalDataKeys: {
      encryptionKey: await configuredSecret(env.PERSONAL_DATA_ENCRYPTION_KEY, dataDir, "personal-data-key", 32),
      lookupKey: await configuredSecret(env.CPR_LOOKUP_KEY, dataDir, "cpr-lookup-key", 32),
    },
  });
  const worker = startJobWorker(deps, {
    leaseMs: env.JOB_LEASE_MS,
    pollMs: env.JOB_POLL_MS,
    retentionMinutes: env.RETENTION_JOB_MINUTES,
    testPauseMs: env.JOB_TEST_PAUSE_MS,
  });
  logger.info({ workerId: worker?.id, leaseMs: env.JOB_LEASE_MS }, "job worker started");
  process.stdout.write(`Overblik-jobarbejder kører (${worker?.id ?? "-"}). Stop med Ctrl-C.\n`);
  const stop = async (signal: string) => {
    logger.info({ signal }, "stopping job worker");
    await worker?.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  // The worker's own timers are unref'd: keep the process alive until it is stopped.
  setInterval(() => undefined, 1 << 30);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error instanceof Error ? error.name : "unknown" }, "job worker could not start");
  process.stderr.write(`Jobarbejderen kunne ikke starte: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
