/** The only place the tests read the environment. */
export const testEnv = {
  /** An existing PostgreSQL server to create the test databases on; otherwise an embedded one. */
  databaseUrl: process.env.DATABASE_URL,
  ci: process.env.CI === "true",
  chromiumPath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
};
