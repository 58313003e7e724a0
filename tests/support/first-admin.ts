import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/**
 * The README's first-administrator command (`npm run opret-administrator -- --email … --navn …` runs this
 * script after building) against a test database; returns the one-time password it printed.
 */
export async function firstAdminByCommand(databaseUrl: string, email: string, name: string): Promise<string> {
  const script = fileURLToPath(new URL("../../apps/api/dist/create-admin.js", import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [script, "--email", email, "--navn", name], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" },
    timeout: 60_000,
  });
  const password = /Engangsadgangskode: (\S+)/.exec(stdout)?.[1];
  if (!password) throw new Error(`The command printed no one-time password: ${stdout}`);
  return password;
}
