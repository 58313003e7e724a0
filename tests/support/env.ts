import { existsSync } from "node:fs";

/**
 * Debian's chromium-headless-shell (`apt-get install chromium-headless-shell`): the same Chromium build — Blink, V8 —
 * without the desktop browser's frame, as Playwright's own headless runs use. The 23 browser files took 105 s of
 * CPU and 129 s in it, against 140 s and 178 s in Debian's `chromium` — which the tests use when the shell is absent.
 */
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";

/** The only place the tests read the environment. */
export const testEnv = {
  /** An existing PostgreSQL server to create the test databases on; otherwise an embedded one. */
  databaseUrl: process.env.DATABASE_URL,
  ci: process.env.CI === "true",
  chromiumPath: process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium"),
};
