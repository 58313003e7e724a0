// `npm run opret-administrator -- --email … --navn "…"`: the first administrator of an empty installation (and
// any later one), with a one-time password printed once. Works against DATABASE_URL, against the embedded
// PostgreSQL of a running `npm start`, or starts the embedded one itself.
import "reflect-metadata";
import {
  EmailTakenError,
  createUserWithOneTimePassword,
  ensureDatabase,
  recordUserAudit,
  openDatabase,
  runningEmbeddedPostgresUrl,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from "@overblik/db";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { loadEnv } from "./env.js";

const USAGE = 'Brug: npm run opret-administrator -- --email anne@kommune.dk --navn "Anne Andersen"';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let values: { email?: string; navn?: string };
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, navn: { type: "string" } }, strict: true }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const email = values.email?.trim() ?? "";
  const name = values.navn?.trim() ?? "";
  if (!EMAIL.test(email)) fail(`Angiv en gyldig e-mailadresse med --email.\n${USAGE}`);
  if (name.length < 2 || name.length > 200) fail(`Angiv administratorens navn med --navn (2–200 tegn).\n${USAGE}`);

  const env = loadEnv();
  let embedded: EmbeddedPostgres | undefined;
  let dataSource: DataSource | undefined;
  try {
    let url = env.DATABASE_URL;
    if (!url) {
      const dataDir = join(resolve(env.DATA_DIR), "pg");
      url = (await runningEmbeddedPostgresUrl(dataDir, "overblik")) ?? undefined;
      if (!url) {
        embedded = await startEmbeddedPostgres({ dataDir, persistent: true });
        await ensureDatabase(embedded.urlFor("postgres"), "overblik");
        url = embedded.urlFor("overblik");
      }
    }
    dataSource = await openDatabase({ url, poolSize: 1 });
    const { user, oneTimePassword } = await dataSource.transaction(async (tx) => {
      const created = await createUserWithOneTimePassword(tx, { email, name, globalRoles: ["ADMIN"] });
      // No user made this change: the audit trail names the command line.
      await recordUserAudit(tx, { actorId: null, userId: created.user.id, action: "USER_CREATED", details: { after: ["ADMIN"], municipalityAfter: null } });
      return created;
    });
    process.stdout.write(
      [
        `Administratoren ${user.email} er oprettet.`,
        `Engangsadgangskode: ${oneTimePassword}`,
        "Log ind i portalen med den; du vælger din egen adgangskode ved første login. Den vises ikke igen.",
        "",
      ].join("\n"),
    );
  } catch (error) {
    if (error instanceof EmailTakenError) fail(error.message);
    throw error;
  } finally {
    await dataSource?.destroy();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Administratoren kunne ikke oprettes: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
